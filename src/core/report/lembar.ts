/** Builds one generated sheet row by row: title block, header with its numbering row, notes, row heights. */
import { a1, parseArea } from "../grid";
import { GAYA, HURUF_MIN, LEBAR_CETAK_PT, lebarPoin, tataKolom } from "./gaya";
import { AturanWarna, Gaya, SheetSpec, SpecCell } from "./spec";

/** Accumulates the rows of one sheet. Rows and columns are 0-based here; formulas use A1. */
export class Lembar {
  readonly rows: (SpecCell | null)[][] = [];
  readonly merges: string[] = [];
  readonly warna: AturanWarna[] = [];
  /**
   * Where the title block and notes go: across the sheet, or (a sheet printed over pages across) once over each
   * page's own columns, right of the repeated ones, so that each page across starts under the title and no page
   * shows a title cut at the repeated columns' edge.
   */
  private readonly blok: readonly (readonly [number, number])[];
  constructor(
    readonly lebar: number[],
    private readonly cetak: Pick<SheetSpec, "kolomJudulCetak" | "putusBoleh"> = {},
  ) {
    const { halaman } = tataKolom(lebar, cetak.kolomJudulCetak, cetak.putusBoleh);
    const ulang = cetak.kolomJudulCetak?.[1] ?? 0;
    this.blok = halaman.length > 1 ? halaman.map(([a, b]) => [Math.min(Math.max(a, ulang), b), b] as const) : halaman;
  }
  /** A row with `cell` at the start of each block, each block merged. */
  private lebarBlok(cell: SpecCell): number {
    const row: (SpecCell | null)[] = [];
    for (const [a] of this.blok) row[a] = { ...cell };
    for (let c = 0; c < row.length; c++) row[c] ??= null;
    const r = this.push(row);
    for (const [a, b] of this.blok) this.merge(r, a, r, b);
    return r;
  }
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
    this.lebarBlok({ v: teks, gaya: "judul" });
    this.lebarBlok({ v: sub, gaya: "subjudul" });
    this.push([]);
  }
  /** A note across the whole width. */
  catatan(teks: string): void {
    this.lebarBlok({ v: teks, gaya: "catatan" });
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
      const gaya = this.rows[r].find((c) => c)?.gaya;
      const perBaris = gaya === "judul" ? 20 : gaya === "subjudul" ? 16 : gaya === "catatan" ? 12 : 15;
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
      ...this.cetak,
      muatLebar: tataKolom(this.lebar, this.cetak.kolomJudulCetak, this.cetak.putusBoleh).muatLebar,
      warna: this.warna,
      ...extra,
    };
  }
}

export { HURUF_MIN };

/**
 * A note in the blank row under a sheet's title and subtitle (where each title cell is, merged as it is): which
 * of the workbook's sheets the report was read from. The sheet as it was when there is no such row.
 */
export function denganKeterangan(spec: SheetSpec, teks: string): SheetSpec {
  const judul = spec.rows.findIndex((row) => row.some((c) => c?.gaya === "judul"));
  const r = judul + 2;
  if (judul < 0 || spec.rows[judul + 1]?.some((c) => c?.gaya === "subjudul") !== true) return spec;
  if ((spec.rows[r] ?? []).some((c) => c !== null && c !== undefined)) return spec;
  const row: (SpecCell | null)[] = spec.rows[judul].map((c) => (c ? { v: teks, gaya: "catatan" } : null));
  const merges = spec.merges.flatMap((m) => {
    const a = parseArea(m);
    return a && a.top === judul && a.bottom === judul ? [m, `${a1(r, a.left)}:${a1(r, a.right)}`] : [m];
  });
  const lebar = (col: number) => {
    const m = spec.merges.map(parseArea).find((a) => a && a.top === judul && a.left === col);
    return m ? spec.lebar.slice(m.left, m.right + 1).reduce((x, y) => x + y, 0) : (spec.lebar[col] ?? 10);
  };
  const n = Math.max(1, ...row.map((c, col) => (c ? barisTeks(teks, lebar(col), "catatan") : 1)));
  const tinggi = [...spec.tinggi];
  tinggi[r] = 12 * n + (n > 1 ? 2 : 0);
  const rows = [...spec.rows];
  rows[r] = row;
  return { ...spec, rows, merges, tinggi };
}

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
 * Lines a text takes when wrapped at word boundaries into a column `lebar` characters wide (Excel's unit: 7 pixels,
 * a column w wide is lebarPoin(w) points), in the metrics of Calibri (Carlito, its metric twin, in LibreOffice):
 * each character's advance at the style's size, bold or not, against the column less 4 pt of cell padding.
 */
export function barisTeks(teks: string, lebar: number, gaya?: Gaya): number {
  const huruf = GAYA[gaya ?? "teks"].huruf;
  const lebarHuruf = huruf.tebal ? LEBAR_TEBAL : LEBAR_BIASA;
  // In points of this size: a digit of Calibri 11 is 11 × 1038 / 2048 pt.
  const skala = (huruf.ukuran * 1038) / 2048;
  const muat = Math.max(skala, lebarPoin(lebar) - 4);
  const spasi = skala * lebarHuruf[32];
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
        k += skala * (ch < 128 ? lebarHuruf[ch] : 1.2);
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

/**
 * Advance widths of the ASCII characters in digits (a digit is 1038 of 2048 units), measured from Carlito Regular
 * and Bold (metric-compatible with Calibri); control characters 1.
 */
const metrik = (s: string): number[] => [...new Array<number>(32).fill(1), ...s.split(" ").map(Number), 1];
const LEBAR_BIASA = metrik(
  "0.45 0.64 0.79 0.98 1.00 1.41 1.35 0.44 0.60 0.60 0.98 0.98 0.49 0.60 0.50 0.76 1 1 1 1 1 1 1 1 1 1 0.53 0.53 0.98 0.98 0.98 0.91 1.76 1.14 1.07 1.05 1.21 0.96 0.91 1.24 1.23 0.50 0.63 1.03 0.83 1.69 1.27 1.31 1.02 1.33 1.07 0.91 0.96 1.27 1.12 1.76 1.02 0.96 0.92 0.61 0.76 0.61 0.98 0.98 0.57 0.95 1.04 0.83 1.04 0.98 0.60 0.93 1.04 0.45 0.47 0.90 0.45 1.58 1.04 1.04 1.04 1.04 0.69 0.77 0.66 1.04 0.89 1.41 0.85 0.89 0.78 0.62 0.91 0.62 0.98",
);
const LEBAR_TEBAL = metrik(
  "0.45 0.64 0.87 0.98 1.00 1.44 1.39 0.46 0.61 0.61 0.98 0.98 0.51 0.60 0.53 0.85 1 1 1 1 1 1 1 1 1 1 0.54 0.54 0.98 0.98 0.98 0.91 1.77 1.20 1.11 1.04 1.24 0.96 0.91 1.26 1.24 0.53 0.65 1.08 0.83 1.72 1.30 1.33 1.05 1.35 1.11 0.93 0.98 1.29 1.17 1.79 1.09 1.03 0.94 0.64 0.85 0.64 0.98 0.98 0.59 0.97 1.06 0.83 1.06 0.99 0.62 0.94 1.06 0.48 0.50 0.95 0.48 1.61 1.06 1.06 1.06 1.06 0.70 0.79 0.68 1.06 0.93 1.47 0.91 0.93 0.78 0.68 0.94 0.68 0.98",
);

/** Columns per row in the cell keys of Lembar.tinggi (Excel's limit). */
const KOLOM = 16384;
