/** The task pane's Excel host on the fake workbook: it reads, shows a diagnostic's cell, and cancels cleanly. */
import * as path from "path";
import { ExcelHost } from "../../src/excel/host";
import { readGrids } from "../../src/xlsx/read";
import { FakeBook } from "../support/excel-fake";

async function sample(): Promise<FakeBook> {
  const book = new FakeBook();
  for (const g of await readGrids(path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx")))
    book.addSheet(g.name, g.values as unknown[][]);
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (fn: (c: Excel.RequestContext) => Promise<unknown>) => fn(book.context()),
  };
  return book;
}

test("Baca reads the workbook in 3 syncs", async () => {
  const book = await sample();
  const { model, lembar } = await new ExcelHost().baca();
  expect(book.syncs).toBe(3);
  expect(lembar).toEqual(["PK 2023", "Realisasi TW IV", "DPA 2023"]);
  expect(model.anggaran).toHaveLength(7);
});

test("clicking a finding selects its cell in the workbook", async () => {
  const book = await sample();
  await new ExcelHost().tunjukkan("DPA 2023", "G8");
  expect(book.active).toBe("DPA 2023");
  expect(book.selected).toBe("DPA 2023!G8");
});

test("cancelling during generation leaves the workbook as it was", async () => {
  const book = await sample();
  const before = book.snapshot();
  const controller = new AbortController();
  const steps: string[] = [];
  const run = new ExcelHost().buat(
    {},
    (l) => {
      steps.push(l);
      if (l === "menulis") controller.abort();
    },
    controller.signal,
  );
  await expect(run).rejects.toThrow("Dibatalkan");
  expect(steps).toEqual(["membaca", "menghitung", "menulis"]);
  expect(book.snapshot()).toEqual(before);
});
