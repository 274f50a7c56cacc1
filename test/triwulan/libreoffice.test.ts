/**
 * LibreOffice recalculates the E.81 and Monitoring Triwulan sheets generated for every quarter into a copy of the
 * E.81 fixture: no error cell anywhere in them, and every formula equals the core's value (relative 1e-9).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { E81_FILE, modelE81 } from "../../scripts/fixture-e81";
import { buatLaporan } from "../../src/core/report";
import { SheetSpec } from "../../src/core/report/spec";
import { Triwulan } from "../../src/core/rules/triwulan";
import { Paket } from "../../src/xlsx/paket";
import { tulisLembar } from "../../src/xlsx/write";
import { recalc } from "../support/libreoffice";

const FIXTURE = path.resolve(__dirname, "../../samples/fixtures", E81_FILE);

test("E.81 and Monitoring Triwulan, TW I–IV, recalculated by LibreOffice: every formula equals the core, no error cell", async () => {
  const model = modelE81();
  const specs: SheetSpec[] = [];
  for (const q of [1, 2, 3, 4] as Triwulan[]) {
    const l = buatLaporan(model, {
      tahun: 2025,
      triwulan: q,
      namaLembar: { e81: `E.81 TW ${q}`, monitoring: `Monitoring TW ${q}` },
    });
    for (const s of l.sheets.filter((x) => x.id === "e81" || x.id === "monitoring"))
      specs.push({ ...s, id: `${s.id}-tw${q}` });
  }
  expect(specs).toHaveLength(8);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-e81-")), "e81.xlsx");
  fs.writeFileSync(out, tulisLembar(new Paket(new Uint8Array(fs.readFileSync(FIXTURE))), specs));
  const hasil = new ExcelJS.Workbook();
  await hasil.xlsx.readFile(recalc(out));
  let formulas = 0;
  const salah: string[] = [];
  for (const spec of specs) {
    const ws = hasil.getWorksheet(spec.nama)!;
    expect(ws).toBeDefined();
    ws.eachRow((row, rn) =>
      row.eachCell((c, cn) => {
        const v = c.value as { formula?: string } | null;
        const result = v && typeof v === "object" && "formula" in v ? (c.result ?? "") : v;
        if (result && typeof result === "object" && "error" in result)
          salah.push(`${spec.nama}!${c.address} is ${(result as { error: string }).error}`);
        const cellSpec = spec.rows[rn - 1]?.[cn - 1];
        if (!cellSpec?.f) return;
        formulas++;
        const want = cellSpec.hasil;
        const ok =
          typeof want === "number"
            ? typeof result === "number" && Math.abs(result - want) <= 1e-9 * Math.max(1, Math.abs(want))
            : result === want;
        if (!ok)
          salah.push(
            `${spec.nama}!${c.address}: LibreOffice ${JSON.stringify(result)}, core ${JSON.stringify(want)} (${cellSpec.f})`,
          );
      }),
    );
  }
  expect(salah).toEqual([]);
  expect(formulas).toBeGreaterThan(1000);
}, 180_000);
