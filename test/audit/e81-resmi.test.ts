/**
 * Periksa Konsistensi on the E.81 as the Permendagri 86 form heads it (scripts/fixtures-e81-resmi.ts): nothing to
 * report on the clean copies (the numbering row "14 = 10 + …" is header, the capaian Renja (%) column is not (15),
 * the E.80 numbering shifted by it); the program average that leaves out a row is found, with the figures of the
 * fixture recomputed by hand; a sheet headed as an E.81 that is not recognised raises no finding from guessed
 * column meanings.
 */
import { OpsiResmi, sheetsResmi } from "../../scripts/fixtures-e81-resmi";
import { workbookBuffer } from "../../scripts/workbook-builder";
import { periksaLaporan } from "../../src/core/audit";
import { perSel } from "../../src/core/temuan-kelompok";
import { readGrids } from "../../src/xlsx/read";

const periksa = async (o: OpsiResmi) => periksaLaporan(await readGrids(await workbookBuffer(sheetsResmi(o))));

test.each([
  ["numbers below K | Rp", {}],
  ["numbers above K | Rp", { nomorAtas: true }],
  ["E.80 wording, no kode, thousands", { rkpd: true }],
])("a clean copy (%s): no finding, nothing unreadable", async (_n, o: OpsiResmi) => {
  const h = await periksa(o);
  expect(h.temuan).toEqual([]);
  expect(h.selTakTerbaca).toBe(0);
  expect(h.tabel.map((t) => t.judul)).toEqual(["Evaluasi Renja (E.81)"]);
});

test("a stock's (13) and (14) typed as its last quarter among SUM formulas is no forgotten formula", async () => {
  // Before: 2 galat RUMUS_KONSTANTA, "U21 diketik 40, … =SUM(M21,O21,Q21,S21) … menghasilkan 156" and Y21 (78).
  const h = await periksa({ stok: true });
  // Info naming why (a stock's yearly figure is its last value), never a galat.
  expect(perSel(h.temuan).map((x) => `${x.severity} ${x.code} ${x.cell}`)).toEqual([
    "info RUMUS_KONSTANTA U21",
    "info RUMUS_KONSTANTA Y21",
  ]);
});

test("a program's 'Rata-rata capaian kinerja (%)' that leaves out its last row is an error, with its figures", async () => {
  const h = await periksa({ tanam: true });
  const t = perSel(h.temuan);
  expect(t.map((x) => `${x.severity} ${x.code} ${x.cell}`)).toEqual(["error RUMUS_RENTANG W15"]);
  // Capaian Renja K of program 1's rows: 86/85, 42/40, 4/4, 12/12, 7/8 (× 100).
  const rows = [(86 / 85) * 100, 105, 100, 100, 87.5];
  expect(t[0].tertulis).toBeCloseTo(rows.slice(0, 4).reduce((s, x) => s + x, 0) / 4, 9); // 101,54
  expect(t[0].seharusnya).toBeCloseTo(rows.reduce((s, x) => s + x, 0) / 5, 9); // 98,74
  expect(t[0].message).toContain("tidak meliputi baris 14 (sub kegiatan)");
});

test("a sheet headed as an E.81 that is not recognised: no finding from guessed columns, said why", async () => {
  const h = await periksa({ takDikenal: true });
  // Before: 4 galat (8 cells), SERAPAN_HITUNG dividing TW IV Rp by the Renstra target's Rp, and 8 unreadable cells.
  expect(h.temuan).toEqual([]);
  expect(h.selTakTerbaca).toBe(1);
  expect(h.diagnostik.map((d) => `${d.severity} ${d.code} ${d.cell}`)).toEqual(["warning E81_TAK_DIKENALI A5"]);
});
