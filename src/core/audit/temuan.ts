/**
 * What the audit reports and how figures are compared: the finding types, the rule of each code, the tolerance of a
 * figure written with d decimals, and the collector the checks add their findings to.
 */
import type { Bahasa, Dwibahasa } from "../bahasa";
import { a1, rujukanSel } from "../grid";
import type { Temuan, Severity } from "../model";
import { formatAngka } from "../numbers";
import { TOLERANSI } from "../rules/predikat";
import { AngkaTertulis, Isian, ISIAN_PERSEN } from "./tabel";
import { EntriKatalog, KATALOG, KodeDari, SEMUA_KODE } from "../temuan-katalog";
import { kelompokBerurut } from "../temuan-kelompok";

export { kelompokBerurut };

/** One value per audit code, from its catalog entry. */
function dariKatalog<T>(f: (e: EntriKatalog) => T): Readonly<Record<KodeTemuan, T>> {
  return Object.fromEntries(
    SEMUA_KODE.filter((k) => KATALOG[k].sumber === "periksa").map((k) => [k, f(KATALOG[k])]),
  ) as Record<KodeTemuan, T>;
}

/** The audit's finding codes: those of the catalog (src/core/temuan-katalog.ts) whose source is the audit. */
export type KodeTemuan = KodeDari<"periksa">;

export interface SelTemuan {
  readonly sheet: string;
  readonly cell: string;
}

/** An audit finding: a Temuan (its first cell) with every cell involved, the figures and the rule. */
export interface TemuanAudit extends Temuan {
  readonly code: KodeTemuan;
  readonly sheet: string;
  readonly cell: string;
  readonly sel: readonly SelTemuan[];
  /** The stated and the recomputed figure, in the column's unit (percentage points or rupiah). */
  readonly tertulis?: number;
  readonly seharusnya?: number;
  /** What the figures are (capaian, pagu, …): their unit and format on the Pemeriksaan sheet. */
  readonly isian?: Isian;
  readonly aturan: string;
  readonly aturanEn: string;
  readonly penyebab?: string;
  readonly penyebabEn?: string;
}

/** A finding's text: one sentence in both languages (an Indonesian-only string is shown as is in both). */
export type Teks = string | Dwibahasa;
export const dua = (id: string, en: string): Dwibahasa => ({ id, en });
const idDari = (t: Teks) => (typeof t === "string" ? t : t.id);
const enDari = (t: Teks) => (typeof t === "string" ? t : t.en);

export interface RingkasanTabel {
  readonly sheet: string;
  readonly judul: string;
  readonly baris: number;
  readonly isian: readonly string[];
}

export interface HasilPeriksa {
  readonly tahun: number | null;
  readonly tabel: readonly RingkasanTabel[];
  /** The findings, those repeated cell by cell as one with their cells, ranges and count (src/core/temuan-kelompok.ts). */
  readonly temuan: readonly TemuanAudit[];
  /** Problems reading the tables (unreadable numbers, error cells), one per sheet, kind and range group. */
  readonly diagnostik: readonly Temuan[];
  /** How many cells those problems are about (each group counts its cells). */
  readonly selTakTerbaca: number;
  /** How many figures were recomputed from their row or compared with another table. */
  readonly diperiksa: number;
  /** Findings per code, a group counted once. */
  readonly jumlah: Readonly<Partial<Record<KodeTemuan, number>>>;
}

export interface OpsiPeriksa {
  /** The report's year; by default the latest year the tables' headers name. */
  readonly tahun?: number;
  /**
   * Hosts only: also read the sheets this add-in generated (the report, Narasi). By default they are left out:
   * they are computed by the core and checked against it by construction (LibreOffice tests).
   */
  readonly termasukBuatan?: boolean;
  /** The language of the Pemeriksaan sheet (the findings carry both). */
  readonly bahasa?: Bahasa;
}

export const ATURAN: Readonly<Record<KodeTemuan, string>> = dariKatalog((e) => e.id);

export const ATURAN_EN: Readonly<Record<KodeTemuan, string>> = dariKatalog((e) => e.en);

/** The figures a finding of this kind is about, where the kind alone tells. */
const ISIAN_KODE: Partial<Record<KodeTemuan, Isian>> = {
  CAPAIAN_HITUNG: "capaian",
  SERAPAN_HITUNG: "serapan",
  SISA_HITUNG: "sisa",
  EFISIENSI_HITUNG: "efisiensi",
  CAPAIAN_TINGGI: "capaian",
};

const TINGKAT: Readonly<Record<KodeTemuan, Severity>> = dariKatalog((e) => e.tingkat);

/** The rules' tolerance (src/core/rules/predikat.ts). */
export const EPS = TOLERANSI;

export const NAMA_ISIAN: Record<Isian, string> = {
  target: "target",
  realisasi: "realisasi",
  realisasi_sd: "realisasi s.d. tahun ini",
  capaian: "capaian",
  tw1: "TW I",
  tw2: "TW II",
  tw3: "TW III",
  tw4: "TW IV",
  target_renstra: "target Renstra",
  capaian_renstra: "capaian terhadap Renstra",
  target_nasional: "target nasional",
  realisasi_nasional: "realisasi nasional",
  pagu: "pagu anggaran",
  realisasi_anggaran: "realisasi anggaran",
  serapan: "serapan",
  sisa: "sisa anggaran",
  efisiensi: "efisiensi",
};

export const NAMA_ISIAN_EN: Record<Isian, string> = {
  target: "target",
  realisasi: "actual",
  realisasi_sd: "actual to date",
  capaian: "achievement",
  tw1: "Q1",
  tw2: "Q2",
  tw3: "Q3",
  tw4: "Q4",
  target_renstra: "strategic plan target",
  capaian_renstra: "achievement against the strategic plan",
  target_nasional: "national target",
  realisasi_nasional: "national actual",
  pagu: "budget ceiling",
  realisasi_anggaran: "budget spent",
  serapan: "budget absorption",
  sisa: "budget remaining",
  efisiensi: "efficiency",
};

// ---------- numbers as written ----------

export const setengah = (desimal: number) => 0.5 * 10 ** -desimal;
/** The stated figure equals the exact one rounded to the decimals it was written with. */
export const cocok = (a: AngkaTertulis, exact: number) =>
  Math.abs(a.nilai - exact) <= setengah(a.desimal) * (1 + EPS) + EPS;
/** The stated figure equals the exact one cut off (not rounded) at its decimals. */
export const terpotong = (a: AngkaTertulis, exact: number) => {
  const f = 10 ** a.desimal;
  return Math.abs(Math.trunc(exact * f + EPS * Math.sign(exact)) / f - a.nilai) < EPS * Math.max(1, Math.abs(exact));
};
export const tampil = (n: number, desimal: number) => formatAngka(n, desimal, desimal);
export const tampilA = (a: AngkaTertulis) => tampil(a.nilai, a.desimal);
/** The same figures written the English way (1,234.56) for the English sentence. */
export const tampilEn = (n: number, desimal: number) =>
  n.toLocaleString("en-US", { minimumFractionDigits: desimal, maximumFractionDigits: desimal });
export const tampilAEn = (a: AngkaTertulis) => tampilEn(a.nilai, a.desimal);
/** A formula text in both languages from one template over the figures' formatting. */
export const rumusDua = (
  bikin: (f: (a: AngkaTertulis) => string, g: (n: number, d: number) => string) => string,
): Dwibahasa => dua(bikin(tampilA, tampil), bikin(tampilAEn, tampilEn));
/**
 * The capaian r ÷ t × 100 may have been computed from any realisasi that rounds to the r written (36,36 for
 * 60/165 = 36,3636…): the range that gives, or undefined when r is written without decimals (a count, not a ratio).
 */
export function rentangCapaian(r: AngkaTertulis, t: AngkaTertulis): [number, number] | undefined {
  if (r.desimal < 1 || t.nilai === 0) return undefined;
  const h = setengah(r.desimal);
  return [((r.nilai - h) / t.nilai) * 100, ((r.nilai + h) / t.nilai) * 100];
}
/** A stated figure inside such a range, within its own rounding. */
export const dalamRentang = (a: AngkaTertulis, [bawah, atas]: [number, number]) =>
  a.nilai >= bawah - setengah(a.desimal) - EPS && a.nilai <= atas + setengah(a.desimal) + EPS;
/** A figure as it shows: rounded to its decimals. */
export const bulat = (a: AngkaTertulis) => Math.round(a.nilai * 10 ** a.desimal) / 10 ** a.desimal;
export const satuanIsian = (isian: Isian) => (ISIAN_PERSEN.has(isian) ? "%" : "");
export const selDari = (a: { sheet: string; row: number; col: number }): SelTemuan => ({
  sheet: a.sheet,
  cell: a1(a.row, a.col),
});
/** 0-based rows as ranges, 1-based: "20–22, 25". */
export function rentangBaris(rows: readonly number[]): string {
  return kelompokBerurut(rows)
    .map(([a, b]) => (a === b ? `${a + 1}` : `${a + 1}–${b + 1}`))
    .join(", ");
}
/** A formula over rows of one column, written with ranges: SUM(K85:K90), SUM(K20:K22,K25). */
export function rumusRentang(fungsi: string, kolom: string, rows: readonly number[]): string {
  const bagian = kelompokBerurut(rows).map(([a, b]) =>
    a === b ? `${kolom}${a + 1}` : `${kolom}${a + 1}:${kolom}${b + 1}`,
  );
  return `${fungsi}(${bagian.join(",")})`;
}
export const rujukan = (s: SelTemuan) => rujukanSel(s.sheet, s.cell);
export const pendek = (s: string | null, max = 60) =>
  s === null ? "(tanpa nama)" : s.length > max ? `${s.slice(0, max - 1)}…` : s;

/** Collects the findings of one audit and remembers which figures agreed with their own row. */
export class Pemeriksa {
  readonly temuan: TemuanAudit[] = [];
  /** How many figures were recomputed or compared. */
  diperiksa = 0;
  /** Row-checked figures: true when consistent with its row (possibly rounded), false when not. */
  readonly cekBaris = new Map<AngkaTertulis, boolean>();

  /**
   * One cell, one finding: when a check already found this cell wrong, a second check's reason joins it as its
   * likely cause (when it has none) instead of being a second finding. True when it was joined.
   */
  gabungDi(sel: SelTemuan, penyebab: Teks): boolean {
    const i = this.temuan.findIndex((t) => t.sheet === sel.sheet && t.cell === sel.cell && t.severity !== "info");
    if (i < 0) return false;
    const t = this.temuan[i];
    if (!t.penyebab) this.temuan[i] = { ...t, penyebab: idDari(penyebab), penyebabEn: enDari(penyebab) };
    return true;
  }

  /**
   * The same for a row: a finding already at a cell of this row (1-based) takes the reason as a further cause and
   * the cells as its other cells. True when it was joined.
   */
  gabungBaris(sheet: string, baris: number, penyebab: Teks, sel: readonly SelTemuan[]): boolean {
    const i = this.temuan.findIndex(
      (t) => t.sheet === sheet && t.severity === "error" && Number(/\d+$/.exec(t.cell)?.[0]) === baris,
    );
    if (i < 0) return false;
    const t = this.temuan[i];
    this.temuan[i] = {
      ...t,
      sel: [...t.sel, ...sel.filter((s) => !t.sel.some((x) => x.cell === s.cell))],
      penyebab: t.penyebab ? `${t.penyebab}. ${idDari(penyebab)}` : idDari(penyebab),
      penyebabEn: t.penyebabEn ? `${t.penyebabEn}. ${enDari(penyebab)}` : enDari(penyebab),
    };
    return true;
  }

  tambah(
    code: KodeTemuan,
    message: Teks,
    sel: SelTemuan[],
    extra: {
      tertulis?: number;
      seharusnya?: number;
      desimal?: number;
      penyebab?: Teks;
      severity?: Severity;
      isian?: Isian;
    } = {},
  ): void {
    const d = extra.desimal ?? 2;
    const isian = extra.isian ?? ISIAN_KODE[code];
    this.temuan.push({
      severity: extra.severity ?? TINGKAT[code],
      code,
      message: idDari(message),
      messageEn: enDari(message),
      sheet: sel[0].sheet,
      cell: sel[0].cell,
      sel,
      ...(extra.tertulis !== undefined ? { tertulis: extra.tertulis, found: tampil(extra.tertulis, d) } : {}),
      ...(extra.seharusnya !== undefined
        ? { seharusnya: extra.seharusnya, expected: tampil(extra.seharusnya, d) }
        : {}),
      aturan: ATURAN[code],
      aturanEn: ATURAN_EN[code],
      ...(isian ? { isian } : {}),
      ...(extra.penyebab ? { penyebab: idDari(extra.penyebab), penyebabEn: enDari(extra.penyebab) } : {}),
    });
  }

  /**
   * A stated figure against the exact one from its row. `antara`: the interval the exact figure lies in when an
   * input was itself rounded (36,36 for 60/165), so a figure computed before rounding is recognised.
   */
  rumus(
    code: KodeTemuan,
    a: AngkaTertulis,
    exact: number,
    nama: Teks,
    rumus: Teks,
    sel: SelTemuan[],
    opsi: {
      antara?: [number, number];
      dariTampilan?: { nilai: number; rumus: Teks };
      penyebab?: () => Teks | undefined;
    } = {},
  ): void {
    if (!Number.isFinite(exact)) return;
    this.diperiksa++;
    const d = a.desimal;
    const s = satuanIsian(code === "SISA_HITUNG" ? "sisa" : "capaian");
    const isian = ISIAN_KODE[code];
    const [namaId, namaEn, rumusId, rumusEn] = [idDari(nama), enDari(nama), idDari(rumus), enDari(rumus)];
    const [aId, aEn] = [`${tampilA(a)}${s}`, `${tampilAEn(a)}${s}`];
    if (cocok(a, exact)) {
      this.cekBaris.set(a, true);
      return;
    }
    if (terpotong(a, exact)) {
      this.cekBaris.set(a, true);
      this.tambah(
        "PEMBULATAN_TERPOTONG",
        dua(
          `${namaId}: ${aId} adalah ${rumusId} = ${tampil(exact, d + 3)}${s} yang dipotong, bukan dibulatkan (${tampil(exact, d)}${s}).`,
          `${namaEn}: ${aEn} is ${rumusEn} = ${tampilEn(exact, d + 3)}${s} cut off, not rounded (${tampilEn(exact, d)}${s}).`,
        ),
        sel,
        {
          tertulis: a.nilai,
          seharusnya: exact,
          desimal: d,
          penyebab: dua("Angka dipotong, bukan dibulatkan", "The figure was cut off, not rounded"),
          isian,
        },
      );
      return;
    }
    // The cell holds more decimals than it shows (=60/165 shown 36,36%) and the figure was computed from what it shows.
    if (opsi.dariTampilan && Math.abs(opsi.dariTampilan.nilai - exact) > EPS && cocok(a, opsi.dariTampilan.nilai)) {
      this.cekBaris.set(a, true);
      const [tId, tEn] = [idDari(opsi.dariTampilan.rumus), enDari(opsi.dariTampilan.rumus)];
      this.tambah(
        "PEMBULATAN_ANTARA",
        dua(
          `${namaId}: ${aId} dihitung dari angka antara yang sudah dibulatkan (${tId}); dari nilai sel yang sebenarnya, ${rumusId} = ${tampil(exact, d)}${s}.`,
          `${namaEn}: ${aEn} was computed from an intermediate figure already rounded (${tEn}); from the cell's actual value, ${rumusEn} = ${tampilEn(exact, d)}${s}.`,
        ),
        sel,
        {
          tertulis: a.nilai,
          seharusnya: exact,
          desimal: d,
          penyebab: dua(
            "Dihitung dari angka antara yang sudah dibulatkan",
            "Computed from a rounded intermediate figure",
          ),
          isian,
        },
      );
      return;
    }
    if (opsi.antara && dalamRentang(a, opsi.antara)) {
      this.cekBaris.set(a, true);
      this.tambah(
        "PEMBULATAN_ANTARA",
        dua(
          `${namaId}: ${aId} dihitung dari angka sebelum dibulatkan; dari angka yang tertulis, ${rumusId} = ${tampil(exact, d)}${s}. Keduanya benar; tuliskan satu saja secara konsisten.`,
          `${namaEn}: ${aEn} was computed from the figures before rounding; from the figures as written, ${rumusEn} = ${tampilEn(exact, d)}${s}. Both are right; use one consistently.`,
        ),
        sel,
        {
          tertulis: a.nilai,
          seharusnya: exact,
          desimal: d,
          penyebab: dua(
            "Dihitung dari angka antara yang berbeda pembulatannya",
            "Computed from intermediate figures rounded differently",
          ),
          isian,
        },
      );
      return;
    }
    this.cekBaris.set(a, false);
    const penyebab = opsi.penyebab?.();
    this.tambah(
      code,
      dua(
        `${namaId}: tertulis ${aId}, seharusnya ${rumusId} = ${tampil(exact, d)}${s}.${penyebab ? ` ${idDari(penyebab)}.` : ""}`,
        `${namaEn}: stated ${aEn}, should be ${rumusEn} = ${tampilEn(exact, d)}${s}.${penyebab ? ` ${enDari(penyebab)}.` : ""}`,
      ),
      sel,
      { tertulis: a.nilai, seharusnya: exact, desimal: d, penyebab },
    );
  }
}
