/**
 * SheetSpec: a generated sheet, host-independent. Every host (Office.js, the .xlsx package) is a small translator of this.
 * Formulas are written in Excel's file syntax (English function names, comma separators), which both Office.js
 * `range.formulas` and .xlsx files take; `hasil` is the value the core computed for the formula, so an independent
 * engine can be checked against it.
 */
import type { Temuan } from "../model";
import { a1 } from "../grid";
import { TEKS } from "./teks";

export type Skalar = string | number | boolean | null;

/** Named styles, described once in gaya.ts (GAYA), which each host translates. */
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
  /** 1-based header rows repeated on every printed page; the rest of the print setup is gaya.ts's cetakLembar. */
  readonly barisJudulCetak: readonly [number, number];
  /**
   * 1-based columns repeated on the left of every printed page: the row's No and name (and indikator), so that a
   * page of a sheet printed over several pages across can be read alone.
   */
  readonly kolomJudulCetak?: readonly [number, number];
  /** 0-based columns a printed page across may start at (the E.81's K/Rp pairs stay together); absent: any. */
  readonly putusBoleh?: readonly number[];
  /** 1-based rows printed (an instruction above them is for the screen only); absent: all. */
  readonly barisCetak?: readonly [number, number];
  /**
   * Printed one page wide (on A4, F4 or A3 landscape, the smallest that keeps the text at 8 pt or more), as
   * gaya.ts's tataKolom decides; else over pages across on A3, under the repeated header rows and columns.
   */
  readonly muatLebar: boolean;
  readonly warna: readonly AturanWarna[];
  /** A1 range to make an Excel table of (only where no cell inside is merged). */
  readonly tabel?: string;
  readonly grafik?: Grafik;
}

/**
 * A kode as printed: a placeholder from a nomenclature ("X.XX.01", the program every urusan shares, its urusan
 * unknown) is not a kode, and is printed blank.
 */
export function kodeCetak(kode: string | null | undefined): string | null {
  if (!kode) return null;
  return /(^|\.)X+(\.|$)/i.test(kode.trim()) ? null : kode;
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

/**
 * Our sheets by spec id, in both hosts: a sheet is ours when a workbook-scoped tag points at its A1. A copy the user
 * makes carries only a sheet-scoped copy of the tag (not passed here, or marked `lokal`), a deleted sheet leaves
 * the tag as #REF! (no sheet), and a sheet claimed by two tags is not taken as ours: when in doubt, it is the
 * user's.
 */
export function cariLembarBertanda(
  names: readonly { name: string; formula: string; lokal?: boolean }[],
  sheets: readonly string[],
): Map<string, string> {
  const calon = new Map<string, string>();
  const klaim = new Map<string, number>();
  for (const n of names) {
    const id = n.lokal ? undefined : idDariTag(n.name);
    const sheet = id ? lembarDariRujukan(n.formula) : undefined;
    if (!id || !sheet || !sheets.includes(sheet) || !/!\$A\$1$/.test(n.formula.trim())) continue;
    if (calon.has(id)) {
      klaim.set(sheet, 2);
      continue;
    }
    calon.set(id, sheet);
    klaim.set(sheet, (klaim.get(sheet) ?? 0) + 1);
  }
  return new Map([...calon].filter(([, sheet]) => klaim.get(sheet) === 1));
}

/** The audit's result sheet. */
export const ID_PEMERIKSAAN = "pemeriksaan";

/** The Pemda rekap's sheets (src/core/rekap/lembar.ts): every id starts with this. */
export const AWALAN_REKAP = "rekap-";

/**
 * Generated sheets come in three families: the report (rebuilt together), the audit result, and the Pemda rekap
 * (written into a workbook that may hold an OPD's report). A write replaces the earlier sheets of the families it
 * writes and leaves the others alone.
 */
export function keluarga(id: string): "pemeriksaan" | "laporan" | "rekap" {
  if (id === ID_PEMERIKSAAN) return "pemeriksaan";
  return id.startsWith(AWALAN_REKAP) ? "rekap" : "laporan";
}

export function digantiOleh(idLama: string, specs: readonly { readonly id: string }[]): boolean {
  return specs.some((s) => keluarga(s.id) === keluarga(idLama));
}

/** Excel's limit on a cell's text. */
export const BATAS_TEKS = 32_767;

/** What a host may write for a value: a non-finite number is never a cell value (blank), text is cut at Excel's limit. */
export function nilaiAman<T extends Skalar | undefined>(v: T): T | null {
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  if (typeof v === "string" && v.length > BATAS_TEKS) return v.slice(0, BATAS_TEKS) as T;
  return v;
}

/**
 * Values of the specs that cannot be written as they are: a non-finite number (an overflow such as two 1e308
 * summed, or "1e999") or a text over Excel's limit. One diagnostic per cell of the generated sheet; the hosts write
 * such a number as a blank cell and cut the text (nilaiAman).
 */
export function periksaNilai(specs: readonly SheetSpec[]): Temuan[] {
  const out: Temuan[] = [];
  const takHingga = (x: Skalar | undefined) => typeof x === "number" && !Number.isFinite(x);
  for (const s of specs) {
    s.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c || (!takHingga(c.v) && !takHingga(c.hasil) && !(typeof c.v === "string" && c.v.length > BATAS_TEKS)))
          return;
        const cell = a1(r, col);
        const angka = [c.v, c.hasil].find(takHingga);
        if (angka !== undefined) {
          const besar = angka === Infinity || angka === -Infinity;
          const [apa, what] = besar ? ["terlalu besar", "too large"] : ["tidak sah", "not valid"];
          const [akibat, effect] = c.f
            ? [
                "rumusnya tetap ditulis, tetapi hasilnya tidak akan berupa angka",
                "the formula is still written, but its result will not be a number",
              ]
            : ["sel dibiarkan kosong", "the cell is left blank"];
          out.push({
            severity: "error",
            code: "ANGKA_TAK_HINGGA",
            sheet: s.nama,
            cell,
            found: String(angka),
            message: `Angka di luar jangkauan (${apa}): ${akibat}. Periksa angka sumbernya (mis. 1e999, atau jumlah yang melampaui 1e308).`,
            messageEn: `A number out of range (${what}): ${effect}. Check the source figures (e.g. 1e999, or a sum beyond 1e308).`,
          });
        }
        if (typeof c.v === "string" && c.v.length > BATAS_TEKS) {
          out.push({
            severity: "warning",
            code: "TEKS_TERLALU_PANJANG",
            sheet: s.nama,
            cell,
            found: `${c.v.length} karakter`,
            message: `Teks ${c.v.length} karakter melebihi batas Excel ${BATAS_TEKS}: dipotong.`,
            messageEn: `A text of ${c.v.length} characters exceeds Excel's limit of ${BATAS_TEKS}: cut short.`,
          });
        }
      }),
    );
  }
  return out;
}

/**
 * Whether a sheet bears the name we give that id (in either language, or with the " (2)" a taken name gets): after
 * another program re-saved the workbook (its record of our sheets dropped, the part rewritten), a tag on a sheet of
 * our own name is ours; a tag on the user's "PK 2023" never is.
 */
export function namaKami(id: string, nama: string): boolean {
  return (["id", "en"] as const).some((b) => {
    const n = (TEKS[b].lembar as Record<string, string | undefined>)[id];
    return n !== undefined && (nama === n || (/ \(\d+\)$/.test(nama) && nama.startsWith(n.slice(0, 24))));
  });
}
