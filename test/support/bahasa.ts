/**
 * Word lists to catch text of the other language: common Indonesian words that English output must not hold, and
 * common English words that Indonesian output must not hold. The user's own text (names quoted "…" or '…') is left
 * out before the check, since a workbook's indicator and sheet names are in the language its authors wrote.
 */
const INDONESIA = [
  "yang", "dan", "tidak", "dari", "dengan", "untuk", "di", "ke", "pada", "atau", "ini", "itu", "adalah", "belum", "sudah",
  "bila", "jika", "tetapi", "namun", "dibaca", "tertulis", "kosong", "baris", "lembar", "tanpa", "sebesar", "terhadap",
  "dalam", "oleh", "juga", "masih", "telah", "karena", "sehingga", "menjadi", "mencapai", "sangat", "kurang", "dipakai",
  "ditemukan", "periksa", "buat", "baca", "lanjut", "pilihan", "temuan", "galat", "peringatan", "nilai", "angka",
  "kolom", "jumlah", "tahun", "berkas", "bahasa", "dihitung", "terakhir", "rata", "sebanyak", "melebihi", "dibandingkan",
  "sedangkan", "tercapai", "capaiannya", "realisasinya", "targetnya", "sampai", "hingga", "semua", "setiap", "baik",
  "cukup", "buruk", "tinggi", "rendah", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
  "sepuluh", "puluh", "ratus", "ribu", "juta", "miliar", "triliun", "persen", "selesai", "kembali", "salin", "unduh",
];
/** The domain's words, which an English sheet translates (English messages may name them in brackets, as glosses). */
const ISTILAH = [
  "realisasi", "capaian", "serapan", "sisa", "efisiensi", "rencana", "proyeksi", "deviasi", "kegiatan", "indikator",
  "sasaran", "satuan", "keterangan", "uraian", "triwulan", "predikat", "tercapai", "menyimpang", "anggaran", "kinerja",
  "perangkat", "daerah", "tahunan", "kumulatif", "jumlah", "pendukung", "perbandingan", "standar", "narasi", "pengukuran",
  "evaluasi",
];
const INGGRIS = [
  "the", "and", "of", "is", "are", "not", "with", "from", "for", "which", "this", "that", "was", "were", "has", "have",
  "cannot", "sheet", "row", "rows", "read", "blank", "found", "achievement", "budget", "quarter", "error", "errors",
  "warning", "warnings", "notes", "check", "build", "next", "back", "choose", "file", "language", "workbook", "copy",
  "download", "findings", "very", "good", "poor", "above", "below", "reached", "percent", "none", "total", "done",
];

const daftar = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}_.-])(${words.join("|")})(?![\\p{L}\\p{N}_-])`, "giu");
const RE = { id: daftar(INDONESIA), en: daftar(INGGRIS), istilah: daftar([...INDONESIA, ...ISTILAH]) };

/** Text without the user's quoted names. */
export function tanpaKutipan(teks: string): string {
  return teks.replace(/"[^"\n]*"|“[^”\n]*”|'[^'\n]*'/g, " ");
}

/** The words of `bahasa` found in `teks` (outside quotes), each with a little context; "istilah": Indonesian with its domain words. */
export function kataBahasa(teks: string, bahasa: "id" | "en" | "istilah"): string[] {
  const t = tanpaKutipan(teks);
  return [...t.matchAll(RE[bahasa])].map((m) => `${m[0]} ‹${t.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, " ")}›`);
}
