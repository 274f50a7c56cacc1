/** What the reader makes of the agency's sheets: the performance agreement, its realisation and the budget tree. */
import type { JenisAkumulasi } from "./rules/agregasi";
import type { Polaritas } from "./rules/capaian";
import type { KodeKatalog } from "./temuan-katalog";
import type { BuktiTabel } from "./read/bukti";
import type { Tingkat } from "./tabel/tingkat";

export type Severity = "error" | "warning" | "info";

export interface Temuan {
  readonly severity: Severity;
  /** Stable machine code, e.g. JUMLAH_INDUK_BERBEDA: one of the catalog's (src/core/temuan-katalog.ts). */
  readonly code: KodeKatalog;
  /** Indonesian sentence for the user. */
  readonly message: string;
  /** The same sentence in English, for English output (see core/bahasa.ts `pesan`). */
  readonly messageEn?: string;
  readonly sheet?: string;
  /** A1 address within the sheet. */
  readonly cell?: string;
  readonly found?: string;
  readonly expected?: string;
  /**
   * A finding repeated over cells, as one (src/core/temuan-kelompok.ts): its cells A1 in its sheet (`cells`), how
   * many (`jumlah`), as ranges Excel's way (`rentang`, "K13:K20,K25"; `cell` is the first range), and the members
   * when their sentences differ (`anggota`, each with its own figures). Absent on a finding of one cell.
   */
  readonly cells?: readonly string[];
  readonly jumlah?: number;
  readonly rentang?: string;
  readonly anggota?: readonly Temuan[];
}

/**
 * A source cell that holds a real number, for generated formulas that stay live. `kali` converts it to the model's
 * unit (100 when a %-formatted 0,21 is the model's 21). Values typed as text have no SelRef: they are written as values.
 */
export interface SelRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly kali?: number;
}

/** A value with the source cell that holds it (when that cell is a real number). */
export interface NilaiSel {
  readonly nilai: number | null;
  readonly ref?: SelRef;
}

/** An indicator's figures for an earlier year, from year-labelled columns ("Target 2022", "Realisasi 2022"). */
export interface TahunLalu {
  readonly tahun: number;
  readonly target: NilaiSel;
  readonly realisasi: NilaiSel;
}

/** Figures beside the year's own: earlier years, the Renstra end target, the national standard. */
export interface Pembanding {
  readonly tahunLalu?: readonly TahunLalu[];
  readonly targetRenstra?: NilaiSel;
  readonly standarNasional?: NilaiSel;
}

/** Where a value came from: sheet and 0-based row/column. */
export interface Sumber {
  readonly sheet: string;
  readonly row: number;
  readonly col?: number;
}

export interface Realisasi extends Pembanding {
  /** Annual realisation (or to date); null when not reported. */
  readonly nilai: number | null;
  /** TW I–IV when the sheet has them; null = not filled. */
  readonly tw?: readonly (number | null)[];
  readonly jenisAkumulasi?: JenisAkumulasi;
  /** Target as stated on the realisasi sheet, when it has one (checked against the PK). */
  readonly targetTertulis?: number | null;
  readonly sumber: Sumber;
  /** Column of the annual value. */
  readonly kolomNilai?: number;
  readonly ref?: SelRef;
}

export interface Indikator extends Pembanding {
  readonly nama: string;
  readonly satuan: string | null;
  readonly target: number | null;
  readonly targetAtas?: number | null;
  readonly polaritas: Polaritas;
  readonly targetTw?: readonly (number | null)[];
  readonly sumber: Sumber;
  readonly refTarget?: SelRef;
  realisasi?: Realisasi;
}

export interface Sasaran {
  readonly no: string | null;
  readonly nama: string;
  readonly indikator: Indikator[];
  readonly sumber: Sumber;
}

/** A row of the PK's program–budget table. */
export interface ProgramPk {
  readonly nama: string;
  readonly anggaran: number | null;
  readonly sasaranNo: string | null;
  readonly keterangan: string | null;
  readonly sumber: Sumber;
}

/** The levels of a budget node: program, kegiatan, sub kegiatan (of the one `Tingkat`, src/core/tabel). */
export type Level = Extract<Tingkat, "program" | "kegiatan" | "sub_kegiatan">;

export interface KinerjaBaris {
  readonly indikator: string | null;
  readonly satuan: string | null;
  readonly target: number | null;
  readonly realisasi: number | null;
}

/** TW I–IV; null = not filled (a 0 is a value). */
export type PerTriwulan = readonly [number | null, number | null, number | null, number | null];

/**
 * How a sheet wrote the quarterly realisasi K: as what each quarter added (tambahan); as progress to date, a fraction
 * of the year's target (kumulatif_fraksi, 0–1) or a percent of it (kumulatif_persen, 0–100); or as formulas
 * "progress to date × target − the previous quarters" (kumulatif_dikurangi). The model always holds increments.
 */
export type GayaTriwulan = "tambahan" | "kumulatif_fraksi" | "kumulatif_persen" | "kumulatif_dikurangi";

/** Realisasi per quarter of a program, kegiatan or sub kegiatan (the E.81 columns 9–12). */
export interface TriwulanNode {
  /** Realisasi K per TW as increments in the indicator's unit (for a stock: the quarter's own value). */
  readonly k: PerTriwulan;
  /** Realisasi Rp per TW. */
  readonly rp: PerTriwulan;
  /** Progress to date per TW as a fraction of the year's target K (0–1), where the sheet has a % column. */
  readonly progres?: PerTriwulan;
  readonly gaya: GayaTriwulan;
  readonly refK?: readonly (SelRef | undefined)[];
  readonly refRp?: readonly (SelRef | undefined)[];
}

/** The Renstra figures of an E.81 row: (6) the end-of-period target and (7) realisasi up to last year, K and Rp. */
export interface RenstraNode {
  readonly targetK: NilaiSel;
  readonly targetRp: NilaiSel;
  readonly realisasiK: NilaiSel;
  readonly realisasiRp: NilaiSel;
}

/** Rencana Aksi / anggaran kas: the plan per quarter (increments), K and Rp. */
export interface RencanaNode {
  readonly k?: PerTriwulan;
  readonly rp?: PerTriwulan;
}

/** The signal that decided a row's level. */
export type DasarLevel =
  "kode" | "nomor" | "label" | "nomenklatur" | "rumus" | "jumlah" | "indentasi" | "posisi" | "judul";

/**
 * A further indicator of a program / kegiatan on its own row below it (E.81: uraian and kode blank, its own
 * indicator, target and realisasi K). Its rupiah, if any, is not the node's and is not summed.
 */
export interface IndikatorTambahan {
  readonly kinerja: KinerjaBaris;
  readonly triwulan?: TriwulanNode;
  readonly renstra?: RenstraNode;
  readonly sumber: Sumber;
}

export interface NodeAnggaran {
  readonly level: Level;
  readonly kode: string | null;
  readonly uraian: string;
  /** For parents: the sum of children (the truth); for leaves: as stated. */
  pagu: number | null;
  realisasi: number | null;
  /** As typed on the row, for parents whose children decide the value. */
  readonly paguTertulis: number | null;
  readonly realisasiTertulis: number | null;
  readonly kinerja?: KinerjaBaris;
  /** Further indicators on their own rows below (E.81 continuation rows). */
  readonly indikatorLain?: readonly IndikatorTambahan[];
  readonly children: NodeAnggaran[];
  readonly sumber: Sumber;
  readonly refPagu?: SelRef;
  readonly refRealisasi?: SelRef;
  /** Programs: the sasaran they support, from the PK's program table ("Mendukung Sasaran Strategis Ke 2"). */
  sasaranNo?: string | null;
  /** Which signal decided the level. */
  readonly dasarLevel?: DasarLevel;
  readonly triwulan?: TriwulanNode;
  readonly renstra?: RenstraNode;
  readonly rencana?: RencanaNode;
  /** E.81: unit penanggung jawab and keterangan, as written. */
  readonly unit?: string | null;
  readonly keterangan?: string | null;
}

export type LevelAtas = Extract<Tingkat, "urusan" | "bidang_urusan">;

/** A level above program (urusan or unsur; bidang urusan), with its figures as stated and what it groups. */
export interface NodeInduk {
  readonly level: LevelAtas;
  readonly kode: string | null;
  readonly uraian: string;
  readonly paguTertulis: number | null;
  readonly realisasiTertulis: number | null;
  readonly children: NodeInduk[];
  readonly program: NodeAnggaran[];
  readonly sumber: Sumber;
  readonly dasarLevel?: DasarLevel;
}

export interface Model {
  readonly sasaran: Sasaran[];
  readonly programPk: ProgramPk[];
  /** Programs, each with its kegiatan and sub kegiatan. */
  readonly anggaran: NodeAnggaran[];
  /** The agency total as stated (a "Jumlah" row), when the sheet has one. */
  readonly totalTertulis?: { pagu: number | null; realisasi: number | null; sumber: Sumber };
  /** Levels above program (urusan/unsur, bidang urusan), when the sheet has them; they group `anggaran`. */
  readonly induk?: NodeInduk[];
  /** Quarterly data: the latest quarter with a realisasi (1–4), and how the sheet wrote K. */
  readonly triwulan?: { readonly terakhir: 1 | 2 | 3 | 4; readonly gaya: GayaTriwulan };
  /** "Perangkat Daerah : …" or the agency named in a title row. */
  readonly perangkatDaerah?: string;
  /**
   * The year the sheets evaluate, where their titles state it ("Tahun Berjalan (Tahun 2025)", "TAHUN ANGGARAN 2024",
   * "TA. 2018", "KONDISI DESEMBER 2023"), or the user gave it; never the clock's.
   */
  readonly tahun?: number;
  /** The period the titles state ("Triwulan III", "s.d. Bulan Juni 2024"), and the cell of the year. */
  readonly periode?: {
    readonly triwulan?: 1 | 2 | 3 | 4;
    readonly bulan?: number;
    readonly sumberTahun?: Sumber;
    readonly sumberTriwulan?: Sumber;
  };
  /** Which sheet each table was read from and how: the mapping the user can review and override. */
  readonly pemetaan: Pemetaan;
  /** Why each column of the tables read was taken for its field, with a confidence (read/bukti.ts). */
  readonly buktiKolom?: readonly BuktiTabel[];
  readonly diagnostics: Temuan[];
}

/**
 * Which sheet and columns hold each table. Detection proposes one; the user may override any part and store it
 * (workbook settings in Excel, a JSON file for the CLI). Header rows are 1-based, columns are letters.
 */
export interface Pemetaan {
  readonly versi: 1;
  readonly lembar: { pk?: string; realisasi?: string; anggaran?: string };
  readonly tabel?: {
    [K in "pk" | "pk_program" | "realisasi" | "anggaran"]?: { barisJudul?: number[]; kolom?: Record<string, string> };
  };
  /** Realisasi/anggaran spelling → PK spelling, for names that differ beyond a typo. */
  readonly alias?: Record<string, string>;
}

/** A budget tree flattened, each node before its children. */
export function semuaNode(nodes: readonly NodeAnggaran[]): NodeAnggaran[] {
  // One array filled in order, not one per node spread into its parent's (quadratic in the depth, heavy at 100,000).
  const out: NodeAnggaran[] = [];
  const jalan = (ns: readonly NodeAnggaran[]) => {
    for (const n of ns) {
      out.push(n);
      jalan(n.children);
    }
  };
  jalan(nodes);
  return out;
}

/** Pagu and realisasi of a set of programs, blanks counted as 0 (the agency total, a sasaran's budget). */
/** Realisasi of nodes summed; null where none of them reports one (a plan, e.g. an anggaran kas): never a 0 nobody wrote. */
export function realisasiDilaporkan(nodes: readonly NodeAnggaran[]): number | null {
  return nodes.some((n) => n.realisasi !== null) ? jumlahAnggaran(nodes).realisasi : null;
}

export function jumlahAnggaran(nodes: readonly NodeAnggaran[]): { pagu: number; realisasi: number } {
  return {
    pagu: nodes.reduce((s, p) => s + (p.pagu ?? 0), 0),
    realisasi: nodes.reduce((s, p) => s + (p.realisasi ?? 0), 0),
  };
}
