/** The Excel host with quarterly data: TW chosen, the Monitoring's threshold the user typed kept, syncs unchanged. */
import * as path from "path";
import { generateExcel } from "../../src/excel/generate";
import { LABEL_BATAS } from "../../src/core/report/monitoring";
import { readGrids } from "../../src/xlsx/read";
import { FakeBook } from "../support/excel-fake";
import { E81_FILE, modelE81 } from "../../scripts/fixture-e81";
import { buatLaporan } from "../../src/core/report";
import { bacaKeadaan, tulisLembarExcel } from "../../src/excel/write";

test("Buat with TW II writes the Monitoring Triwulan; a rebuild keeps the threshold the user typed, still in 6 syncs", async () => {
  const book = new FakeBook();
  for (const g of await readGrids(path.resolve(__dirname, "../../samples/fixtures/realisasi-per-triwulan.xlsx")))
    book.addSheet(g.name, g.values as unknown[][]);
  const r = await generateExcel(book.context(), { triwulan: 2 });
  expect(r.syncs).toBe(6);
  expect(r.laporan.sheets.map((s) => s.nama)).toContain("Monitoring Triwulan");
  const mon = () => book.sheets.find((s) => s.name === "Monitoring Triwulan")!;
  expect(mon().cells.get("A5")?.value).toBe(LABEL_BATAS);
  expect(mon().cells.get("D5")?.value).toBe(10);
  expect(String(mon().cells.get("C3")?.value)).toMatch(/TRIWULAN II$/);
  mon().cells.get("D5")!.value = 6;
  const again = await generateExcel(book.context(), { triwulan: 2 });
  expect(again.syncs).toBe(6);
  expect(mon().cells.get("D5")?.value).toBe(6);
  // The Monitoring sheet is ours: it is never read as the user's input.
  expect(again.model.sasaran.flatMap((s) => s.indikator.map((i) => i.nama))).toEqual(
    r.model.sasaran.flatMap((s) => s.indikator.map((i) => i.nama)),
  );
});

test("in Excel the Monitoring draws its chart of plan and realisasi per quarter", async () => {
  const book = new FakeBook();
  for (const g of await readGrids(path.resolve(__dirname, "../../samples/fixtures", E81_FILE)))
    book.addSheet(g.name, g.values as unknown[][]);
  const specs = buatLaporan(modelE81(), { tahun: 2025, triwulan: 2 }).sheets.filter(
    (s) => s.id === "e81" || s.id === "monitoring",
  );
  const ctx = book.context();
  await tulisLembarExcel(ctx, specs, await bacaKeadaan(ctx));
  expect(book.sheets.find((s) => s.name === "Monitoring Triwulan")!.chartList).toEqual([
    {
      title: "Rencana dan realisasi anggaran kumulatif s.d. TW II (% pagu)",
      series: ["Rencana (anggaran kas)", "Realisasi"],
    },
  ]);
  const e81 = book.sheets.find((s) => s.name === "E.81 Evaluasi Renja")!;
  expect(e81.conditionalFormats.map((c) => c.formula)).toContain('=AB10="Sangat Tinggi"');
});
