/**
 * A workbook of many SKPD sheets gives one OPD's report: it says which sheet it used (under each sheet's title and
 * in the CLI's summary), and a nomenclature's placeholder kode ("X.XX.01", the program every urusan shares) is
 * never printed as a kode. On our fixture in the layout of a city's RFK workbook (one sheet per SKPD).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generate, ringkasanGenerate } from "../../src/cli/generate";
import { catatanSumber, susunLaporan } from "../../src/core/report/susun";
import { kodeCetak } from "../../src/core/report/spec";
import { readGrids } from "../../src/xlsx/read";

const RFK = path.resolve(__dirname, "../../samples/fixtures/nyata/rfk-per-skpd.xlsx");
const CATATAN =
  'Sumber: lembar "1 Dinkop", satu dari 2 lembar yang memuat tabel anggaran (DPA); hanya lembar ini yang dibaca (ubah di pemetaan).';

test("every sheet of a one-OPD report names the sheet it was read from, under its title", async () => {
  const { laporan, model } = susunLaporan(await readGrids(RFK), []);
  expect(model.pemetaan.lembar.anggaran).toBe("1 Dinkop");
  expect(catatanSumber(model)).toEqual([CATATAN]);
  expect(laporan.sheets.length).toBeGreaterThan(0);
  for (const s of laporan.sheets) {
    // Title, subtitle, then the note in the row that was blank, as wide as the title.
    expect([s.id, s.rows[0][0]?.gaya, s.rows[1][0]?.gaya]).toEqual([s.id, "judul", "subjudul"]);
    expect([s.id, s.rows[2][0]?.v, s.rows[2][0]?.gaya]).toEqual([s.id, CATATAN, "catatan"]);
    const titel = s.merges.find((m) => m.startsWith("A1:"))!;
    expect(s.merges).toContain(titel.replace(/^A1:([A-Z]+)1$/, "A3:$13"));
    expect(s.tinggi[2]).toBeGreaterThanOrEqual(12);
  }
  expect(catatanSumber(model, "en")).toEqual([
    'Source: sheet "1 Dinkop", one of 2 sheets holding a budget (DPA) table; only this sheet is read (change it in the mapping).',
  ]);
  // A workbook of one sheet per role has nothing to say.
  const satu = susunLaporan(await readGrids(path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx")), []);
  expect(catatanSumber(satu.model)).toEqual([]);
  expect(satu.laporan.sheets.every((s) => s.rows[2].length === 0)).toBe(true);
});

test("the CLI's summary prints which sheet was used", async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-sumber-")), "rfk.xlsx");
  const r = await generate(RFK, out, {});
  const lines = ringkasanGenerate(r).split("\n");
  expect(lines).toContain(CATATAN);
  expect(lines.indexOf(CATATAN)).toBe(2); // right under the list of sheets written
});

test("a placeholder kode is never printed as a kode", async () => {
  expect(["X.XX.01", "X.XX.01.2.01", "x.xx.01", "1.XX.01"].map(kodeCetak)).toEqual([null, null, null, null]);
  expect(["1.01.01", "2.17.01.2.01.0001", "5.01.02"].map(kodeCetak)).toEqual([
    "1.01.01",
    "2.17.01.2.01.0001",
    "5.01.02",
  ]);
  const { laporan, model } = susunLaporan(await readGrids(RFK), []);
  // The reader placed kegiatan under the nomenclature's shared program, whose kode is a placeholder.
  expect(model.anggaran.map((p) => p.kode)).toContain("X.XX.01");
  const printed = laporan.sheets.flatMap((s) => s.rows.flatMap((r) => r.map((c) => String(c?.v ?? ""))));
  expect(printed.filter((t) => /(^|\.)X+\./i.test(t))).toEqual([]);
  // The program itself is still there, by name.
  const ra = laporan.sheets.find((s) => s.id === "realisasi-anggaran")!;
  const program = model.anggaran.find((p) => p.kode === "X.XX.01")!;
  const row = ra.rows.find((r) => r[1]?.v === program.uraian)!;
  expect(row[0]?.v ?? "").toBe("");
});
