/**
 * LibreOffice recalculates the E.81 and Monitoring Triwulan sheets generated for every quarter into a copy of the
 * E.81 fixture: no error cell anywhere in them, and every formula equals the core's value (relative 1e-9).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { E81_FILE, modelE81 } from "../../scripts/fixture-e81";
import { buatLaporan } from "../../src/core/report";
import { SheetSpec } from "../../src/core/report/spec";
import { Triwulan } from "../../src/core/rules/triwulan";
import { Paket } from "../../src/xlsx/paket";
import { tulisLembar } from "../../src/xlsx/write";
import { bandingLibreOffice } from "../support/libreoffice";

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
  const { formulas, salah } = await bandingLibreOffice(out, specs);
  expect(salah).toEqual([]);
  expect(formulas).toBeGreaterThan(1000);
}, 180_000);
