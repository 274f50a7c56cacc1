/**
 * After office-js-snippets: the Office.js calls in src/excel must not need a newer ExcelApi than the manifest
 * declares. Each member's requirement set is from the Excel JavaScript API reference.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const EXCEL_API: Record<string, number> = {
  getUsedRangeOrNullObject: 1.4,
  getRangeByIndexes: 1.7,
  getRanges: 1.9,
  "names.add": 1.4,
  "names.load": 1.4,
  "names.getItem": 1.4,
  suspendApiCalculationUntilNextSync: 1.6,
  conditionalFormats: 1.6,
  freezeRows: 1.7,
  showGridlines: 1.8,
  pageLayout: 1.9,
  setPrintTitleRows: 1.9,
  indentLevel: 1.9,
  autofitRows: 1.2,
  setXAxisValues: 1.7,
  "series.add": 1.7,
  setValues: 1.7,
  "tables.add": 1.1,
  "charts.add": 1.1,
  getEntireColumn: 1.1,
  merge: 1.2,
  // Newer than declared; listed so that using them fails this test.
  getMergedAreasOrNullObject: 1.13,
  customProperties: 1.12,
  getSpecialCells: 1.9,
  onChanged: 1.7,
};

test("every ExcelApi member used in src/excel is within the manifest's declared minimum", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const declared = Number(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)![1]);
  const source = fs
    .readdirSync(path.join(ROOT, "src/excel"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => fs.readFileSync(path.join(ROOT, "src/excel", f), "utf8"))
    .join("\n");
  const used = Object.entries(EXCEL_API).filter(([member]) =>
    new RegExp(`\\b${member.replace(".", "\\.")}\\b`).test(source),
  );
  expect(used.length).toBeGreaterThan(10);
  const tooNew = used.filter(([, v]) => v > declared);
  expect(tooNew).toEqual([]);
  // The declared version is the one the code needs, not more: the newest member used.
  expect(declared).toBe(Math.max(...used.map(([, v]) => v)));
});
