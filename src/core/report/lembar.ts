/** Builds one generated sheet row by row: title block, header with its numbering row, notes, row heights. */
import { a1, parseArea } from "../grid";
import { LEBAR_CETAK_PT, lebarPoin } from "./gaya";
import { AturanWarna, Gaya, SheetSpec, SpecCell } from "./spec";

/** Accumulates the rows of one sheet. Rows and columns are 0-based here; formulas use A1. */
export class Lembar {
  readonly rows: (SpecCell | null)[][] = [];
  readonly merges: string[] = [];
  readonly warna: AturanWarna[] = [];
  constructor(readonly lebar: number[]) {}
  get next(): number {
    return this.rows.length;
  }
  push(cells: (SpecCell | null)[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r2 > r1 || c2 > c1) this.merges.push(`${a1(r1, c1)}:${a1(r2, c2)}`);
  }
  /** Title block: title, agency and year, a blank row. */
  judul(teks: string, sub: string): void {
    const w = this.lebar.length - 1;
    this.merge(this.push([{ v: teks, gaya: "judul" }]), 0, this.next - 1, w);
    this.merge(this.push([{ v: sub, gaya: "subjudul" }]), 0, this.next - 1, w);
    this.push([]);
  }
  /** A note across the whole width. */
  catatan(teks: string): void {
    this.merge(this.push([{ v: teks, gaya: "catatan" }]), 0, this.next - 1, this.lebar.length - 1);
  }
  private tanpaNomor = false;
  /**
   * Header row plus the numbering row "(1) (2) …"; returns the header row. Without numbering for a sheet that
   * becomes an Excel table (a table's first row must be data).
   */
  kepala(labels: string[], nomor = true): number {
    const r = this.push(labels.map((v) => ({ v, gaya: "kepala" })));
    if (nomor) this.push(labels.map((_, i) => ({ v: `(${i + 1})`, gaya: "nomor" })));
    else this.tanpaNomor = true;
    return r;
  }
  /**
   * Row heights that fit wrapped text: each text is word-wrapped into its column's width (merged columns summed,
   * less its indent), with per-character widths of a proportional font, so an estimate errs on the tall side. A text
   * merged down several rows (a sasaran beside its indicators) adds what its rows lack to the last of them.
   */
  private tinggi(): number[] {
    // Cells are keyed r * KOLOM + c: no string built per cell.
    const down: { top: number; bottom: number; left: number; right: number }[] = [];
    const spans = new Map<number, number>();
    const diDown = new Set<number>();
    for (const m of this.merges) {
      const area = parseArea(m)!;
      if (area.bottom > area.top) {
        down.push(area);
        for (let r = area.top; r <= area.bottom; r++) diDown.add(r * KOLOM + area.left);
      } else
        spans.set(
          area.top * KOLOM + area.left,
          this.lebar.slice(area.left, area.right + 1).reduce((x, y) => x + y, 0),
        );
    }
    const lines = (c: SpecCell, width: number): number => barisTeks(String(c.v), width - 3 * (c.indent ?? 0), c.gaya);
    const baris: number[] = new Array<number>(this.rows.length);
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      let n = 1;
      for (let col = 0; col < row.length; col++) {
        const c = row[col];
        if (!c || typeof c.v !== "string" || c.v === "" || diDown.has(r * KOLOM + col)) continue;
        n = Math.max(n, lines(c, spans.get(r * KOLOM + col) ?? this.lebar[col] ?? 10));
      }
      baris[r] = n;
    }
    for (const d of down) {
      const c = this.rows[d.top]?.[d.left];
      if (!c || typeof c.v !== "string") continue;
      const need = lines(
        c,
        this.lebar.slice(d.left, d.right + 1).reduce((x, y) => x + y, 0),
      );
      const have = baris.slice(d.top, d.bottom + 1).reduce((x, y) => x + y, 0);
      if (need > have) baris[d.bottom] += need - have;
    }
    return baris.map((n, r) => {
      const gaya = this.rows[r][0]?.gaya;
      const perBaris = gaya === "judul" ? 20 : gaya === "subjudul" ? 16 : 15;
      return Math.min(409, perBaris * n + (n > 1 ? 2 : 0));
    });
  }
  spec(id: string, nama: string, kepala: number, extra: Partial<SheetSpec> = {}): SheetSpec {
    return {
      id,
      nama,
      rows: this.rows,
      merges: this.merges,
      lebar: this.lebar,
      tinggi: this.tinggi(),
      beku: { baris: kepala + (this.tanpaNomor ? 1 : 2), kolom: 0 },
      barisJudulCetak: [kepala + 1, kepala + (this.tanpaNomor ? 1 : 2)],
      muatLebar: ukuranCetak(this.lebar) >= HURUF_MIN,
      warna: this.warna,
      ...extra,
    };
  }
}

/** The smallest text size a printed annex may have, in points. */
export const HURUF_MIN = 8;

/**
 * The size 11 pt text prints at when the columns are fitted to one A4 landscape page wide (LEBAR_CETAK_PT, less
 * 35 pt for the engines' rounding), each column lebarPoin wide in Excel's Calibri and in LibreOffice with Carlito,
 * its metric twin (measured within 5% by test/xlsx/cetak.test.ts).
 */
export function ukuranCetak(lebar: readonly number[]): number {
  const pt = lebar.reduce((s, w) => s + lebarPoin(w), 0);
  return 11 * Math.min(1, (LEBAR_CETAK_PT - 35) / pt);
}

/**
 * Lines a text takes when wrapped at word boundaries into a column `lebar` characters wide (Excel's unit: the
 * width of a digit). Capitals and bold are wider than a digit, spaces and most lower-case letters narrower.
 */
export function barisTeks(teks: string, lebar: number, gaya?: Gaya): number {
  const skala =
    gaya === "judul"
      ? 1.35
      : gaya === "subjudul"
        ? 1.1
        : gaya === "kepala" || gaya === "teksTebal" || gaya === "total"
          ? 1.08
          : 1;
  const muat = Math.max(1, lebar - 1.2);
  const spasi = skala * 0.5;
  let n = 0;
  // Paragraphs at "\n", words at runs of spaces (an empty word where a paragraph starts or ends with one); a
  // character is a code point.
  for (let p = 0; p <= teks.length;) {
    const nl = teks.indexOf("\n", p);
    const akhirParagraf = nl < 0 ? teks.length : nl;
    n++;
    let line = 0;
    for (let i = p; ;) {
      let k = 0;
      for (; i < akhirParagraf; i++) {
        const ch = teks.charCodeAt(i);
        if (ch === 32) break;
        if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < akhirParagraf && (teks.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
        k += skala * (ch < 128 ? LEBAR_HURUF[ch] : 1);
      }
      if (line > 0 && line + spasi + k > muat) {
        n++;
        line = 0;
      }
      // A word longer than the line is broken across lines.
      line += (line > 0 ? spasi : 0) + k;
      while (line > muat) {
        n++;
        line -= muat;
      }
      if (i >= akhirParagraf) break;
      while (i < akhirParagraf && teks.charCodeAt(i) === 32) i++;
    }
    p = akhirParagraf + 1;
  }
  return n;
}

/** An ASCII character's width in digits: capitals wider, m and w wider still, narrow letters and punctuation less. */
const LEBAR_HURUF = (() => {
  const t = new Array<number>(128).fill(1);
  for (const ch of "mw") t[ch.charCodeAt(0)] = 1.5;
  for (const ch of "iljtfr.,:;'()/|-") t[ch.charCodeAt(0)] = 0.6;
  for (let c = 65; c <= 90; c++) t[c] = 1.3;
  t[32] = 0.5;
  return t;
})();

/** Columns per row in the cell keys of Lembar.tinggi (Excel's limit). */
const KOLOM = 16384;
