/** The Excel host with quarterly data: TW chosen, the Monitoring's threshold the user typed kept, syncs unchanged. */
import * as path from "path";
import { generateExcel } from "../../src/excel/generate";
import { LABEL_BATAS } from "../../src/core/report/monitoring";
import { readGrids } from "../../src/xlsx/read";
import { FakeBook } from "../support/excel-fake";

test("Buat with TW II writes the Monitoring Triwulan; a rebuild keeps the threshold the user typed, still in 6 syncs", async () => {
  const book = new FakeBook();
  for (const g of await readGrids(path.resolve(__dirname, "../../samples/fixtures/realisasi-per-triwulan.xlsx"))) book.addSheet(g.name, g.values as unknown[][]);
  const r = await generateExcel(book.context(), { triwulan: 2 });
  expect(r.syncs).toBe(6);
  expect(r.laporan.sheets.map((s) => s.nama)).toContain("Monitoring Triwulan");
  const mon = () => book.sheets.find((s) => s.name === "Monitoring Triwulan")!;
  expect(mon().cells.get("A4")?.value).toBe(LABEL_BATAS);
  expect(mon().cells.get("D4")?.value).toBe(10);
  expect(String(mon().cells.get("A2")?.value)).toMatch(/TRIWULAN II$/);
  mon().cells.get("D4")!.value = 6;
  const again = await generateExcel(book.context(), { triwulan: 2 });
  expect(again.syncs).toBe(6);
  expect(mon().cells.get("D4")?.value).toBe(6);
  // The Monitoring sheet is ours: it is never read as the user's input.
  expect(again.model.sasaran.flatMap((s) => s.indikator.map((i) => i.nama))).toEqual(r.model.sasaran.flatMap((s) => s.indikator.map((i) => i.nama)));
});
