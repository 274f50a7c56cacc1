/**
 * Formulas as Excel binds them (test/support/excel-fake.ts): a sheet reference is bound to a sheet when the formula
 * is set, follows a rename and turns to #REF! when the sheet is deleted. A rebuild must leave every formula of the
 * report — and the user's own formulas that point into it — bound to the sheets that carry the names after it.
 */
import * as path from "path";
import { generateExcel, periksaExcel } from "../../src/excel/generate";
import { catatanBuat } from "../../src/excel/host";
import { susunPemeriksaan } from "../../src/core/audit/lembar";
import { readGrids } from "../../src/xlsx/read";
import { FakeBook } from "../support/excel-fake";

const ROOT = path.resolve(__dirname, "../..");

async function book(file = "samples/dkum-depok-2023.xlsx"): Promise<FakeBook> {
  const b = new FakeBook();
  for (const g of await readGrids(path.join(ROOT, file))) b.addSheet(g.name, g.values as unknown[][]);
  return b;
}
const sel = (b: FakeBook, sheet: string, addr: string) => b.sheets.find((s) => s.name === sheet)!.cells.get(addr);

test("the fake binds like Excel: a rename follows, a delete gives #REF!, a missing sheet is a broken reference, strings are text", () => {
  const b = new FakeBook();
  const data = b.addSheet("Data", [[1]]);
  const lain = b.addSheet("Lain");
  const ctx = b.context();
  lain.getRange("A1:D1").formulas = [
    ["=Data!A1*2", "='Belum Ada'!A1", '=HYPERLINK("#\'Data\'!A1","Data!A1")', "=SUM(Data!A1,Data!A1)"],
  ];
  expect(b.rujukanRusak()).toEqual(["Lain!B1: ='Belum Ada'!A1"]);
  data.name = "Data Baru";
  expect(lain.cells.get("A1")?.formula).toBe("='Data Baru'!A1*2");
  expect(lain.cells.get("C1")?.formula).toBe('=HYPERLINK("#\'Data\'!A1","Data!A1")');
  data.delete();
  expect(lain.cells.get("A1")?.formula).toBe("=#REF!A1*2");
  expect(lain.cells.get("D1")?.formula).toBe("=SUM(#REF!A1,#REF!A1)");
  expect(b.rujukanRusak()).toHaveLength(3);
  void ctx;
});

test("first build: every cross-sheet formula is bound to a sheet that exists (none written while its target had a temporary name)", async () => {
  const b = await book();
  await generateExcel(b.context());
  expect(b.rujukanRusak()).toEqual([]);
  expect(sel(b, "Efisiensi", "C7")?.formula).toBe("='Pengukuran Kinerja'!H7");
});

test("a rebuild keeps Efisiensi live: its links to Pengukuran Kinerja and Efisiensi Program are not #REF!", async () => {
  const b = await book();
  await generateExcel(b.context());
  const pertama = b.snapshot();
  await generateExcel(b.context());
  expect(b.rujukanRusak()).toEqual([]);
  expect(sel(b, "Efisiensi", "C7")?.formula).toBe("='Pengukuran Kinerja'!H7");
  expect(sel(b, "Efisiensi", "D7")?.formula).toBe(
    `=IF(COUNT('Efisiensi Program'!D7)=0,"",SUM('Efisiensi Program'!D7))`,
  );
  expect(b.snapshot()).toEqual(pertama);
});

test("a user's own formula pointing into a generated sheet survives the rebuild, and the pane is told", async () => {
  const b = await book();
  await generateExcel(b.context());
  const ringkasan = b.addSheet("Ringkasan Saya", [["Capaian sasaran 1"]]);
  ringkasan.getRange("B1:B2").formulas = [["='Pengukuran Kinerja'!H7"], ["=Efisiensi!H7*100"]];
  const r = await generateExcel(b.context());
  expect(b.rujukanRusak()).toEqual([]);
  expect(ringkasan.cells.get("B1")?.formula).toBe("='Pengukuran Kinerja'!H7");
  expect(ringkasan.cells.get("B2")?.formula).toBe("=Efisiensi!H7*100");
  expect(ringkasan.cells.get("A1")?.value).toBe("Capaian sasaran 1");
  expect(r.disambung).toEqual(["'Ringkasan Saya'!B1", "'Ringkasan Saya'!B2"]);
  expect(catatanBuat(r, "id")).toEqual([
    "2 rumus Anda yang merujuk lembar yang dibuat ulang kini merujuk lembar barunya ('Ringkasan Saya'!B1, 'Ringkasan Saya'!B2).",
  ]);
});

test("text that starts with an apostrophe keeps it (Excel takes one leading ' as the text prefix)", async () => {
  const b = await book("samples/dkum-depok-2023-laporan.xlsx");
  const names = b.sheets.map((s) => s.name);
  await periksaExcel(b.context());
  const { spec } = susunPemeriksaan(
    b.sheets.filter((s) => names.includes(s.name)).map((s) => s.grid()),
    names,
  );
  const teks = spec.rows.flatMap((row, r) =>
    row.flatMap((c, col) => (typeof c?.v === "string" && c.v.startsWith("'") && !c.f ? [{ r, col, v: c.v }] : [])),
  );
  expect(teks.length).toBeGreaterThan(0);
  const ws = b.sheets.find((s) => s.name === "Pemeriksaan")!;
  for (const { r, col, v } of teks) {
    const addr = `${String.fromCharCode(65 + col)}${r + 1}`;
    expect([addr, ws.cells.get(addr)?.value]).toEqual([addr, v]);
  }
});

test("after the last write with calculation suspended, the workbook is calculated (nothing left uncalculated)", async () => {
  const b = await book();
  await generateExcel(b.context());
  expect(b.suspends).toBeGreaterThan(0);
  expect(b.belumDihitung.size).toBe(0);
});

test("a leftover ~sakip-lama-1 from an interrupted run does not block the rebuild, and is cleared", async () => {
  const b = await book();
  await generateExcel(b.context());
  b.addSheet("~sakip-lama-1", [["sisa lembar lama"]]);
  b.addSheet("~sakip-baru-3", [["sisa lembar baru"]]);
  const r = await generateExcel(b.context());
  expect(b.sheets.filter((s) => s.name.startsWith("~sakip")).map((s) => s.name)).toEqual([]);
  expect(r.dibersihkan).toEqual(["~sakip-lama-1", "~sakip-baru-3"]);
  expect(b.rujukanRusak()).toEqual([]);
});

test("with a user's formula into our sheet, a failure at any sync of a rebuild leaves it bound (undone, or rebuilt and bound anew)", async () => {
  const probe = await book();
  await generateExcel(probe.context());
  const start = probe.syncs;
  await generateExcel(probe.context());
  const syncs = probe.syncs - start;
  for (let k = 1; k <= syncs; k++) {
    const b = await book();
    await generateExcel(b.context());
    b.addSheet("Ringkasan Saya").getRange("B1").formulas = [["='Pengukuran Kinerja'!H7"]];
    b.failAt = b.syncs + k;
    await generateExcel(b.context()).catch(() => undefined);
    const sel = b.sheets.find((s) => s.name === "Ringkasan Saya")!.cells.get("B1");
    expect({ k, rumus: sel?.formula, rusak: b.rujukanRusak() }).toEqual({
      k,
      rumus: "='Pengukuran Kinerja'!H7",
      rusak: [],
    });
  }
});

test("a sheet with more formulas than are read (over 20,000): not bound again, and the user is told so", async () => {
  const b = await book();
  await generateExcel(b.context());
  const banyak = b.addSheet("Banyak Rumus");
  banyak.getRange("A1:A20001").formulas = Array.from({ length: 20_001 }, (_, i) => [`=${i}+1`]);
  const r = await generateExcel(b.context());
  expect(r.rumusTakDibaca).toEqual(["Banyak Rumus"]);
  expect(catatanBuat(r, "id")).toEqual([
    "Rumus di Banyak Rumus (lebih dari 20.000) tidak diperiksa: yang merujuk lembar yang dibuat ulang kini #REF!.",
  ]);
});
