/**
 * Fixtures for joining the PK to its realisasi and choosing the agency's PK, in layouts blind testers met: a PK
 * sheet and a "Realisasi IKU" sheet whose indicator names differ by a parenthetical or an acronym ("Produksi jagung"
 * vs "Produksi Jagung (pipilan kering)", "Indeks Ketahanan Pangan (IKP)" vs "IKP (Indeks Ketahanan Pangan)"), and a cascade
 * workbook (PK of the Kepala Dinas, eselon III and eselon IV, one realisasi sheet with a heading row per sasaran
 * and per level). Every name and figure here is made up.
 */
import { SheetInput } from "./workbook-builder";

/** PK + Realisasi IKU: names that differ by parentheticals; one pair only by position, satuan and target. */
export function pkDanRealisasiIku(): SheetInput[] {
  return [
    {
      name: "PK 2022",
      rows: [
        ["PERJANJIAN KINERJA TAHUN 2022"],
        ["DINAS PANGAN KABUPATEN CONTOH"],
        [],
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
        [1, "Meningkatnya produksi pangan", "Produksi jagung", "ton", "42.000"],
        [1, "Meningkatnya produksi pangan", "Luas tanam kedelai", "ha", 650],
        [1, "Meningkatnya produksi pangan", "Persentase lahan puso (semakin kecil semakin baik)", "%", "4,5 %"],
        [2, "Meningkatnya ketahanan pangan", "Skor Keamanan Pangan Segar (KPS)", "skor", 78],
        [2, "Meningkatnya ketahanan pangan", "Indeks Ketahanan Pangan (IKP)", "indeks", 71],
        [3, "Meningkatnya layanan penyuluhan", "Jumlah kunjungan penyuluh", "kali", 1200],
        [3, "Meningkatnya layanan penyuluhan", "Jumlah kasus (baru)", "kasus", 30],
        [],
        // The program table: its Keterangan names the source of funds, not the sasaran.
        ["No", "Program", "Anggaran (Rp)", "Keterangan"],
        [1, "Program Peningkatan Produksi Pangan", 3500000000, "APBD"],
        [2, "Program Penyuluhan Pertanian", 1250000000, "DAK"],
        [null, "JUMLAH", 4750000000],
      ],
    },
    {
      name: "DPA 2022",
      rows: [
        ["REALISASI ANGGARAN TAHUN ANGGARAN 2022"],
        [],
        ["Kode", "Uraian", "Pagu Anggaran", "Realisasi"],
        ["3.27.02", "Program Peningkatan Produksi Pangan", 3500000000, 3320000000],
        ["3.27.02.2.01", "Peningkatan Produksi Tanaman Pangan", 3500000000, 3320000000],
        ["3.27.07", "Program Penyuluhan Pertanian", 1250000000, 1190000000],
        ["3.27.07.2.01", "Pelaksanaan Penyuluhan Pertanian", 1250000000, 1190000000],
        [null, "JUMLAH", 4750000000, 4510000000],
      ],
    },
    {
      name: "Realisasi IKU",
      rows: [
        ["REALISASI INDIKATOR KINERJA UTAMA TAHUN 2022"],
        [],
        ["No", "Indikator Kinerja", "Satuan", "Target 2022", "Realisasi s.d. TW IV"],
        [1, "Produksi Jagung (pipilan kering)", "ton", 42000, 40100],
        [2, "Luas tanam kedelai", "ha", 650, 610],
        [3, "Persentase lahan puso", "%", 4.5, 5.1],
        [4, "Skor KPS", "skor", 78, 80.5],
        [5, "IKP (Indeks Ketahanan Pangan)", "indeks", 71, 69.4],
        [6, "Frekuensi pendampingan petani", "kali", 1200, 1315],
        [7, "Jumlah kasus (lama)", "kasus", 30, 12],
      ],
    },
  ];
}

const KOP = (jabatan: string) => [["PERJANJIAN KINERJA TAHUN 2021"], [jabatan], []];

/** PK Kepala Dinas / Kepala Bidang (eselon III) / Kepala Seksi (eselon IV) + one realisasi sheet of all levels. */
export function pkBerjenjang(): SheetInput[] {
  return [
    {
      name: "PK Eselon IV",
      rows: [
        ...KOP("KEPALA SEKSI PENGELOLAAN SAMPAH"),
        ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"],
        [1, "Terangkutnya sampah pasar", "Volume sampah pasar terangkut", "ton", 900],
        [null, null, "Jumlah armada yang beroperasi", "unit", 12],
        [2, "Terkelolanya bank sampah", "Jumlah bank sampah aktif", "unit", 40],
        [3, "Tersusunnya dokumen pengelolaan", "Jumlah dokumen yang disusun", "dokumen", 3],
        [],
        ["No", "Kegiatan", "Anggaran", "Keterangan"],
        [1, "Kegiatan Pengangkutan Sampah", 2100000000, "APBD"],
        [2, "Kegiatan Pembinaan Bank Sampah", 350000000, "APBD"],
        [null, "Jumlah", 2450000000],
        [],
        [null, "KEPALA BIDANG PERSAMPAHAN,", null, "Contoh, 4 Januari 2021"],
      ],
    },
    {
      name: "PK Kadis",
      rows: [
        ...KOP("KEPALA DINAS LINGKUNGAN HIDUP KOTA CONTOH"),
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
        [1, "Meningkatnya kualitas lingkungan hidup", "Indeks Kualitas Lingkungan Hidup", "indeks", 68],
        [null, null, "Persentase sampah yang tertangani", "%", 85],
        [2, "Meningkatnya kinerja pelayanan", "Nilai SAKIP perangkat daerah", "nilai", 70],
        [],
        ["No", "Program", "Anggaran", "Keterangan"],
        [1, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4200000000, "APBD"],
        [2, "Program Pengelolaan Persampahan", 5300000000, "APBD"],
        [null, "Jumlah", 9500000000],
        [],
        [null, "WALI KOTA CONTOH,", null, "Contoh, 4 Januari 2021"],
        [null, null, null, "KEPALA DINAS LINGKUNGAN HIDUP,"],
      ],
    },
    {
      name: "PK Eselon III",
      rows: [
        ...KOP("KEPALA BIDANG PERSAMPAHAN"),
        ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"],
        [1, "Meningkatnya cakupan pelayanan persampahan", "Persentase kelurahan terlayani", "%", 75],
        [null, null, "Jumlah TPS 3R yang beroperasi", "unit", 9],
        [],
        ["No", "Program", "Anggaran", "Keterangan"],
        [1, "Program Pengelolaan Persampahan", 5300000000, "APBD"],
        [null, "Jumlah", 5300000000],
        [],
        [null, "KEPALA DINAS LINGKUNGAN HIDUP,", null, "Contoh, 4 Januari 2021"],
      ],
    },
    {
      name: "Capaian 2021",
      rows: [
        ["CAPAIAN KINERJA DINAS LINGKUNGAN HIDUP KOTA CONTOH TAHUN 2021"],
        [],
        ["No", "Sasaran / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Keterangan"],
        ["A. SASARAN STRATEGIS (PK Kepala Dinas)"],
        [null, "Meningkatnya kualitas lingkungan hidup"],
        [1, "Indeks Kualitas Lingkungan Hidup", "indeks", 68, 69.2],
        [2, "Persentase sampah yang tertangani", "%", 85, 81.7],
        [null, "Meningkatnya kinerja pelayanan"],
        [3, "Nilai SAKIP perangkat daerah", "nilai", 70, 71.4],
        ["B. SASARAN PROGRAM (PK Eselon III)"],
        [null, "Meningkatnya cakupan pelayanan persampahan"],
        [1, "Persentase kelurahan terlayani", "%", 75, 77],
        [2, "Jumlah TPS 3R yang beroperasi", "unit", 9, 8],
        ["C. SASARAN KEGIATAN (PK Eselon IV)"],
        [null, "Terangkutnya sampah pasar"],
        [1, "Volume sampah pasar terangkut", "ton", 900, 935],
        [2, "Jumlah armada yang beroperasi", "unit", 12, 11],
      ],
      merges: ["A4:F4", "A10:F10", "A14:F14"],
    },
  ];
}

/**
 * An anggaran kas with two header groups of the same quarters: "Rencana Anggaran Kas (Rp) › Triwulan I–IV" and
 * "Realisasi (Rp) › Triwulan I–IV", reported to TW III (TW IV realisasi blank).
 */
export function kasDuaKelompok(): SheetInput[] {
  const TW = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const RENCANA = "Rencana Anggaran Kas (Rp)";
  const REAL = "Realisasi (Rp)";
  return [
    {
      name: "Kas TW III",
      rows: [
        ["RENCANA ANGGARAN KAS DAN REALISASI PER TRIWULAN TAHUN ANGGARAN 2024"],
        [],
        [
          "Kode",
          "Program / Kegiatan / Sub Kegiatan",
          "Pagu DPA (Rp)",
          RENCANA,
          null,
          null,
          null,
          REAL,
          null,
          null,
          null,
        ],
        [null, null, null, ...TW, ...TW],
        [
          "4.01.01",
          "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
          4000000000,
          1000000000,
          1000000000,
          1000000000,
          1000000000,
          950000000,
          990000000,
          1010000000,
        ],
        [
          "4.01.01.2.02",
          "Administrasi Keuangan Perangkat Daerah",
          4000000000,
          1000000000,
          1000000000,
          1000000000,
          1000000000,
          950000000,
          990000000,
          1010000000,
        ],
        [
          "4.01.01.2.02.0001",
          "Penyediaan Gaji dan Tunjangan ASN",
          4000000000,
          1000000000,
          1000000000,
          1000000000,
          1000000000,
          950000000,
          990000000,
          1010000000,
        ],
        [
          "4.01.02",
          "PROGRAM KEPEGAWAIAN DAERAH",
          600000000,
          0,
          200000000,
          250000000,
          150000000,
          0,
          180000000,
          236500000,
        ],
        [
          "4.01.02.2.05",
          "Pengembangan Kompetensi ASN",
          600000000,
          0,
          200000000,
          250000000,
          150000000,
          0,
          180000000,
          236500000,
        ],
        [
          "4.01.02.2.05.0001",
          "Pengembangan Kompetensi Teknis ASN",
          600000000,
          0,
          200000000,
          250000000,
          150000000,
          0,
          180000000,
          236500000,
        ],
        [null, "JUMLAH", 4600000000, 1000000000, 1200000000, 1250000000, 1150000000, 950000000, 1170000000, 1246500000],
      ],
      merges: ["D3:G3", "H3:K3", "A3:A4", "B3:B4", "C3:C4"],
    },
  ];
}

/**
 * An LKIP sheet with two tables: Tabel 3.1 (Target | Realisasi | Capaian | Predikat, a "Rata-rata capaian sasaran"
 * row merged across the figures under each sasaran) and below it Tabel 3.2 (Realisasi › 2020 | 2021 | 2022 with the
 * years as numbers, Target Akhir Renstra). The year is in the title only.
 */
export function lkipDuaTabel(): SheetInput[] {
  return [
    {
      name: "Bab III",
      rows: [
        ["Tabel 3.1"],
        ["Pengukuran Kinerja Dinas Perikanan Kabupaten Contoh Tahun 2022"],
        [],
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat"],
        [
          1,
          "Meningkatnya produksi perikanan",
          "Produksi perikanan budidaya (ton)",
          "ton",
          5400,
          5130,
          95,
          "Sangat Tinggi",
        ],
        [null, null, "Nilai Tukar Pembudidaya Ikan (NTPi)", "indeks", 104, 103.2, 99.23, "Sangat Tinggi"],
        [null, null, "Rata-rata capaian sasaran 1", null, null, null, 97.12, "Sangat Tinggi"],
        [2, "Meningkatnya konsumsi ikan", "Angka Konsumsi Ikan (AKI)", "kg/kapita", 38, 36.1, 95, "Sangat Tinggi"],
        [null, null, "Rata-rata capaian sasaran 2", null, null, null, 95, "Sangat Tinggi"],
        [],
        ["Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2020-2022"],
        [],
        ["No", "Indikator Kinerja", "Satuan", "Realisasi", null, null, "Target Akhir Renstra (2024)", "Keterangan"],
        [null, null, null, 2020, 2021, 2022],
        [1, "Produksi perikanan budidaya", "ton", 4700, 4950, 5130, 6000, "meningkat"],
        [2, "NTPi (Nilai Tukar Pembudidaya Ikan)", "indeks", 101.5, 102.4, 103.2, 106, "meningkat"],
        [3, "Angka Konsumsi Ikan", "kg/kapita", 33.4, 34.8, 36.1, 40, "meningkat"],
      ],
      merges: ["C7:F7", "C9:F9", "D13:F13", "A13:A14", "B13:B14", "C13:C14", "G13:G14", "H13:H14"],
    },
  ];
}

/** A rencana aksi to TW III: quarters only, a Keterangan that says how they add up, an average named "Rata-rata …". */
export function renaksiTriwulan(): SheetInput[] {
  return [
    {
      name: "Renaksi TW III",
      rows: [
        ["RENCANA AKSI DAN REALISASI TRIWULAN III TAHUN 2023"],
        [],
        ["No", "Indikator Kinerja", "Satuan", "Target 2023", "Realisasi", null, null, null, "Keterangan"],
        [null, null, null, null, "TW I", "TW II", "TW III", "TW IV"],
        [1, "Rata-rata lama waktu pelayanan perizinan", "hari", 3, 3.6, 3.2, 2.9, null, null],
        [2, "Jumlah izin yang diterbitkan", "izin", 900, 210, 260, 240, null, "kumulatif"],
        [3, "Jumlah pelaku usaha terdaftar", "unit", 5000, 4100, 4420, 4630, null, "nilai terakhir"],
      ],
      merges: ["E3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "I3:I4"],
    },
  ];
}
