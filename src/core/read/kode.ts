/**
 * Kode rekening (Permendagri 90/2019 and the nomenclature SIPD uses): urusan `1`, bidang urusan `1.02`, program
 * `1.02.01`, kegiatan `1.02.01.2.01`, sub kegiatan `1.02.01.2.01.0001` (older files: a 2-digit tail, `…01.01`);
 * `X.XX` stands for items shared across urusan. Deeper codes (sub keluaran, belanja) sit below sub kegiatan.
 * Codes arrive in their own column, split over several columns, or glued to the name.
 */
import type { TingkatKode } from "../tabel/tingkat";

export type { TingkatKode };

const SEGMENT = /^(?:[0-9]{1,4}|X|XX|x|xx)$/;

/** The level a kode's shape gives; undefined when it is not a kode. */
export function tingkatKode(kode: string): TingkatKode | undefined {
  const segments = kode.split(".");
  if (segments.some((s) => !SEGMENT.test(s))) return undefined;
  // An account of the chart (rekening belanja "5.1.02.01.01.0024": one digit after the first) is below sub kegiatan.
  if (segments.length >= 4 && /^\d$/.test(segments[1])) return "rincian";
  switch (segments.length) {
    case 1:
      return /^\d$/.test(segments[0]) ? "urusan" : undefined;
    case 2:
      return "bidang_urusan";
    case 3:
      return "program";
    case 5:
      return "kegiatan";
    case 6:
      return "sub_kegiatan";
    default:
      return segments.length > 6 ? "rincian" : undefined;
  }
}

/** A shared item's kode under its own urusan ("2.17.01.2.01" → "X.XX.01.2.01"); undefined for a kode without one. */
export function kodeBersama(kode: string): string | undefined {
  return /^\d\.\d\d\./.test(kode) ? `X.XX${kode.slice(4)}` : undefined;
}

/** The kode of the parent at `tingkat` ("1.02.01.2.01.0001", program → "1.02.01"). */
export function kodeInduk(kode: string, tingkat: "program" | "kegiatan" | "sub_kegiatan"): string {
  let dots = tingkat === "program" ? 3 : tingkat === "kegiatan" ? 5 : 6;
  for (let i = 0; i < kode.length; i++) if (kode[i] === "." && --dots === 0) return kode.slice(0, i);
  return kode;
}

/**
 * A name with its kode glued in front ("1.01.02.1.01.0001 Pembangunan USB", "1.1.01.0000 - DINAS PENDIDIKAN",
 * "X.XX.01 PROGRAM PENUNJANG …") split in two; a name without one comes back whole.
 */
export function pisahKode(teks: string): { kode: string | null; nama: string } {
  const m = /^((?:[0-9]{1,4}|X{1,2})(?:\.(?:[0-9]{1,4}|X{1,2}))+)\.?(?:\s*[-–:]\s*|\s+)(\S[\s\S]*)$/i.exec(teks.trim());
  if (!m) return { kode: null, nama: teks.trim() };
  return { kode: m[1].toUpperCase(), nama: m[2].replace(/\s+/g, " ").trim() };
}

/** A cell that is a kode alone ("1.02.01", 5.01 typed as a number comes as text "5.01"). */
export function bacaKode(v: string | number | null): string | null {
  if (v === null) return null;
  const s = typeof v === "number" ? String(v) : v.replace(/\s+/g, "");
  if (s === "") return null;
  return tingkatKode(s) !== undefined ? s.toUpperCase() : null;
}

/**
 * Kode split over columns, urusan | program | kegiatan | sub kegiatan, with integer parts ("'1.01' | 1 | 1 | 1"):
 * joined with the nomenclature's widths (program 2 digits, sub kegiatan 4). The deepest filled part gives the level.
 */
export function gabungKode(
  parts: readonly (string | number | null)[],
  tingkat: readonly TingkatKode[],
): { kode: string; tingkat: TingkatKode } | undefined {
  const out: string[] = [];
  let last: TingkatKode | undefined;
  for (const [i, p] of parts.entries()) {
    if (p === null || String(p).trim() === "") break;
    const s = String(p).trim();
    const width =
      tingkat[i] === "program" || tingkat[i] === "bidang_urusan" ? 2 : tingkat[i] === "sub_kegiatan" ? 4 : 0;
    out.push(/^\d+$/.test(s) && width > 0 ? s.padStart(width, "0") : s);
    last = tingkat[i];
  }
  return last ? { kode: out.join("."), tingkat: last } : undefined;
}
