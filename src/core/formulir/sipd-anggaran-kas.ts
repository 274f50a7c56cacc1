/**
 * SIPD anggaran kas (rencana anggaran kas, RAK) kept one sub kegiatan per sheet: title rows naming the program,
 * kegiatan and sub kegiatan with their kode ("Sub Kegiatan : 1.02.02.2.01.0014 Pengadaan …"), then rekening rows
 * with the year's anggaran and its plan per month or per quarter, then a total. A workbook holds one such sheet per
 * sub kegiatan: all are read and combined under their program and kegiatan.
 */
import type { Tingkat } from "../tabel/tingkat";
import { Kata } from "./bentuk";

/** The levels a title line names: every `Tingkat` but rincian (the rekening rows are the table). */
export type Judul = Exclude<Tingkat, "rincian">;

export const ANGGARAN_KAS = {
  nama: "SIPD Anggaran Kas per Sub Kegiatan",
  /** Title words that name the form. */
  judul: /anggaran\s+kas|rencana\s+(penarikan|anggaran\s+kas)|\brak\b/i,
  /** The key–value title lines, "Sub Kegiatan : 1.02.02.2.01.0014 …" (key and value in one cell or two). */
  kunciJudul: [
    { kunci: "sub_kegiatan", kata: /^(nama\s+)?sub\s*-?\s*kegiatan$/ },
    { kunci: "kegiatan", kata: /^(nama\s+)?kegiatan$/ },
    { kunci: "program", kata: /^(nama\s+)?program$/ },
    { kunci: "organisasi", kata: /^(organisasi|unit|sub\s*unit|skpd|opd|perangkat\s+daerah|unit\s+organisasi)$/ },
    { kunci: "bidang_urusan", kata: /^bidang(\s+urusan)?$/ },
    { kunci: "urusan", kata: /^urusan(\s+pemerintahan)?$/ },
  ] as readonly Kata<Judul>[],
  /** Header words of the rekening table. */
  kode: /^(kode|kd)(\s+rekening)?$|^rekening$/,
  uraian: /^uraian\b|^nama\s+rekening/,
  anggaran: /\b(anggaran|pagu|jumlah|total|nilai)\b/,
  bulan: [
    /^(januari|jan)$/,
    /^(februari|pebruari|feb|peb)$/,
    /^(maret|mar)$/,
    /^(april|apr)$/,
    /^(mei)$/,
    /^(juni|jun)$/,
    /^(juli|jul)$/,
    /^(agustus|agu|agt|ags)$/,
    /^(september|sep|sept)$/,
    /^(oktober|okt)$/,
    /^(november|nop|nov)$/,
    /^(desember|des)$/,
  ] as readonly RegExp[],
  /** "Triwulan I", "TW II", "Trw 3", or "I" under a "Triwulan" group. */
  triwulan: /\b(triwulan|tw|trw|tri wulan)\s*(i{1,3}|iv|[1-4])\b/,
  total: /^(jumlah|total)\b/i,
};
