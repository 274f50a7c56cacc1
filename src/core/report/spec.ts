/**
 * SheetSpec: a generated sheet, host-independent. Every host (Office.js, ExcelJS) is a small translator of this.
 * Formulas are written in Excel's file syntax (English function names, comma separators), which both Office.js
 * `range.formulas` and .xlsx files take; `hasil` is the value the core computed for the formula, so an independent
 * engine can be checked against it.
 */
export type Skalar = string | number | boolean | null;

/** Named styles; each host maps them to its own formatting. */
export type Gaya = "judul" | "subjudul" | "kepala" | "nomor" | "teks" | "teksTebal" | "angka" | "total" | "catatan";

export interface SpecCell {
  /** A value; text from user cells is always a value, never a formula. */
  readonly v?: Skalar;
  /** A formula starting with "=". */
  readonly f?: string;
  /** The core's value for the formula. */
  readonly hasil?: Skalar;
  readonly fmt?: string;
  readonly gaya?: Gaya;
  /** Indent level of a text (Excel's indent, about three characters each): the depth of a budget tree node. */
  readonly indent?: number;
}

/** Fill a range's cells whose text equals `teks` with `warna` (hex RGB): the predikat colours. */
export interface AturanWarna {
  readonly range: string;
  readonly aturan: readonly { teks: string; warna: string }[];
}

export interface Grafik {
  readonly judul: string;
  /** Category labels and the two series (target, realisasi), as A1 ranges of this sheet. */
  readonly kategori: string;
  readonly seri: readonly { nama: string; range: string }[];
  /** Where to place it: top-left cell. */
  readonly posisi: string;
}

export interface SheetSpec {
  /** Stable key of the sheet kind ("pengukuran", "capaian-iku", …), also its provenance tag. */
  readonly id: string;
  readonly nama: string;
  readonly rows: readonly (readonly (SpecCell | null)[])[];
  readonly merges: readonly string[];
  /** Column widths in characters. */
  readonly lebar: readonly number[];
  /** Row heights in points, estimated from wrapped text (hosts do not auto-fit rows on write). */
  readonly tinggi: readonly number[];
  /** Rows and columns frozen above/left of the data. */
  readonly beku: { readonly baris: number; readonly kolom: number };
  /** 1-based header rows repeated on every printed page. */
  readonly barisJudulCetak: readonly [number, number];
  /**
   * Print one page wide (A4 landscape) only where the text stays at least 8 pt; a wider sheet prints at full size,
   * its columns over more pages, under the repeated header rows.
   */
  readonly muatLebar: boolean;
  readonly warna: readonly AturanWarna[];
  /** A1 range to make an Excel table of (only where no cell inside is merged). */
  readonly tabel?: string;
  readonly grafik?: Grafik;
}

/** What was not generated and why (missing data), for the result summary. */
export interface Dilewati {
  readonly id: string;
  readonly nama: string;
  readonly alasan: string;
}

export const TAG = "sakip-kinerja";

/**
 * The provenance tag of a generated sheet, in both hosts: a defined name _sakip_kinerja_<id> pointing at the
 * sheet's A1. Only sheets tagged this way are ever replaced.
 */
export const TAG_PREFIX = `_${TAG.replace(/-/g, "_")}_`;

export function namaTag(id: string): string {
  return `${TAG_PREFIX}${id.replace(/-/g, "_")}`;
}

/** The spec id a defined name tags, or undefined when the name is not ours. */
export function idDariTag(name: string): string | undefined {
  return name.startsWith(TAG_PREFIX) ? name.slice(TAG_PREFIX.length).replace(/_/g, "-") : undefined;
}

/** The sheet a tag's reference ("'Pengukuran Kinerja'!$A$1", with or without "=") points at. */
export function lembarDariRujukan(ref: string): string | undefined {
  return /^=?'?(.*?)'?!/.exec(ref)?.[1]?.replace(/''/g, "'");
}

/**
 * The quarterly sheets (E.81 Evaluasi Renja, Monitoring Triwulan): the user writes into them (notes, signature,
 * threshold), so hosts hand the previous copies back to the job; they are forms with their own arithmetic, not the
 * LKIP's tables, so Periksa Konsistensi does not read them.
 */
export const ID_TRIWULAN: readonly string[] = ["e81", "monitoring"];

/** The audit's result sheet. */
export const ID_PEMERIKSAAN = "pemeriksaan";

/**
 * Generated sheets come in two families: the report (rebuilt together) and the audit result. A write replaces the
 * earlier sheets of the families it writes and leaves the other family alone.
 */
export function keluarga(id: string): "pemeriksaan" | "laporan" {
  return id === ID_PEMERIKSAAN ? "pemeriksaan" : "laporan";
}

export function digantiOleh(idLama: string, specs: readonly { readonly id: string }[]): boolean {
  return specs.some((s) => keluarga(s.id) === keluarga(idLama));
}
