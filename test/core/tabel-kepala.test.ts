/**
 * The table layer's header on plain grids: the units row of the Form RFK.
 */
import { Area, CellValue, Grid } from "../../src/core/grid";
import { bacaWorkbook } from "../../src/core/read";
import { isBarisSatuan } from "../../src/core/read/judul";

const g = (values: CellValue[][], merges?: Area[]): Grid => ({ name: "S", values, merges });
const m = (top: number, left: number, bottom: number, right: number): Area => ({ top, left, bottom, right });

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
