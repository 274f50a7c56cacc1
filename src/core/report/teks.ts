/** Every word of the generated sheets once, per language (Indonesian is the product language). */
import type { Bahasa } from "../bahasa";
import { MetodeEfisiensi, PENJELASAN_EFISIENSI } from "../rules/anggaran";
import type { Skala } from "../rules/predikat";

export const TEKS = {
  id: {
    lembar: {
      pengukuran: "Pengukuran Kinerja",
      pendukung: "Program Pendukung",
      "capaian-iku": "Capaian IKU",
      perbandingan: "Perbandingan Antar Tahun",
      renstra: "Capaian Renstra",
      "standar-nasional": "Standar Nasional",
      "realisasi-anggaran": "Realisasi Anggaran",
      efisiensi: "Efisiensi",
      "efisiensi-program": "Efisiensi Program",
      e81: "E.81 Evaluasi Renja",
      monitoring: "Monitoring Triwulan",
      narasi: "Narasi",
    },
    /** "Tabel 3.1 …": the annex's tables are numbered in the order they are generated. */
    tabel: "TABEL",
    judul: {
      narasi: "NARASI CAPAIAN KINERJA (DRAF BAB III)",
      catatanNarasi: "Draf dari angka lembar-lembar di atas; periksa dan lengkapi dengan analisis penyebab sebelum dipakai di LKIP.",
      pengukuran: "PENGUKURAN KINERJA",
      "capaian-iku": "CAPAIAN INDIKATOR KINERJA UTAMA",
      "realisasi-anggaran": "REALISASI ANGGARAN",
      efisiensi: "EFISIENSI PENGGUNAAN SUMBER DAYA",
      pendukung: "PROGRAM, KEGIATAN DAN SUB KEGIATAN PENDUKUNG",
      perProgram: "EFISIENSI PER PROGRAM",
      perbandingan: "PERBANDINGAN REALISASI DAN CAPAIAN KINERJA ANTAR TAHUN",
      renstra: "REALISASI KINERJA TERHADAP TARGET AKHIR RENSTRA",
      "standar-nasional": "REALISASI KINERJA TERHADAP STANDAR NASIONAL",
    },
    tahun: "TAHUN",
    pembanding: {
      jenis: "Jenis", stok: "stok (nilai akhir)", aliran: "aliran (kumulatif)", targetRenstra: "Target Akhir Renstra",
      sdLalu: "Realisasi s.d. Tahun Lalu", sdKini: (t: number) => `Realisasi s.d. ${t}`, capaianRenstra: "Capaian thd Renstra",
      nasional: "Standar Nasional", selisih: "Selisih", lebihBaik: "Lebih baik dari standar nasional", setara: "Setara standar nasional",
      kurang: "Di bawah standar nasional", catatanRenstra: "Stok (persentase, indeks, rasio): realisasi tahun ini; aliran: jumlah realisasi sejak awal periode. Persentase tidak pernah dijumlahkan.",
    },
    kolom: {
      no: "No", sasaran: "Sasaran Strategis", indikator: "Indikator Kinerja", satuan: "Satuan", polaritas: "Polaritas",
      target: "Target", realisasi: "Realisasi", capaian: "Capaian", predikat: "Predikat", keterangan: "Keterangan",
      kode: "Kode", uraian: "Program / Kegiatan / Sub Kegiatan", program: "Program", pagu: "Pagu (Rp)", realisasiRp: "Realisasi (Rp)",
      serapan: "Serapan", sisa: "Sisa (Rp)", efisiensi: "Efisiensi", kategori: "Kategori", capaianKinerja: "Capaian Kinerja",
    },
    capaianSasaran: "Capaian sasaran",
    sasaranKe: (no: string | null, nama: string) => `Sasaran ${no ? `${no}: ` : ""}${nama}`,
    tanpaSasaran: "Program tanpa sasaran di tabel program PK",
    tanpaNamaSasaran: "(tanpa sasaran)",
    jumlah: "Jumlah",
    ringkasIku: (n: string, tercapai: string, belum: string) => ["Jumlah indikator", n, "tercapai", tercapai, "belum tercapai", belum],
    metode: "Metode",
    penjelasanEfisiensi: PENJELASAN_EFISIENSI,
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
      "realisasi-anggaran": ["Realisasi Anggaran", "Tabel anggaran (DPA) tidak ditemukan."],
      efisiensi: ["Efisiensi", "Tabel anggaran (DPA) tidak ditemukan."],
      e81: ["E.81 Evaluasi Renja", "Buku kerja tidak memuat realisasi per triwulan program, kegiatan atau sub kegiatan."],
      monitoring: ["Monitoring Triwulan", "Buku kerja tidak memuat realisasi per triwulan (indikator atau sub kegiatan)."],
    },
  },
  en: {
    lembar: {
      pengukuran: "Performance Measurement",
      pendukung: "Supporting Programs",
      "capaian-iku": "KPI Achievement",
      perbandingan: "Year-on-year Comparison",
      renstra: "Strategic Plan Achievement",
      "standar-nasional": "National Standard",
      "realisasi-anggaran": "Budget Realisation",
      efisiensi: "Efficiency",
      "efisiensi-program": "Program Efficiency",
      e81: "E.81 Work Plan Evaluation",
      monitoring: "Quarterly Monitoring",
      narasi: "Narrative",
    },
    tabel: "TABLE",
    judul: {
      narasi: "PERFORMANCE NARRATIVE (DRAFT OF BAB III)",
      catatanNarasi: "Drafted from the figures of the sheets above; review it and add the analysis of causes before using it in the LKIP.",
      pengukuran: "PERFORMANCE MEASUREMENT",
      "capaian-iku": "KEY PERFORMANCE INDICATOR ACHIEVEMENT",
      "realisasi-anggaran": "BUDGET REALISATION",
      efisiensi: "EFFICIENCY OF RESOURCE USE",
      pendukung: "SUPPORTING PROGRAMS, ACTIVITIES AND SUB-ACTIVITIES",
      perProgram: "EFFICIENCY PER PROGRAM",
      perbandingan: "PERFORMANCE ACROSS YEARS",
      renstra: "PERFORMANCE AGAINST THE STRATEGIC PLAN'S END TARGET",
      "standar-nasional": "PERFORMANCE AGAINST THE NATIONAL STANDARD",
    },
    tahun: "YEAR",
    pembanding: {
      jenis: "Kind", stok: "stock (last value)", aliran: "flow (cumulative)", targetRenstra: "Plan End Target",
      sdLalu: "Actual to Last Year", sdKini: (t: number) => `Actual to ${t}`, capaianRenstra: "Achievement vs Plan",
      nasional: "National Standard", selisih: "Difference", lebihBaik: "Better than the national standard", setara: "At the national standard",
      kurang: "Below the national standard", catatanRenstra: "Stock (percentages, indices, ratios): this year's actual; flow: actuals summed since the start of the plan. Percentages are never summed.",
    },
    kolom: {
      no: "No", sasaran: "Strategic Goal", indikator: "Performance Indicator", satuan: "Unit", polaritas: "Polarity",
      target: "Target", realisasi: "Actual", capaian: "Achievement", predikat: "Rating", keterangan: "Note",
      kode: "Code", uraian: "Program / Activity / Sub-activity", program: "Program", pagu: "Budget (Rp)", realisasiRp: "Spent (Rp)",
      serapan: "Absorption", sisa: "Remaining (Rp)", efisiensi: "Efficiency", kategori: "Category", capaianKinerja: "Performance Achievement",
    },
    capaianSasaran: "Goal achievement",
    sasaranKe: (no: string | null, nama: string) => `Goal ${no ? `${no}: ` : ""}${nama}`,
    tanpaSasaran: "Programs without a goal in the PK program table",
    tanpaNamaSasaran: "(no goal)",
    jumlah: "Total",
    ringkasIku: (n: string, tercapai: string, belum: string) => ["Indicators", n, "met", tercapai, "not met", belum],
    metode: "Method",
    penjelasanEfisiensi: {
      sisa: "Efficiency = (budget − spent) ÷ budget",
      bersyarat: "Efficiency = (budget − spent) ÷ budget when achievement ≥ 100%, otherwise 0",
      selisih: "Efficiency = achievement − absorption (percentage points; above 5 points is efficient)",
      rasio: "Efficiency = absorption ÷ achievement (below 60% very efficient; above 100% not efficient)",
    } as Readonly<Record<MetodeEfisiensi, string>>,
    skala: "Rating scale",
    tercapai: "Met",
    belumTercapai: "Not met",
    polaritas: { positif: "positive", negatif: "negative", rentang: "range" },
    catatanKosong: "– : cannot be computed (target or actual blank, or target 0).",
    /** The rating labels of the named scales, in English (the formulas write these). */
    predikat: {
      "Melebihi Target": "Above Target", "Sesuai Target": "On Target", "Tidak Tercapai": "Not Met",
      "Sangat Baik": "Very Good", Baik: "Good", Cukup: "Fair", Kurang: "Poor", "Sangat Kurang": "Very Poor",
      "Sangat Tinggi": "Very High", Tinggi: "High", Sedang: "Medium", Rendah: "Low", "Sangat Rendah": "Very Low",
      Sehat: "Healthy", "Cukup Sehat": "Fairly Healthy", "Dalam Pengawasan": "Under Supervision", "Dalam Pengawasan Khusus": "Under Special Supervision",
      Efisien: "Efficient", "Cukup Efisien": "Fairly Efficient", "Tidak Efisien": "Not Efficient", "Sangat Efisien": "Very Efficient",
    } as Record<string, string>,
    judulSkala: {
      tiga: "Three categories (Not Met / On Target / Above Target)",
      lima: "Five categories (Very Good … Very Poor)",
      permendagri86: "Permendagri 86/2017 (Very High … Very Low)",
      sakip: "SAKIP score AA–D (0–100)",
      koperasi: "Cooperative health (score 0–100)",
      efisiensi_selisih: "Efficiency: achievement − absorption (percentage points)",
      efisiensi_rasio: "Efficiency: absorption ÷ achievement",
    } as Record<string, string>,
    grafik: "KPI target and actual",
    dilewati: {
      perbandingan: ["Year-on-year Comparison", "The workbook holds no targets and actuals of previous years."],
      renstra: ["Strategic Plan Achievement", "The workbook holds no end-of-plan (Renstra) targets."],
      "standar-nasional": ["National Standard", "The workbook holds no national standard for its indicators."],
      "realisasi-anggaran": ["Budget Realisation", "No budget (DPA) table was found."],
      efisiensi: ["Efficiency", "No budget (DPA) table was found."],
      e81: ["E.81 Work Plan Evaluation", "The workbook holds no quarterly realisation of programs, activities or sub-activities."],
      monitoring: ["Quarterly Monitoring", "The workbook holds no quarterly realisation (indicators or sub-activities)."],
    },
  },
} as const satisfies Record<Bahasa, unknown>;

export type IdLembar = keyof (typeof TEKS)["id"]["lembar"];
export const ID_LEMBAR: readonly IdLembar[] = [
  "pengukuran", "pendukung", "capaian-iku", "perbandingan", "renstra", "standar-nasional", "realisasi-anggaran", "efisiensi", "efisiensi-program", "e81", "monitoring", "narasi",
];

/** A scale with its labels in the sheets' language (SAKIP.* formulas return the Indonesian labels, so they keep them). */
export function skalaBahasa(skala: Skala, bahasa: Bahasa, rumus: "native" | "sakip" = "native"): Skala {
  if (bahasa !== "en" || rumus !== "native") return skala;
  const en = TEKS.en;
  return { ...skala, judul: en.judulSkala[skala.id] ?? skala.judul, pita: skala.pita.map((p) => ({ ...p, label: en.predikat[p.label] ?? p.label })) };
}
