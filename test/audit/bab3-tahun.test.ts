/**
 * Report tables of other agencies (blind round two, our own grids): a Bab III table of three years side by side with
 * one Keterangan, a Rencana Aksi with a month's columns beside "Realisasi s.d. Desember", and a signature line
 * "Suwawa, 30 Januari" under a table. None is an error; a planted capaian still is.
 */
import { periksaLaporan } from "../../src/core/audit";
import { CellValue, Grid } from "../../src/core/grid";

const kode = (g: Grid) => periksaLaporan([g]).temuan.map((t) => `${t.severity} ${t.code} ${t.cell}`);

function tigaTahun(capaian2024: number): Grid {
  const values: CellValue[][] = [
    ["TABEL 3.3 PERBANDINGAN CAPAIAN KINERJA DINAS KESEHATAN TAHUN 2024"],
    [],
    ["No", "Indikator Kinerja", "Satuan", "2022", null, null, "2023", null, null, "2024", null, null, "Ket."],
    [
      null,
      null,
      null,
      "Target",
      "Realisasi",
      "Capaian",
      "Target",
      "Realisasi",
      "Capaian",
      "Target",
      "Realisasi",
      "Capaian",
      null,
    ],
    // The remark speaks of 2024 (met), though 2022 was not.
    [1, "Cakupan imunisasi dasar lengkap", "%", 90, 82.5, 91.67, 92, 93.1, 101.2, 94, 95, capaian2024, "Tercapai"],
    [2, "Persentase desa UCI", "%", 85, 86, 101.18, 88, 80, 90.91, 90, 91, 101.11, "Tercapai"],
    [],
    [null, null, null, null, null, null, null, null, null, "Suwawa, 30 Januari", null, null, null],
    [null, null, null, null, null, null, null, null, null, "KEPALA DINAS KESEHATAN", null, null, null],
  ];
  const merges = [
    { top: 2, left: 3, bottom: 2, right: 5 },
    { top: 2, left: 6, bottom: 2, right: 8 },
    { top: 2, left: 9, bottom: 2, right: 11 },
  ];
  return { name: "Tabel 3.3", values, merges };
}

test("one remark after three years speaks of the latest; the signature line is no data", () => {
  expect(kode(tigaTahun(101.06))).toEqual([]);
});

test("a 2024 capaian typed wrong is still named, and its remark with it", () => {
  // 95 ÷ 94 = 101,06%, typed 99,06%.
  expect(kode(tigaTahun(99.06))).toEqual(["error CAPAIAN_HITUNG L5", "error KATA_BERTENTANGAN M5"]);
});

test("a month's realisasi column is not the year's: the capaian is checked against s.d. Desember", () => {
  const values: CellValue[][] = [
    ["RENCANA AKSI DAN REALISASI BULANAN TAHUN 2024"],
    [],
    [
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Target 2024",
      "Realisasi Bulan",
      null,
      null,
      "Realisasi s.d. Desember",
      "Capaian (%)",
    ],
    [null, null, null, null, "Okt", "Nov", "Des", null, null],
    [1, "Jumlah UMKM difasilitasi sertifikasi halal", "UMKM", 240, 20, 30, 25, 228, 95],
    [2, "Jumlah koperasi aktif", "unit", 150, 150, 152, 153, 153, 102],
  ];
  const g: Grid = { name: "Realisasi Renaksi", values, merges: [{ top: 2, left: 4, bottom: 2, right: 6 }] };
  expect(kode(g)).toEqual([]);
});

test("a row of years under 'Target Kinerja Tahun' names each column's year: the 2023 target is compared, not 2026's", () => {
  const iku: Grid = {
    name: "IKU",
    values: [
      ["INDIKATOR KINERJA UTAMA DINAS PENDIDIKAN TAHUN 2023"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target Kinerja Tahun", null, null, null],
      [null, null, null, 2023, 2024, 2025, 2026],
      [1, "Angka Partisipasi Kasar SMP", "%", 96, 96.5, 97, 97.5],
      [2, "Rata-rata Lama Sekolah", "tahun", 9.1, 9.2, 9.3, 9.4],
    ],
    merges: [
      { top: 2, left: 3, bottom: 2, right: 6 },
      ...[0, 1, 2].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    ],
  };
  const realisasi: Grid = {
    name: "Realisasi IKU 2023",
    values: [
      ["REALISASI IKU TAHUN 2023"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target 2023", "Realisasi 2023"],
      [1, "Angka Partisipasi Kasar SMP", "%", 96, 96.8],
      [2, "Rata-rata Lama Sekolah", "tahun", 9.1, 9.2],
    ],
  };
  expect(periksaLaporan([iku, realisasi]).temuan.filter((t) => t.severity === "error")).toEqual([]);
});
