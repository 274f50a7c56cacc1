/** The period and the agency an OPD's report states in its title rows. */
import { Grid, text } from "../grid";
import { perangkatDaerahDari } from "../read/judul";
import type { Periode } from "./jenis";

const BULAN: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  feb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};
const TW: Record<string, number> = { i: 3, "1": 3, ii: 6, "2": 6, iii: 9, "3": 9, iv: 12, "4": 12 };

/** "KONDISI DESEMBER 2023", "s/d 30 September 2023", "Triwulan III Tahun 2023", "TW IV 2023": month and year. */
export function periodeDari(s: string): Periode | undefined {
  const t = text(s);
  const m =
    /\b(januari|january|februari|pebruari|february|maret|march|april|mei|may|juni|june|juli|july|agustus|august|september|oktober|october|november|nopember|desember|december|jan|feb|mar|apr|jun|jul|agu|agt|aug|sept?|okt|oct|nov|des|dec)\b\.?\s*,?\s*((?:19|20)\d\d)\b/i.exec(
      t,
    );
  if (m) return { tahun: Number(m[2]), bulan: BULAN[m[1].toLowerCase()], teks: t };
  const q = /\b(?:triwulan|tw|trw)\s*(iv|iii|ii|i|[1-4])\b.*?\b((?:19|20)\d\d)\b/i.exec(t);
  if (q) return { tahun: Number(q[2]), bulan: TW[q[1].toLowerCase()], teks: t };
  const sm = /\bsemester\s*(ii|i|[12])\b.*?\b((?:19|20)\d\d)\b/i.exec(t);
  if (sm) return { tahun: Number(sm[2]), bulan: /^(ii|2)$/i.test(sm[1]) ? 12 : 6, teks: t };
  return undefined;
}

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
    const p = periodeDari(b.teks);
    if (p) return p;
  }
  return null;
}
