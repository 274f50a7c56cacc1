/** A target typed with its unit ("68,5 poin") in a PK without a Satuan column gives the indicator that unit. */
import { bacaWorkbook } from "../../src/core/read";
import { CellValue } from "../../src/core/grid";

test("the unit typed in the target cell is the indicator's unit when no column names one", () => {
  const values: CellValue[][] = [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
    [1, "Meningkatnya kualitas lingkungan hidup", "Indeks Kualitas Lingkungan Hidup", "68,5 poin"],
    [null, null, "Persentase sampah terkelola", "75 %"],
    [null, null, "Dokumen perencanaan tersusun", 3],
  ];
  const m = bacaWorkbook([{ name: "PK", values }]);
  const ind = m.sasaran.flatMap((s) => s.indikator);
  expect(ind.map((i) => [i.target, i.satuan])).toEqual([
    [68.5, "poin"],
    [75, "%"],
    [3, null],
  ]);
  expect(m.diagnostics.filter((d) => d.code === "ANGKA_DENGAN_SATUAN").map((d) => d.cell)).toEqual(["D4"]);
});
