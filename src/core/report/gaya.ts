/**
 * How a generated sheet looks and prints, once for every host: the named cell styles, the print setup and the
 * column widths. Hosts only translate (src/excel/write.ts to Office.js formats, src/xlsx/write.ts to styles.xml and
 * the sheet's page setup); no colour, size or margin is written anywhere else. Colours are RGB hex without "#".
 * The predikat colours are the scale's own (rules/predikat.ts WARNA_PREDIKAT), carried by SheetSpec.warna.
 */
import type { Gaya, SheetSpec } from "./spec";

export interface Huruf {
  readonly nama: string;
  readonly ukuran: number;
  readonly tebal: boolean;
  readonly miring: boolean;
  /** Font colour; absent: automatic (black). */
  readonly warna?: string;
}

export interface FormatGaya {
  readonly huruf: Huruf;
  /** Solid fill; absent: none. */
  readonly isi?: string;
  /** A thin line on all four sides of every cell; absent: none. */
  readonly garis?: { readonly warna: string };
  /** Horizontal alignment; absent: general (text left, numbers right). */
  readonly rata?: "left" | "center" | "right";
  /** Vertical alignment; absent: bottom, the default of both hosts. */
  readonly tegak?: "top" | "center";
  readonly bungkus: boolean;
  /** Indent level (Excel's, about three characters each); only with `rata: "left"`. */
  readonly indent?: number;
}

/** Calibri: the row heights (lembar.ts) are estimated in its metrics; an engine without it takes Carlito. */
const HURUF = "Calibri";
const huruf = (h: Partial<Huruf> = {}): Huruf => ({ nama: HURUF, ukuran: 11, tebal: false, miring: false, ...h });

const HIJAU_KEPALA = "D9E7DD";
/** Grey lines print lighter than black ones and keep a dense table readable. */
const GARIS = { warna: "8A8A8A" } as const;

export const GAYA: Readonly<Record<Gaya, FormatGaya>> = {
  judul: { huruf: huruf({ tebal: true, ukuran: 14 }), rata: "center", tegak: "center", bungkus: false },
  subjudul: { huruf: huruf({ tebal: true }), rata: "center", tegak: "center", bungkus: false },
  kepala: {
    huruf: huruf({ tebal: true }),
    isi: HIJAU_KEPALA,
    garis: GARIS,
    rata: "center",
    tegak: "center",
    bungkus: true,
  },
  nomor: { huruf: huruf({ miring: true, ukuran: 9 }), isi: HIJAU_KEPALA, garis: GARIS, rata: "center", bungkus: false },
  teks: { huruf: huruf(), garis: GARIS, tegak: "top", bungkus: true },
  teksTebal: { huruf: huruf({ tebal: true }), garis: GARIS, tegak: "top", bungkus: true },
  angka: { huruf: huruf(), garis: GARIS, rata: "right", tegak: "top", bungkus: false },
  total: { huruf: huruf({ tebal: true }), garis: GARIS, rata: "right", tegak: "top", bungkus: false },
  catatan: { huruf: huruf({ miring: true, ukuran: 9, warna: "555555" }), bungkus: false },
};

/** A cell's format: its style, with an indent (which both Excel and LibreOffice apply to left-aligned text only). */
export function formatSel(gaya: Gaya, indent = 0): FormatGaya {
  return indent > 0 ? { ...GAYA[gaya], rata: "left", indent } : GAYA[gaya];
}

/** Page margins in inches (the unit of the .xlsx file; Office.js takes points, 72 to the inch). */
export interface Margin {
  readonly kiri: number;
  readonly kanan: number;
  readonly atas: number;
  readonly bawah: number;
  readonly kepala: number;
  readonly kaki: number;
}

export interface Cetak {
  readonly kertas: "A4";
  readonly orientasi: "landscape";
  readonly margin: Margin;
  /** One page wide, as many tall as needed; else `skala` percent. */
  readonly muatLebar: boolean;
  readonly skala: number;
  /** 1-based first and last row repeated on top of every printed page. */
  readonly barisJudul: readonly [number, number];
  readonly garisKisi: false;
}

export const MARGIN: Margin = { kiri: 0.5, kanan: 0.5, atas: 0.6, bawah: 0.6, kepala: 0.3, kaki: 0.3 };

/** A4 landscape's printable width in points, between the side margins. */
export const LEBAR_CETAK_PT = (297 / 25.4) * 72 - (MARGIN.kiri + MARGIN.kanan) * 72;

/** How a sheet prints: A4 landscape, fitted one page wide where its spec says so (see SheetSpec.muatLebar). */
export function cetakLembar(spec: Pick<SheetSpec, "muatLebar" | "barisJudulCetak">): Cetak {
  return {
    kertas: "A4",
    orientasi: "landscape",
    margin: MARGIN,
    muatLebar: spec.muatLebar,
    skala: 100,
    barisJudul: spec.barisJudulCetak,
    garisKisi: false,
  };
}

/**
 * A column `w` characters wide (the .xlsx unit: digits of Calibri 11) in points: w × 7 + 5 pixels at 96 dpi,
 * 0.75 pt each. Office.js sets widths in points.
 */
export function lebarPoin(w: number): number {
  return (w * 7 + 5) * 0.75;
}
