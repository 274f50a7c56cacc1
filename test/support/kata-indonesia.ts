/**
 * The Indonesian words left in a CLI text meant to be English. Removed first: findings (their English is the core's),
 * the workbook's own names passed in `data`, quoted names, paths, option names (`--tahun`) and lists of option values
 * (`tiga|lima`). The list holds common Indonesian words and the CLI's own vocabulary.
 */
export const INDONESIA =
  /\b(tidak|dan|yang|atau|dengan|untuk|dari|di|ke|pada|berkas|lembar|galat|peringatan|temuan|ditulis|dibaca|dihitung|dilewati|diperiksa|keluaran|masukan|pemetaan|daftar|harus|tanpa|salinan|perintah|pilihan|memerlukan|dikenal|terlalu|banyak|laporan|realisasi|anggaran|capaian|sasaran|indikator|kegiatan|pagu|triwulan|tahun|bantuan|lihat|pemakaian|kode|keluar|berhasil|mis|urusan|bidang|dinas|angka|tabel|hitung|ulang|sel|lain|folder tidak|izin|penuh|nama)\b/gi;

export function kataIndonesia(text: string, data: readonly string[] = []): string[] {
  let t = text
    .split("\n")
    // A finding and its continuation lines.
    .filter((l) => !/^\s+\[(ERROR|WARNING|info)\]/.test(l) && !/^ {6}/.test(l))
    .join("\n");
  for (const d of data) t = t.split(d).join(" ");
  t = t
    .replace(/"[^"\n]*"/g, " ") // quoted names (sheets, the user's values)
    .replace(/\S*[/\\]\S*|\S+\.(xlsx|xlsm|json|csv)\b/g, " ") // paths
    .replace(/(?<=^|[\s[])--?[a-z][a-z-]*(=\S*)?/gm, " ") // option names
    .replace(/\S+\|\S+/g, " "); // lists of option values
  return [...t.matchAll(INDONESIA)].map((m) => m[0]);
}
