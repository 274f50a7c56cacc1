/**
 * Every finding code, in one typed list: the reader's diagnostics (`baca`), the audit's findings (`periksa`) and the
 * writer's (`tulis`) and the Pemda rekap's (`rekap`), each with its level (`lain`: the other levels it may carry, e.g. a consequence lowered to info)
 * and its short title in Indonesian and English. `Temuan.code` is a key of this list; docs/JSON.md lists exactly
 * these codes (test/audit/katalog.test.ts). The audit's rules (ATURAN) are the titles of its codes.
 */
import type { Severity } from "./model";

export interface EntriKatalog {
  readonly sumber: "baca" | "periksa" | "tulis" | "rekap";
  readonly tingkat: Severity;
  readonly lain?: readonly Severity[];
  readonly id: string;
  readonly en: string;
}

export const KATALOG = {
  INDUK_DARI_JUMLAH: {
    sumber: "rekap",
    tingkat: "info",
    id: "Induk dikenali dari jumlah baris di bawahnya",
    en: "Parent recognised from the sum of the rows below",
  },
  LEMBAR_PER_BIDANG: {
    sumber: "rekap",
    tingkat: "info",
    id: "Lembar per bidang dibaca sebagai satu OPD",
    en: "Sheets per unit read as one OPD",
  },
  KONSTANTA_DI_REKAP: {
    sumber: "rekap",
    tingkat: "error",
    id: "Konstanta ditambahkan di sel rekap",
    en: "Constant added in a rekap cell",
  },
  REKAP_SALAH_OPD: {
    sumber: "rekap",
    tingkat: "error",
    id: "Sel rekap merujuk baris OPD lain",
    en: "Rekap cell points at another OPD's row",
  },
  SUB_KEGIATAN_GANDA: {
    sumber: "baca",
    tingkat: "warning",
    id: "Sub kegiatan yang sama di dua lembar",
    en: "Same sub-activity on two sheets",
  },
  ANGGARAN_KAS_PER_LEMBAR: {
    sumber: "baca",
    tingkat: "info",
    id: "Anggaran kas satu sub kegiatan per lembar",
    en: "Cash plan, one sub-activity per sheet",
  },
  RKA_DPA_PER_LEMBAR: {
    sumber: "baca",
    tingkat: "info",
    id: "RKA/DPA satu sub kegiatan per dokumen, di beberapa lembar",
    en: "RKA/DPA, one sub-activity per document, over several sheets",
  },
  ANGGARAN_PER_LEMBAR: {
    sumber: "baca",
    tingkat: "info",
    id: "Tabel anggaran satu lembar per program",
    en: "Budget table, one sheet per program",
  },
  RINGKASAN_BERBEDA: {
    sumber: "baca",
    tingkat: "error",
    lain: ["info"],
    id: "Lembar ringkasan berbeda dengan rinciannya",
    en: "Summary sheet differs from its detail",
  },
  RINGKASAN_TANPA_DOKUMEN: {
    sumber: "baca",
    tingkat: "warning",
    id: "Butir ringkasan tanpa lembar atau dokumen rinciannya",
    en: "Summary item without its detail sheet or document",
  },
  DOKUMEN_TANPA_RINGKASAN: {
    sumber: "baca",
    tingkat: "warning",
    id: "Dokumen sub kegiatan yang tidak ada di ringkasan",
    en: "Sub-activity document missing from the summary",
  },
  BARIS_TANPA_KODE: { sumber: "baca", tingkat: "info", id: "Baris tanpa kode", en: "Row without a code" },
  LEMBAR_DAFTAR: {
    sumber: "baca",
    tingkat: "info",
    id: "Lembar daftar pilihan, bukan data",
    en: "List sheet, not data",
  },
  LEMBAR_SALINAN_TERSEMBUNYI: {
    sumber: "baca",
    tingkat: "info",
    id: "Lembar tersembunyi salinan lembar lain",
    en: "Hidden copy of another sheet",
  },
  E81_VARIAN: {
    sumber: "baca",
    tingkat: "info",
    id: "Formulir E.81 dengan istilah RPJMD/RKPD",
    en: "E.81 form in RPJMD/RKPD wording",
  },
  E81_TAK_DIKENALI: {
    sumber: "baca",
    tingkat: "warning",
    id: "Lembar berjudul E.81 yang kolomnya tidak dikenali",
    en: "Sheet headed as an E.81 whose columns are not recognised",
  },
  E81_BARIS_RINGKASAN: {
    sumber: "baca",
    tingkat: "info",
    id: "Baris ringkasan E.81, bukan data",
    en: "E.81 summary row, not data",
  },
  SKALA_RUPIAH: {
    sumber: "baca",
    tingkat: "info",
    id: "Rupiah ditulis dalam ribuan/jutaan",
    en: "Rupiah written in thousands/millions",
  },
  TAHUN_BERBEDA_DENGAN_JUDUL: {
    sumber: "baca",
    tingkat: "info",
    id: "Tahun yang diberikan berbeda dengan judul",
    en: "Year given differs from the title",
  },
  BARIS_REKENING: {
    sumber: "baca",
    tingkat: "info",
    id: "Baris rekening di bawah sub kegiatan",
    en: "Account rows under a sub-activity",
  },
  KOLOM_TAK_DIKENAL: {
    sumber: "baca",
    tingkat: "info",
    id: "Kolom yang tidak dikenal formulir",
    en: "Column the form does not have",
  },
  KOLOM_GANDA: { sumber: "baca", tingkat: "info", id: "Dua kolom untuk satu isian", en: "Two columns for one field" },
  UNIT_ORGANISASI: {
    sumber: "baca",
    tingkat: "info",
    id: "Beberapa unit organisasi dalam satu lembar",
    en: "Several organisation units in one sheet",
  },
  AKUMULASI_TAK_DIKENAL: {
    sumber: "baca",
    tingkat: "error",
    id: "Cara akumulasi triwulan tidak dikenal",
    en: "Quarterly accumulation not recognised",
  },
  ANGGARAN_PK_BERBEDA: {
    sumber: "baca",
    tingkat: "warning",
    id: "Anggaran di PK berbeda dengan DPA",
    en: "PK budget differs from the DPA",
  },
  ANGKA_DENGAN_SATUAN: {
    sumber: "baca",
    tingkat: "info",
    id: "Angka ditulis dengan satuannya",
    en: "Number written with its unit",
  },
  ANGKA_LUAR_JANGKAUAN: { sumber: "baca", tingkat: "error", id: "Angka di luar jangkauan", en: "Number out of range" },
  ANGKA_TAK_TERBACA: { sumber: "baca", tingkat: "error", id: "Angka tidak terbaca", en: "Number not readable" },
  BARIS_BELANJA: {
    sumber: "baca",
    tingkat: "info",
    id: "Baris belanja (rekening) di bawah sub kegiatan",
    en: "Spending lines below a sub-activity",
  },
  BARIS_DI_LUAR_TABEL: { sumber: "baca", tingkat: "warning", id: "Baris di luar tabel", en: "Row outside the table" },
  BARIS_SETELAH_TOTAL: {
    sumber: "baca",
    tingkat: "info",
    id: "Baris setelah baris total",
    en: "Rows after the total row",
  },
  BARIS_TERSEMBUNYI: {
    sumber: "baca",
    tingkat: "info",
    id: "Baris tersembunyi ikut dibaca",
    en: "Hidden rows are read",
  },
  CAPAIAN_TAK_WAJAR: { sumber: "baca", tingkat: "warning", id: "Capaian tidak wajar", en: "Unrealistic achievement" },
  E81_LEBIH_DARI_SATU: { sumber: "baca", tingkat: "info", id: "Lebih dari satu E.81", en: "More than one E.81" },
  INDIKATOR_BERLANJUT: {
    sumber: "baca",
    tingkat: "info",
    id: "Indikator berlanjut ke baris berikutnya",
    en: "Indicator continued on the next row",
  },
  INDIKATOR_GANDA: { sumber: "baca", tingkat: "error", id: "Indikator ganda", en: "Duplicate indicator" },
  INDUK_DARI_NOMENKLATUR: {
    sumber: "baca",
    tingkat: "info",
    id: "Induk dari nomenklatur",
    en: "Parent from the nomenclature",
  },
  INDUK_TIDAK_ADA: { sumber: "baca", tingkat: "warning", id: "Induk tidak ada", en: "Parent missing" },
  JUMLAH_INDUK_BERBEDA: {
    sumber: "baca",
    tingkat: "error",
    lain: ["info"],
    id: "Jumlah induk berbeda dengan rinciannya",
    en: "Parent total differs from its details",
  },
  JUMLAH_INDUK_TAK_LENGKAP: {
    sumber: "baca",
    tingkat: "warning",
    id: "Jumlah induk tidak lengkap",
    en: "Parent total incomplete",
  },
  JUMLAH_TRIWULAN_BERBEDA: {
    sumber: "baca",
    tingkat: "warning",
    id: "Jumlah triwulan berbeda dengan realisasi tahun",
    en: "Quarters differ from the year's actual",
  },
  KEPALA_TAK_DITEMUKAN: {
    sumber: "baca",
    tingkat: "error",
    lain: ["warning"],
    id: "Kepala tabel tidak ditemukan",
    en: "Table header not found",
  },
  KODE_GANDA: { sumber: "baca", tingkat: "error", id: "Kode ganda", en: "Duplicate kode" },
  KODE_NAMA_BERBEDA: {
    sumber: "baca",
    tingkat: "warning",
    id: "Kode dan nama tidak cocok",
    en: "Kode and name disagree",
  },
  KODE_TAK_SAH: { sumber: "baca", tingkat: "warning", id: "Kode tidak sah", en: "Invalid kode" },
  KOLOM_SASARAN_TIDAK_ADA: { sumber: "baca", tingkat: "info", id: "Kolom sasaran tidak ada", en: "No sasaran column" },
  LEMBAR_NOMENKLATUR: { sumber: "baca", tingkat: "info", id: "Lembar nomenklatur", en: "Nomenclature sheet" },
  LEMBAR_TAK_DITEMUKAN: { sumber: "baca", tingkat: "error", id: "Lembar tidak ditemukan", en: "Sheet not found" },
  NAMA_DARI_KODE: { sumber: "baca", tingkat: "info", id: "Nama dari kode", en: "Name from the kode" },
  NAMA_HAMPIR_SAMA: { sumber: "baca", tingkat: "warning", id: "Nama hampir sama", en: "Names nearly the same" },
  NAMA_SETARA: {
    sumber: "baca",
    tingkat: "info",
    id: "Nama sama kecuali keterangan dalam kurung atau singkatan",
    en: "Same name but for a parenthetical or an acronym",
  },
  NAMA_BERBEDA_DIPASANGKAN: {
    sumber: "baca",
    tingkat: "info",
    id: "Nama berbeda dipasangkan menurut posisi, satuan dan target",
    en: "Different names joined by position, satuan and target",
  },
  NILAI_NEGATIF: { sumber: "baca", tingkat: "warning", id: "Nilai negatif", en: "Negative value" },
  PAGU_NEGATIF: { sumber: "baca", tingkat: "error", id: "Pagu negatif", en: "Negative budget ceiling" },
  PILIHAN_LEMBAR: { sumber: "baca", tingkat: "info", id: "Pilihan lembar", en: "Sheet choice" },
  PK_DARI_REALISASI: {
    sumber: "baca",
    tingkat: "info",
    id: "PK dari lembar realisasi",
    en: "PK from the actuals sheet",
  },
  PEMBANDING_LEMBAR_LAIN: {
    sumber: "baca",
    tingkat: "info",
    id: "Pembanding antartahun dari lembar lain",
    en: "Comparison across years from another sheet",
  },
  PK_BERJENJANG: {
    sumber: "baca",
    tingkat: "info",
    id: "Perjanjian Kinerja berjenjang",
    en: "Cascaded Performance Agreements",
  },
  BARIS_JUDUL_SASARAN: {
    sumber: "baca",
    tingkat: "info",
    id: "Baris judul di tabel realisasi",
    en: "Heading row in the actuals table",
  },
  REALISASI_JENJANG_LAIN: {
    sumber: "baca",
    tingkat: "info",
    id: "Realisasi indikator PK jenjang lain",
    en: "Actual of another level's PK indicator",
  },
  PK_TANPA_REALISASI: {
    sumber: "baca",
    tingkat: "warning",
    id: "Indikator PK tanpa realisasi",
    en: "PK indicator without actual",
  },
  POLARITAS_DITEBAK: {
    sumber: "baca",
    tingkat: "warning",
    id: "Polaritas ditebak dari nama indikator",
    en: "Polarity guessed from the indicator's name",
  },
  POLARITAS_TAK_DIKENAL: {
    sumber: "baca",
    tingkat: "error",
    id: "Polaritas tidak dikenal",
    en: "Polarity not recognised",
  },
  PROGRAM_TAK_ADA_DI_ANGGARAN: {
    sumber: "baca",
    tingkat: "warning",
    id: "Program tidak ada di anggaran",
    en: "Programme not in the budget",
  },
  PROGRAM_TAK_ADA_DI_PK: {
    sumber: "baca",
    tingkat: "info",
    id: "Program tidak ada di PK",
    en: "Programme not in the PK",
  },
  PROGRAM_TANPA_ANGGARAN: {
    sumber: "baca",
    tingkat: "info",
    id: "Program tanpa anggaran",
    en: "Programme without budget",
  },
  REALISASI_ANGGARAN_DARI_TW: {
    sumber: "baca",
    tingkat: "info",
    id: "Realisasi anggaran dijumlahkan dari triwulan",
    en: "Budget actual summed from the quarters",
  },
  REALISASI_DARI_TW: {
    sumber: "baca",
    tingkat: "info",
    lain: ["warning"],
    id: "Realisasi dari triwulan",
    en: "Actual from the quarters",
  },
  REALISASI_KOSONG: { sumber: "baca", tingkat: "warning", id: "Realisasi kosong", en: "Actual blank" },
  REALISASI_TANPA_PK: { sumber: "baca", tingkat: "warning", id: "Realisasi tanpa PK", en: "Actual without PK" },
  RENTANG_RUMUS_INDUK: {
    sumber: "baca",
    tingkat: "warning",
    id: "Rentang rumus induk tidak tepat",
    en: "Parent formula range not exact",
  },
  RUMUS_BELUM_DIHITUNG: {
    sumber: "baca",
    tingkat: "warning",
    id: "Rumus belum dihitung",
    en: "Formulas not calculated",
  },
  RUMUS_DIHITUNG: {
    sumber: "baca",
    tingkat: "info",
    id: "Rumus dihitung oleh add-in",
    en: "Formula computed by the add-in",
  },
  RUPIAH_PECAHAN: { sumber: "baca", tingkat: "info", id: "Rupiah pecahan", en: "Fractional rupiah" },
  RUPIAH_SEBAGAI_TEKS: {
    sumber: "baca",
    tingkat: "info",
    id: "Rupiah tertulis sebagai teks",
    en: "Rupiah stored as text",
  },
  SASARAN_TIDAK_ADA: { sumber: "baca", tingkat: "warning", id: "Sasaran tidak ada", en: "Sasaran missing" },
  SEL_GALAT: { sumber: "baca", tingkat: "error", id: "Sel berisi galat", en: "Cell holds an error" },
  STRIP_BELUM_DILAPORKAN: {
    sumber: "baca",
    tingkat: "warning",
    id: "Strip: belum dilaporkan",
    en: "Dash: not reported yet",
  },
  STRIP_SEBAGAI_NOL: { sumber: "baca", tingkat: "info", id: "Strip dibaca nol", en: "Dash read as zero" },
  TABEL_TAK_DITEMUKAN: {
    sumber: "baca",
    tingkat: "info",
    lain: ["warning", "error"],
    id: "Tabel tidak ditemukan",
    en: "Table not found",
  },
  TARGET_BERBEDA: { sumber: "baca", tingkat: "warning", id: "Target berbeda", en: "Target differs" },
  TARGET_KOSONG: { sumber: "baca", tingkat: "error", id: "Target kosong", en: "Target blank" },
  TARGET_NOL: { sumber: "baca", tingkat: "error", id: "Target nol", en: "Target zero" },
  TEKS_SEBAGAI_KOSONG: { sumber: "baca", tingkat: "info", id: "Teks dibaca kosong", en: "Text read as blank" },
  TINGKAT_BERTENTANGAN: {
    sumber: "baca",
    tingkat: "warning",
    lain: ["info"],
    id: "Tingkat bertentangan",
    en: "Levels conflict",
  },
  TINGKAT_TAK_DIKENAL: { sumber: "baca", tingkat: "warning", id: "Tingkat tidak dikenal", en: "Level not recognised" },
  TOTAL_BERBEDA: { sumber: "baca", tingkat: "error", lain: ["info"], id: "Total berbeda", en: "Total differs" },
  ANGKA_TAK_HINGGA: {
    sumber: "tulis",
    tingkat: "error",
    id: "Angka tak hingga tidak ditulis",
    en: "Infinite number not written",
  },
  TEKS_TERLALU_PANJANG: {
    sumber: "tulis",
    tingkat: "warning",
    id: "Teks terlalu panjang dipotong",
    en: "Text too long, cut short",
  },
  CAPAIAN_HITUNG: {
    sumber: "periksa",
    tingkat: "error",
    lain: ["info"],
    id: "Capaian = realisasi ÷ target × 100%",
    en: "Achievement = actual ÷ target × 100%",
  },
  SERAPAN_HITUNG: {
    sumber: "periksa",
    tingkat: "error",
    lain: ["info"],
    id: "Serapan = realisasi anggaran ÷ pagu × 100%",
    en: "Budget absorption = budget spent ÷ budget ceiling × 100%",
  },
  SISA_HITUNG: {
    sumber: "periksa",
    tingkat: "error",
    lain: ["info"],
    id: "Sisa (efisiensi) anggaran = pagu − realisasi",
    en: "Budget remaining (savings) = ceiling − spent",
  },
  EFISIENSI_HITUNG: {
    sumber: "periksa",
    tingkat: "error",
    lain: ["info"],
    id: "Efisiensi = (pagu − realisasi) ÷ pagu × 100%",
    en: "Efficiency = (ceiling − spent) ÷ ceiling × 100%",
  },
  JUMLAH_INDUK: {
    sumber: "periksa",
    tingkat: "error",
    lain: ["warning", "info"],
    id: "Anggaran program/kegiatan = jumlah anggaran kegiatan/sub kegiatannya",
    en: "A programme's/activity's budget = the sum of its activities'/sub-activities' budgets",
  },
  JUMLAH_TOTAL: {
    sumber: "periksa",
    tingkat: "error",
    lain: ["info"],
    id: "Baris jumlah = jumlah baris di atasnya",
    en: "A total row = the sum of the rows above it",
  },
  RATA_RATA: {
    sumber: "periksa",
    tingkat: "error",
    id: "Baris rata-rata = rata-rata baris di atasnya",
    en: "An average row = the average of the rows above it",
  },
  PERSEN_DIJUMLAH: {
    sumber: "periksa",
    tingkat: "error",
    id: "Persentase tidak dijumlahkan antar baris, triwulan atau tahun",
    en: "Percentages are not added up across rows, quarters or years",
  },
  ANTAR_TABEL: {
    sumber: "periksa",
    tingkat: "error",
    id: "Indikator atau program yang sama bernilai sama di setiap tabel",
    en: "The same indicator or programme has the same value in every table",
  },
  CAPAIAN_TINGGI: {
    sumber: "periksa",
    tingkat: "warning",
    id: "Capaian di atas 150% perlu ditinjau: targetnya mungkin terlalu rendah",
    en: "Achievement above 150% needs a review: the target may be too low",
  },
  KATA_BERTENTANGAN: {
    sumber: "periksa",
    tingkat: "error",
    id: "Keterangan atau predikat sesuai dengan angkanya",
    en: "Remarks and ratings agree with their figures",
  },
  PEMBULATAN_TERPOTONG: {
    sumber: "periksa",
    tingkat: "info",
    id: "Angka dibulatkan, bukan dipotong",
    en: "Figures are rounded, not cut off",
  },
  PEMBULATAN_ANTARA: {
    sumber: "periksa",
    tingkat: "info",
    id: "Hitung dari angka yang belum dibulatkan",
    en: "Compute from figures that are not yet rounded",
  },
  RUMUS_RENTANG: {
    sumber: "periksa",
    tingkat: "error",
    lain: ["warning"],
    id: "Rumus induk menjumlahkan (atau merata-ratakan) tepat baris rinciannya",
    en: "A parent's formula adds (or averages) exactly its own detail rows",
  },
  RUMUS_SATUAN: {
    sumber: "periksa",
    tingkat: "error",
    id: "Rumus hanya menjumlahkan angka bersatuan sama (rupiah dengan rupiah, K dengan K)",
    en: "A formula adds figures of one unit only (rupiah with rupiah, K with K)",
  },
  RUMUS_KONSTANTA: {
    sumber: "periksa",
    tingkat: "error",
    lain: ["info"],
    id: "Sel di antara rumus yang sama berisi hasil rumus itu, bukan angka ketikan yang berbeda",
    en: "A cell among copies of one formula holds that formula's result, not a different typed number",
  },
  TRIWULAN_TAHUN: {
    sumber: "periksa",
    tingkat: "error",
    id: "Realisasi TW I–IV berjumlah realisasi tahun ini",
    en: "Q1–Q4 actuals add up to the year's actual",
  },
  TRIWULAN_K: {
    sumber: "periksa",
    tingkat: "warning",
    id: "Progres kumulatif per triwulan tidak berkurang",
    en: "Cumulative progress does not fall from one quarter to the next",
  },
  PROGRES_TANPA_REALISASI: {
    sumber: "periksa",
    tingkat: "error",
    id: "Progres 100% berarti realisasi K tidak nol",
    en: "100% progress means the actual K is not zero",
  },
  REALISASI_TANPA_TARGET: {
    sumber: "periksa",
    tingkat: "error",
    id: "Realisasi hanya pada baris yang punya target tahun ini",
    en: "Actuals only on rows with a target this year",
  },
  REALISASI_LEBIHI_PAGU: {
    sumber: "periksa",
    tingkat: "error",
    lain: ["info"],
    id: "Realisasi anggaran tidak melebihi pagu",
    en: "Budget spent does not exceed the ceiling",
  },
  SALINAN_TERSEMBUNYI: {
    sumber: "periksa",
    tingkat: "info",
    id: "Lembar tersembunyi yang menyalin lembar lain bukan tabel tersendiri",
    en: "A hidden sheet copying another sheet is not a table of its own",
  },
  RUMUS_POLA: {
    sumber: "periksa",
    tingkat: "error",
    lain: ["warning"],
    id: "Rumus mengikuti pola kolomnya: baris sendiri, fungsi yang sama dengan induk lain",
    en: "A formula follows its column's pattern: its own row, the same function as the other parents",
  },
} as const satisfies Record<string, EntriKatalog>;

/** Every finding code. */
export type KodeKatalog = keyof typeof KATALOG;

/** The codes of one source ("periksa": the audit's). */
export type KodeDari<S extends EntriKatalog["sumber"]> = {
  [K in KodeKatalog]: (typeof KATALOG)[K]["sumber"] extends S ? K : never;
}[KodeKatalog];

export const SEMUA_KODE = Object.keys(KATALOG) as KodeKatalog[];

export function entriKatalog(code: KodeKatalog): EntriKatalog {
  return KATALOG[code];
}
