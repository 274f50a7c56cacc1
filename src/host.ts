/** What the task pane needs from where the workbook lives: inside Excel (src/excel) or an .xlsx file (src/xlsx). */
import { HasilPeriksa, OpsiPeriksa } from "./core/audit";
import { Model, Pemetaan } from "./core/model";
import { ParagrafNarasi } from "./core/report/narasi";
import { Dilewati, SheetSpec } from "./core/report/spec";
import { OpsiSusun } from "./core/report/susun";

export interface HasilBuat {
  readonly lembar: readonly string[];
  /** What the host did besides, for the pane to say (user formulas bound again, a read cut short…). */
  readonly catatan?: readonly string[];
  readonly dilewati: readonly Dilewati[];
  /** Names the user's own sheets already had: ours took another. */
  readonly bentrok: readonly string[];
  /** The Bab III narrative draft (also in the Narasi sheet), for copying. */
  readonly narasi: readonly ParagrafNarasi[];
}

export interface HasilPeriksaHost {
  readonly hasil: HasilPeriksa;
  /** The name of the Pemeriksaan sheet written. */
  readonly lembar: string;
}

/** The pane's remembered choices, stored in the workbook (Excel) or the browser's local storage (file). */
export interface Pengaturan {
  readonly pemetaan?: Partial<Pemetaan>;
  readonly opsi?: Omit<OpsiSusun, "pemetaan" | "namaLembar" | "lembarLama">;
}

export interface Host {
  readonly jenis: "excel" | "berkas";
  /** A name for the workbook, for the pane's header. */
  readonly judul: string;
  baca(
    pemetaan?: Partial<Pemetaan>,
    progres?: (langkah: string) => void,
    signal?: AbortSignal,
  ): Promise<{ model: Model; lembar: string[] }>;
  buat(opsi: OpsiSusun, progres: (langkah: string) => void, signal: AbortSignal): Promise<HasilBuat>;
  /**
   * Periksa Konsistensi: audits the workbook's report tables and writes the Pemeriksaan sheet. The add-in's own
   * generated sheets are left out unless `opsi.termasukBuatan`.
   */
  periksa(progres: (langkah: string) => void, signal: AbortSignal, opsi?: OpsiPeriksa): Promise<HasilPeriksaHost>;
  /**
   * Rekap Pemda in Excel: the rekap's sheets written into this workbook beside the user's; nothing is written when a
   * user's sheet holds one of their names (`bentrok`). Absent outside Excel: the pane offers a new workbook instead.
   */
  tulisRekap?(specs: readonly SheetSpec[], signal: AbortSignal): Promise<{ lembar: string[]; bentrok: string[] }>;
  /** Shows a cell to the user (selects it in Excel). */
  tunjukkan?(sheet: string, cell?: string): Promise<void>;
  muat(): Promise<Pengaturan | undefined>;
  simpan(p: Pengaturan): Promise<void>;
  /** The generated workbook, for the standalone page's download. */
  unduh?(): { nama: string; url: string } | undefined;
  /**
   * Messages of work started outside the pane (the ribbon's Buat Ulang): the listener gets the latest at once and
   * every later one; returns the unsubscribe.
   */
  dengarKabar?(fn: (k: Kabar) => void): () => void;
}

/** A message for the pane about work it did not start. */
export interface Kabar {
  readonly jenis: "berhasil" | "gagal" | "peringatan";
  readonly teks: string;
}

/**
 * The browser's local storage, where it may be used: a privacy setting or an iframe policy makes every access
 * throw (and the pane would stay blank); then nothing is remembered on this computer.
 */
export const simpananLokal = {
  baca(kunci: string): string | null {
    try {
      return globalThis.localStorage?.getItem(kunci) ?? null;
    } catch {
      return null;
    }
  },
  tulis(kunci: string, nilai: string): boolean {
    try {
      globalThis.localStorage?.setItem(kunci, nilai);
      return globalThis.localStorage !== undefined;
    } catch {
      return false;
    }
  },
};

/** The chosen file is not an .xlsx workbook: the pane says so in its own words. */
export class BukanXlsx extends Error {
  constructor(sebab: string) {
    super(sebab);
  }
}

export class Dibatalkan extends Error {
  constructor() {
    super("Dibatalkan");
  }
}
