/**
 * The one header-path builder of the table layer: each column's labels over 1–4 header rows, top to bottom, for the
 * reader's fields, the audit's figures, the E.81 form and the rekap alike.
 *
 * The rule: a cell inside a merge takes the merge's label. A label carries right over the blank cells after it (no
 * value, no merge): over those under the same group above as the label (the path the rows above gave them), and
 * over those under no group up to the last column a row below (or the units row under the header) names. It never
 * carries into a column under another group above, nor over a cell that holds a value its reader skips (a number, a
 * long text: a column of its own), and a label merged down over the row below (a column of its own: "No" over two
 * rows) carries no further than its merge. A label repeated down a merge counts once.
 *
 * Linear in the cells present: each row walks only the columns holding a cell in it or a row below, under a merge,
 * or with a path from above (a row with a value at XFD is 16,384 columns wide, issue 21).
 */
import { Area, CellValue, Grid, cell, isBlank, kolomBerisi, text } from "../grid";

export interface OpsiKepala {
  /** A header cell's text, "" for no label (the reader skips long texts and numbers, the audit keeps years). */
  readonly teks?: (v: CellValue) => string;
  /**
   * A units row under the header (K | Rp | %): it names the columns of the last row's groups, so a label carries
   * over them, but is no part of the path. A units row given among `rows` is part of it.
   */
  readonly satuan?: number;
}

/** The header path of each column that has one, left to right (columns without a label left out). */
export function jalurBerisi(
  grid: Grid,
  rows: readonly number[],
  width: number,
  opsi: OpsiKepala = {},
): [number, string[]][] {
  const teks = opsi.teks ?? text;
  const kosong = teks(null);
  const parts = new Map<number, string[]>();
  for (const [i, r] of rows.entries()) {
    // The header rows below this one, and the units row under the header.
    const bawah = rows.slice(i + 1);
    if (opsi.satuan !== undefined && !rows.includes(opsi.satuan)) bawah.push(opsi.satuan);
    // The path each column has from the rows above, before this row adds to it.
    const atas = new Map<number, string>();
    for (const [c, p] of parts) atas.set(c, p.join("\u0000"));
    const mergeDi = new Map<number, Area>();
    for (const m of grid.merges ?? [])
      if (r >= m.top && r <= m.bottom)
        for (let c = m.left; c <= Math.min(m.right, width - 1); c++) if (!mergeDi.has(c)) mergeDi.set(c, m);
    const kolom = kolomDilihat(grid, r, bawah, mergeDi, parts, width, kosong);
    // Each column's own label (its text, or its merge's) and its group above.
    const label = kolom.map((c) => {
      const v = cell(grid, r, c);
      const t = v === null ? kosong : teks(v);
      const m = mergeDi.get(c);
      return t === "" && m ? teks(cell(grid, m.top, m.left)) : t;
    });
    // A cell whose text is no label (a number, a long text) is a column of its own, not a blank to carry over.
    const kosongDi = kolom.map((c, j) => label[j] === "" && !mergeDi.has(c) && isBlank(cell(grid, r, c)));
    const grupDi = kolom.map((c) => atas.get(c) ?? "");
    // Runs of blank cells under one group above (side by side; under no group, columns not looked at are blank too),
    // and the last column of each run that a row below names.
    const akhirSub = new Array<number>(kolom.length).fill(-1);
    for (let j = 0; j < kolom.length;) {
      let k = j;
      let akhir = -1;
      while (
        k < kolom.length &&
        kosongDi[k] &&
        grupDi[k] === grupDi[j] &&
        (k === j || grupDi[j] === "" || kolom[k] === kolom[k - 1] + 1)
      ) {
        if (bawah.some((b) => !isBlank(cell(grid, b, kolom[k])))) akhir = kolom[k];
        k++;
      }
      for (let x = j; x < k; x++) akhirSub[x] = akhir;
      j = Math.max(k, j + 1);
    }
    let bawa = "";
    let grup = "";
    for (const [j, c] of kolom.entries()) {
      let t = label[j];
      if (t !== "") {
        // A label merged down over the row below is a column of its own: it carries no further than its merge.
        const m = mergeDi.get(c);
        bawa = m && m.bottom > r ? "" : t;
        grup = grupDi[j];
      } else if (!kosongDi[j]) bawa = "";
      else if (bawa !== "") {
        const rapat = c === kolom[j - 1] + 1;
        // Under the label's own group above; or, under no other group, up to the last column a row below names. The
        // columns skipped before c are blank, under no group and named by no row: c must be in their run.
        const bawaKe = rapat
          ? (grupDi[j] === grup && grup !== "") || (c <= akhirSub[j] && (grupDi[j] === grup || grupDi[j] === ""))
          : grupDi[j] === "" && c <= akhirSub[j];
        if (bawaKe) {
          t = bawa;
          for (let x = kolom[j - 1] + 1; x < c; x++) parts.set(x, [bawa]);
        } else bawa = "";
      }
      if (t !== "") {
        let p = parts.get(c);
        if (!p) parts.set(c, (p = []));
        if (p[p.length - 1] !== t) p.push(t);
      }
    }
  }
  return [...parts].sort((a, b) => a[0] - b[0]);
}

/** The header path of every column, [] where it has none. */
export function jalurKepala(grid: Grid, rows: readonly number[], width: number, opsi: OpsiKepala = {}): string[][] {
  const jalur: string[][] = Array.from({ length: width }, () => []);
  for (const [c, p] of jalurBerisi(grid, rows, width, opsi)) jalur[c] = p;
  return jalur;
}

/**
 * The columns row r must look at: those holding a cell in r or the row below, under a merge, or with a path from
 * above; every other column gives no label. All columns when a blank cell has a label of its own.
 */
function kolomDilihat(
  grid: Grid,
  r: number,
  bawah: readonly number[],
  mergeDi: ReadonlyMap<number, Area>,
  parts: ReadonlyMap<number, unknown>,
  width: number,
  kosong: string,
): number[] {
  if (kosong !== "") return Array.from({ length: width }, (_, c) => c);
  const k = new Set(kolomBerisi(grid, r));
  for (const b of bawah) for (const c of kolomBerisi(grid, b)) k.add(c);
  for (const c of mergeDi.keys()) k.add(c);
  for (const c of parts.keys()) k.add(c);
  return [...k].filter((c) => c < width).sort((a, b) => a - b);
}
