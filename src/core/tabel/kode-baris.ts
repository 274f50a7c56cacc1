/**
 * The kode of a row, part of the table layer: split over columns under a merged "Kode" (urusan | bidang |
 * organisasi | program | kegiatan | sub kegiatan | rekening), typed as numbers that lost their zeros, or glued to
 * the name ("1.02.01.2.01 Perencanaan …"); its level (`Tingkat`) from the kode's shape. Used by the SIPD rekap, the
 * E.81 reader and the audit's report tables alike.
 */
import { Grid, cell, isBlank, text } from "../grid";
import { REKAP_BELANJA as F } from "../formulir/sipd-rekap-belanja";
import { pisahKode, tingkatKode } from "../read/kode";
import { Tingkat } from "./tingkat";

export interface KodeBaris {
  readonly kode: string | null;
  readonly organisasi: string | null;
  /** Rekening rows (5.1.02…) and deeper detail are "rincian". */
  readonly tingkat: Tingkat | undefined;
  readonly nama: string | null;
  /** Text in the kode columns that is not a kode ("JUMLAH" merged over them). */
  readonly teks?: string;
}

/**
 * The kode of a row from its parts, left to right: a part that repeats its parent ("1.02" after "1") replaces it,
 * a bare part ("01", "2.01", "0001") is appended; the organisasi part is kept apart; a rekening part (5.1.02…)
 * makes the row a rekening. Without parts, a kode glued to the name.
 */
export function kodeBaris(grid: Grid, r: number, kolomKode: readonly number[], cu: number): KodeBaris {
  const mentah = readNama(grid, r, cu);
  const glued = mentah ? pisahKode(mentah) : { kode: null, nama: "" };
  let acc = "";
  let organisasi: string | null = null;
  let rekening: string | null = null;
  let teks: string | undefined;
  for (const c of kolomKode) {
    const v = cell(grid, r, c);
    if (isBlank(v)) continue;
    let p = text(v).replace(/\s+/g, "").replace(/\.$/, "");
    if (p === "") continue;
    if (!/^[\dX.]+$/i.test(p)) {
      teks ??= text(v);
      continue;
    }
    const org = /^([\dX]\.[\dX]{2}\.[\dX]\.[\dX]{2}\.[\dX]\.[\dX]{2}\.\d{2}\.\d{4})(?:\.(.+))?$/i.exec(p);
    if (org) {
      organisasi = org[1];
      if (!org[2]) continue;
      p = org[2];
    }
    const segs = acc === "" ? 0 : acc.split(".").length;
    if (/^[4-6]\.\d\.\d/.test(p) || (segs >= 6 && F.rekening.test(p))) {
      rekening = p;
      continue;
    }
    if (acc !== "" && (p === acc || p.startsWith(`${acc}.`))) acc = p;
    else {
      // A part typed as a number lost its zeros: bidang and program have two digits, a sub kegiatan four.
      if (typeof v === "number" && /^\d+$/.test(p)) p = p.padStart(segs === 5 ? 4 : segs >= 1 ? 2 : 1, "0");
      // A kegiatan part typed as a number: 2.1 was "2.10".
      if (typeof v === "number" && !Number.isInteger(v) && segs === 3) p = v.toFixed(2);
      acc = acc === "" ? p : `${acc}.${p}`;
    }
  }
  if (acc === "" && !organisasi && !rekening && glued.kode) {
    if (F.organisasi.test(glued.kode)) organisasi = glued.kode;
    else if (/^[4-6]\.\d(\.|$)/.test(glued.kode) && glued.kode.split(".").length >= 2) rekening = glued.kode;
    else acc = glued.kode;
  }
  const nama = glued.kode ? glued.nama : mentah;
  if (rekening) return { kode: rekening, organisasi, tingkat: "rincian", nama };
  const segs = acc === "" ? 0 : acc.split(".").length;
  if (organisasi && segs <= 2) return { kode: organisasi, organisasi, tingkat: "organisasi", nama };
  if (acc === "") return { kode: null, organisasi, tingkat: undefined, nama, ...(teks ? { teks } : {}) };
  return { kode: acc.toUpperCase(), organisasi, tingkat: tingkatKode(acc), nama };
}

function readNama(grid: Grid, r: number, c: number): string | null {
  const t = text(cell(grid, r, c));
  return t === "" ? null : t;
}
