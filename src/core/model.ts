/** What the reader makes of the agency's sheets: the performance agreement, its realisation and the budget tree. */
import type { JenisAkumulasi } from "./rules/agregasi";
import type { Polaritas } from "./rules/capaian";

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable machine code, e.g. ROLLUP_MISMATCH. */
  readonly code: string;
  /** Indonesian sentence for the user. */
  readonly message: string;
  readonly sheet?: string;
  /** A1 address within the sheet. */
  readonly cell?: string;
  readonly found?: string;
  readonly expected?: string;
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

export type Level = "program" | "kegiatan" | "sub_kegiatan";

export interface KinerjaBaris {
  readonly indikator: string | null;
  readonly satuan: string | null;
  readonly target: number | null;
  readonly realisasi: number | null;
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
  readonly children: NodeAnggaran[];
  readonly sumber: Sumber;
  readonly refPagu?: SelRef;
  readonly refRealisasi?: SelRef;
  /** Programs: the sasaran they support, from the PK's program table ("Mendukung Sasaran Strategis Ke 2"). */
  sasaranNo?: string | null;
}

export interface Model {
  readonly sasaran: Sasaran[];
  readonly programPk: ProgramPk[];
  /** Programs, each with its kegiatan and sub kegiatan. */
  readonly anggaran: NodeAnggaran[];
  /** The agency total as stated (a "Jumlah" row), when the sheet has one. */
  readonly totalTertulis?: { pagu: number | null; realisasi: number | null; sumber: Sumber };
  /** Which sheet each table was read from and how: the mapping the user can review and override. */
  readonly pemetaan: Pemetaan;
  readonly diagnostics: Diagnostic[];
}

/**
 * Which sheet and columns hold each table. Detection proposes one; the user may override any part and store it
 * (workbook settings in Excel, a JSON file for the CLI). Header rows are 1-based, columns are letters.
 */
export interface Pemetaan {
  readonly versi: 1;
  readonly lembar: { pk?: string; realisasi?: string; anggaran?: string };
  readonly tabel?: { [K in "pk" | "pk_program" | "realisasi" | "anggaran"]?: { barisJudul?: number[]; kolom?: Record<string, string> } };
  /** Realisasi/anggaran spelling → PK spelling, for names that differ beyond a typo. */
  readonly alias?: Record<string, string>;
}

/** A budget tree flattened, each node before its children. */
export function semuaNode(nodes: readonly NodeAnggaran[]): NodeAnggaran[] {
  return nodes.flatMap((n) => [n, ...semuaNode(n.children)]);
}

/** Pagu and realisasi of a set of programs, blanks counted as 0 (the agency total, a sasaran's budget). */
export function jumlahAnggaran(nodes: readonly NodeAnggaran[]): { pagu: number; realisasi: number } {
  return { pagu: nodes.reduce((s, p) => s + (p.pagu ?? 0), 0), realisasi: nodes.reduce((s, p) => s + (p.realisasi ?? 0), 0) };
}
