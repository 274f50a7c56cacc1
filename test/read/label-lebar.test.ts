/**
 * headerLabels (src/core/tabel/kepala.ts) walks only the columns that hold a cell (kolomBerisi) since a row with a
 * value at XFD is 16,384 columns wide (issue 21): the same labels as the rule walked column by column, on random
 * headers with merges, blanks and labels carried over rows below.
 */
import fc from "fast-check";
import { Area, CellValue, Grid, cell, isBlank, text } from "../../src/core/grid";
import { headerLabels } from "../../src/core/read/tables";
import { jalurKepala } from "../../src/core/tabel/kepala";

/** The header rule walked column by column over the whole width (the reference). */
function labelLama(
  grid: Grid,
  rows: readonly number[],
  width: number,
  teks: (v: CellValue) => string,
  satuan?: number,
): string[] {
  const parts: string[][] = Array.from({ length: width }, () => []);
  for (const [i, r] of rows.entries()) {
    const atas = parts.map((p) => p.join("\u0000"));
    const merge = (c: number) => grid.merges?.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
    const label = (c: number) => {
      const t = teks(cell(grid, r, c));
      const m = merge(c);
      return t === "" && m ? teks(cell(grid, m.top, m.left)) : t;
    };
    const kosong = (c: number) => label(c) === "" && !merge(c) && isBlank(cell(grid, r, c));
    const bawah = satuan === undefined ? rows.slice(i + 1) : [...rows.slice(i + 1), satuan];
    const dinamai = (c: number) => bawah.some((b) => !isBlank(cell(grid, b, c)));
    // A blank cell in a run of blank cells under one group above, with a column a row below names at or after it.
    const adaSubKanan = (c: number) => {
      for (let x = c; x < width && kosong(x) && atas[x] === atas[c]; x++) if (dinamai(x)) return true;
      return false;
    };
    let bawa = "";
    let grup = "";
    for (let c = 0; c < width; c++) {
      let t = label(c);
      if (t !== "") {
        const m = merge(c);
        bawa = m && m.bottom > r ? "" : t;
        grup = atas[c];
      } else if (!kosong(c)) bawa = "";
      else if (bawa !== "") {
        if ((atas[c] === grup && grup !== "") || ((atas[c] === grup || atas[c] === "") && adaSubKanan(c))) t = bawa;
        else bawa = "";
      }
      if (t !== "" && parts[c][parts[c].length - 1] !== t) parts[c].push(t);
    }
  }
  return parts.map((p) => p.join(" "));
}

const nilai = fc.constantFrom<CellValue>(
  null,
  null,
  null,
  "",
  " ",
  "Target",
  "Realisasi",
  "Target 2024",
  "2023",
  5,
  "%",
);
const teksSel = (v: CellValue) => text(v);
const teksLabel = (v: CellValue) => (typeof v === "string" ? text(v) : "");
/** A reader whose blank cell has a label of its own: every column walked. */
const teksStrip = (v: CellValue) => (v === null ? "-" : text(v));

test("the same labels as the column-by-column walk, on random headers", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(nilai, { maxLength: 9 }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.record({ top: fc.nat(3), left: fc.nat(8), h: fc.nat(1), w: fc.nat(3) }), { maxLength: 3 }),
      fc.nat(10),
      (values, m, width) => {
        // Rows filled as the readers give them: null for a gap, as long as their last cell.
        const merges: Area[] = m.map((x) => ({ top: x.top, left: x.left, bottom: x.top + x.h, right: x.left + x.w }));
        const grid: Grid = { name: "S", values, merges };
        const rows = values.map((_, r) => r);
        for (const teks of [teksSel, teksLabel, teksStrip])
          expect(headerLabels(grid, rows, width, teks)).toEqual(labelLama(grid, rows, width, teks));
      },
    ),
    { numRuns: 500 },
  );
});

test("a units row given apart (the E.81 reader's): the same paths as the column-by-column walk", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(nilai, { maxLength: 9 }), { minLength: 2, maxLength: 4 }),
      fc.array(fc.record({ top: fc.nat(3), left: fc.nat(8), h: fc.nat(1), w: fc.nat(3) }), { maxLength: 3 }),
      fc.nat(10),
      (values, m, width) => {
        const merges: Area[] = m.map((x) => ({ top: x.top, left: x.left, bottom: x.top + x.h, right: x.left + x.w }));
        const grid: Grid = { name: "S", values, merges };
        const rows = values.slice(0, -1).map((_, r) => r);
        const satuan = values.length - 1;
        expect(jalurKepala(grid, rows, width, { teks: teksSel, satuan }).map((p) => p.join(" "))).toEqual(
          labelLama(grid, rows, width, teksSel, satuan),
        );
      },
    ),
    { numRuns: 500 },
  );
});

test("a header row with a value at XFD: its labels where its cells are, all 16,384 columns", () => {
  const atas: CellValue[] = new Array<CellValue>(16_384).fill(null);
  const bawah: CellValue[] = new Array<CellValue>(16_384).fill(null);
  atas[0] = "Indikator";
  atas[1] = "Capaian";
  bawah[1] = "Target";
  bawah[2] = "Realisasi";
  atas[16_383] = "Catatan";
  const grid: Grid = { name: "PK", values: [atas, bawah] };
  const l = headerLabels(grid, [0, 1], 16_384);
  expect(l).toEqual(labelLama(grid, [0, 1], 16_384, teksLabel));
  expect([l[0], l[1], l[2], l[3], l[16_383]]).toEqual([
    "Indikator",
    "Capaian Target",
    "Capaian Realisasi",
    "",
    "Catatan",
  ]);
});
