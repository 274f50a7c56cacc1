/**
 * Layout fixtures (samples/fixtures, written by scripts/build-sample.ts from scripts/fixtures.ts): each reads to
 * the model and diagnostics pinned here, checked by hand against the fixture's own figures.
 */
import * as path from "path";
import { FIXTURES } from "../../scripts/fixtures";
import { workbookBuffer } from "../../scripts/workbook-builder";
import { bacaWorkbook } from "../../src/core/read";
import { readGrids } from "../../src/xlsx/read";
import { ringkas } from "./summary";

const DIR = path.resolve(__dirname, "../../samples/fixtures");

const EXPECTED: Record<string, ReturnType<typeof ringkas>> = {
  "realisasi-per-triwulan.xlsx": {
    indikator: [
      "Meningkatnya kualitas pelayanan administrasi | Jumlah dokumen perencanaan [dokumen] positif target 10 realisasi 10",
      "Meningkatnya kualitas pelayanan administrasi | Persentase layanan tepat waktu [%] positif target 80 realisasi 82",
      "Meningkatnya partisipasi masyarakat | Indeks partisipasi [indeks] positif target 3.5 realisasi 3.3",
    ],
    anggaran: [],
    diagnostics: [
      "warning TABEL_TAK_DITEMUKAN",
      "info REALISASI_DARI_TW Realisasi 2024!B5",
      "info REALISASI_DARI_TW Realisasi 2024!B6",
      "info REALISASI_DARI_TW Realisasi 2024!B7",
    ],
  },
  "anggaran-tanpa-kode.xlsx": {
    indikator: ["Sasaran A | Cakupan layanan [%] positif target 90 realisasi 93"],
    anggaran: [
      "program - Program Pelayanan Dasar: 300 / 250",
      "kegiatan - Kegiatan Penyediaan Layanan: 300 / 250",
      "sub_kegiatan - Sub Kegiatan Layanan Keliling: 100 / 90",
      "sub_kegiatan - Sub Kegiatan Layanan Kantor: 200 / 160",
      "program - Program Penunjang Urusan: 50 / 50",
      "kegiatan - Kegiatan Administrasi Umum: 50 / 50",
      "sub_kegiatan - Sub Kegiatan Alat Tulis: 50 / 50",
    ],
    diagnostics: [],
  },
  "anggaran-indentasi.xlsx": {
    indikator: ["(tanpa sasaran) | Rasio elektrifikasi [-] positif target 95 realisasi -"],
    anggaran: [
      "program - Peningkatan Infrastruktur: 1000 / 900",
      "kegiatan - Pembangunan Jaringan: 600 / 550",
      "sub_kegiatan - Penerangan Jalan Desa: 400 / 380",
      "sub_kegiatan - Penerangan Jalan Kota: 200 / 170",
      "kegiatan - Pemeliharaan Jaringan: 400 / 350",
      "sub_kegiatan - Perbaikan Rutin: 400 / 350",
    ],
    diagnostics: ["warning TABEL_TAK_DITEMUKAN", "info KOLOM_SASARAN_TIDAK_ADA PK!A1"],
  },
  "angka-gaya-inggris.xlsx": {
    indikator: [
      "(tanpa sasaran) | Jumlah UMKM dibina [unit] positif target 2100 realisasi 2114",
      "(tanpa sasaran) | Persentase UMKM naik kelas [%] positif target 12.5 realisasi 11.35",
    ],
    anggaran: [
      "program 3.30.07 Program Pengembangan UMKM: 8386559550 / 7796941035",
      "kegiatan 3.30.07.2.01 Pengembangan Usaha Mikro: 8386559550 / 7796941035",
      "sub_kegiatan 3.30.07.2.01.0001 Fasilitasi Usaha Mikro: 8386559550 / 7796941035",
    ],
    diagnostics: ["info KOLOM_SASARAN_TIDAK_ADA PK!A1"],
  },
  "satu-lembar.xlsx": {
    indikator: [
      "Meningkatnya kesehatan masyarakat | Usia harapan hidup [tahun] positif target 72.5 realisasi 72.8",
      "Meningkatnya kesehatan masyarakat | Cakupan imunisasi dasar [%] positif target 95 realisasi 91.2",
    ],
    anggaran: [
      "program 1.02.02 Program Pemenuhan Upaya Kesehatan: 5000000 / 4500000",
      "kegiatan 1.02.02.2.02 Penyediaan Layanan Kesehatan: 5000000 / 4500000",
      "sub_kegiatan 1.02.02.2.02.0020 Pengelolaan Pelayanan Imunisasi: 5000000 / 4500000",
    ],
    diagnostics: ["info PK_DARI_REALISASI LKIP 2024!"],
  },
  "polaritas-dan-rentang.xlsx": {
    indikator: [
      "(tanpa sasaran) | Prevalensi stunting [%] negatif target 14 realisasi 12",
      "(tanpa sasaran) | Cakupan air minum [%] positif target 85 realisasi 80",
      "(tanpa sasaran) | Inflasi daerah [%] rentang target 2–4 realisasi 4.5",
    ],
    anggaran: [],
    diagnostics: ["warning TABEL_TAK_DITEMUKAN", "info KOLOM_SASARAN_TIDAK_ADA PK 2024!A1"],
  },
  "subtotal-spasi-tersembunyi.xlsx": {
    indikator: ["(tanpa sasaran) | Indeks kepuasan [-] positif target 80 realisasi -"],
    anggaran: [
      "program 4.01.01 Program Penunjang: 700 / 600",
      "kegiatan 4.01.01.2.01 Administrasi Keuangan: 700 / 600",
      "sub_kegiatan 4.01.01.2.01.0001 Gaji dan Tunjangan: 500 / 450",
      "sub_kegiatan 4.01.01.2.01.0002 Honorarium: 200 / 150",
      "program 4.01.02 Program Pelayanan: 300 / 250",
      "kegiatan 4.01.02.2.01 Pelayanan Umum: 300 / 250",
      "sub_kegiatan 4.01.02.2.01.0001 Layanan Loket: 300 / 250",
    ],
    diagnostics: ["warning TABEL_TAK_DITEMUKAN", "info KOLOM_SASARAN_TIDAK_ADA PK!A1", "info BARIS_TERSEMBUNYI DPA!A5"],
  },
  "nama-lembar-umum.xlsx": {
    indikator: [
      "Meningkatnya kualitas perencanaan | Jumlah dokumen perencanaan tepat waktu [dokumen] positif target 100 realisasi 96",
    ],
    anggaran: [
      "program 5.01.02 Program Perencanaan: 1200000 / 1100000",
      "kegiatan 5.01.02.2.01 Penyusunan Dokumen: 1200000 / 1100000",
      "sub_kegiatan 5.01.02.2.01.0003 Penyusunan RKPD: 1200000 / 1100000",
    ],
    diagnostics: [],
  },
  "dua-pk.xlsx": {
    indikator: ["(tanpa sasaran) | Indeks kepuasan [-] positif target 80 realisasi 82"],
    anggaran: [],
    diagnostics: [
      "info PILIHAN_LEMBAR PK 2024!",
      "warning TABEL_TAK_DITEMUKAN",
      "info KOLOM_SASARAN_TIDAK_ADA PK 2024!A1",
    ],
  },
  "pembanding-antar-tahun.xlsx": {
    indikator: [
      "(tanpa sasaran) | Jumlah UMKM dibina [unit] positif target 600 realisasi 610",
      "(tanpa sasaran) | Prevalensi stunting [%] negatif target 16 realisasi 15.2",
      "(tanpa sasaran) | Indeks kepuasan masyarakat [indeks] positif target 82 realisasi 82",
    ],
    anggaran: [],
    diagnostics: [
      "info PK_DARI_REALISASI IKU 2024!",
      "warning TABEL_TAK_DITEMUKAN",
      "info KOLOM_SASARAN_TIDAK_ADA IKU 2024!A1",
    ],
  },
};

test("there are at least eight fixtures, each with a stated difficulty and an expectation", () => {
  expect(FIXTURES.length).toBeGreaterThanOrEqual(8);
  expect(FIXTURES.map((f) => f.file).sort()).toEqual(Object.keys(EXPECTED).sort());
  for (const f of FIXTURES) expect(f.kesulitan.length).toBeGreaterThan(20);
});

describe.each(FIXTURES.map((f) => [f.file, f] as const))("%s", (file, fixture) => {
  test("reads to its pinned model and diagnostics", async () => {
    expect(ringkas(bacaWorkbook(await readGrids(path.join(DIR, file))))).toEqual(EXPECTED[file]);
  });
  test("the committed file is what the fixture script writes", async () => {
    const fresh = await readGrids(await workbookBuffer(fixture.sheets));
    expect(fresh.map((g) => g.values)).toEqual((await readGrids(path.join(DIR, file))).map((g) => g.values));
  });
});
