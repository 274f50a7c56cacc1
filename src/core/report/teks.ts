/** Every word of the generated sheets once, per language (Indonesian is the product language). */
export const TEKS = {
  id: {
    lembar: { pengukuran: "Pengukuran Kinerja", "capaian-iku": "Capaian IKU", "realisasi-anggaran": "Realisasi Anggaran", efisiensi: "Efisiensi" },
    judul: {
      pengukuran: "PENGUKURAN KINERJA",
      "capaian-iku": "CAPAIAN INDIKATOR KINERJA UTAMA",
      "realisasi-anggaran": "REALISASI ANGGARAN",
      efisiensi: "EFISIENSI PENGGUNAAN SUMBER DAYA",
      pendukung: "PROGRAM, KEGIATAN DAN SUB KEGIATAN PENDUKUNG",
      perProgram: "EFISIENSI PER PROGRAM",
    },
    tahun: "TAHUN",
    kolom: {
      no: "No", sasaran: "Sasaran Strategis", indikator: "Indikator Kinerja", satuan: "Satuan", polaritas: "Polaritas",
      target: "Target", realisasi: "Realisasi", capaian: "Capaian", predikat: "Predikat", keterangan: "Keterangan",
      kode: "Kode", uraian: "Program / Kegiatan / Sub Kegiatan", program: "Program", pagu: "Pagu (Rp)", realisasiRp: "Realisasi (Rp)",
      serapan: "Serapan", sisa: "Sisa (Rp)", efisiensi: "Efisiensi", kategori: "Kategori", capaianKinerja: "Capaian Kinerja",
    },
    capaianSasaran: "Capaian sasaran",
    sasaranKe: (no: string | null, nama: string) => `Sasaran ${no ? `${no}: ` : ""}${nama}`,
    tanpaSasaran: "Program tanpa sasaran di tabel program PK",
    jumlah: "Jumlah",
    ringkasIku: (n: string, tercapai: string, belum: string) => ["Jumlah indikator", n, "tercapai", tercapai, "belum tercapai", belum],
    metode: "Metode",
    skala: "Skala predikat",
    tercapai: "Tercapai",
    belumTercapai: "Belum tercapai",
    polaritas: { positif: "positif", negatif: "negatif", rentang: "rentang" },
    catatanKosong: "– : belum dapat dihitung (target atau realisasi kosong, atau target 0).",
    grafik: "Target dan realisasi IKU",
    dilewati: {
      perbandingan: ["Perbandingan Antar Tahun", "Buku kerja tidak memuat target dan realisasi tahun-tahun sebelumnya."],
      renstra: ["Capaian Renstra", "Buku kerja tidak memuat target akhir Renstra."],
      "standar-nasional": ["Standar Nasional", "Buku kerja tidak memuat standar nasional untuk indikatornya."],
    },
  },
  en: {
    lembar: { pengukuran: "Performance Measurement", "capaian-iku": "KPI Achievement", "realisasi-anggaran": "Budget Realisation", efisiensi: "Efficiency" },
    judul: {
      pengukuran: "PERFORMANCE MEASUREMENT",
      "capaian-iku": "KEY PERFORMANCE INDICATOR ACHIEVEMENT",
      "realisasi-anggaran": "BUDGET REALISATION",
      efisiensi: "EFFICIENCY OF RESOURCE USE",
      pendukung: "SUPPORTING PROGRAMS, ACTIVITIES AND SUB-ACTIVITIES",
      perProgram: "EFFICIENCY PER PROGRAM",
    },
    tahun: "YEAR",
    kolom: {
      no: "No", sasaran: "Strategic Goal", indikator: "Performance Indicator", satuan: "Unit", polaritas: "Polarity",
      target: "Target", realisasi: "Actual", capaian: "Achievement", predikat: "Rating", keterangan: "Note",
      kode: "Code", uraian: "Program / Activity / Sub-activity", program: "Program", pagu: "Budget (Rp)", realisasiRp: "Spent (Rp)",
      serapan: "Absorption", sisa: "Remaining (Rp)", efisiensi: "Efficiency", kategori: "Category", capaianKinerja: "Performance Achievement",
    },
    capaianSasaran: "Goal achievement",
    sasaranKe: (no: string | null, nama: string) => `Goal ${no ? `${no}: ` : ""}${nama}`,
    tanpaSasaran: "Programs without a goal in the PK program table",
    jumlah: "Total",
    ringkasIku: (n: string, tercapai: string, belum: string) => ["Indicators", n, "met", tercapai, "not met", belum],
    metode: "Method",
    skala: "Rating scale",
    tercapai: "Met",
    belumTercapai: "Not met",
    polaritas: { positif: "positive", negatif: "negative", rentang: "range" },
    catatanKosong: "– : cannot be computed (target or actual blank, or target 0).",
    grafik: "KPI target and actual",
    dilewati: {
      perbandingan: ["Year-on-year Comparison", "The workbook holds no targets and actuals of previous years."],
      renstra: ["Strategic Plan Achievement", "The workbook holds no end-of-plan (Renstra) targets."],
      "standar-nasional": ["National Standard", "The workbook holds no national standard for its indicators."],
    },
  },
} as const;

export type Bahasa = keyof typeof TEKS;
export type IdLembar = keyof (typeof TEKS)["id"]["lembar"];
export const ID_LEMBAR: readonly IdLembar[] = ["pengukuran", "capaian-iku", "realisasi-anggaran", "efisiensi"];
