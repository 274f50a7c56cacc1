/** Builds one generated sheet row by row: title block, header with its numbering row, notes, row heights. */
import { a1, parseArea } from "../grid";
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
    const r = this.push(labels.map((v) => ({ v, gaya: "kepala" as Gaya })));
    if (nomor) this.push(labels.map((_, i) => ({ v: `(${i + 1})`, gaya: "nomor" as Gaya })));
    else this.tanpaNomor = true;
    return r;
  }
  /** Lines each row needs: the longest wrapped text in it over its column's width (merged rows left alone). */
  private tinggi(): number[] {
    const mergedRows = new Set<number>();
    const spans = new Map<string, number>();
    for (const m of this.merges) {
      const { top, left, bottom, right } = parseArea(m)!;
      if (bottom > top) for (let r = top; r <= bottom; r++) mergedRows.add(r);
      else spans.set(`${top}:${left}`, this.lebar.slice(left, right + 1).reduce((x, y) => x + y, 0));
    }
    return this.rows.map((row, r) => {
      let lines = 1;
      row.forEach((c, col) => {
        if (!c || typeof c.v !== "string" || (mergedRows.has(r) && col <= 1)) return;
        const width = spans.get(`${r}:${col}`) ?? this.lebar[col] ?? 10;
        const perLine = Math.max(1, width * (c.gaya === "kepala" || c.gaya === "teksTebal" ? 1 : 1.2));
        lines = Math.max(lines, Math.ceil(c.v.length / perLine));
      });
      const base = row[0]?.gaya === "judul" ? 20 : 15;
      return Math.min(409, base * lines);
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
      warna: this.warna,
      ...extra,
    };
  }
}
