/**
 * Rekap Pemda in Excel (src/excel/rekap.ts, ExcelHost.tulisRekap) against the fake workbook: the rekap's sheets are
 * written into the open workbook beside the user's sheets and the report, which stay as they were; a second rekap
 * replaces only the first; building the report again leaves the rekap; a user's sheet with a rekap sheet's name
 * stops the write before anything changes.
 */
import * as fs from "fs";
import * as path from "path";
import { specRekap } from "../../src/core/rekap";
import type { SheetSpec } from "../../src/core/report/spec";
import { ExcelHost } from "../../src/excel/host";
import { generateExcel } from "../../src/excel/generate";
import { tulisRekapExcel } from "../../src/excel/rekap";
import { readGrids } from "../../src/xlsx/read";
import { bacaIsiOpd, daftarDariPaket } from "../../src/xlsx/rekap";
import { Paket } from "../../src/xlsx/paket";
import { FakeBook, FakeOffice } from "../support/excel-fake";

const SAMPLE = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");
const DIR = path.join(__dirname, "../../samples/fixtures/rekap");

/** The rekap of the fixture OPD files and list, as the pane builds it. */
function specsRekap(): SheetSpec[] {
  const files = fs.readdirSync(path.join(DIR, "opd")).sort();
  const bacaan = files.flatMap((f) => bacaIsiOpd(f, new Uint8Array(fs.readFileSync(path.join(DIR, "opd", f)))).bacaan);
  const daftar = daftarDariPaket(new Paket(new Uint8Array(fs.readFileSync(path.join(DIR, "daftar-opd.xlsx")))));
  return specRekap(bacaan, { daftar }).specs;
}

async function sampleBook(): Promise<FakeBook> {
  const book = new FakeBook();
  for (const g of await readGrids(SAMPLE)) book.addSheet(g.name, g.values as unknown[][]);
  return book;
}

test("the rekap's sheets go into the open workbook; the user's sheets and the report are untouched", async () => {
  const book = await sampleBook();
  await generateExcel(book.context());
  const sebelum = book.snapshot();
  const specs = specsRekap();
  const r = await tulisRekapExcel(book.context(), specs);
  expect(r.bentrok).toEqual([]);
  expect(r.lembar).toEqual(specs.map((s) => s.nama));
  expect(r.lembar).toEqual(expect.arrayContaining(["Kelengkapan", "Rekap per OPD", "Perlu Perhatian"]));
  // Every sheet that was there is there, cell for cell; the rekap's sheets come after them.
  const sesudah = book.snapshot();
  expect(sesudah.sheets.slice(0, sebelum.sheets.length)).toEqual(sebelum.sheets);
  expect(sesudah.sheets.slice(sebelum.sheets.length).map((s) => s.name)).toEqual(r.lembar);
  expect(sesudah.names.filter((n) => !sebelum.names.some((m) => m.name === n.name)).map((n) => n.name)).toEqual(
    expect.arrayContaining(["_sakip_kinerja_rekap_kelengkapan", "_sakip_kinerja_rekap_opd"]),
  );
  // The rekap's formulas name its own sheets, all there.
  expect(book.rujukanRusak()).toEqual([]);
  const kel = book.sheets.find((s) => s.name === "Kelengkapan")!;
  const nama = [...kel.cells.entries()].filter(([k]) => /^B\d+$/.test(k)).map(([, v]) => v.value);
  expect(nama).toEqual(expect.arrayContaining(["Dinas Pendidikan", "Dinas Lingkungan Hidup", "Kecamatan Sukamaju"]));
  expect([...kel.cells.values()].map((v) => v.value)).toContain("Belum lapor");
});

test("a second rekap replaces the first only; building the report again leaves the rekap", async () => {
  const book = await sampleBook();
  await generateExcel(book.context());
  const specs = specsRekap();
  await tulisRekapExcel(book.context(), specs);
  const pertama = book.snapshot();
  await tulisRekapExcel(book.context(), specs);
  expect(book.snapshot()).toEqual(pertama);
  await generateExcel(book.context());
  const nama = book.sheets.map((s) => s.name);
  for (const s of specs) expect(nama).toContain(s.nama);
  expect(nama).toContain("Pengukuran Kinerja");
  expect(nama.length).toBe(pertama.sheets.length);
  expect(book.rujukanRusak()).toEqual([]);
});

test("a user's own sheet named 'Kelengkapan': nothing is written, the names are said", async () => {
  const book = await sampleBook();
  book.addSheet("Kelengkapan", [["catatan saya"]]);
  const sebelum = book.snapshot();
  const r = await tulisRekapExcel(book.context(), specsRekap());
  expect(r).toMatchObject({ lembar: [], bentrok: ["Kelengkapan"] });
  expect(book.snapshot()).toEqual(sebelum);
});

test("through the Excel host (Excel.run): the pane's call writes the same sheets", async () => {
  const book = await sampleBook();
  new FakeOffice().pasang(book);
  const sebelum = book.snapshot();
  const specs = specsRekap();
  const r = await new ExcelHost().tulisRekap(specs, new AbortController().signal);
  expect(r).toEqual({ lembar: specs.map((s) => s.nama), bentrok: [] });
  expect(book.snapshot().sheets.slice(0, sebelum.sheets.length)).toEqual(sebelum.sheets);
  expect(book.sheets.map((s) => s.name).slice(sebelum.sheets.length)).toEqual(r.lembar);
});
