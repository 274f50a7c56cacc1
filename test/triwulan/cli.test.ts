/** `kinerja generate --triwulan II` on a workbook with quarterly realisasi, and the threshold kept across regenerations. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { LABEL_BATAS } from "../../src/core/report/monitoring";

function run(argv: string[]) {
  let out = "";
  let err = "";
  const sink = (f: (s: string) => void) => ({ write: (s: string) => f(s) });
  return main(
    argv,
    sink((s) => (out += s)),
    sink((s) => (err += s)),
  ).then((code) => ({ code, out, err }));
}

const INPUT = path.resolve(__dirname, "../../samples/fixtures/realisasi-per-triwulan.xlsx");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "sakip-tw-"));

async function monitoring(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet("Monitoring Triwulan")!;
}

test("--triwulan II writes the Monitoring Triwulan as at TW II: realisasi after TW II is left out", async () => {
  const out = path.join(tmp(), "tw2.xlsx");
  const r = await run(["generate", INPUT, "-o", out, "--triwulan", "II", "--json"]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json.opsi.triwulan).toBe(2);
  expect(json.lembar).toContain("Monitoring Triwulan");
  expect(json.dilewati.map((d: { id: string }) => d.id)).toContain("e81"); // indicators per TW, no sub kegiatan per TW
  const ws = await monitoring(out);
  expect(ws.getCell("C3").text).toMatch(/S\.D\. TRIWULAN II$/);
  // Jumlah dokumen perencanaan: 2 + 3 to TW II (TW III's 4 and TW IV's 1 not counted).
  const row = ws.getColumn(2).values.findIndex((v) => v === "Jumlah dokumen perencanaan");
  expect(ws.getCell(row, 14).value).toMatchObject({ formula: `IF(COUNT(I${row},J${row})=0,"",SUM(I${row},J${row}))` });
});

test("the threshold the user typed on the Monitoring sheet is kept when the report is rebuilt from that copy", async () => {
  const dir = tmp();
  const first = path.join(dir, "1.xlsx");
  expect((await run(["generate", INPUT, "-o", first])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  const ws = wb.getWorksheet("Monitoring Triwulan")!;
  const r = ws.getColumn(1).values.findIndex((v) => v === LABEL_BATAS);
  expect(ws.getCell(r, 4).value).toBe(10);
  ws.getCell(r, 4).value = 7.5;
  const edited = path.join(dir, "edited.xlsx");
  await wb.xlsx.writeFile(edited);
  const second = path.join(dir, "2.xlsx");
  expect((await run(["generate", edited, "-o", second])).code).toBe(0);
  expect((await monitoring(second)).getCell(r, 4).value).toBe(7.5);
  // An explicit --batas-deviasi wins.
  const third = path.join(dir, "3.xlsx");
  expect((await run(["generate", edited, "-o", third, "--batas-deviasi", "15"])).code).toBe(0);
  expect((await monitoring(third)).getCell(r, 4).value).toBe(15);
});

test("a quarter that does not exist, or a negative threshold, is a usage error", async () => {
  const bad = await run(["generate", INPUT, "-o", path.join(tmp(), "x.xlsx"), "--triwulan", "V"]);
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/--triwulan "V" tidak dikenal\. Pilihan: I, II, III, IV\./);
  expect((await run(["generate", INPUT, "-o", path.join(tmp(), "y.xlsx"), "--batas-deviasi", "-1"])).code).toBe(2);
});
