/**
 * Quarterly rules: the E.81 Evaluasi Renja arithmetic (Permendagri 86/2017) and the monitoring of realisasi against
 * the Rencana Aksi / anggaran kas. Quarterly values are increments (what each TW added; for a stock, the TW's own
 * value); a 0 is a value, only a blank (null) is "not filled".
 */
import { Hasil, isSakipError, kutip, sakipError } from "../errors";
import { JenisAkumulasi, akumulasi } from "./agregasi";
import { capaian, Polaritas } from "./capaian";
import { SKALA, predikat } from "./predikat";

export type Triwulan = 1 | 2 | 3 | 4;
export const NAMA_TW = ["I", "II", "III", "IV"] as const;

/** "II", "2", "TW II", "Triwulan 2", "q2" → 2. Blank → null (the caller's default: the latest with data). */
export function parseTriwulan(value: unknown): Hasil<Triwulan | null> {
  if (value === null || value === undefined || value === "") return null;
  const raw = (typeof value === "string" || typeof value === "number" ? String(value) : "")
    .trim()
    .toUpperCase()
    .replace(/^(TRIWULAN|TRI WULAN|TW|TRW|Q)\s*[-.]?\s*/, "");
  const n = /^[1-4]$/.test(raw) ? Number(raw) : NAMA_TW.indexOf(raw as (typeof NAMA_TW)[number]) + 1;
  if (n >= 1 && n <= 4) return n as Triwulan;
  return sakipError("#VALUE!", {
    id: `Triwulan ${kutip(value)} tidak dikenal. Pilihan: I, II, III, IV (atau 1–4).`,
    en: `Quarter ${kutip(value)} is not known. Choices: I, II, III, IV (or 1–4).`,
  });
}

/**
 * E.81 (13): the year's realisasi up to TW q from the quarterly increments: a flow sums the filled quarters, a stock
 * (percentage, index, ratio) takes the last filled one. Quarters after q are not counted. null when none is filled.
 */
export function realisasiSampaiTw(tw: readonly (number | null)[], q: Triwulan, jenis: JenisAkumulasi): number | null {
  const v = akumulasi(tw.slice(0, q), jenis);
  return isSakipError(v) ? null : v;
}

/**
 * E.81 (14) = (7) + (13): realisasi of the Renstra to date. A flow adds this year's realisasi to the realisasi up to
 * last year; a stock is this year's value when there is one, else last year's (a percentage is never summed).
 */
export function realisasiRenstraSdKini(
  sdLalu: number | null,
  tahunIni: number | null,
  jenis: JenisAkumulasi,
): number | null {
  if (jenis === "nilai_akhir") return tahunIni ?? sdLalu;
  if (sdLalu === null && tahunIni === null) return null;
  return (sdLalu ?? 0) + (tahunIni ?? 0);
}

/** E.81 (15) = (14) ÷ (6) × 100, in points as the form prints it (the capaian rule's blank and zero errors). */
export function capaianE81(
  realisasi: number | null,
  target: number | null,
  polaritas: Polaritas = "positif",
): Hasil<number> {
  const c = capaian(realisasi, target, { polaritas });
  return isSakipError(c) ? c : c * 100;
}

/** Permendagri 86/2017 rating of an E.81 capaian in points (≥ 91 Sangat Tinggi … ≤ 50 Sangat Rendah). */
export function predikatE81(poin: number): Hasil<string> {
  return predikat(poin / 100, SKALA.permendagri86);
}

/**
 * Deviasi of realisasi from plan: (realisasi − rencana) ÷ target as a ratio (−0,12 = 12 points behind plan), or
 * realisasi − rencana when both are already progress ratios (no target). Negative: behind plan.
 */
export function deviasi(realisasi: number | null, rencana: number | null, target?: number | null): Hasil<number> {
  if (realisasi === null)
    return sakipError("#N/A", { id: "Realisasi belum dilaporkan.", en: "Actual not reported yet." });
  if (rencana === null) return sakipError("#N/A", { id: "Rencana triwulan kosong.", en: "Quarterly plan is blank." });
  if (target === undefined || target === null) return realisasi - rencana;
  if (target === 0)
    return sakipError("#DIV/0!", {
      id: "Target 0: deviasi tidak dapat dihitung.",
      en: "Target 0: deviation cannot be computed.",
    });
  return (realisasi - rencana) / target;
}

/**
 * The year's figure at the present pace, from the realisasi up to TW q: a flow (and rupiah) grows linearly,
 * realisasi × 4 ÷ q; a stock stays at its latest value.
 */
export function proyeksiTahun(realisasiSdTw: number | null, q: Triwulan, jenis: JenisAkumulasi): Hasil<number> {
  if (realisasiSdTw === null)
    return sakipError("#N/A", { id: "Realisasi belum dilaporkan.", en: "Actual not reported yet." });
  return jenis === "nilai_akhir" ? realisasiSdTw : (realisasiSdTw * 4) / q;
}

/** The latest quarter (1–4) with any filled value among the series, or null. */
export function triwulanTerakhir(series: readonly (readonly (number | null)[] | undefined)[]): Triwulan | null {
  let q = 0;
  for (const s of series) s?.forEach((v, i) => v !== null && i < 4 && (q = Math.max(q, i + 1)));
  return q === 0 ? null : (q as Triwulan);
}
