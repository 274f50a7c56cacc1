/**
 * The E.81 form (Permendagri 86/2017, Evaluasi terhadap hasil Renja Perangkat Daerah) for a chosen quarter, in the
 * official column order (1)–(15), K and Rp, then unit penanggung jawab and keterangan, and the Permendagri 86
 * predikat of (15). Every computed figure is a native formula over the user's cells:
 * - (13) = 9 + 10 + 11 + 12 up to the chosen quarter: Rp and flow K summed, stock K (%, indeks, rasio…) the last
 *   filled quarter;
 * - (14) = 7 + 13 (a stock K: this year's value, else last year's);
 * - (15) = 14 ÷ 6 × 100;
 * - a parent's (program, kegiatan, urusan) Rp in (6)–(12) is the SUM over exactly its children's cells (the Renstra
 *   rupiah (6) and (7) only when every child states it, so a partial sum never passes for a total); a parent's
 *   K is its own indicator (an outcome for a program, an output for a kegiatan), never a sum of its children's K.
 * Below the table: faktor pendorong, faktor penghambat and tindak lanjut (text the user types there is carried into
 * the next generation) and the signature block.
 */
import { Grid } from "../grid";
import { IndikatorTambahan, Model, NodeAnggaran, NodeInduk, PerTriwulan, semuaNode } from "../model";
import { isStockUnit } from "../read/values";
import { Polaritas, polaritasDariNamaSaja } from "../rules/capaian";
import { JenisAkumulasi, jenisAkumulasiIndikator } from "../rules/agregasi";
import type { Bahasa } from "../bahasa";
import { Skala, SKALA } from "../rules/predikat";
import {
  capaianE81,
  NAMA_TW,
  predikatE81,
  realisasiRenstraSdKini,
  realisasiSampaiTw,
  Triwulan,
  triwulanTerakhir,
} from "../rules/triwulan";
import { isSakipError } from "../errors";
import * as R from "./formula";
import { Lembar } from "./lembar";
import { angka, cellA1, FMT, predikatWarna, rumus, sumber, teks } from "./sel";
import { kodeCetak, SheetSpec, Skalar, SpecCell } from "./spec";
import { skalaBahasa } from "./teks";

/** The figures of one E.81 row, as the formulas compute them. */
export interface AngkaE81 {
  readonly jenis: JenisAkumulasi;
  /** (6) target Renstra, (7) realisasi to last year, (8) Renja target, (9)–(12) TW I–IV (blank after the quarter). */
  readonly k: {
    c6: number | null;
    c7: number | null;
    c8: number | null;
    tw: (number | null)[];
    c13: number | null;
    c14: number | null;
    c15: Skalar;
  };
  readonly rp: {
    c6: number | null;
    c7: number | null;
    c8: number | null;
    tw: (number | null)[];
    c13: number | null;
    c14: number | null;
    c15: Skalar;
  };
}

/**
 * How K accumulates over quarters: a stock when its unit says so (%, indeks, rasio, nilai…), or when the sheet's own
 * realisasi (13) is its last quarter and not their sum ("orang/bulan" 408, 410, 410, 411 → 411), or when its name
 * says so ("Jumlah puskesmas yang memenuhi standar"…); else a flow, the form's own (13) = 9+10+11+12.
 */
export function jenisNode(n: Pick<NodeAnggaran, "kinerja" | "triwulan">): JenisAkumulasi {
  const satuan = n.kinerja?.satuan ?? null;
  if (isStockUnit(satuan)) return "nilai_akhir";
  const r = n.kinerja?.realisasi ?? null;
  const tw: readonly (number | null)[] = n.triwulan?.k ?? [];
  const isi = tw.filter((v): v is number => v !== null);
  const jumlahK = isi.reduce((s, v) => s + v, 0);
  const beda = (a: number, b: number) => Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b));
  // The sheet's own (13) says which, where the last quarter and the sum differ.
  if (r !== null && isi.length >= 2 && beda(isi[isi.length - 1], jumlahK)) {
    if (!beda(isi[isi.length - 1], r)) return "nilai_akhir";
    if (!beda(jumlahK, r)) return "kumulatif";
  }
  // Quarters derived from a cumulative progress (K = progress × target − the earlier quarters) are increments of the
  // year's figure: they add up, whatever the indicator.
  if (n.triwulan && n.triwulan.gaya !== "tambahan") return "kumulatif";
  return jenisAkumulasiIndikator(satuan, n.kinerja?.indikator ?? "") ?? "kumulatif";
}

/** A model has quarterly data for the E.81 when a program, kegiatan or sub kegiatan has realisasi per TW. */
export function adaTriwulanNode(model: Model): boolean {
  return semuaNode(model.anggaran).some(
    (n) => n.triwulan && [...n.triwulan.k, ...n.triwulan.rp].some((v) => v !== null),
  );
}

/** The quarter to report: the chosen one, else the reader's latest, else the latest with any realisasi. */
export function triwulanLaporan(model: Model, pilihan?: Triwulan): Triwulan {
  if (pilihan) return pilihan;
  if (model.triwulan) return model.triwulan.terakhir;
  if (model.periode?.triwulan) return model.periode.triwulan;
  const nodes = semuaNode(model.anggaran);
  const ind = model.sasaran.flatMap((s) => s.indikator);
  return (
    triwulanTerakhir([...nodes.flatMap((n) => [n.triwulan?.k, n.triwulan?.rp]), ...ind.map((i) => i.realisasi?.tw)]) ??
    4
  );
}

const jumlah = (xs: readonly (number | null)[]): number | null =>
  xs.every((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x ?? 0), 0);
const tampil = (h: ReturnType<typeof capaianE81>): Skalar => (isSakipError(h) ? R.KOSONG : h);
const sampai = (tw: PerTriwulan | undefined, q: Triwulan): (number | null)[] =>
  [0, 1, 2, 3].map((i) => (i < q ? (tw?.[i] ?? null) : null));

/** Finishes a row's (13)–(15) from its (6)–(12). */
function lengkapi(
  jenisK: JenisAkumulasi,
  k: Pick<AngkaE81["k"], "c6" | "c7" | "c8" | "tw">,
  rp: Pick<AngkaE81["rp"], "c6" | "c7" | "c8" | "tw">,
  q: Triwulan,
  polaritasK: Polaritas = "positif",
): AngkaE81 {
  const k13 = realisasiSampaiTw(k.tw, q, jenisK);
  const k14 = realisasiRenstraSdKini(k.c7, k13, jenisK);
  const rp13 = realisasiSampaiTw(rp.tw, q, "kumulatif");
  const rp14 = realisasiRenstraSdKini(rp.c7, rp13, "kumulatif");
  return {
    jenis: jenisK,
    k: { ...k, c13: k13, c14: k14, c15: tampil(capaianE81(k14, k.c6, polaritasK)) },
    rp: { ...rp, c13: rp13, c14: rp14, c15: tampil(capaianE81(rp14, rp.c6)) },
  };
}

/** A node's figures at TW q: K from its own row, Rp from its own row (a leaf) or the sum of its children. */
export function angkaE81(n: NodeAnggaran, q: Triwulan, memo?: Map<NodeAnggaran, AngkaE81>): AngkaE81 {
  const ada = memo?.get(n);
  if (ada) return ada;
  const a = hitungE81(n, q, memo);
  memo?.set(n, a);
  return a;
}

function hitungE81(n: NodeAnggaran, q: Triwulan, memo?: Map<NodeAnggaran, AngkaE81>): AngkaE81 {
  const k = {
    c6: n.renstra?.targetK.nilai ?? null,
    c7: n.renstra?.realisasiK.nilai ?? null,
    c8: n.kinerja?.target ?? null,
    tw: sampai(n.triwulan?.k, q),
  };
  if (n.children.length === 0) {
    const rp = {
      c6: n.renstra?.targetRp.nilai ?? null,
      c7: n.renstra?.realisasiRp.nilai ?? null,
      c8: n.pagu,
      tw: sampai(n.triwulan?.rp, q),
    };
    return lengkapi(jenisNode(n), k, rp, q, polaritasDariNamaSaja(n.kinerja?.indikator));
  }
  return lengkapi(
    jenisNode(n),
    k,
    jumlahRp(n.children.map((c) => angkaE81(c, q, memo).rp)),
    q,
    polaritasDariNamaSaja(n.kinerja?.indikator),
  );
}

/** Renstra rupiah of a parent only when every child states it (else a partial sum would pass for the total). */
const jumlahLengkap = (xs: readonly (number | null)[]): number | null =>
  xs.some((x) => x === null) ? null : jumlah(xs);

function jumlahRp(rows: readonly AngkaE81["rp"][]): Pick<AngkaE81["rp"], "c6" | "c7" | "c8" | "tw"> {
  return {
    c6: jumlahLengkap(rows.map((r) => r.c6)),
    c7: jumlahLengkap(rows.map((r) => r.c7)),
    c8: jumlah(rows.map((r) => r.c8)),
    tw: [0, 1, 2, 3].map((i) => jumlah(rows.map((r) => r.tw[i]))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The sheet.

/** Columns (0-based): the K of each pair; its Rp is the next column. */
const KOL = {
  no: 0,
  sasaran: 1,
  uraian: 2,
  indikator: 3,
  satuan: 4,
  c6: 5,
  c7: 7,
  c8: 9,
  tw: [11, 13, 15, 17],
  c13: 19,
  c14: 21,
  c15: 23,
  unit: 25,
  ket: 26,
  predK: 27,
  predRp: 28,
} as const;
const LEBAR = 29;

/** The rows below the table the user fills in; their text is kept from the previous generation. */
export const ISIAN_E81 = [
  "Faktor pendorong keberhasilan pencapaian",
  "Faktor penghambat pencapaian kinerja",
  "Tindak lanjut yang diperlukan dalam triwulan berikutnya",
  "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya",
] as const;
export const TANDA_TANGAN = ["Tempat, tanggal", "Jabatan", "Nama", "NIP"] as const;

/** The form's words, per language (the Indonesian are the official form's, Permendagri 86/2017). */
const KATA: Record<
  Bahasa,
  {
    judul: string;
    tahun: (tahun: number | null, tw: string) => string;
    catatan: (tw: string) => string;
    pd: string;
    jumlah: string;
    pdBawaan: string;
    isian: readonly string[];
    ttd: readonly string[];
    kepala: (nama: string) => string;
    tunggal: readonly string[];
    pasangan: (tahun: number | null) => readonly string[];
    triwulan: string;
    predikat: string;
  }
> = {
  id: {
    judul: "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN/KOTA",
    tahun: (tahun, tw) => `${tahun === null ? "" : `TAHUN ${tahun} — `}TRIWULAN ${tw}`,
    catatan: (tw) =>
      `Indikator dan kebijakan RPJMD/Renstra: (13) = 9+10+11+12 s.d. TW ${tw}; K aliran dijumlahkan, K stok (persentase, indeks, rasio) memakai nilai triwulan terakhir. Rp induk = jumlah anak-anaknya; K induk = indikatornya sendiri. Predikat (15) menurut Permendagri 86/2017.`,
    pd: "Perangkat Daerah",
    jumlah: "JUMLAH",
    pdBawaan: "Perangkat Daerah",
    isian: ISIAN_E81,
    ttd: TANDA_TANGAN,
    kepala: (nama) => `Kepala ${nama}`,
    tunggal: [
      "No",
      "Sasaran",
      "Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan",
      "Indikator Kinerja Program (outcome) / Kegiatan (output)",
      "Satuan",
      "Unit Perangkat Daerah Penanggung Jawab",
      "Keterangan",
    ],
    pasangan: (tahun) => [
      "Target Renstra Perangkat Daerah pada Akhir Periode Renstra",
      `Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu${tahun === null ? "" : ` (${tahun - 1})`}`,
      `Target Kinerja dan Anggaran Renja Tahun Berjalan${tahun === null ? "" : ` (${tahun})`} yang Dievaluasi`,
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      `Realisasi Kinerja dan Anggaran Renstra s.d. Tahun ${tahun ?? "Berjalan"}`,
      `Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun ${tahun ?? "Berjalan"} (%)`,
    ],
    triwulan: "Realisasi Kinerja dan Anggaran pada Triwulan",
    predikat: "Predikat (15) Permendagri 86/2017",
  },
  en: {
    judul: "EVALUATION OF THE RESULTS OF THE REGIONAL AGENCY'S WORK PLAN (RENJA), REGENCY/CITY",
    tahun: (tahun, tw) => `${tahun === null ? "" : `YEAR ${tahun} — `}QUARTER ${tw}`,
    catatan: (tw) =>
      `Indicators and policies of the RPJMD/Renstra: (13) = 9+10+11+12 to quarter ${tw}; flow K is summed, stock K (percentage, index, ratio) takes the last quarter's value. A parent's Rp = the sum of its children; a parent's K = its own indicator. Rating (15) per Permendagri 86/2017.`,
    pd: "Regional agency",
    jumlah: "TOTAL",
    pdBawaan: "Regional Agency",
    isian: [
      "Factors that drove the achievement",
      "Factors that held back performance",
      "Follow-up needed in the next quarter",
      "Follow-up needed in the agency's next work plan (Renja)",
    ],
    ttd: ["Place, date", "Position", "Name", "Staff number (NIP)"],
    kepala: (nama) => `Head of ${nama}`,
    tunggal: [
      "No",
      "Goal",
      "Affair / Affair Field / Program / Activity / Sub-activity",
      "Performance indicator of the program (outcome) / activity (output)",
      "Unit",
      "Responsible unit of the agency",
      "Note",
    ],
    pasangan: (tahun) => [
      "Agency's Renstra target at the end of the Renstra period",
      `Renstra performance achieved up to last year's Renja${tahun === null ? "" : ` (${tahun - 1})`}`,
      `Performance and budget target of this year's Renja${tahun === null ? "" : ` (${tahun})`} under evaluation`,
      "Performance and budget achieved in the Renja under evaluation",
      `Renstra performance and budget achieved up to ${tahun ?? "this year"}`,
      `Renstra performance and budget achievement rate up to ${tahun ?? "this year"} (%)`,
    ],
    triwulan: "Performance and budget achieved in quarter",
    predikat: "Rating (15) Permendagri 86/2017",
  },
};
/**
 * The E.79 (Evaluasi terhadap hasil RKPD, Permendagri 86/2017): the same columns with the Pemda's words (RPJMD where
 * E.81 says Renstra, RKPD where it says Renja), (16) the perangkat daerah penanggung jawab; assembled from the OPD
 * E.81s by the rekap (src/core/rekap/e79.ts).
 */
const KATA_E79: Record<Bahasa, Partial<(typeof KATA)[Bahasa]>> = {
  id: {
    judul: "EVALUASI TERHADAP HASIL RKPD KABUPATEN/KOTA",
    catatan: (tw) =>
      `Disusun dari E.81 setiap Perangkat Daerah: (8)–(12) dan (16) dari formulirnya; (13) = 9+10+11+12 s.d. TW ${tw}; K aliran dijumlahkan, K stok (persentase, indeks, rasio) memakai nilai triwulan terakhir. Rp Perangkat Daerah = jumlah programnya. Predikat (15) menurut Permendagri 86/2017.`,
    pd: "Pemerintah Daerah",
    pdBawaan: "Pemerintah Daerah",
    isian: [
      "Faktor pendorong keberhasilan pencapaian",
      "Faktor penghambat pencapaian kinerja",
      "Tindak lanjut yang diperlukan dalam triwulan berikutnya",
      "Tindak lanjut yang diperlukan dalam RKPD berikutnya",
    ],
    kepala: () => "Kepala Bappeda",
    tunggal: [
      "No",
      "Sasaran",
      "Urusan / Bidang Urusan / Program",
      "Indikator Kinerja Program (outcome)",
      "Satuan",
      "Perangkat Daerah Penanggung Jawab",
      "Keterangan",
    ],
    pasangan: (tahun) => [
      "Target RPJMD pada Akhir Periode RPJMD",
      `Realisasi Capaian Kinerja RPJMD s.d. RKPD Tahun Lalu${tahun === null ? "" : ` (${tahun - 1})`}`,
      `Target Kinerja dan Anggaran RKPD Tahun Berjalan${tahun === null ? "" : ` (${tahun})`} yang Dievaluasi`,
      "Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi",
      `Realisasi Kinerja dan Anggaran RPJMD s.d. Tahun ${tahun ?? "Berjalan"}`,
      `Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s.d. Tahun ${tahun ?? "Berjalan"} (%)`,
    ],
  },
  en: {
    judul: "EVALUATION OF THE RESULTS OF THE REGIONAL GOVERNMENT WORK PLAN (RKPD), REGENCY/CITY",
    catatan: (tw) =>
      `Assembled from each agency's E.81: (8)–(12) and (16) from its form; (13) = 9+10+11+12 to quarter ${tw}; flow K is summed, stock K (percentage, index, ratio) takes the last quarter's value. An agency's Rp = the sum of its programs. Rating (15) per Permendagri 86/2017.`,
    pd: "Local government",
    pdBawaan: "Local Government",
    isian: [
      "Factors that drove the achievement",
      "Factors that held back performance",
      "Follow-up needed in the next quarter",
      "Follow-up needed in the next regional work plan (RKPD)",
    ],
    kepala: () => "Head of the regional planning agency (Bappeda)",
    tunggal: [
      "No",
      "Goal",
      "Affair / Affair Field / Program",
      "Performance indicator of the program (outcome)",
      "Unit",
      "Responsible agency",
      "Note",
    ],
    pasangan: (tahun) => [
      "RPJMD target at the end of the RPJMD period",
      `RPJMD performance achieved up to last year's RKPD${tahun === null ? "" : ` (${tahun - 1})`}`,
      `Performance and budget target of this year's RKPD${tahun === null ? "" : ` (${tahun})`} under evaluation`,
      "Performance and budget achieved in the RKPD under evaluation",
      `RPJMD performance and budget achieved up to ${tahun ?? "this year"}`,
      `RPJMD performance and budget achievement rate up to ${tahun ?? "this year"} (%)`,
    ],
  },
};

const KOL_TTD = { label: 20, nilai: 23 };

export interface OpsiE81 {
  /** null: not known; the sheet names no year. */
  readonly tahun: number | null;
  readonly triwulan: Triwulan;
  readonly instansi: string;
  readonly rumus: "native" | "sakip";
  readonly bahasa?: Bahasa;
  /** Our previous E.81 sheet, for the text the user typed below the table. */
  readonly lama?: Grid;
  /** The form: E.81 (an OPD's Renja), or E.79 (the Pemda's RKPD, assembled from the OPD E.81s). */
  readonly formulir?: "e81" | "e79";
  /** The sheet's spec id; "e81" when omitted. */
  readonly id?: string;
  /** Notes under the form's own (what was not given). */
  readonly catatanLain?: readonly string[];
}

/** Text typed in our previous sheet beside a label (the label in `kolomLabel`, the text in `kolomNilai`). */
export function isianLama(
  lama: Grid | undefined,
  label: string,
  kolomLabel: number,
  kolomNilai: number,
): string | number | null {
  const row = lama?.values.find((r) => typeof r[kolomLabel] === "string" && r[kolomLabel].trim() === label);
  const v = row?.[kolomNilai];
  return typeof v === "string" || typeof v === "number" ? v : null;
}

export function lembarE81(model: Model, nama: string, o: OpsiE81): SheetSpec {
  const q = o.triwulan;
  // Columns no one fills (no sasaran without a PK, no unit or keterangan) stay narrow: the form prints smaller.
  const nodes = semuaNode(model.anggaran);
  const ada = (f: (n: NodeAnggaran) => unknown) => nodes.some((n) => f(n));
  const sh = new Lembar(
    [
      9,
      ada((n) => n.level === "program" && model.sasaran.some((x) => n.sasaranNo != null && x.no === n.sasaranNo))
        ? 20
        : 8,
      38,
      32,
      9,
      ...Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 8 : 15)),
      ada((n) => n.unit) ? 18 : 11,
      ada((n) => n.keterangan) ? 22 : 11,
      13,
      13,
    ],
    // The row's No, sasaran, name and indikator head every page across; a page starts at a K/Rp pair or after it.
    {
      kolomJudulCetak: [KOL.no + 1, KOL.indikator + 1],
      putusBoleh: [KOL.c6, KOL.c7, KOL.c8, ...KOL.tw, KOL.c13, KOL.c14, KOL.c15, KOL.unit, KOL.ket, KOL.predK],
    },
  );
  const bahasa = o.bahasa ?? "id";
  const e79 = o.formulir === "e79";
  const k = e79 ? { ...KATA[bahasa], ...KATA_E79[bahasa] } : KATA[bahasa];
  const lain = e79
    ? { ...KATA[bahasa === "id" ? "en" : "id"], ...KATA_E79[bahasa === "id" ? "en" : "id"] }
    : KATA[bahasa === "id" ? "en" : "id"];
  const skala = skalaBahasa(SKALA.permendagri86, bahasa, o.rumus);
  const predikatHasil = (c: Skalar): Skalar => {
    if (typeof c !== "number") return R.KOSONG;
    const p = predikatE81(c);
    return isSakipError(p)
      ? R.KOSONG
      : (skala.pita[SKALA.permendagri86.pita.findIndex((x) => x.label === p)]?.label ?? p);
  };
  sh.judul(
    k.judul,
    [o.instansi || model.perangkatDaerah || "", k.tahun(o.tahun, NAMA_TW[q - 1])]
      .filter((s) => s !== "")
      .join(" — ")
      .toUpperCase(),
  );
  sh.catatan(k.catatan(NAMA_TW[q - 1]));
  for (const c of o.catatanLain ?? []) sh.catatan(c);
  const kepala = kepalaE81(sh, o.tahun, k);
  const pd = sh.push([teks(`${k.pd}: ${o.instansi || model.perangkatDaerah || ""}`, "teksTebal")]);
  sh.merge(pd, 0, pd, LEBAR - 1);
  const pertama = sh.next;

  const sasaranDari = (n: NodeAnggaran) =>
    model.sasaran.find((s) => n.sasaranNo != null && s.no === n.sasaranNo)?.nama ?? null;
  const memo = new Map<NodeAnggaran, AngkaE81>();

  const tulisNode = (n: NodeAnggaran, no: string, depth: number): number => {
    const r = sh.next;
    const a = angkaE81(n, q, memo);
    const stok = a.jenis === "nilai_akhir";
    const row: (SpecCell | null)[] = new Array<SpecCell | null>(LEBAR).fill(null);
    row[KOL.no] = teks(no);
    row[KOL.sasaran] = teks(n.level === "program" ? sasaranDari(n) : null);
    row[KOL.uraian] = teks(
      `${"  ".repeat(depth)}${kodeCetak(n.kode) ? `${n.kode} ` : ""}${n.uraian}`,
      depth === 0 ? "teksTebal" : "teks",
    );
    row[KOL.indikator] = teks(n.kinerja?.indikator);
    row[KOL.satuan] = teks(n.kinerja?.satuan);
    // K: the row's own indicator.
    row[KOL.c6] = sumber(a.k.c6, n.renstra?.targetK.ref, FMT.desimal);
    row[KOL.c7] = sumber(a.k.c7, n.renstra?.realisasiK.ref, FMT.desimal);
    row[KOL.c8] = angka(a.k.c8);
    const refK =
      n.triwulan && (n.triwulan.gaya === "tambahan" || n.triwulan.gaya === "kumulatif_dikurangi")
        ? n.triwulan.refK
        : undefined;
    KOL.tw.forEach((c, i) => (row[c] = i < q ? sumber(a.k.tw[i], refK?.[i], FMT.desimal) : angka(null)));
    row[KOL.unit] = teks(n.unit);
    row[KOL.ket] = teks(n.keterangan);
    sh.push(row);
    // Its further indicators, each on its own row right below (K only: the rupiah is the row above's).
    for (const x of n.indikatorLain ?? []) tulisIndikatorLain(x);
    const childRows = n.children.map((c, i) => tulisNode(c, `${no}.${i + 1}`, depth + 1));
    // Rp: a leaf links its own cells; a parent sums exactly its children.
    if (childRows.length === 0) {
      row[KOL.c6 + 1] = sumber(a.rp.c6, n.renstra?.targetRp.ref, FMT.rp);
      row[KOL.c7 + 1] = sumber(a.rp.c7, n.renstra?.realisasiRp.ref, FMT.rp);
      row[KOL.c8 + 1] = sumber(a.rp.c8, n.refPagu, FMT.rp);
      KOL.tw.forEach(
        (c, i) => (row[c + 1] = i < q ? sumber(a.rp.tw[i], n.triwulan?.refRp?.[i], FMT.rp) : angka(null, FMT.rp)),
      );
    } else {
      row[KOL.c6 + 1] = jumlahSel(childRows, KOL.c6 + 1, a.rp.c6, "angka", true);
      row[KOL.c7 + 1] = jumlahSel(childRows, KOL.c7 + 1, a.rp.c7, "angka", true);
      row[KOL.c8 + 1] = jumlahSel(childRows, KOL.c8 + 1, a.rp.c8);
      KOL.tw.forEach((c, i) => (row[c + 1] = i < q ? jumlahSel(childRows, c + 1, a.rp.tw[i]) : angka(null, FMT.rp)));
    }
    hitungan(row, r, a, stok, polaritasDariNamaSaja(n.kinerja?.indikator));
    if (depth === 0) for (const c of row) if (c && c.gaya === "angka") Object.assign(c, { gaya: "total" });
    return r;
  };

  /** A further indicator's row: its K (6)–(12) as read, (13)–(15) and the predikat of K. */
  const tulisIndikatorLain = (x: IndikatorTambahan) => {
    const r = sh.next;
    const stok = jenisNode(x) === "nilai_akhir";
    const kosong = { c6: null, c7: null, c8: null, tw: [null, null, null, null] };
    const a = lengkapi(
      stok ? "nilai_akhir" : "kumulatif",
      {
        c6: x.renstra?.targetK.nilai ?? null,
        c7: x.renstra?.realisasiK.nilai ?? null,
        c8: x.kinerja.target,
        tw: sampai(x.triwulan?.k, q),
      },
      kosong,
      q,
    );
    const row: (SpecCell | null)[] = new Array<SpecCell | null>(LEBAR).fill(null);
    row[KOL.indikator] = teks(x.kinerja.indikator);
    row[KOL.satuan] = teks(x.kinerja.satuan);
    row[KOL.c6] = sumber(a.k.c6, x.renstra?.targetK.ref, FMT.desimal);
    row[KOL.c7] = sumber(a.k.c7, x.renstra?.realisasiK.ref, FMT.desimal);
    row[KOL.c8] = angka(a.k.c8);
    const refK =
      x.triwulan && (x.triwulan.gaya === "tambahan" || x.triwulan.gaya === "kumulatif_dikurangi")
        ? x.triwulan.refK
        : undefined;
    KOL.tw.forEach((c, i) => (row[c] = i < q ? sumber(a.k.tw[i], refK?.[i], FMT.desimal) : angka(null)));
    hitunganK(row, r, a, stok, polaritasDariNamaSaja(x.kinerja.indikator));
    sh.push(row);
  };

  /** (13)–(15) of K and its predikat. */
  const hitunganK = (
    row: (SpecCell | null)[],
    r: number,
    a: AngkaE81,
    stok: boolean,
    polaritas: Polaritas = "positif",
  ) => {
    const at = (c: number) => cellA1(r, c);
    const twK = KOL.tw.map((c) => at(c));
    const k13 = stok ? terakhirRumus(twK) : jumlahRumus(twK);
    row[KOL.c13] = rumus(k13, a.k.c13 ?? "", FMT.desimal);
    row[KOL.c14] = rumus(
      stok ? terakhirRumus([at(KOL.c7), at(KOL.c13)]) : jumlahRumus([at(KOL.c7), at(KOL.c13)]),
      a.k.c14 ?? "",
      FMT.desimal,
    );
    row[KOL.c15] = rumus(capaianE81Rumus(at(KOL.c14), at(KOL.c6), polaritas), a.k.c15, "0.00");
    row[KOL.predK] = rumus(predikatE81Rumus(at(KOL.c15), o.rumus, skala), predikatHasil(a.k.c15), undefined, "teks");
  };

  /** (13)–(15) and the predikat of a row whose (6)–(12) are written. */
  const hitungan = (
    row: (SpecCell | null)[],
    r: number,
    a: AngkaE81,
    stok: boolean,
    polaritas: Polaritas = "positif",
  ) => {
    const at = (c: number) => cellA1(r, c);
    const twRp = KOL.tw.map((c) => at(c + 1));
    hitunganK(row, r, a, stok, polaritas);
    row[KOL.c13 + 1] = rumus(jumlahRumus(twRp), a.rp.c13 ?? "", FMT.rp);
    row[KOL.c14 + 1] = rumus(jumlahRumus([at(KOL.c7 + 1), at(KOL.c13 + 1)]), a.rp.c14 ?? "", FMT.rp);
    row[KOL.c15 + 1] = rumus(capaianE81Rumus(at(KOL.c14 + 1), at(KOL.c6 + 1)), a.rp.c15, "0.00");
    row[KOL.predRp] = rumus(
      predikatE81Rumus(at(KOL.c15 + 1), o.rumus, skala),
      predikatHasil(a.rp.c15),
      undefined,
      "teks",
    );
  };

  /** An urusan / bidang urusan row: no K, Rp the sum of what it groups. */
  const tulisInduk = (ind: NodeInduk, no: string, depth: number): { r: number; a: AngkaE81 } => {
    const r = sh.push([]);
    const row: (SpecCell | null)[] = Array.from({ length: LEBAR }, () => teks(""));
    row[KOL.no] = teks(no);
    row[KOL.uraian] = teks(
      `${"  ".repeat(depth)}${kodeCetak(ind.kode) ? `${ind.kode} ` : ""}${ind.uraian}`,
      "teksTebal",
    );
    sh.rows[r] = row;
    const anak = [
      ...ind.children.map((c, i) => tulisInduk(c, `${no}.${i + 1}`, depth + 1)),
      ...ind.program.map((p, i) => ({
        r: tulisNode(p, `${no}.${ind.children.length + i + 1}`, depth + 1),
        a: angkaE81(p, q, memo),
      })),
    ];
    const a = barisJumlah(row, r, anak);
    return { r, a };
  };

  /** A row that sums rows (induk, the agency total): Rp only. */
  const barisJumlah = (row: (SpecCell | null)[], r: number, anak: readonly { r: number; a: AngkaE81 }[]): AngkaE81 => {
    const rows = anak.map((x) => x.r);
    const rp = jumlahRp(anak.map((x) => x.a.rp));
    const a = lengkapi("kumulatif", { c6: null, c7: null, c8: null, tw: [null, null, null, null] }, rp, q);
    row[KOL.c6 + 1] = jumlahSel(rows, KOL.c6 + 1, rp.c6, "total", true);
    row[KOL.c7 + 1] = jumlahSel(rows, KOL.c7 + 1, rp.c7, "total", true);
    row[KOL.c8 + 1] = jumlahSel(rows, KOL.c8 + 1, rp.c8, "total");
    KOL.tw.forEach((c, i) => (row[c + 1] = i < q ? jumlahSel(rows, c + 1, rp.tw[i], "total") : angka(null, FMT.rp)));
    const at = (c: number) => cellA1(r, c);
    row[KOL.c13 + 1] = rumus(jumlahRumus(KOL.tw.map((c) => at(c + 1))), a.rp.c13 ?? "", FMT.rp, "total");
    row[KOL.c14 + 1] = rumus(jumlahRumus([at(KOL.c7 + 1), at(KOL.c13 + 1)]), a.rp.c14 ?? "", FMT.rp, "total");
    row[KOL.c15 + 1] = rumus(capaianE81Rumus(at(KOL.c14 + 1), at(KOL.c6 + 1)), a.rp.c15, "0.00", "total");
    row[KOL.predRp] = rumus(
      predikatE81Rumus(at(KOL.c15 + 1), o.rumus, skala),
      predikatHasil(a.rp.c15),
      undefined,
      "teks",
    );
    return a;
  };

  const puncak: { r: number; a: AngkaE81 }[] = [];
  // Programs under an urusan / bidang urusan are written there; the rest at the top. Matched by their source row
  // too, so a reader that copies the program nodes into `induk` cannot make a program count twice.
  const kunci = (n: NodeAnggaran) => `${n.sumber.sheet}!${n.sumber.row}`;
  const diInduk = new Set(
    (model.induk ?? []).flatMap(function semua(i: NodeInduk): string[] {
      return [...i.program.map(kunci), ...i.children.flatMap(semua)];
    }),
  );
  (model.induk ?? []).forEach((ind, i) => puncak.push(tulisInduk(ind, String(i + 1), 0)));
  model.anggaran
    .filter((p) => !diInduk.has(kunci(p)))
    // Numbered on from the rows already written (puncak grows as each is pushed: not + i).
    .forEach((p) => puncak.push({ r: tulisNode(p, String(puncak.length + 1), 0), a: angkaE81(p, q, memo) }));
  const terakhir = sh.next - 1;

  // The agency's total: the sum of the top rows.
  const rTotal = sh.push([]);
  const rowTotal: (SpecCell | null)[] = Array.from({ length: LEBAR }, () => teks(""));
  rowTotal[KOL.uraian] = teks(
    `${k.jumlah} ${o.instansi || model.perangkatDaerah || k.pdBawaan.toUpperCase()}`.trim(),
    "teksTebal",
  );
  sh.rows[rTotal] = rowTotal;
  barisJumlah(rowTotal, rTotal, puncak);
  if (terakhir >= pertama) {
    sh.warna.push({
      range: `${cellA1(pertama, KOL.predK)}:${cellA1(rTotal, KOL.predRp)}`,
      aturan: predikatWarna(skala),
    });
  }

  // Below the table: what the user writes, kept across regenerations, then the signature block.
  sh.push([]);
  // The previous sheet may have been written in the other language: its text is found under either label.
  k.isian.forEach((label, i) => {
    const r = sh.push([
      teks(label, "teksTebal"),
      null,
      null,
      teks(String(isianLama(o.lama, label, 0, 3) ?? isianLama(o.lama, lain.isian[i], 0, 3) ?? "")),
    ]);
    sh.merge(r, 0, r, 2);
    sh.merge(r, 3, r, LEBAR - 1);
  });
  sh.push([]);
  k.ttd.forEach((label, i) => {
    const row: (SpecCell | null)[] = new Array<SpecCell | null>(LEBAR).fill(null);
    const lama =
      isianLama(o.lama, label, KOL_TTD.label, KOL_TTD.nilai) ??
      isianLama(o.lama, lain.ttd[i], KOL_TTD.label, KOL_TTD.nilai);
    row[KOL_TTD.label] = teks(label);
    row[KOL_TTD.nilai] = teks(
      lama === null ? (i === 1 ? k.kepala(o.instansi || model.perangkatDaerah || k.pdBawaan) : "") : String(lama),
    );
    const r = sh.push(row);
    sh.merge(r, KOL_TTD.label, r, KOL_TTD.nilai - 1);
    sh.merge(r, KOL_TTD.nilai, r, LEBAR - 1);
  });
  return sh.spec(o.id ?? "e81", nama, kepala, {
    beku: { baris: kepala + 4, kolom: 3 },
    barisJudulCetak: [kepala + 1, kepala + 4],
  });
}

/** Four header rows: the official group labels, TW I–IV, K / Rp, and the column numbers. Returns the first. */
function kepalaE81(sh: Lembar, tahun: number | null, k: (typeof KATA)[Bahasa]): number {
  const h = (v: string): SpecCell => ({ v, gaya: "kepala" });
  const r1: (SpecCell | null)[] = new Array(LEBAR).fill(null).map(() => h(""));
  const r2 = r1.map(() => h(""));
  const r3 = r1.map(() => h(""));
  const r4: (SpecCell | null)[] = r1.map(() => ({ v: "", gaya: "nomor" }));
  const tunggal: [number, string, string][] = (
    [
      [KOL.no, "(1)"],
      [KOL.sasaran, "(2)"],
      [KOL.uraian, "(3)"],
      [KOL.indikator, "(4)"],
      [KOL.satuan, "(5)"],
      [KOL.unit, "(16)"],
      [KOL.ket, "(17)"],
    ] as const
  ).map(([c, nomor], i) => [c, k.tunggal[i], nomor]);
  const judulPasangan = k.pasangan(tahun);
  const pasangan: [number, string, string][] = (
    [
      [KOL.c6, "(6)"],
      [KOL.c7, "(7)"],
      [KOL.c8, "(8)"],
      [KOL.c13, "(13) = 9+10+11+12"],
      [KOL.c14, "(14) = 7+13"],
      [KOL.c15, "(15) = 14/6×100"],
    ] as const
  ).map(([c, nomor], i) => [c, judulPasangan[i], nomor]);
  const r = sh.next;
  for (const [c, label, nomor] of tunggal) {
    r1[c] = h(label);
    r4[c] = { v: nomor, gaya: "nomor" };
    sh.merge(r, c, r + 2, c);
  }
  for (const [c, label, nomor] of pasangan) {
    r1[c] = h(label);
    r3[c] = h("K");
    r3[c + 1] = h("Rp");
    r4[c] = { v: nomor, gaya: "nomor" };
    sh.merge(r, c, r + 1, c + 1);
    sh.merge(r + 3, c, r + 3, c + 1);
  }
  r1[KOL.tw[0]] = h(k.triwulan);
  sh.merge(r, KOL.tw[0], r, KOL.tw[3] + 1);
  KOL.tw.forEach((c, i) => {
    r2[c] = h(NAMA_TW[i]);
    r3[c] = h("K");
    r3[c + 1] = h("Rp");
    r4[c] = { v: `(${9 + i})`, gaya: "nomor" };
    sh.merge(r + 1, c, r + 1, c + 1);
    sh.merge(r + 3, c, r + 3, c + 1);
  });
  r1[KOL.predK] = h(k.predikat);
  r3[KOL.predK] = h("K");
  r3[KOL.predRp] = h("Rp");
  r4[KOL.predK] = { v: "(18)", gaya: "nomor" };
  sh.merge(r, KOL.predK, r + 1, KOL.predRp);
  sh.merge(r + 3, KOL.predK, r + 3, KOL.predRp);
  sh.push(r1);
  sh.push(r2);
  sh.push(r3);
  sh.push(r4);
  return r;
}

/** Sum of cells, blank when none holds a number (a blank is never 0). */
export function jumlahRumus(cells: readonly string[]): string {
  return `=IF(${R.daftarRumus("COUNT", cells)}=0,"",${R.daftarRumus("SUM", cells)})`;
}

/** The last cell that holds a number, blank when none does (a stock's value to date). */
export function terakhirRumus(cells: readonly string[]): string {
  let expr = `""`;
  for (const c of cells) expr = `IF(ISNUMBER(${c}),${c},${expr})`;
  return `=${expr}`;
}

/** (15) = (14) ÷ (6) × 100; for a lower-is-better indicator (2 × (6) − (14)) ÷ (6) × 100 (PermenPANRB 8/2021). */
export function capaianE81Rumus(real: string, target: string, polaritas: Polaritas = "positif"): string {
  const hasil = polaritas === "negatif" ? `(2*${target}-${real})/${target}*100` : `${real}/${target}*100`;
  return `=IF(OR(NOT(ISNUMBER(${real})),NOT(ISNUMBER(${target}))),"${R.KOSONG}",IF(${target}=0,"${R.KOSONG}",${hasil}))`;
}

export function predikatE81Rumus(poin: string, gaya: "native" | "sakip", skala: Skala = SKALA.permendagri86): string {
  if (gaya === "sakip") return `=IF(ISNUMBER(${poin}),SAKIP.PREDIKAT_E81(${poin}),"${R.KOSONG}")`;
  return R.predikatRumus(`${poin}/100`, skala).replace(`NOT(ISNUMBER(${poin}/100))`, `NOT(ISNUMBER(${poin}))`);
}

/** A parent's cell: SUM over exactly the children's cells in that column, or a range when they are adjacent. */
function jumlahSel(
  rows: readonly number[],
  col: number,
  hasil: number | null,
  gaya: "angka" | "total" = "angka",
  lengkap = false,
): SpecCell {
  const berurutan = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  const cells =
    berurutan && rows.length > 1
      ? [`${cellA1(rows[0], col)}:${cellA1(rows[rows.length - 1], col)}`]
      : rows.map((r) => cellA1(r, col));
  const f = lengkap
    ? `=IF(${R.daftarRumus("COUNT", cells)}<${rows.length},"",${R.daftarRumus("SUM", cells)})`
    : jumlahRumus(cells);
  // Past Excel's 8,192 characters (some 580 children apart from each other) the sum is written as its value.
  return R.muatRumus(f) ? rumus(f, hasil ?? "", FMT.rp, gaya) : { ...angka(hasil, FMT.rp), gaya };
}
