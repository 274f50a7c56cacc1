/**
 * What the audit reports and how figures are compared: the finding types, the rule of each code, the tolerance of a
 * figure written with d decimals, and the collector the checks add their findings to.
 */
import { a1 } from "../grid";
import type { Diagnostic, Severity } from "../model";
import { formatAngka } from "../numbers";
import { Angka, Isian, ISIAN_PERSEN } from "./tabel";

export type KodeTemuan =
  | "CAPAIAN_HITUNG"
  | "SERAPAN_HITUNG"
  | "SISA_HITUNG"
  | "EFISIENSI_HITUNG"
  | "JUMLAH_INDUK"
  | "JUMLAH_TOTAL"
  | "RATA_RATA"
  | "PERSEN_DIJUMLAH"
  | "ANTAR_TABEL"
  | "CAPAIAN_TINGGI"
  | "KATA_BERTENTANGAN"
  | "PEMBULATAN_TERPOTONG"
  | "PEMBULATAN_ANTARA"
  | "RUMUS_RENTANG"
  | "RUMUS_SATUAN"
  | "RUMUS_KONSTANTA"
  | "TRIWULAN_TAHUN"
  | "TRIWULAN_K"
  | "PROGRES_TANPA_REALISASI"
  | "REALISASI_TANPA_TARGET"
  | "REALISASI_LEBIHI_PAGU";

export interface SelTemuan {
  readonly sheet: string;
  readonly cell: string;
}

/** A finding: a Diagnostic (its first cell) with every cell involved, the figures and the rule. */
export interface Temuan extends Diagnostic {
  readonly code: KodeTemuan;
  readonly sheet: string;
  readonly cell: string;
  readonly sel: readonly SelTemuan[];
  /** The stated and the recomputed figure, in the column's unit (percentage points or rupiah). */
  readonly tertulis?: number;
  readonly seharusnya?: number;
  /** What the figures are (capaian, pagu, …): their unit and format on the Pemeriksaan sheet. */
  readonly isian?: Isian;
  readonly aturan: string;
  readonly penyebab?: string;
}

export interface RingkasanTabel {
  readonly sheet: string;
  readonly judul: string;
  readonly baris: number;
  readonly isian: readonly string[];
}

export interface HasilPeriksa {
  readonly tahun: number | null;
  readonly tabel: readonly RingkasanTabel[];
  readonly temuan: readonly Temuan[];
  /** Problems reading the tables (unreadable numbers, error cells). */
  readonly diagnostik: readonly Diagnostic[];
  /** How many figures were recomputed from their row or compared with another table. */
  readonly diperiksa: number;
  /** Findings per code. */
  readonly jumlah: Readonly<Partial<Record<KodeTemuan, number>>>;
}

export interface OpsiPeriksa {
  /** The report's year; by default the latest year the tables' headers name. */
  readonly tahun?: number;
  /**
   * Hosts only: also read the sheets this add-in generated (the report, Narasi). By default they are left out:
   * they are computed by the core and checked against it by construction (LibreOffice tests).
   */
  readonly termasukBuatan?: boolean;
}


export const ATURAN: Readonly<Record<KodeTemuan, string>> = {
  CAPAIAN_HITUNG: "Capaian = realisasi ÷ target × 100%",
  SERAPAN_HITUNG: "Serapan = realisasi anggaran ÷ pagu × 100%",
  SISA_HITUNG: "Sisa (efisiensi) anggaran = pagu − realisasi",
  EFISIENSI_HITUNG: "Efisiensi = (pagu − realisasi) ÷ pagu × 100%",
  JUMLAH_INDUK: "Anggaran program/kegiatan = jumlah anggaran kegiatan/sub kegiatannya",
  JUMLAH_TOTAL: "Baris jumlah = jumlah baris di atasnya",
  RATA_RATA: "Baris rata-rata = rata-rata baris di atasnya",
  PERSEN_DIJUMLAH: "Persentase tidak dijumlahkan antar baris, triwulan atau tahun",
  ANTAR_TABEL: "Indikator atau program yang sama bernilai sama di setiap tabel",
  CAPAIAN_TINGGI: "Capaian di atas 150% perlu ditinjau: targetnya mungkin terlalu rendah",
  KATA_BERTENTANGAN: "Keterangan atau predikat sesuai dengan angkanya",
  PEMBULATAN_TERPOTONG: "Angka dibulatkan, bukan dipotong",
  PEMBULATAN_ANTARA: "Hitung dari angka yang belum dibulatkan",
  RUMUS_RENTANG: "Rumus induk menjumlahkan (atau merata-ratakan) tepat baris rinciannya",
  RUMUS_SATUAN: "Rumus hanya menjumlahkan angka bersatuan sama (rupiah dengan rupiah, K dengan K)",
  RUMUS_KONSTANTA: "Sel di antara rumus yang sama berisi hasil rumus itu, bukan angka ketikan yang berbeda",
  TRIWULAN_TAHUN: "Realisasi TW I–IV berjumlah realisasi tahun ini",
  TRIWULAN_K: "Progres kumulatif per triwulan tidak berkurang",
  PROGRES_TANPA_REALISASI: "Progres 100% berarti realisasi K tidak nol",
  REALISASI_TANPA_TARGET: "Realisasi hanya pada baris yang punya target tahun ini",
  REALISASI_LEBIHI_PAGU: "Realisasi anggaran tidak melebihi pagu",
};

/** The figures a finding of this kind is about, where the kind alone tells. */
const ISIAN_KODE: Partial<Record<KodeTemuan, Isian>> = {
  CAPAIAN_HITUNG: "capaian",
  SERAPAN_HITUNG: "serapan",
  SISA_HITUNG: "sisa",
  EFISIENSI_HITUNG: "efisiensi",
  CAPAIAN_TINGGI: "capaian",
};

const TINGKAT: Record<KodeTemuan, Severity> = {
  CAPAIAN_HITUNG: "error",
  SERAPAN_HITUNG: "error",
  SISA_HITUNG: "error",
  EFISIENSI_HITUNG: "error",
  JUMLAH_INDUK: "error",
  JUMLAH_TOTAL: "error",
  RATA_RATA: "error",
  PERSEN_DIJUMLAH: "error",
  ANTAR_TABEL: "error",
  CAPAIAN_TINGGI: "warning",
  KATA_BERTENTANGAN: "error",
  PEMBULATAN_TERPOTONG: "info",
  PEMBULATAN_ANTARA: "info",
  RUMUS_RENTANG: "error",
  RUMUS_SATUAN: "error",
  RUMUS_KONSTANTA: "error",
  TRIWULAN_TAHUN: "error",
  TRIWULAN_K: "warning",
  PROGRES_TANPA_REALISASI: "error",
  REALISASI_TANPA_TARGET: "error",
  REALISASI_LEBIHI_PAGU: "error",
};

export const EPS = 1e-9;

export const NAMA_ISIAN: Record<Isian, string> = {
  target: "target",
  realisasi: "realisasi",
  realisasi_sd: "realisasi s.d. tahun ini",
  capaian: "capaian",
  tw1: "TW I",
  tw2: "TW II",
  tw3: "TW III",
  tw4: "TW IV",
  target_renstra: "target Renstra",
  capaian_renstra: "capaian terhadap Renstra",
  target_nasional: "target nasional",
  realisasi_nasional: "realisasi nasional",
  pagu: "pagu anggaran",
  realisasi_anggaran: "realisasi anggaran",
  serapan: "serapan",
  sisa: "sisa anggaran",
  efisiensi: "efisiensi",
};

// ---------- numbers as written ----------

export const setengah = (desimal: number) => 0.5 * 10 ** -desimal;
/** The stated figure equals the exact one rounded to the decimals it was written with. */
export const cocok = (a: Angka, exact: number) => Math.abs(a.nilai - exact) <= setengah(a.desimal) * (1 + 1e-9) + EPS;
/** The stated figure equals the exact one cut off (not rounded) at its decimals. */
export const terpotong = (a: Angka, exact: number) => {
  const f = 10 ** a.desimal;
  return Math.abs(Math.trunc(exact * f + EPS * Math.sign(exact)) / f - a.nilai) < EPS * Math.max(1, Math.abs(exact));
};
export const tampil = (n: number, desimal: number) => formatAngka(n, desimal, desimal);
export const tampilA = (a: Angka) => tampil(a.nilai, a.desimal);
/**
 * The capaian r ÷ t × 100 may have been computed from any realisasi that rounds to the r written (36,36 for
 * 60/165 = 36,3636…): the range that gives, or undefined when r is written without decimals (a count, not a ratio).
 */
export function rentangCapaian(r: Angka, t: Angka): [number, number] | undefined {
  if (r.desimal < 1 || t.nilai === 0) return undefined;
  const h = setengah(r.desimal);
  return [((r.nilai - h) / t.nilai) * 100, ((r.nilai + h) / t.nilai) * 100];
}
/** A stated figure inside such a range, within its own rounding. */
export const dalamRentang = (a: Angka, [bawah, atas]: [number, number]) => a.nilai >= bawah - setengah(a.desimal) - EPS && a.nilai <= atas + setengah(a.desimal) + EPS;
/** A figure as it shows: rounded to its decimals. */
export const bulat = (a: Angka) => Math.round(a.nilai * 10 ** a.desimal) / 10 ** a.desimal;
export const satuanIsian = (isian: Isian) => (ISIAN_PERSEN.has(isian) ? "%" : "");
export const selDari = (a: { sheet: string; row: number; col: number }): SelTemuan => ({ sheet: a.sheet, cell: a1(a.row, a.col) });
export const rujukan = (s: SelTemuan) => `'${s.sheet}'!${s.cell}`;
export const pendek = (s: string | null, max = 60) => (s === null ? "(tanpa nama)" : s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Collects the findings of one audit and remembers which figures agreed with their own row. */
export class Pemeriksa {
  readonly temuan: Temuan[] = [];
  /** How many figures were recomputed or compared. */
  diperiksa = 0;
  /** Row-checked figures: true when consistent with its row (possibly rounded), false when not. */
  readonly cekBaris = new Map<Angka, boolean>();

  tambah(code: KodeTemuan, message: string, sel: SelTemuan[], extra: { tertulis?: number; seharusnya?: number; desimal?: number; penyebab?: string; severity?: Severity; isian?: Isian } = {}): void {
    const d = extra.desimal ?? 2;
    const isian = extra.isian ?? ISIAN_KODE[code];
    this.temuan.push({
      severity: extra.severity ?? TINGKAT[code],
      code,
      message,
      sheet: sel[0].sheet,
      cell: sel[0].cell,
      sel,
      ...(extra.tertulis !== undefined ? { tertulis: extra.tertulis, found: tampil(extra.tertulis, d) } : {}),
      ...(extra.seharusnya !== undefined ? { seharusnya: extra.seharusnya, expected: tampil(extra.seharusnya, d) } : {}),
      aturan: ATURAN[code],
      ...(isian ? { isian } : {}),
      ...(extra.penyebab ? { penyebab: extra.penyebab } : {}),
    });
  }

  /**
   * A stated figure against the exact one from its row. `antara`: the interval the exact figure lies in when an
   * input was itself rounded (36,36 for 60/165), so a figure computed before rounding is recognised.
   */
  rumus(
    code: KodeTemuan,
    a: Angka,
    exact: number,
    nama: string,
    rumus: string,
    sel: SelTemuan[],
    opsi: { antara?: [number, number]; dariTampilan?: { nilai: number; rumus: string }; penyebab?: () => string | undefined } = {},
  ): void {
    if (!Number.isFinite(exact)) return;
    this.diperiksa++;
    const d = a.desimal;
    const s = satuanIsian(code === "SISA_HITUNG" ? "sisa" : "capaian");
    const isian = ISIAN_KODE[code];
    if (cocok(a, exact)) {
      this.cekBaris.set(a, true);
      return;
    }
    if (terpotong(a, exact)) {
      this.cekBaris.set(a, true);
      this.tambah("PEMBULATAN_TERPOTONG", `${nama}: ${tampilA(a)}${s} adalah ${rumus} = ${tampil(exact, d + 3)}${s} yang dipotong, bukan dibulatkan (${tampil(exact, d)}${s}).`, sel, { tertulis: a.nilai, seharusnya: exact, desimal: d, penyebab: "Angka dipotong, bukan dibulatkan", isian });
      return;
    }
    // The cell holds more decimals than it shows (=60/165 shown 36,36%) and the figure was computed from what it shows.
    if (opsi.dariTampilan && Math.abs(opsi.dariTampilan.nilai - exact) > EPS && cocok(a, opsi.dariTampilan.nilai)) {
      this.cekBaris.set(a, true);
      this.tambah("PEMBULATAN_ANTARA", `${nama}: ${tampilA(a)}${s} dihitung dari angka antara yang sudah dibulatkan (${opsi.dariTampilan.rumus}); dari nilai sel yang sebenarnya, ${rumus} = ${tampil(exact, d)}${s}.`, sel, { tertulis: a.nilai, seharusnya: exact, desimal: d, penyebab: "Dihitung dari angka antara yang sudah dibulatkan", isian });
      return;
    }
    if (opsi.antara && dalamRentang(a, opsi.antara)) {
      this.cekBaris.set(a, true);
      this.tambah("PEMBULATAN_ANTARA", `${nama}: ${tampilA(a)}${s} dihitung dari angka sebelum dibulatkan; dari angka yang tertulis, ${rumus} = ${tampil(exact, d)}${s}. Keduanya benar; tuliskan satu saja secara konsisten.`, sel, { tertulis: a.nilai, seharusnya: exact, desimal: d, penyebab: "Dihitung dari angka antara yang berbeda pembulatannya", isian });
      return;
    }
    this.cekBaris.set(a, false);
    const penyebab = opsi.penyebab?.();
    this.tambah(code, `${nama}: tertulis ${tampilA(a)}${s}, seharusnya ${rumus} = ${tampil(exact, d)}${s}.${penyebab ? ` ${penyebab}.` : ""}`, sel, { tertulis: a.nilai, seharusnya: exact, desimal: d, penyebab });
  }
}
