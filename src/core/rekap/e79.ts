/**
 * The E.79 (Permendagri 86/2017, Evaluasi terhadap hasil RKPD) assembled from the OPD E.81s: one block per OPD with
 * its programs, (8)–(12) and (16) from each OPD's form, (13)–(15) and the totals as live formulas, written by the
 * E.81 sheet's own generator (report/e81.ts, the same columns with the RKPD wording). The RPJMD target (6) and the
 * realisasi to last year (7) come from an optional table (--rpjmd), matched by program kode, else by name (and OPD);
 * without it they are blank, and a note says so.
 */
import type { Bahasa } from "../bahasa";
import { columnCount, Grid } from "../grid";
import { Model, NilaiSel, NodeAnggaran, NodeInduk, PerTriwulan } from "../model";
import { SUBTOTAL_LABEL } from "../read/columns";
import { DaftarTemuan } from "../read/diagnostics";
import { findTables, headerLabels } from "../read/tables";
import { readAngka, readTeks } from "../read/values";
import { lembarE81 } from "../report/e81";
import { SheetSpec } from "../report/spec";
import { Triwulan } from "../rules/triwulan";
import type { BacaanOpd, ProgramE81 } from "./jenis";
import { kunciNama } from "./nama";

export const ID_E79 = "rekap-e79";

/** A program's RPJMD figures: (6) the target at the end of the period, (7) the realisasi to last year, K and Rp. */
export interface BarisRpjmd {
  readonly kode: string | null;
  readonly program: string;
  readonly opd: string | null;
  readonly targetK: number | null;
  readonly targetRp: number | null;
  readonly realisasiK: number | null;
  readonly realisasiRp: number | null;
}

const KODE = /^kode\b/i;
const PROGRAM = /\b(program|uraian)\b/i;
const OPD = /\b(perangkat daerah|opd|skpd|penanggung jawab)\b/i;
const TARGET = /\btarget\b/i;
const REALISASI = /\brealisasi\b/i;
const RP = /(\brp\b|rupiah|anggaran|pagu)/i;
const K = /(\bk\b|kinerja|capaian)/i;

/**
 * The RPJMD table, from the first sheet that holds one (through findTables and headerLabels): a program column and
 * target / realisasi columns, each K or Rp by its header's words ("Target Akhir Periode RPJMD › Rp"). Undefined when
 * no sheet does.
 */
export function bacaRpjmd(grids: readonly Grid[]): BarisRpjmd[] | undefined {
  for (const g of grids) {
    const width = columnCount(g);
    for (const t of findTables(g)) {
      const labels = headerLabels(g, t.headerRows, width);
      const kol = (f: (l: string) => boolean) => {
        const c = labels.findIndex(f);
        return c >= 0 ? c : undefined;
      };
      const kode = kol((l) => KODE.test(l));
      const program = kol((l) => PROGRAM.test(l) && !TARGET.test(l) && !REALISASI.test(l) && !KODE.test(l));
      const opd = kol((l) => OPD.test(l) && !TARGET.test(l) && !REALISASI.test(l) && !PROGRAM.test(l));
      const targetRp = kol((l) => TARGET.test(l) && RP.test(l));
      const targetK = kol((l) => TARGET.test(l) && !RP.test(l) && K.test(l));
      const realisasiRp = kol((l) => REALISASI.test(l) && RP.test(l));
      const realisasiK = kol((l) => REALISASI.test(l) && !RP.test(l) && K.test(l));
      if (program === undefined || (targetK === undefined && targetRp === undefined)) continue;
      const diag = new DaftarTemuan();
      const angka = (r: number, c: number | undefined, nama: string) =>
        c === undefined ? null : readAngka({ grid: g, diag }, r, c, nama).value;
      const out: BarisRpjmd[] = [];
      for (const r of t.rows) {
        const p = readTeks(g, r, program);
        if (!p || SUBTOTAL_LABEL.test(p.trim())) continue;
        out.push({
          kode: readTeks(g, r, kode)?.replace(/\s+/g, "") ?? null,
          program: p.trim(),
          opd: readTeks(g, r, opd)?.trim() ?? null,
          targetK: angka(r, targetK, "target K"),
          targetRp: angka(r, targetRp, "target Rp"),
          realisasiK: angka(r, realisasiK, "realisasi K"),
          realisasiRp: angka(r, realisasiRp, "realisasi Rp"),
        });
      }
      if (out.length > 0) return out;
    }
  }
  return undefined;
}

/** The RPJMD row of a program: by kode, else by name (within the OPD when the table names one). */
export function cariRpjmd(
  rpjmd: readonly BarisRpjmd[],
  p: Pick<ProgramE81, "kode" | "uraian">,
  opd: string | null,
): BarisRpjmd | undefined {
  const kode = p.kode?.replace(/\s+/g, "");
  const perKode = kode ? rpjmd.filter((x) => x.kode === kode) : [];
  if (perKode.length === 1) return perKode[0];
  const nama = kunciNama(p.uraian.replace(/^program\s+/i, ""));
  const perNama = rpjmd.filter((x) => kunciNama(x.program.replace(/^program\s+/i, "")) === nama);
  if (perNama.length === 1) return perNama[0];
  const o = opd ? kunciNama(opd) : null;
  const diOpd = [...perKode, ...perNama].filter((x) => x.opd && o && kunciNama(x.opd) === o);
  return diOpd.length === 1 ? diOpd[0] : undefined;
}

export interface OpsiE79 {
  readonly nama: string;
  readonly bahasa?: Bahasa;
  readonly tahun: number | null;
  readonly triwulan: Triwulan;
  /** The Pemda's name, for the title. */
  readonly pemda?: string;
  readonly rpjmd?: readonly BarisRpjmd[];
}

const tw = (xs: readonly (number | null)[]): PerTriwulan => [
  xs[0] ?? null,
  xs[1] ?? null,
  xs[2] ?? null,
  xs[3] ?? null,
];
const nilai = (v: number | null): NilaiSel => ({ nilai: v });

/** The E.79 sheet, from the readings of the OPD that reported with an E.81 (in the rekap's order). */
export function lembarE79(bacaan: readonly BacaanOpd[], o: OpsiE79): SheetSpec {
  const induk: NodeInduk[] = [];
  const anggaran: NodeAnggaran[] = [];
  let cocok = 0;
  let program = 0;
  for (const b of bacaan) {
    if (!b.e81) continue;
    const opd = b.nama ?? b.sheet;
    const progs = b.e81.program.map((p): NodeAnggaran => {
      program++;
      const r = o.rpjmd ? cariRpjmd(o.rpjmd, p, opd) : undefined;
      if (r) cocok++;
      return {
        level: "program",
        kode: p.kode,
        uraian: p.uraian,
        pagu: p.pagu,
        realisasi: null,
        paguTertulis: p.pagu,
        realisasiTertulis: null,
        kinerja: { indikator: p.indikator, satuan: p.satuan, target: p.targetK, realisasi: null },
        children: [],
        sumber: { sheet: `${b.berkas}›${b.sheet}`, row: p.row },
        triwulan: { k: tw(p.twK), rp: tw(p.twRp), gaya: "tambahan" },
        ...(r
          ? {
              renstra: {
                targetK: nilai(r.targetK),
                targetRp: nilai(r.targetRp),
                realisasiK: nilai(r.realisasiK),
                realisasiRp: nilai(r.realisasiRp),
              },
            }
          : {}),
        unit: opd,
        keterangan: null,
      };
    });
    anggaran.push(...progs);
    induk.push({
      level: "urusan",
      kode: b.kode,
      uraian: opd,
      paguTertulis: null,
      realisasiTertulis: null,
      children: [],
      program: progs,
      sumber: { sheet: `${b.berkas}›${b.sheet}`, row: 0 },
    });
  }
  const model: Model = {
    sasaran: [],
    programPk: [],
    anggaran,
    induk,
    pemetaan: { versi: 1, lembar: {} },
    diagnostics: [],
  };
  const en = o.bahasa === "en";
  const catatan = !o.rpjmd
    ? en
      ? "(6) and (7), the RPJMD target and the realisation up to last year, are blank: no RPJMD table was given (--rpjmd); (14) is then this year's realisation only and (15) is blank."
      : "(6) dan (7), target RPJMD dan realisasi s.d. tahun lalu, kosong: tabel RPJMD tidak diberikan (--rpjmd); (14) lalu realisasi tahun ini saja dan (15) kosong."
    : cocok < program
      ? en
        ? `(6) and (7) from the RPJMD table for ${cocok} of ${program} programs; the others are not in it and stay blank.`
        : `(6) dan (7) dari tabel RPJMD untuk ${cocok} dari ${program} program; selebihnya tidak ada di tabel itu dan dibiarkan kosong.`
      : null;
  return lembarE81(model, o.nama, {
    tahun: o.tahun,
    triwulan: o.triwulan,
    instansi: o.pemda ?? "",
    rumus: "native",
    bahasa: o.bahasa ?? "id",
    formulir: "e79",
    id: ID_E79,
    ...(catatan ? { catatanLain: [catatan] } : {}),
  });
}
