/**
 * A sheet is generated only when it has rows: an E.81-only workbook (our fixture in the layout agencies fill, no PK,
 * no plan per quarter) gets no empty TABEL 3.1 or Capaian IKU, no Narasi without text, no Efisiensi row "Program
 * tanpa sasaran", no Monitoring with every plan column empty; each is listed as skipped with its reason.
 */
import * as path from "path";
import { susunLaporan } from "../../src/core/report/susun";
import { readGrids } from "../../src/xlsx/read";

const FIXTURES = path.resolve(__dirname, "../../samples/fixtures");
const susun = async (file: string, bahasa: "id" | "en" = "id") =>
  susunLaporan(await readGrids(path.join(FIXTURES, file)), [], { bahasa }).laporan;

test("an E.81-only workbook: the budget tables and the E.81, the rest skipped with its reason", async () => {
  const l = await susun("nyata/e81-evaluasi-renja.xlsx");
  expect(l.sheets.map((s) => s.id)).toEqual(["pendukung", "realisasi-anggaran", "efisiensi-program", "e81"]);
  // Numbered from 3.1 in the order generated.
  expect(l.sheets.slice(0, 3).map((s) => String(s.rows[0][0]?.v).slice(0, 9))).toEqual([
    "TABEL 3.1",
    "TABEL 3.2",
    "TABEL 3.3",
  ]);
  const alasan = Object.fromEntries(l.dilewati.map((d) => [d.id, d.alasan]));
  expect(Object.keys(alasan).sort()).toEqual(
    [
      "capaian-iku",
      "efisiensi",
      "monitoring",
      "narasi",
      "pengukuran",
      "perbandingan",
      "renstra",
      "standar-nasional",
    ].sort(),
  );
  expect(alasan.pengukuran).toMatch(/tidak memuat indikator kinerja/);
  expect(alasan["capaian-iku"]).toMatch(/tidak memuat indikator kinerja/);
  expect(alasan.efisiensi).toMatch(/Tidak ada program yang terkait dengan sasaran/);
  expect(alasan.monitoring).toMatch(/tanpa rencana per triwulan/);
  expect(alasan.narasi).toMatch(/Tidak ada sasaran dan indikator/);
  // Names as the sheets would have been called; nothing generated says "Program tanpa sasaran".
  expect(l.dilewati.find((d) => d.id === "capaian-iku")?.nama).toBe("Capaian IKU");
  const teks = l.sheets.flatMap((s) => s.rows.flatMap((r) => r.map((c) => String(c?.v ?? ""))));
  expect(teks.filter((t) => /tanpa sasaran/i.test(t))).toEqual([]);
  const en = await susun("nyata/e81-evaluasi-renja.xlsx", "en");
  expect(en.dilewati.find((d) => d.id === "monitoring")?.alasan).toMatch(/without a quarterly plan/);
});

test("what has rows stays: a Monitoring of indicators without a plan, an Efisiensi whose programs have a sasaran", async () => {
  // Indicators with realisasi per TW: their projection is only on the Monitoring, so it is generated.
  const tw = await susun("realisasi-per-triwulan.xlsx");
  expect(tw.sheets.map((s) => s.id)).toEqual(["pengukuran", "capaian-iku", "monitoring", "narasi"]);
  const sample = susunLaporan(
    await readGrids(path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx")),
    [],
  ).laporan;
  expect(sample.sheets.map((s) => s.id)).toEqual([
    "pengukuran",
    "pendukung",
    "capaian-iku",
    "perbandingan",
    "renstra",
    "standar-nasional",
    "realisasi-anggaran",
    "efisiensi",
    "efisiensi-program",
    "narasi",
  ]);
});
