/**
 * Periksa Konsistensi checks the LKIP's tables; our E.81 and Monitoring Triwulan are forms with their own arithmetic
 * (checked by LibreOffice in libreoffice.test.ts), so the audit leaves them out instead of misreading their columns.
 */
import * as fs from "fs";
import * as path from "path";
import { E81_FILE, modelE81 } from "../../scripts/fixture-e81";
import { buatLaporan } from "../../src/core/report";
import { Paket } from "../../src/xlsx/paket";
import { periksaBukuKerja, tulisLembar } from "../../src/xlsx/write";

test("the audit of a workbook holding our quarterly sheets reads the report's tables, not the E.81 and Monitoring", async () => {
  const masukan = new Paket(
    new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../samples/fixtures", E81_FILE))),
  );
  const l = buatLaporan(modelE81(), { tahun: 2025, triwulan: 2 });
  // Even with the generated report included, the quarterly forms stay out.
  const { hasil } = periksaBukuKerja(new Paket(tulisLembar(masukan, l.sheets)), { termasukBuatan: true });
  const kuartal = new Set(l.sheets.filter((s) => s.id === "e81" || s.id === "monitoring").map((s) => s.nama));
  expect(kuartal.size).toBe(2);
  expect(hasil.diperiksa).toBeGreaterThan(0);
  expect(
    hasil.temuan.filter((t) => t.sheet && kuartal.has(t.sheet)).map((t) => `${t.code} ${t.sheet}!${t.cell}`),
  ).toEqual([]);
  expect(hasil.temuan.filter((t) => t.sel.some((s) => kuartal.has(s.sheet)))).toEqual([]);
});
