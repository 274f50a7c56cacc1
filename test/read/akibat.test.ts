/**
 * One error, one galat in the reader: a program whose written pagu is the sum of its kegiatan as written carries the
 * error of the kegiatan that differs from its own sub kegiatan; it is info naming that row, not a second galat.
 */
import { bacaWorkbook } from "../../src/core/read";
import { CellValue } from "../../src/core/grid";

const dpa = (programTertulis: number): CellValue[][] => [
  ["DPA TAHUN 2025"],
  [],
  ["Kode", "Uraian", "Pagu", "Realisasi"],
  ["1.03.02", "Program Penyelenggaraan Jalan", programTertulis, 900],
  ["1.03.02.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", 600, 500], // its subs add up to 700
  ["1.03.02.2.01.0001", "Pembangunan Jalan", 400, 300],
  ["1.03.02.2.01.0002", "Rekonstruksi Jalan", 300, 200],
  ["1.03.02.2.02", "Pembangunan Jembatan", 500, 400],
  ["1.03.02.2.02.0001", "Pembangunan Jembatan Kabupaten", 500, 400],
  ["", "JUMLAH", programTertulis, 900],
];
const temuan = (programTertulis: number) =>
  bacaWorkbook([{ name: "DPA", values: dpa(programTertulis) }])
    .diagnostics.filter((d) => d.code === "JUMLAH_INDUK_BERBEDA" || d.code === "TOTAL_BERBEDA")
    .map((d) => `${d.severity} ${d.code} ${d.cell}`);

test("the program written as its kegiatan's sum (1.100) is info naming row 5; the kegiatan is the galat", () => {
  expect(temuan(1_100)).toEqual([
    "error JUMLAH_INDUK_BERBEDA C5",
    "info JUMLAH_INDUK_BERBEDA C4",
    "info TOTAL_BERBEDA C10",
  ]);
  const m = bacaWorkbook([{ name: "DPA", values: dpa(1_100) }]);
  expect(m.diagnostics.find((d) => d.cell === "C4")!.message).toContain("berasal dari baris 5");
  expect(m.anggaran[0].pagu).toBe(1_200); // the sum of the parts is used
});

test("a program wrong in its own right (1.150, neither 1.100 nor 1.200) stays a galat; the JUMLAH that copies it is info", () => {
  expect(temuan(1_150)).toEqual([
    "error JUMLAH_INDUK_BERBEDA C5",
    "error JUMLAH_INDUK_BERBEDA C4",
    "info TOTAL_BERBEDA C10",
  ]);
});
