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
  catatan: { huruf: huruf({ miring: true, ukuran: 9, warna: "555555" }), tegak: "top", bungkus: true },
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

export type Kertas = "A4" | "F4" | "A3";

/** Landscape paper in points, width × height (F4: 215 × 330 mm, the file format's Folio). */
export const KERTAS: Readonly<Record<Kertas, readonly [number, number]>> = {
  A4: [(297 / 25.4) * 72, (210 / 25.4) * 72],
  F4: [(330 / 25.4) * 72, (215 / 25.4) * 72],
  A3: [(420 / 25.4) * 72, (297 / 25.4) * 72],
};

export interface Cetak {
  readonly kertas: Kertas;
  readonly orientasi: "landscape";
  readonly margin: Margin;
  /** One page wide, as many tall as needed; else `skala` percent, the columns over `putusKolom`'s pages. */
  readonly muatLebar: boolean;
  readonly skala: number;
  /** 1-based first and last row repeated on top of every printed page. */
  readonly barisJudul: readonly [number, number];
  /** 1-based first and last column repeated on the left of every printed page (the row's No and name). */
  readonly kolomJudul?: readonly [number, number];
  /** 0-based columns that start a new page (manual breaks), when the sheet prints over several pages wide. */
  readonly putusKolom: readonly number[];
  /** The rows printed, 1-based (an instruction above them stays on screen only); absent: all. */
  readonly barisCetak?: readonly [number, number];
  readonly garisKisi: false;
}

export const MARGIN: Margin = { kiri: 0.5, kanan: 0.5, atas: 0.6, bawah: 0.6, kepala: 0.3, kaki: 0.3 };

/** A landscape paper's printable width in points, between the side margins. */
export const lebarCetak = (k: Kertas): number => KERTAS[k][0] - (MARGIN.kiri + MARGIN.kanan) * 72;
/** A4 landscape's printable width in points, between the side margins. */
export const LEBAR_CETAK_PT = lebarCetak("A4");

/** The smallest text size a printed annex may have, in points. */
export const HURUF_MIN = 8;
/** Points the engines' column widths may exceed lebarPoin's over a page (their rounding). */
const SELISIH_PT = 35;

/** How a sheet's columns go on paper. */
export interface TataKolom {
  readonly kertas: Kertas;
  readonly muatLebar: boolean;
  /** Percent; 100 when fitted (the engine shrinks it to the page). */
  readonly skala: number;
  /** The columns of each page across, 0-based first and last (the repeated columns not counted). */
  readonly halaman: readonly (readonly [number, number])[];
}

/**
 * The paper and fit of a sheet: the smallest landscape paper (A4, F4, A3) on which it fits one page wide with its
 * text at HURUF_MIN or more; a sheet wider than that (the E.81 and Monitoring forms) prints on A3 at the largest
 * scale that keeps the text at HURUF_MIN or more, its columns over pages across, each page starting at a column in
 * `putusBoleh` where one fits and headed on the left by the `kolomJudul` (1-based) columns.
 */
export function tataKolom(
  lebar: readonly number[],
  kolomJudul?: readonly [number, number],
  putusBoleh?: readonly number[],
): TataKolom {
  const pt = lebar.map(lebarPoin);
  const total = pt.reduce((s, w) => s + w, 0);
  const semua: [number, number] = [0, Math.max(0, lebar.length - 1)];
  for (const kertas of ["A4", "F4", "A3"] as const)
    if (11 * Math.min(1, (lebarCetak(kertas) - SELISIH_PT) / total) >= HURUF_MIN)
      return { kertas, muatLebar: true, skala: 100, halaman: [semua] };
  const muat = (lebarCetak("A3") - SELISIH_PT) * (11 / HURUF_MIN);
  const ulang = kolomJudul ? pt.slice(kolomJudul[0] - 1, kolomJudul[1]).reduce((s, w) => s + w, 0) : 0;
  const halaman: [number, number][] = [];
  const lebarHalaman: number[] = [];
  for (let mulai = 0; mulai < pt.length;) {
    let w = mulai === 0 ? 0 : ulang;
    let akhir = mulai;
    while (akhir < pt.length && (akhir === mulai || w + pt[akhir] <= muat)) w += pt[akhir++];
    // Back to the last column a page may start at, where there is one after this page's first.
    if (akhir < pt.length && putusBoleh) {
      const b = Math.max(...putusBoleh.filter((c) => c > mulai && c <= akhir));
      if (Number.isFinite(b) && b < akhir) akhir = b;
    }
    halaman.push([mulai, akhir - 1]);
    lebarHalaman.push((mulai === 0 ? 0 : ulang) + pt.slice(mulai, akhir).reduce((s, x) => s + x, 0));
    mulai = akhir;
  }
  const skala = Math.floor(Math.min(100, (100 * (lebarCetak("A3") - SELISIH_PT)) / Math.max(...lebarHalaman)));
  return { kertas: "A3", muatLebar: false, skala, halaman };
}

/** The text size (11 pt body) a sheet prints at under its layout. */
export function ukuranHuruf(spec: Pick<SheetSpec, "lebar" | "kolomJudulCetak" | "putusBoleh">): number {
  const t = tataKolom(spec.lebar, spec.kolomJudulCetak, spec.putusBoleh);
  if (!t.muatLebar) return (11 * t.skala) / 100;
  const total = spec.lebar.reduce((s, w) => s + lebarPoin(w), 0);
  return 11 * Math.min(1, (lebarCetak(t.kertas) - SELISIH_PT) / total);
}

/** How a sheet prints (see tataKolom), with its header rows and identifying columns repeated on every page. */
export function cetakLembar(
  spec: Pick<SheetSpec, "lebar" | "barisJudulCetak" | "kolomJudulCetak" | "putusBoleh" | "barisCetak">,
): Cetak {
  const t = tataKolom(spec.lebar, spec.kolomJudulCetak, spec.putusBoleh);
  return {
    kertas: t.kertas,
    orientasi: "landscape",
    margin: MARGIN,
    muatLebar: t.muatLebar,
    skala: t.skala,
    barisJudul: spec.barisJudulCetak,
    ...(spec.kolomJudulCetak ? { kolomJudul: spec.kolomJudulCetak } : {}),
    putusKolom: t.halaman.slice(1).map(([mulai]) => mulai),
    ...(spec.barisCetak ? { barisCetak: spec.barisCetak } : {}),
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
