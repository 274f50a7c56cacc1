/**
 * The one header-path builder (src/core/tabel/kepala.ts) on plain grids, each path written by hand. The cases are
 * the layouts where the reader's old headerLabels and the E.81 reader's old jalurJudul disagreed on our fixtures and
 * the real files (laporan RFK kota, E.81 Evaluasi Renja, Form RFK), and what the merges say there.
 */
import { Area, CellValue, Grid, text } from "../../src/core/grid";
import { bacaWorkbook } from "../../src/core/read";
import { isBarisSatuan, jalurJudul } from "../../src/core/read/judul";
import { headerLabels } from "../../src/core/read/tables";
import { jalurBerisi, jalurKepala } from "../../src/core/tabel/kepala";

const g = (values: CellValue[][], merges?: Area[]): Grid => ({ name: "S", values, merges });
/** "A1:C2" → Area. */
const m = (top: number, left: number, bottom: number, right: number): Area => ({ top, left, bottom, right });
const jalur = (grid: Grid, rows: number[], width: number, satuan?: number) =>
  jalurKepala(grid, rows, width, { satuan }).map((p) => p.join(" › "));

describe("merges first", () => {
  test("a group merged over its sub-columns, a label merged down over two rows counted once", () => {
    const grid = g(
      [
        ["NO", "KEUANGAN", null, null],
        [null, "Rencana", "Realisasi", "%"],
      ],
      [m(0, 0, 1, 0), m(0, 1, 0, 3)],
    );
    expect(jalur(grid, [0, 1], 4)).toEqual(["NO", "KEUANGAN › Rencana", "KEUANGAN › Realisasi", "KEUANGAN › %"]);
  });

  test("a label merged down over the row below is a column of its own: 'No' does not carry over Visi, Misi", () => {
    // The E.81 copy of Bappedalitbang: "No" merged A6:A7, the added columns Visi | Misi with blank top cells.
    const grid = g(
      [
        ["No", null, null, "Sasaran"],
        [null, "Visi", "Misi", null],
      ],
      [m(0, 0, 1, 0), m(0, 3, 1, 3)],
    );
    expect(jalur(grid, [0, 1], 4)).toEqual(["No", "Visi", "Misi", "Sasaran"]);
  });

  test("a merged label (one row high) carries on under its group where the merge stops short", () => {
    // Laporan RFK kota, 'Cetak (1)': RENCANA merged F7:G7 over Rp | % | %, under KEUANGAN merged F6:N6.
    const grid = g(
      [
        ["KEUANGAN", null, null, null],
        ["RENCANA", null, null, "REALISASI"],
      ],
      [m(0, 0, 0, 3), m(1, 0, 1, 1)],
    );
    expect(jalur(grid, [0, 1], 4)).toEqual([
      "KEUANGAN › RENCANA",
      "KEUANGAN › RENCANA",
      "KEUANGAN › RENCANA",
      "KEUANGAN › REALISASI",
    ]);
  });
});

describe("without merges: the blank-cell carry", () => {
  test("a top label carries over its run of blanks up to the last column a row below names (the units row too)", () => {
    // The E.81 form as the Excel host gives it (no merges): "Evaluasi Kinerja" over the blocks, the last block's
    // Rp column named only by the units row; a column nothing names after it gets nothing.
    const grid = g([
      ["No", "Evaluasi Kinerja", null, null, null, null, null],
      [null, "Target", null, "Tingkat capaian", null, null, null],
      [null, "K", "Rp.", "K", "Rp.", null, null],
    ]);
    expect(jalur(grid, [0, 1], 7, 2)).toEqual([
      "No",
      "Evaluasi Kinerja › Target",
      "Evaluasi Kinerja › Target",
      "Evaluasi Kinerja › Tingkat capaian",
      "Evaluasi Kinerja › Tingkat capaian",
      "",
      "",
    ]);
  });

  test("a top label carries over blanks the row below names, though a blank column sits between them", () => {
    // Laporan RFK kota without merges: KEUANGAN over RENCANA (3 columns) | REALISASI.
    const grid = g([
      ["URAIAN", "KEUANGAN", null, null, null],
      [null, "RENCANA", null, null, "REALISASI"],
      [null, "Rp", "%", "%", "Rp"],
    ]);
    expect(jalur(grid, [0, 1, 2], 5)).toEqual([
      "URAIAN",
      "KEUANGAN › RENCANA › Rp",
      "KEUANGAN › RENCANA › %",
      "KEUANGAN › RENCANA › %",
      "KEUANGAN › REALISASI › Rp",
    ]);
  });

  test("under the same group above, a sub-label carries over blanks even with no row below", () => {
    // 'Cetak (1)': "CAPAIAN %" over two columns, the last header row; the group merged above.
    const grid = g(
      [
        ["KEUANGAN", null, null, null],
        ["RENCANA", null, "CAPAIAN %", null],
      ],
      [m(0, 0, 0, 3)],
    );
    expect(jalur(grid, [0, 1], 4)).toEqual([
      "KEUANGAN › RENCANA",
      "KEUANGAN › RENCANA",
      "KEUANGAN › CAPAIAN %",
      "KEUANGAN › CAPAIAN %",
    ]);
  });

  test("a label never carries into a column under another group above", () => {
    const grid = g(
      [
        ["A", null, "B", null],
        ["x", null, null, "y"],
        ["%", "%", "%", "%"],
      ],
      [m(0, 0, 0, 1), m(0, 2, 0, 3)],
    );
    expect(jalur(grid, [0, 1, 2], 4)).toEqual(["A › x › %", "A › x › %", "B › %", "B › y › %"]);
  });

  test("a merged group that stops one column short carries on over a blank column the rows below name", () => {
    // Laporan RFK kota, '39 Kec Bjm Selatan': FISIK merged N8:R8 stops one column short of CAP's second "%".
    const grid = g(
      [
        ["FISIK", null, null, null, "KET"],
        ["REN", null, "CAP", null, null],
        ["%", "%", "%", "%", null],
      ],
      [m(0, 0, 0, 2)],
    );
    expect(jalur(grid, [0, 1, 2], 5)).toEqual([
      "FISIK › REN › %",
      "FISIK › REN › %",
      "FISIK › CAP › %",
      "FISIK › CAP › %",
      "KET",
    ]);
  });

  test("a label leaving its group carries into a column under no group only where a row below names it", () => {
    // The group's label stops at a cell of its own (a stray 17 is no label to the reader; a year would be, a
    // column of that year); CAP goes on under it.
    const grid = g(
      [
        ["FISIK", null, 17],
        ["REN", "CAP", null],
        ["%", "%", "%"],
      ],
      [m(0, 0, 0, 1)],
    );
    expect(headerLabels(grid, [0, 1, 2], 3, undefined, " › ")).toEqual([
      "FISIK › REN › %",
      "FISIK › CAP › %",
      "CAP › %",
    ]);
    expect(headerLabels(grid, [0, 1], 3, undefined, " › ")).toEqual(["FISIK › REN", "FISIK › CAP", ""]);
  });

  test("a cell holding a value its reader skips is a column of its own, not a blank to carry over", () => {
    // The reader skips texts of more than six words; the column keeps its units, not its neighbour's label.
    const grid = g([
      ["Satuan", "Target Renstra Perangkat Daerah pada akhir periode Renstra"],
      ["K", "Rp"],
    ]);
    expect(headerLabels(grid, [0, 1], 2, undefined, " › ")).toEqual(["Satuan › K", "Rp"]);
    // Read with every text a label, the long one is the column's.
    expect(jalur(grid, [0, 1], 2)).toEqual([
      "Satuan › K",
      "Target Renstra Perangkat Daerah pada akhir periode Renstra › Rp",
    ]);
  });

  test("four header rows", () => {
    const grid = g([
      ["Evaluasi", null, null, null],
      ["Realisasi Kinerja pada Triwulan", null, null, null],
      ["I", null, "II", null],
      ["K", "Rp", "K", "Rp"],
    ]);
    expect(jalur(grid, [0, 1, 2, 3], 4)).toEqual([
      "Evaluasi › Realisasi Kinerja pada Triwulan › I › K",
      "Evaluasi › Realisasi Kinerja pada Triwulan › I › Rp",
      "Evaluasi › Realisasi Kinerja pada Triwulan › II › K",
      "Evaluasi › Realisasi Kinerja pada Triwulan › II › Rp",
    ]);
  });
});

describe("the callers", () => {
  test("a units row given apart names the group's columns but is no part of the path (E.81); among the rows it is", () => {
    const grid = g([
      ["Realisasi", null],
      ["K", "Rp"],
    ]);
    expect(jalurJudul(grid, [0], 2, 1)).toEqual([["Realisasi"], ["Realisasi"]]);
    expect(jalurJudul(grid, [0], 2)).toEqual([["Realisasi"], []]);
    expect(headerLabels(grid, [0, 1], 2)).toEqual(["Realisasi K", "Realisasi Rp"]);
  });

  test("the reader's cell text skips numbers; the E.81 reader's keeps them", () => {
    const grid = g([
      ["Realisasi Kinerja pada Triwulan", null],
      [1, 2],
    ]);
    expect(headerLabels(grid, [0, 1], 2, undefined, " › ")).toEqual([
      "Realisasi Kinerja pada Triwulan",
      "Realisasi Kinerja pada Triwulan",
    ]);
    expect(jalurJudul(grid, [0, 1], 2).map((p) => p.join(" › "))).toEqual([
      "Realisasi Kinerja pada Triwulan › 1",
      "Realisasi Kinerja pada Triwulan › 2",
    ]);
  });

  test("a row reaching XFD: the paths of the columns that hold a cell, the walk linear in them", () => {
    const atas: CellValue[] = new Array<CellValue>(16_384).fill(null);
    const bawah: CellValue[] = new Array<CellValue>(16_384).fill(null);
    atas[0] = "Indikator";
    atas[1] = "Capaian";
    bawah[1] = "Target";
    bawah[2] = "Realisasi";
    atas[16_383] = "Catatan";
    expect(jalurBerisi(g([atas, bawah]), [0, 1], 16_384, { teks: text })).toEqual([
      [0, ["Indikator"]],
      [1, ["Capaian", "Target"]],
      [2, ["Capaian", "Realisasi"]],
      [16_383, ["Catatan"]],
    ]);
  });
});

describe("the units row of the Form RFK", () => {
  // Form RFK of one sub kegiatan (form-rfk-satu-sub-kegiatan.xls): KEUANGAN › REALISASI over Rp | % KUM | % TTB.
  const values: CellValue[][] = [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    [],
    ["NAMA KEGIATAN", null, ": Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"],
    [],
    [],
    ["NO", "URAIAN KEGIATAN", null, "NILAI DPA", "KEUANGAN"],
    [null, null, null, "Rp", "REALISASI"],
    [null, null, null, null, "Rp", "% KUM", "% TTB"],
    [1, 2, null, 3, "6a", "6b", 7],
    [1, "Belanja Jasa Tenaga Kebersihan", null, 259_200_000, 151_200_000],
    [2, "Belanja Jasa Tenaga Keamanan", null, 280_800_000, 163_800_000],
  ];
  const merges = [m(5, 4, 5, 6), m(6, 4, 6, 6), m(5, 0, 7, 0), m(5, 1, 7, 2), m(6, 3, 7, 3)];

  test("'Rp | % KUM | % TTB' is a units row: a percent cumulative or weighted is a unit", () => {
    expect(isBarisSatuan(g(values), 7)).toBe(true);
  });

  test.each([
    ["with its merges (as the CLI reads it)", merges],
    ["without them (as the Excel host gives it)", undefined],
  ])("%s: the header takes the units row, no header cell is read as a figure", (_, mg) => {
    const model = bacaWorkbook([{ name: "RFK", values, merges: mg }]);
    const kode = model.diagnostics.map((d) => `${d.severity} ${d.code} ${d.cell ?? ""}`.trim());
    expect(kode.filter((k) => !k.includes("TABEL_TAK_DITEMUKAN"))).toEqual([
      "info BARIS_BELANJA B10",
      "info INDUK_DARI_NOMENKLATUR A3",
    ]);
  });
});
