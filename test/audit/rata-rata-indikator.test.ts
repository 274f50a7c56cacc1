/**
 * A name that starts with "Rata-rata" is an indicator ("Rata-rata waktu penyelesaian layanan", satuan hari) unless it
 * is the summary: "Rata-rata capaian (kinerja) …", "Rata-rata nilai capaian", "Rata-rata capaian sasaran 1", or a
 * row with no satuan of its own whose figures are AVERAGE formulas. One rule (src/core/tabel/baris.ts) for the
 * reader and the audit's RATA_RATA. Layouts of the blind test's W5 (Rencana Aksi) and W4 (LKIP Tabel 3.1), uji2.
 */
import { jenisBaris } from "../../src/core/tabel";
import { periksaLaporan } from "../../src/core/audit";
import { bacaWorkbook } from "../../src/core/read";
import { CellValue, Grid } from "../../src/core/grid";

test("the kind of a row that starts with Rata-rata", () => {
  const ringkas = [
    "Rata-rata",
    "Rata-rata capaian kinerja (%)",
    "Rata-rata capaian sasaran 1",
    "Rata-rata nilai capaian",
    "Capaian rata-rata",
    "Nilai rata-rata",
    "Rerata capaian",
  ];
  expect(ringkas.map((l) => jenisBaris(l))).toEqual(Array(7).fill("rata"));
  const indikator = [
    "Rata-rata waktu penyelesaian layanan (hari)",
    "Rata-rata lama sekolah",
    "Rata-rata lama menginap tamu",
  ];
  expect(indikator.map((l) => jenisBaris(l))).toEqual(Array(3).fill("item"));
  // No satuan of its own and AVERAGE formulas: the table's own average row, whatever it says after "Rata-rata".
  expect(jenisBaris("Rata-rata indeks", { satuan: null, rumus: ["AVERAGE(E4:E6)", "AVERAGE(F4:F6)"] })).toBe("rata");
  expect(jenisBaris("Rata-rata indeks", { satuan: null, rumus: ["AVERAGE(E4:E6)", "F4+F5"] })).toBe("item");
  expect(jenisBaris("Rata-rata waktu layanan", { satuan: "hari", rumus: ["AVERAGE(E4:E6)"] })).toBe("item");
  expect(jenisBaris("Rata-rata waktu layanan", { satuan: null, rumus: [] })).toBe("item");
});

// W5: Rencana Aksi, TW I–III realisasi, the third indicator of sasaran 2 named "Rata-rata waktu …" in hari.
const renaksi: Grid = {
  name: "Renaksi TW III",
  values: [
    ["MONITORING RENCANA AKSI PENCAPAIAN KINERJA TAHUN 2025"],
    [],
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Capaian (%)",
    ],
    [
      1,
      "Meningkatnya kualitas layanan",
      "Jumlah usulan kenaikan pangkat yang diproses",
      "dokumen",
      640,
      171,
      148,
      155,
      (474 / 640) * 100,
    ],
    [null, null, "Persentase formasi CASN yang terisi", "%", 95, null, null, 88.6, (88.6 / 95) * 100],
    [
      null,
      null,
      "Rata-rata waktu penyelesaian layanan kepegawaian (semakin kecil semakin baik)",
      "hari",
      5,
      6,
      5.5,
      4.8,
      104,
    ],
  ] as CellValue[][],
};

test("W5: an indicator named 'Rata-rata waktu …' is not checked as the average of the rows above it", () => {
  // Before: 5 RATA_RATA galat on row 6 (target, TW I–III, capaian: "rata-rata 2 baris di atasnya …").
  const a = periksaLaporan([renaksi]).temuan;
  expect(a.filter((t) => t.code === "RATA_RATA")).toEqual([]);
  expect(a.filter((t) => t.severity === "error")).toEqual([]);
});

// W4: Tabel 3.1 with a "Rata-rata capaian sasaran 1" row (label merged over Indikator … Realisasi) under each sasaran.
const tabel31 = (rata: number): Grid => ({
  name: "Tabel 3.1",
  values: [
    ["Pengukuran Kinerja Dinas Lingkungan Hidup Tahun 2023"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Meningkatnya kualitas lingkungan hidup", "Indeks Kualitas Air (IKA)", "indeks", 52, 50.4, (50.4 / 52) * 100],
    [null, null, "Indeks Kualitas Udara (IKU)", "indeks", 88, 89.35, (89.35 / 88) * 100],
    [null, null, ...Array(4).fill("Rata-rata capaian sasaran 1"), rata],
    [2, "Meningkatnya pengelolaan sampah", "Persentase sampah yang tertangani", "%", 75, 68.4, 91.2],
    [null, null, ...Array(4).fill("Rata-rata capaian sasaran 2"), 91.2],
  ] as CellValue[][],
});

test("W4 (v_w4_only31): the reader takes no 'Rata-rata capaian sasaran' row for an indicator", () => {
  const m = bacaWorkbook([tabel31(((50.4 / 52 + 89.35 / 88) / 2) * 100)]);
  expect(m.sasaran.map((s) => s.indikator.map((i) => i.nama))).toEqual([
    ["Indeks Kualitas Air (IKA)", "Indeks Kualitas Udara (IKU)"],
    ["Persentase sampah yang tertangani"],
  ]);
  expect(m.diagnostics.filter((d) => d.code === "TARGET_KOSONG")).toEqual([]);
});

test("the audit still checks a 'Rata-rata capaian sasaran' row: (96,92 + 101,53) ÷ 2 = 99,23, not 100,06", () => {
  const benar = ((50.4 / 52 + 89.35 / 88) / 2) * 100; // 99,228…
  expect(periksaLaporan([tabel31(benar)]).temuan.filter((t) => t.code === "RATA_RATA")).toEqual([]);
  const salah = periksaLaporan([tabel31(100.06)]).temuan.filter((t) => t.code === "RATA_RATA");
  expect(salah.map((t) => `${t.severity} ${t.cell}`)).toEqual(["error G6"]);
  expect(salah[0].message).toContain("99,23");
});
