/**
 * The computed results as plain data (the CLI's --json): every indicator's target, realisasi, capaian and predikat;
 * every budget row's pagu, realisasi, serapan and sisa; the diagnostics. Errors are kept as their messages.
 */
import { Hasil, isSakipError } from "../errors";
import { evaluasi } from "../evaluasi";
import { Temuan, jumlahAnggaran, Model, NodeAnggaran, NodeInduk, realisasiDilaporkan } from "../model";

function semuaInduk(nodes: readonly NodeInduk[]): NodeInduk[] {
  return nodes.flatMap((n) => [n, ...semuaInduk(n.children)]);
}
import { MetodeNegatif, Skala } from "../index";

type Nilai = number | string | null;
const nilai = (h: Hasil<number | string | null>): Nilai => (isSakipError(h) ? `${h.code} ${h.message}` : h);

export interface HasilPerhitungan {
  readonly sasaran: {
    no: string | null;
    nama: string;
    capaian: Nilai;
    indikator: {
      nama: string;
      satuan: string | null;
      polaritas: string;
      target: number | null;
      realisasi: number | null;
      tw?: readonly (number | null)[];
      capaian: Nilai;
      predikat: Nilai;
    }[];
  }[];
  readonly anggaran: {
    level: string;
    kode: string | null;
    uraian: string;
    pagu: number | null;
    realisasi: number | null;
    serapan: Nilai;
    sisa: Nilai;
    triwulan?: { k: readonly (number | null)[]; rp: readonly (number | null)[] };
  }[];
  /** Levels above program, each with the sums of its programs. */
  readonly induk?: {
    level: string;
    kode: string | null;
    uraian: string;
    pagu: number;
    /** Null: none of its programs reports a realisasi. */
    realisasi: number | null;
    program: string[];
    children: HasilPerhitungan["induk"];
  }[];
  readonly triwulan?: Model["triwulan"];
  /** realisasi null: the source reports none (a plan such as an anggaran kas), not Rp 0. */
  readonly total: { pagu: number; realisasi: number | null; serapan: Nilai; sisa: Nilai };
  readonly diagnostics: Temuan[];
}

export function hitung(model: Model, skala: Skala, metodeNegatif: MetodeNegatif = "selisih"): HasilPerhitungan {
  const ev = evaluasi(model, { skala, metodeNegatif });
  const sasaran = ev.sasaran.map(({ sasaran: s, indikator: nilaiIndikator, capaian: cs }) => {
    const indikator = nilaiIndikator.map(({ indikator: i, capaian: c, predikat: p }) => {
      return {
        nama: i.nama,
        satuan: i.satuan,
        polaritas: i.polaritas,
        target: i.target,
        realisasi: i.realisasi?.nilai ?? null,
        ...(i.realisasi?.tw ? { tw: i.realisasi.tw } : {}),
        capaian: nilai(c),
        predikat: typeof c === "number" ? nilai(p) : null,
      };
    });
    return { no: s.no, nama: s.nama, capaian: nilai(cs), indikator };
  });
  const flat = (n: NodeAnggaran): HasilPerhitungan["anggaran"] => [
    {
      level: n.level,
      kode: n.kode,
      uraian: n.uraian,
      pagu: n.pagu,
      realisasi: n.realisasi,
      serapan: nilai(ev.anggaran(n).serapan),
      sisa: nilai(ev.anggaran(n).sisa),
      ...(n.triwulan ? { triwulan: { k: n.triwulan.k, rp: n.triwulan.rp } } : {}),
    },
    ...n.children.flatMap(flat),
  ];
  const { total } = ev;
  const induk = (nodes: readonly NodeInduk[]): NonNullable<HasilPerhitungan["induk"]> =>
    nodes.map((u) => {
      const program = [...u.program, ...semuaInduk(u.children).flatMap((c) => c.program)];
      return {
        level: u.level,
        kode: u.kode,
        uraian: u.uraian,
        pagu: jumlahAnggaran(program).pagu,
        realisasi: realisasiDilaporkan(program),
        program: program.map((p) => p.uraian),
        children: induk(u.children),
      };
    });
  return {
    sasaran,
    anggaran: model.anggaran.flatMap(flat),
    ...(model.induk ? { induk: induk(model.induk) } : {}),
    ...(model.triwulan ? { triwulan: model.triwulan } : {}),
    total: {
      pagu: total.pagu ?? 0,
      realisasi: total.realisasi,
      serapan: nilai(total.serapan),
      sisa: nilai(total.sisa),
    },
    diagnostics: model.diagnostics,
  };
}
