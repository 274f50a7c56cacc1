/**
 * Fixture workbooks, each a layout difficulty seen in real agency workbooks. Written to samples/fixtures/ by
 * scripts/build-sample.ts; their expected models and diagnostics are pinned in test/read/fixtures.test.ts.
 * The figures are made up for the layout, not taken from any agency.
 */
import { SheetInput } from "./workbook-builder";

export interface Fixture {
  readonly file: string;
  /** The difficulty, in a sentence. */
  readonly kesulitan: string;
  readonly sheets: SheetInput[];
}

const RP = "#,##0";

export const FIXTURES: Fixture[] = [
  {
    file: "realisasi-per-triwulan.xlsx",
    kesulitan:
      "Realisasi hanya per TW I–IV di bawah judul gabungan, dengan kolom jenis akumulasi; target bertahun di judul",
    sheets: [
      {
        name: "Perjanjian Kinerja",
        rows: [
          ["PERJANJIAN KINERJA TAHUN 2024"],
          ["KECAMATAN SUKAMAJU"],
          [],
          ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2024"],
          [1, "Meningkatnya kualitas pelayanan administrasi", "Jumlah dokumen perencanaan", "dokumen", 10],
          [null, null, "Persentase layanan tepat waktu", "%", "80%"],
          [2, "Meningkatnya partisipasi masyarakat", "Indeks partisipasi", "indeks", "3,5"],
        ],
        merges: ["A5:A6", "B5:B6"],
      },
      {
        name: "Realisasi 2024",
        rows: [
          ["REALISASI KINERJA TAHUN 2024"],
          [],
          ["No", "Indikator Kinerja", "Satuan", "Realisasi", null, null, null, "Jenis Akumulasi"],
          [null, null, null, "TW I", "TW II", "TW III", "TW IV"],
          [1, "Jumlah dokumen perencanaan", "dokumen", 2, 3, 4, 1, "Kumulatif"],
          [2, "Persentase layanan tepat waktu", "%", "60%", "70%", "75%", "82%", "Nilai akhir"],
          [3, "Indeks partisipasi", "indeks", "3,1", "3,3", null, null, null],
        ],
        merges: ["A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4"],
      },
    ],
  },
  {
    file: "anggaran-tanpa-kode.xlsx",
    kesulitan: "Tabel anggaran tanpa kode rekening: tingkat dibaca dari label Program/Kegiatan/Sub Kegiatan",
    sheets: [
      {
        name: "PK",
        rows: [
          ["Sasaran", "Indikator", "Satuan", "Target"],
          ["Sasaran A", "Cakupan layanan", "%", 90],
        ],
      },
      {
        name: "Realisasi",
        rows: [
          ["Indikator", "Satuan", "Realisasi"],
          ["Cakupan layanan", "%", 93],
        ],
      },
      {
        name: "Anggaran",
        rows: [
          ["Uraian", "Pagu", "Realisasi Anggaran"],
          ["Program Pelayanan Dasar", { v: 300, fmt: RP }, { v: 250, fmt: RP }],
          ["Kegiatan Penyediaan Layanan", { v: 300, fmt: RP }, { v: 250, fmt: RP }],
          ["Sub Kegiatan Layanan Keliling", { v: 100, fmt: RP }, { v: 90, fmt: RP }],
          ["Sub Kegiatan Layanan Kantor", { v: 200, fmt: RP }, { v: 160, fmt: RP }],
          ["Program Penunjang Urusan", { v: 50, fmt: RP }, { v: 50, fmt: RP }],
          ["Kegiatan Administrasi Umum", { v: 50, fmt: RP }, { v: 50, fmt: RP }],
          ["Sub Kegiatan Alat Tulis", { v: 50, fmt: RP }, { v: 50, fmt: RP }],
          ["Jumlah", { v: 350, fmt: RP }, { v: 300, fmt: RP }],
        ],
      },
    ],
  },
  {
    file: "anggaran-indentasi.xlsx",
    kesulitan: "Hierarki hanya dari indentasi (spasi di depan uraian), tanpa kode dan tanpa label tingkat",
    sheets: [
      {
        name: "PK",
        rows: [
          ["Indikator", "Target"],
          ["Rasio elektrifikasi", 95],
        ],
      },
      {
        name: "DPA",
        rows: [
          ["Uraian", "Pagu", "Realisasi"],
          ["Peningkatan Infrastruktur", 1000, 900],
          ["    Pembangunan Jaringan", 600, 550],
          ["        Penerangan Jalan Desa", 400, 380],
          ["        Penerangan Jalan Kota", 200, 170],
          ["    Pemeliharaan Jaringan", 400, 350],
          ["        Perbaikan Rutin", 400, 350],
        ],
      },
    ],
  },
  {
    file: "angka-gaya-inggris.xlsx",
    kesulitan:
      "Angka diketik sebagai teks gaya Inggris (32,300,612,788; 90.50%), termasuk bentuk ambigu 2,100 yang di kolom ini berarti 2100",
    sheets: [
      {
        name: "PK",
        rows: [
          ["Indikator", "Satuan", "Target"],
          ["Jumlah UMKM dibina", "unit", "2,100"],
          ["Persentase UMKM naik kelas", "%", "12.50%"],
        ],
      },
      {
        name: "Realisasi",
        rows: [
          ["Indikator", "Satuan", "Realisasi"],
          ["Jumlah UMKM dibina", "unit", "2,114"],
          ["Persentase UMKM naik kelas", "%", "11.35%"],
        ],
      },
      {
        name: "Realisasi Anggaran",
        rows: [
          ["Kode", "Uraian", "Anggaran", "Realisasi", "%"],
          ["3.30.07", "Program Pengembangan UMKM", "8,386,559,550", "7,796,941,035", "92.97%"],
          ["3.30.07.2.01", "Pengembangan Usaha Mikro", "8,386,559,550", "7,796,941,035", "92.97%"],
          ["3.30.07.2.01.0001", "Fasilitasi Usaha Mikro", "8,386,559,550", "7,796,941,035", "92.97%"],
        ],
      },
    ],
  },
  {
    file: "satu-lembar.xlsx",
    kesulitan:
      "Semua dalam satu lembar: tabel indikator (target dan realisasi sekaligus) lalu tabel anggaran di bawahnya",
    sheets: [
      {
        name: "LKIP 2024",
        rows: [
          ["TABEL PENGUKURAN KINERJA 2024"],
          [],
          ["No", "Sasaran Strategis", "Indikator", "Satuan", "Target", "Realisasi"],
          ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
          [1, "Meningkatnya kesehatan masyarakat", "Usia harapan hidup", "tahun", "72,5", "72,8"],
          [null, null, "Cakupan imunisasi dasar", "%", "95%", "91,2%"],
          [],
          [],
          [],
          ["PROGRAM DAN ANGGARAN"],
          ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu", "Realisasi"],
          ["1.02.02", "Program Pemenuhan Upaya Kesehatan", { v: 5000000, fmt: RP }, { v: 4500000, fmt: RP }],
          ["1.02.02.2.02", "Penyediaan Layanan Kesehatan", { v: 5000000, fmt: RP }, { v: 4500000, fmt: RP }],
          ["1.02.02.2.02.0020", "Pengelolaan Pelayanan Imunisasi", { v: 5000000, fmt: RP }, { v: 4500000, fmt: RP }],
        ],
        merges: ["B5:B6", "A5:A6"],
      },
    ],
  },
  {
    file: "polaritas-dan-rentang.xlsx",
    kesulitan: 'Kolom polaritas dengan sinonim (menurun, naik) dan target rentang "10 - 20"',
    sheets: [
      {
        name: "PK 2024",
        rows: [
          ["No", "Indikator Kinerja", "Satuan", "Polaritas", "Target 2024"],
          [1, "Prevalensi stunting", "%", "Menurun", "14%"],
          [2, "Cakupan air minum", "%", "naik", "85%"],
          [3, "Inflasi daerah", "%", "stabil", "2 - 4"],
        ],
      },
      {
        name: "Realisasi",
        rows: [
          ["Indikator Kinerja", "Satuan", "Realisasi 2024"],
          ["Prevalensi stunting", "%", "12%"],
          ["Cakupan air minum", "%", "80%"],
          ["Inflasi daerah", "%", "4,5"],
        ],
      },
    ],
  },
  {
    file: "subtotal-spasi-tersembunyi.xlsx",
    kesulitan: "Baris kosong di tengah tabel, baris subtotal per program, baris dan kolom tersembunyi",
    sheets: [
      {
        name: "PK",
        rows: [
          ["Indikator", "Target"],
          ["Indeks kepuasan", 80],
        ],
      },
      {
        name: "DPA",
        rows: [
          ["Kode", "Uraian", "Catatan internal", "Pagu", "Realisasi"],
          ["4.01.01", "Program Penunjang", "lama", 700, 600],
          ["4.01.01.2.01", "Administrasi Keuangan", null, 700, 600],
          ["4.01.01.2.01.0001", "Gaji dan Tunjangan", null, 500, 450],
          ["4.01.01.2.01.0002", "Honorarium", "dipindah", 200, 150],
          [null, "Jumlah Program Penunjang", null, 700, 600],
          [],
          ["4.01.02", "Program Pelayanan", null, 300, 250],
          ["4.01.02.2.01", "Pelayanan Umum", null, 300, 250],
          ["4.01.02.2.01.0001", "Layanan Loket", null, 300, 250],
          [null, "Jumlah", null, 1000, 850],
        ],
        hiddenRows: [5],
        hiddenColumns: ["C"],
      },
    ],
  },
  {
    file: "nama-lembar-umum.xlsx",
    kesulitan:
      "Lembar bernama Sheet1–Sheet3 dan satu lembar catatan: dikenali dari isinya; judul panjang; kolom berurutan tak lazim",
    sheets: [
      {
        name: "Catatan",
        rows: [["Catatan penyusunan laporan"], ["Data dari bidang masing-masing, diperiksa 5 Januari"]],
      },
      {
        name: "Sheet1",
        rows: [
          ["PEMERINTAH KABUPATEN CONTOH"],
          ["BADAN PERENCANAAN PEMBANGUNAN DAERAH"],
          ["PERJANJIAN KINERJA"],
          ["TAHUN 2024"],
          [],
          ["Target", "Satuan", "Indikator Sasaran", "Sasaran"],
          [100, "dokumen", "Jumlah dokumen perencanaan tepat waktu", "Meningkatnya kualitas perencanaan"],
        ],
      },
      {
        name: "Sheet2",
        rows: [
          ["Indikator Sasaran", "Realisasi s.d. TW IV"],
          ["Jumlah dokumen perencanaan tepat waktu", 96],
        ],
      },
      {
        name: "Sheet3",
        rows: [
          [
            "Kode Rekening",
            "Nomenklatur Program/Kegiatan/Sub Kegiatan",
            "Anggaran Setelah Perubahan (Rp)",
            "Realisasi Keuangan (Rp)",
          ],
          ["5.01.02", "Program Perencanaan", "Rp 1.200.000", "Rp 1.100.000"],
          ["5.01.02.2.01", "Penyusunan Dokumen", "Rp 1.200.000", "Rp 1.100.000"],
          ["5.01.02.2.01.0003", "Penyusunan RKPD", "Rp 1.200.000", "Rp 1.100.000"],
        ],
      },
    ],
  },
  {
    file: "dua-pk.xlsx",
    kesulitan: "Dua lembar PK (tahun lalu dan tahun ini): dipilih satu, yang lain disebutkan; pemetaan dapat memilih",
    sheets: [
      {
        name: "PK 2023",
        rows: [
          ["Indikator", "Target"],
          ["Indeks kepuasan", 75],
        ],
      },
      {
        name: "PK 2024",
        rows: [
          ["Indikator", "Target"],
          ["Indeks kepuasan", 80],
        ],
      },
      {
        name: "Realisasi",
        rows: [
          ["Indikator", "Realisasi"],
          ["Indeks kepuasan", 82],
        ],
      },
    ],
  },
  {
    file: "pembanding-antar-tahun.xlsx",
    kesulitan:
      "Target dan realisasi beberapa tahun, target akhir Renstra dan standar nasional dalam satu tabel; indikator aliran (dijumlahkan) dan berpolaritas negatif",
    sheets: [
      {
        name: "IKU 2024",
        rows: [
          [
            "Indikator",
            "Satuan",
            "Polaritas",
            "Target 2023",
            "Realisasi 2023",
            "Target 2024",
            "Realisasi 2024",
            "Target Renstra 2026",
            "Standar Nasional",
          ],
          ["Jumlah UMKM dibina", "unit", "positif", 500, 520, 600, 610, 3000, null],
          ["Prevalensi stunting", "%", "menurun", "18%", "17,5%", "16%", "15,2%", "12%", "21,5%"],
          ["Indeks kepuasan masyarakat", "indeks", "positif", 80, 81, 82, 82, null, 78],
        ],
      },
    ],
  },
];
