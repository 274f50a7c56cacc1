/**
 * The pane on an E.81-only workbook says it read an E.81 (not "Anggaran (DPA)" beside a missing PK), and its Tahun
 * field takes a year as the CLI's --tahun does.
 */
import * as path from "path";
import { bacaWorkbook } from "../../src/core/read";
import { adaE81, ringkasanBaca, tahunDiketik } from "../../src/taskpane/state";
import { STRINGS } from "../../src/taskpane/strings";
import { readGrids } from "../../src/xlsx/read";

const baca = async (f: string) => bacaWorkbook(await readGrids(path.resolve(__dirname, "../../samples", f)));

test("an E.81-only workbook is described as an E.81, with what it lets the report build", async () => {
  const m = await baca("fixtures/nyata/e81-evaluasi-renja.xlsx");
  expect(adaE81(m)).toBe(true);
  expect(ringkasanBaca(m, STRINGS.id)).toEqual([
    `Formulir E.81 (Evaluasi Renja) di 'Realisasi TW IV': ${m.anggaran.length} program, 13 sub kegiatan, realisasi per triwulan s.d. TW IV`,
    "Tanpa Perjanjian Kinerja dan tabel realisasi: dibuat E.81 dan tabel anggaran; tabel indikator dilewati",
  ]);
  expect(ringkasanBaca(m, STRINGS.en)[0]).toMatch(/^E\.81 form \(Evaluasi Renja\) in 'Realisasi TW IV': .* to Q4$/);
  // The agency and the year the form states, for the pane's fields.
  expect([m.perangkatDaerah, m.tahun]).toEqual(["Badan Perencanaan Pembangunan Daerah Kabupaten Sukamaju", 2025]);
  // A DPA is not an E.81: the sample reads as before.
  const dpa = await baca("dkum-depok-2023.xlsx");
  expect(adaE81(dpa)).toBe(false);
  expect(ringkasanBaca(dpa, STRINGS.id)[2]).toBe("7 program, 26 sub kegiatan di 'DPA 2023'");
});

test("the Tahun field: blank is the workbook's year, 2000–2100 replaces it, anything else is refused", () => {
  expect(["", "  ", "2024", " 2025 ", "1999", "2101", "20", "2024.5", "dua"].map(tahunDiketik)).toEqual([
    undefined,
    undefined,
    2024,
    2025,
    "salah",
    "salah",
    "salah",
    "salah",
    "salah",
  ]);
});
