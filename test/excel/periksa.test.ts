/**
 * Periksa Konsistensi inside Excel, on a fake workbook with Excel's semantics (test/support/excel-fake.ts): the
 * seed report's tables read and audited in a bounded number of syncs, the Pemeriksaan sheet written beside them,
 * the report's own sheets never touched; building the report keeps the audit sheet, and a second audit replaces it.
 */
import * as path from "path";
import { generateExcel, periksaExcel } from "../../src/excel/generate";
import { readGrids } from "../../src/xlsx/read";
import { FakeBook } from "../support/excel-fake";

const ROOT = path.resolve(__dirname, "../..");

async function book(file: string): Promise<FakeBook> {
  const b = new FakeBook();
  for (const g of await readGrids(path.join(ROOT, file))) b.addSheet(g.name, g.values as unknown[][]);
  return b;
}
const snapshot = (b: FakeBook, names: string[]) =>
  names.map((n) => JSON.stringify([...b.sheets.find((s) => s.name === n)!.cells]));

test("the seed report's tables: 49 findings (at 56 cells) in 6 syncs, written to Pemeriksaan, the tables untouched", async () => {
  const b = await book("samples/dkum-depok-2023-laporan.xlsx");
  const names = b.sheets.map((s) => s.name);
  const before = snapshot(b, names);
  const r = await periksaExcel(b.context());
  expect(r.hasil.temuan).toHaveLength(49);
  expect(r.hasil.temuan.filter((t) => t.severity === "error")).toHaveLength(26);
  expect(r.syncs).toBe(6); // names; used-range extents; values; data; swap; delete
  expect(b.syncs).toBe(6);
  expect(b.sheets.map((s) => s.name)).toEqual([...names, "Pemeriksaan"]);
  expect(snapshot(b, names)).toEqual(before);
  const ws = b.sheets.find((s) => s.name === "Pemeriksaan")!;
  const link = [...ws.cells.values()].find(
    (c) => typeof c.formula === "string" && c.formula.includes("'3.2 Perbandingan Tahun'!N6"),
  );
  expect(link?.formula).toBe(`=HYPERLINK("#'3.2 Perbandingan Tahun'!N6","'3.2 Perbandingan Tahun'!N6")`);
  expect(b.names.map((n) => n.name)).toEqual(["_sakip_kinerja_pemeriksaan"]);
});

test("the report and the audit live side by side: each rebuild replaces only its own sheets", async () => {
  const b = await book("samples/dkum-depok-2023.xlsx");
  await generateExcel(b.context());
  const laporan = b.sheets.map((s) => s.name);
  await periksaExcel(b.context());
  expect(b.sheets.map((s) => s.name)).toEqual([...laporan, "Pemeriksaan"]);
  await generateExcel(b.context());
  expect(b.sheets.map((s) => s.name).sort()).toEqual([...laporan, "Pemeriksaan"].sort());
  await periksaExcel(b.context());
  expect(b.sheets.filter((s) => s.name.startsWith("Pemeriksaan")).map((s) => s.name)).toEqual(["Pemeriksaan"]);
  expect(b.names.map((n) => n.name).sort()).toEqual([
    "_sakip_kinerja_capaian_iku",
    "_sakip_kinerja_efisiensi",
    "_sakip_kinerja_efisiensi_program",
    "_sakip_kinerja_narasi",
    "_sakip_kinerja_pemeriksaan",
    "_sakip_kinerja_pendukung",
    "_sakip_kinerja_pengukuran",
    "_sakip_kinerja_perbandingan",
    "_sakip_kinerja_realisasi_anggaran",
    "_sakip_kinerja_renstra",
    "_sakip_kinerja_standar_nasional",
  ]);
});

test("Konsistensi right after Buat reads the user's sheets only; our generated sheets on request", async () => {
  const b = await book("samples/dkum-depok-2023.xlsx");
  const pengguna = b.sheets.map((s) => s.name);
  await generateExcel(b.context());
  const buatan = b.sheets.map((s) => s.name).filter((n) => !pengguna.includes(n));
  const r = await periksaExcel(b.context());
  expect(r.hasil.tabel.map((t) => t.sheet).filter((n) => buatan.includes(n))).toEqual([]);
  expect(r.hasil.diagnostik.filter((d) => d.code === "RUMUS_BELUM_DIHITUNG")).toEqual([]);
  expect(r.hasil.tabel.length).toBeGreaterThan(0);
  const semua = await periksaExcel(b.context(), undefined, undefined, { termasukBuatan: true });
  expect(semua.hasil.tabel.map((t) => t.sheet)).toEqual(expect.arrayContaining(["Pengukuran Kinerja", "Efisiensi"]));
});

test("a user's own sheet named Pemeriksaan is kept; ours takes another name", async () => {
  const b = await book("samples/dkum-depok-2023-laporan.xlsx");
  b.addSheet("Pemeriksaan", [["catatan rapat inspektorat"]]);
  const r = await periksaExcel(b.context());
  expect(r.lembar).toBe("Pemeriksaan (2)");
  expect(b.sheets.find((s) => s.name === "Pemeriksaan")!.cells.get("A1")?.value).toBe("catatan rapat inspektorat");
});

test("a failure at any sync leaves the workbook as it was", async () => {
  for (let failAt = 1; failAt <= 5; failAt++) {
    const b = await book("samples/dkum-depok-2023-laporan.xlsx");
    const names = b.sheets.map((s) => s.name);
    b.failAt = failAt;
    await expect(periksaExcel(b.context())).rejects.toThrow();
    expect(b.sheets.map((s) => s.name)).toEqual(names);
    expect(b.names).toEqual([]);
  }
});
