/**
 * SIPD "Rekapitulasi (Realisasi) Belanja menurut Urusan Pemerintahan Daerah, Organisasi, Program, Kegiatan, Sub
 * Kegiatan" (the Perda APBD / LRA annex), as agencies keep the export: title rows (PEMERINTAH KABUPATEN …, TAHUN
 * ANGGARAN 2024); a header of 1–3 rows where "Kode" is one merged label over the kode split into columns (urusan |
 * bidang | organisasi | program | kegiatan | sub kegiatan, sometimes a rekening part) or one column of glued kode;
 * "Uraian"; column groups Belanja Operasi / Modal / Tak Terduga / Transfer, each Anggaran / Realisasi, then TOTAL
 * (Anggaran / Realisasi / %); sometimes a row of column numbers. Rows: urusan, bidang, organisasi (the SKPD and its
 * units — RSUD, Puskesmas), program, kegiatan, sub kegiatan, and rekening rows (5.1.02.01…) below sub kegiatan.
 */
import { TINGKAT } from "../tabel/tingkat";
import { Kata } from "./bentuk";

export type Kelompok = "operasi" | "modal" | "tak_terduga" | "transfer" | "total";
export type Ukuran = "anggaran" | "realisasi" | "persen" | "sisa";

export const REKAP_BELANJA = {
  nama: "SIPD Rekapitulasi Belanja menurut Urusan, Organisasi, Program, Kegiatan, Sub Kegiatan",
  /** Title words that name the form (evidence, not required: copies drop titles). */
  judul: /rekapitulasi\s+(realisasi\s+)?belanja|laporan\s+realisasi|realisasi\s+(anggaran|belanja)/i,
  /** The header over the kode columns, and the one over the names. */
  kode: /^(kode|kd)(\s+rekening)?$/,
  uraian: /^(uraian|nama (urusan|program|kegiatan|sub kegiatan))\b/,
  /** Column groups, in the order they are tried on a column's whole header path. */
  kelompok: [
    { kunci: "operasi", kata: /\boperasi\b/ },
    { kunci: "modal", kata: /\bmodal\b/ },
    { kunci: "tak_terduga", kata: /\b(tak|tidak)\s*terduga\b|\bbtt\b/ },
    { kunci: "transfer", kata: /\btransfer\b/ },
    { kunci: "total", kata: /\b(total|jumlah)\b/ },
  ] as readonly Kata<Kelompok>[],
  /** What a column holds inside its group: "% Realisasi" is a percentage, "Sisa Anggaran" a remainder. */
  ukuran: [
    { kunci: "persen", kata: /%|\bpersen|\bcapaian\b|\bserapan\b/ },
    { kunci: "sisa", kata: /\b(sisa|selisih|silpa|lebih kurang)\b/ },
    { kunci: "realisasi", kata: /\brealisasi\b/ },
    { kunci: "anggaran", kata: /\b(anggaran|pagu|dpa|apbd|alokasi)\b/ },
  ] as readonly Kata<Ukuran>[],
  /** Of two anggaran columns in one group, the one after perubahan is the year's. */
  setelahPerubahan: /\b(setelah|sesudah|menjadi|perubahan|p apbd)\b/,
  sebelumPerubahan: /\b(sebelum|semula|murni)\b/,
  /** The kode split over columns, in SIPD's order: each part after its parent's (the rekening part is a rincian). */
  bagianKode: TINGKAT,
  /** An organisasi (SKPD or unit): 1.02.0.00.0.00.01.0000 — the unit is the last part. */
  organisasi: /^[\dX]\.[\dX]{2}\.[\dX]\.[\dX]{2}\.[\dX]\.[\dX]{2}\.\d{2}\.\d{4}$/i,
  /** A rekening belanja (5.1.02.01.01.0024, also 5, 5.1): one digit after the first. */
  rekening: /^[4-6](\.\d(\.\d{1,4})*)?$/,
  /** The grand total row. */
  total: /^(jumlah|total)(\s+(belanja|total|keseluruhan|seluruhnya))?\s*:?$/i,
};
