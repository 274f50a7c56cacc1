/** The period and the agency an OPD's report states in its title rows (the period words read by read/judul.ts). */
import { Grid, text } from "../grid";
import { bulanTahunDariJudul, perangkatDaerahDari, tahunDariJudul } from "../read/judul";
import type { Periode } from "./jenis";

const JENIS_OPD =
  /\b(dinas|badan|kecamatan|kelurahan|bagian|biro|sekretariat|inspektorat|rumah sakit|rsud|satuan polisi|satpol|kantor|unit pelaksana|upt|puskesmas)\b/i;

/** The texts of the title rows above `sampai` (the table's header). */
function teksJudul(g: Grid, sampai: number): { row: number; teks: string }[] {
  const out: { row: number; teks: string }[] = [];
  for (let r = 0; r < Math.min(sampai, 12); r++)
    for (const v of g.values[r] ?? []) if (typeof v === "string" && text(v) !== "") out.push({ row: r, teks: text(v) });
  return out;
}

/**
 * The OPD a report names: "Perangkat Daerah : …", else the first title line naming a kind of body ("DINAS
 * KESEHATAN", "KECAMATAN …") and not the Pemda ("PEMERINTAH KOTA …"). A bare "DINAS" names nobody: null.
 */
export function opdDariJudul(g: Grid, sampai: number): { nama: string | null; kode: string | null } {
  let nama: string | null = null;
  let kode: string | null = null;
  for (let r = 0; r < Math.min(sampai, 12) && nama === null; r++) {
    const pd = perangkatDaerahDari(g, r);
    if (pd) nama = pd;
  }
  for (const { teks } of teksJudul(g, sampai)) {
    const k = /\bkode\s*(?:skpd|opd|unit|satker|organisasi)?\s*:?\s*(\d[\d.]*\d)/i.exec(teks);
    if (k && !kode) kode = k[1];
    if (nama !== null) continue;
    if (/^(laporan|rekap|pemerintah|tahun|kondisi|periode|bulan|sumber)\b/i.test(teks) || /:/.test(teks)) continue;
    if (!JENIS_OPD.test(teks)) continue;
    const bersih = teks.replace(/\s+/g, " ").trim();
    // "DINAS" alone (a template not filled in) names no OPD.
    if (/^(dinas|badan|kecamatan|kelurahan|bagian|biro|kantor|sekretariat|satuan|unit|upt)$/i.test(bersih)) continue;
    nama = bersih;
  }
  return { nama, kode };
}

/** The period of a report: the title row that states one (a "KONDISI …" or "S/D …" line first). */
export function periodeJudul(g: Grid, sampai: number): Periode | null {
  const baris = teksJudul(g, sampai);
  const utama = baris.filter((b) => /\b(kondisi|s\s*\/\s*d|sampai|keadaan|periode|bulan|posisi)\b/i.test(b.teks));
  for (const b of [...utama, ...baris]) {
    const p = bulanTahunDariJudul(b.teks);
    if (p) return { ...p, teks: b.teks };
  }
  return null;
}

/** The year a report's title states ("TAHUN ANGGARAN 2024"), with or without a month; undefined when none. */
export function tahunJudulOpd(g: Grid, sampai: number): number | undefined {
  for (const { teks } of teksJudul(g, sampai)) {
    const t = tahunDariJudul(teks);
    if (t !== undefined) return t;
  }
  return undefined;
}
