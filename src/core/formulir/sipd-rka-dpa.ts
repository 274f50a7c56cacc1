/**
 * SIPD RKA/DPA belanja per sub kegiatan (Rencana Kerja dan Anggaran / Dokumen Pelaksanaan Anggaran, formulir
 * "RKA-SKPD 2.2.1" / "DPA-SKPD 2.2.1"), as agencies keep the prints: title rows ("DOKUMEN PELAKSANAAN ANGGARAN …
 * TAHUN ANGGARAN 2024"), a header block of key–value lines ("Urusan Pemerintahan : 1 …", "Bidang Urusan", "Program :
 * 1.02.01 …", "Kegiatan", "Organisasi", "Unit", "Alokasi Tahun 2024 : Rp …"), the kegiatan's indicator table, the
 * "Sub Kegiatan : 1.02.01.2.01.0001 …" lines, then the rincian table "Kode Rekening | Uraian | Rincian Perhitungan
 * (Koefisien | Satuan | Harga | PPN) | Jumlah": rekening rows (5, 5.1, 5.1.02 … 5.1.02.01.01.0024) and, under the
 * deepest, their items without kode ("[#] …", "[-] Kertas HVS | 100 Rim | Rim | 60.000 | 11% | 6.660.000"), closed by
 * "Jumlah Anggaran Sub Kegiatan". A workbook holds one such document per sheet (one sub kegiatan a sheet), or several
 * stacked on a sheet (one program a sheet), sometimes beside the summary "DPA-SKPD 2.2" (the SIPD rekap of program,
 * kegiatan and sub kegiatan, read by the rekap belanja form).
 */
import { ANGGARAN_KAS } from "./sipd-anggaran-kas";

export const RKA_DPA = {
  nama: "SIPD RKA/DPA-SKPD 2.2.1 (rincian belanja per sub kegiatan)",
  /** Title words that name the form; "DPA" or "RKA" says which (evidence, not required). */
  judul: /dokumen\s+pelaksanaan\s+anggaran|rencana\s+kerja\s+dan\s+anggaran|\b(dpa|rka)\s*-?\s*(skpd|opd|pd)\b/i,
  jenis: [
    { kunci: "dpa", kata: /dokumen\s+pelaksanaan\s+anggaran|\bdpa\b/i },
    { kunci: "rka", kata: /rencana\s+kerja\s+dan\s+anggaran|\brka\b/i },
  ] as const,
  /** The header block's key–value lines: the same keys as the anggaran kas's title lines. */
  kunciJudul: ANGGARAN_KAS.kunciJudul,
  /** "Alokasi Tahun 2024 : Rp 150.000.000,00": the allocation a document states for a year. */
  alokasi: /^alokasi\s+tahun\s+(\d{4})\b/i,
  /** The rincian table's columns (normalised labels, `labelNormal`). */
  kode: /^(kode|kd)(\s+rekening)?$|^rekening$/,
  uraian: /^uraian\b/,
  /** The rincian perhitungan: these name the form's table (at least two of them under or beside Uraian). */
  rincian: [/^koefisien\b|^volume\b/, /^satuan\b/, /^harga\b/, /^ppn\b/, /^rincian\s+perhitungan\b/] as const,
  /** Columns this plan never has: a table with them is a report (RFK, realisasi), read by the other readers. */
  bukan: /\b(realisasi|capaian|fisik|sisa|serapan|deviasi)\b/,
  jumlah: /^(jumlah|total|nilai)(\s+\(?rp\)?)?$|^jumlah\s+(anggaran|rp)\b/,
  /** The row that closes a document's table: "Jumlah Anggaran Sub Kegiatan :", "JUMLAH", "Total". */
  total: /^(jumlah|total)(\s+(anggaran|belanja))?(\s+sub\s*-?\s*kegiatan)?\s*:?$/i,
  /** The summary sheet "DPA-SKPD 2.2" / "RKA-SKPD 2.2" (Rekapitulasi … Belanja Berdasarkan Program dan Kegiatan). */
  ringkasan: /\b(dpa|rka)\s*-?\s*skpd\s*2\.2(?![.\d])|belanja\s+berdasarkan\s+program\s+dan\s+kegiatan/i,
  /** A rekening belanja kode (5, 5.1, 5.1.02.01.01.0024): the table's rows below sub kegiatan. */
  rekening: /^[4-6](\.\d{1,4})*$/,
} as const;
