/**
 * The rekap's data: what was read from each OPD's own report (a BacaanOpd, plain JSON: the unit of work a batch
 * engine can pass around), the Pemda's list of expected OPD, and what the rekap computes from them.
 */
import type { Severity } from "../model";

/** A month of a year, read from a title ("KONDISI DESEMBER 2023", "S/D 30 SEPTEMBER 2023", "TRIWULAN III 2023"). */
export interface Periode {
  readonly tahun: number;
  /** 1–12; a quarter is its last month (TW III = 9). */
  readonly bulan: number;
  /** As written. */
  readonly teks: string;
}

/** Where a figure stands: 0-based row and column of the OPD's sheet. */
export interface Sel {
  readonly row: number;
  readonly col: number;
}

/** One sub kegiatan row of an OPD's report. Percentages in points (90 = 90%); null = not written. */
export interface SubKegiatanOpd {
  readonly nama: string;
  readonly row: number;
  readonly pagu: number;
  /** Rencana keuangan to date (Rp), where the report has the column. */
  readonly rencana: number | null;
  readonly realisasi: number;
  readonly fisikRencana: number | null;
  readonly fisik: number | null;
  /** Its sheet, where the OPD's report spans several (one sheet per bidang); else the reading's. */
  readonly sheet?: string;
}

/** A finding about an OPD's report, naming its file, sheet and cell. */
export interface TemuanOpd {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
  readonly berkas: string;
  readonly sheet: string;
  readonly cell?: string;
  readonly tertulis?: number;
  readonly seharusnya?: number;
}

/** Which columns of the report were found (1-based letters), for the reader's account. */
export type KolomOpd = Partial<
  Record<"uraian" | "pagu" | "rencana" | "realisasi" | "serapan" | "fisikRencana" | "fisik", string>
>;

/**
 * A program of an OPD's E.81 form, as the E.79 takes it: (8) target K and Rp, (9)–(12) realisasi K and Rp per
 * quarter (Rp the sum of its sub kegiatan), how its K accumulates, and its unit penanggung jawab. Plain JSON.
 */
export interface ProgramE81 {
  readonly kode: string | null;
  readonly uraian: string;
  readonly indikator: string | null;
  readonly satuan: string | null;
  /** kumulatif: K summed over quarters; nilai_akhir: a stock (%, indeks), the last quarter's value. */
  readonly jenis: "kumulatif" | "nilai_akhir";
  readonly targetK: number | null;
  readonly twK: readonly (number | null)[];
  readonly pagu: number | null;
  readonly twRp: readonly (number | null)[];
  readonly unit: string | null;
  /** The program's row (0-based) in the OPD's sheet. */
  readonly row: number;
}

/** What an E.81 form of an OPD holds for the E.79: its programs, the year and the quarter it evaluates. */
export interface BacaanE81 {
  readonly tahun: number | null;
  readonly triwulan: 1 | 2 | 3 | 4 | null;
  readonly program: readonly ProgramE81[];
}

/** What was read from one sheet (or file) that reports one OPD. */
export interface BacaanOpd {
  readonly berkas: string;
  readonly sheet: string;
  /** The OPD as its title rows name it. */
  readonly nama: string | null;
  readonly kode: string | null;
  readonly periode: Periode | null;
  /** The year a title states without a month ("TAHUN ANGGARAN 2024"), when there is no period. */
  readonly tahunJudul?: number;
  /** rfk: the RFK layout (rencana and fisik too); anggaran: through the budget reader (pagu, realisasi only). */
  readonly bentuk: "rfk" | "anggaran" | "tak_terbaca";
  /** Why it could not be read, when bentuk is tak_terbaca. */
  readonly alasan?: string;
  readonly alasanEn?: string;
  readonly kolom?: KolomOpd;
  readonly sub: readonly SubKegiatanOpd[];
  /** The TOTAL row as written (0-based), when the report has one. */
  readonly barisTotal?: number;
  readonly temuan: readonly TemuanOpd[];
  /** An E.81 form: its programs, for the E.79. */
  readonly e81?: BacaanE81;
}

/** An OPD the Pemda expects, from the --daftar. */
export interface EntriDaftar {
  readonly nama: string;
  readonly kode: string | null;
  readonly singkatan: string | null;
  readonly dpa: number | null;
  /** A grouping column of the list (Asisten, urusan), when it has one. */
  readonly kelompok?: string | null;
}

export type StatusOpd = "lapor" | "kosong" | "periode_lain" | "tidak_terbaca" | "belum_lapor" | "ganda";

/** A named band of a category scale: value (in points) ≥ min. The last band has min -Infinity. */
export interface PitaKategori {
  readonly min: number;
  readonly label: string;
  readonly warna: string;
}

/** Each Kelengkapan status by name, in both languages: the rekap's sheets and the task pane say the same words. */
export const NAMA_STATUS: Record<"id" | "en", Record<StatusOpd, string>> = {
  id: {
    lapor: "Lapor",
    kosong: "Kosong",
    periode_lain: "Periode lain",
    tidak_terbaca: "Tidak terbaca",
    belum_lapor: "Belum lapor",
    ganda: "Ganda",
  },
  en: {
    lapor: "Reported",
    kosong: "Empty",
    periode_lain: "Other period",
    tidak_terbaca: "Unreadable",
    belum_lapor: "Not reported",
    ganda: "Duplicate",
  },
};
