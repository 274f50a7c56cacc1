/**
 * The level of a row, decided in one place for the reader (read/hierarki.ts, read/datar.ts) and the audit
 * (audit/tabel.ts). Evidence, strongest first:
 * 1. kode: its shape (`tingkatKode`, `kodeBaris`: glued to the name or split over columns);
 * 2. numbering: 1 / 1.1 / 1.1.1 (and a, b, c under a number), when the table numbers at more than one depth
 *    (`tingkatNomor`); a No column counting 1, 2, 3 says nothing;
 * 3. label words: "Program …", "Kegiatan :", "1. Sub Kegiatan …" (`tingkatLabel`);
 * 4. parent formulas: a row whose sum adds rows below is one level above them (`tingkatRumus`);
 * 5. indentation, only when it is meaningful in the table (`tingkatIndentasi`, `indentasiBerarti`).
 * The first evidence present decides; weaker evidence that disagrees comes back in `bertentangan`, for the caller to
 * say so. What no evidence decides (nomenclature, sums, the rows' order) stays with the caller, as a guess.
 */
import { TINGKAT, Tingkat, TingkatKode, tingkatLabel } from "./tingkat";

/** Which evidence decided a row's level (a subset of the model's `DasarLevel`). */
export type DasarTingkat = "kode" | "nomor" | "label" | "rumus" | "indentasi";

export interface BuktiTingkat {
  /** The level the kode's shape gives. */
  readonly kode?: Tingkat;
  /** The level the table's numbering gives this row (`tingkatNomor`). */
  readonly nomor?: Tingkat;
  /** The row's name or first label, for its label words. */
  readonly nama?: string | null;
  /** The levels of the rows its parent formula adds (undefined: not known). */
  readonly anak?: readonly (Tingkat | undefined)[];
  /** The level the table's indentation gives this row, when meaningful (`tingkatIndentasi`). */
  readonly indentasi?: Tingkat;
}

export interface PutusanTingkat {
  readonly tingkat: Tingkat;
  readonly dasar: DasarTingkat;
  /** Weaker evidence that names another level. */
  readonly bertentangan: readonly { readonly dasar: DasarTingkat; readonly tingkat: Tingkat }[];
}

/** The order evidence is weighed in. */
export const URUTAN_BUKTI: readonly DasarTingkat[] = ["kode", "nomor", "label", "rumus", "indentasi"];

/** A row's level from its evidence; undefined when none. */
export function tingkatBaris(b: BuktiTingkat): PutusanTingkat | undefined {
  const calon: Partial<Record<DasarTingkat, Tingkat>> = {
    kode: b.kode,
    nomor: b.nomor,
    label: b.nama ? tingkatLabel(b.nama) : undefined,
    rumus: b.anak ? tingkatRumus(b.anak) : undefined,
    indentasi: b.indentasi,
  };
  const ada = URUTAN_BUKTI.filter((d) => calon[d] !== undefined);
  if (ada.length === 0) return undefined;
  const tingkat = calon[ada[0]]!;
  return {
    tingkat,
    dasar: ada[0],
    bertentangan: ada.slice(1).flatMap((d) => (calon[d] !== tingkat ? [{ dasar: d, tingkat: calon[d]! }] : [])),
  };
}

/** Levels a parent formula can imply: a unit (organisasi) sums programs too, but a formula never says it is one. */
const TANGGA: readonly TingkatKode[] = ["urusan", "bidang_urusan", "program", "kegiatan", "sub_kegiatan", "rincian"];

/** One level above the children a formula adds, by the children's majority; undefined when none is known. */
export function tingkatRumus(anak: readonly (Tingkat | undefined)[]): Tingkat | undefined {
  const suara = new Map<Tingkat, number>();
  for (const t of anak) {
    const atas = t ? TANGGA[TANGGA.indexOf(t as TingkatKode) - 1] : undefined;
    if (atas) suara.set(atas, (suara.get(atas) ?? 0) + 1);
  }
  return [...suara.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The levels numbering and indentation map to, top down: program, kegiatan, sub kegiatan. */
const BERTINGKAT: readonly Tingkat[] = ["program", "kegiatan", "sub_kegiatan"];

/** A row's numbering: the depth of "1", "1.", "1.1", "1.1.1"; "huruf" for "a", "b.", "c)"; undefined otherwise. */
export function nomorBaris(v: string | number | boolean | null | object): number | "huruf" | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v > 0 && v < 1000 ? 1 : undefined;
  if (typeof v !== "string") return undefined;
  const s = v.trim();
  if (/^[a-z][.)]?$/i.test(s)) return "huruf";
  // Segments without leading zeros: "1.02" is a kode, not a number.
  const m = /^([1-9]\d{0,2}(?:\.[1-9]\d{0,2}){0,2})\.?$/.exec(s);
  return m ? m[1].split(".").length : undefined;
}

/**
 * Levels from a table's numbering, when it numbers at more than one depth with dotted numbers (1 / 1.1 / 1.1.1):
 * depth 1 a program, 1.1 a kegiatan, 1.1.1 a sub kegiatan; a letter one deeper than the number above it. A column
 * counting 1, 2, 3 gives nothing, nor do letters under plain numbers alone (1, a, b often number a sasaran's
 * indicators, not levels).
 */
export function tingkatNomor(nomor: readonly (string | number | boolean | null | object)[]): (Tingkat | undefined)[] {
  const dalam = nomor.map(nomorBaris);
  let atas = 0;
  const tingkat = dalam.map((d) => {
    if (d === undefined) return undefined;
    if (d === "huruf") return atas > 0 ? Math.min(atas + 1, BERTINGKAT.length) : undefined;
    atas = d;
    return Math.min(d, BERTINGKAT.length);
  });
  if (!dalam.some((d) => typeof d === "number" && d > 1) || new Set(tingkat.filter((d) => d !== undefined)).size < 2)
    return nomor.map(() => undefined);
  return tingkat.map((d) => (d === undefined ? undefined : BERTINGKAT[d - 1]));
}

/**
 * Depths from indentation (spaces before a name, or the cell's indent, as `lekukan` measures it): the smallest
 * indent is one step; no indent is a program, one step a kegiatan, two or more a sub kegiatan. Undefined when no
 * row is indented.
 */
export function langkahIndentasi(lekuk: readonly number[]): number[] | undefined {
  const langkah = Math.min(...lekuk.filter((n) => n > 0));
  if (!Number.isFinite(langkah)) return undefined;
  return lekuk.map((n) => Math.min(BERTINGKAT.length, Math.round(n / langkah) + 1));
}

/** A row as `indentasiBerarti` sees it. */
export interface BarisIndentasi {
  /** The name as written (a kode glued before it, or a label word). */
  readonly nama: string;
  /** Its depth from indentation (`langkahIndentasi`): 1 program … 3 sub kegiatan. */
  readonly dalam: number;
}

/**
 * Spaces typed before some names are a hierarchy only when nothing says the rows are one level: rows at two
 * indentations that name the same level ("Sub Kegiatan …", a kode of the same depth), or a No column counting
 * 1, 2, 3 … through indented and unindented rows alike (one sub kegiatan per row, a stray space before a few).
 * `kolomNomor`: the cells of each column left of the name, row by row.
 */
export function indentasiBerarti(
  baris: readonly BarisIndentasi[],
  kolomNomor: readonly (readonly unknown[])[] = [],
): boolean {
  const dinyatakan = new Map<string, number>();
  for (const b of baris) {
    const kode = /^(\d+(?:\.\d+)+)\s/.exec(b.nama);
    const label = tingkatLabel(b.nama);
    const jenis = kode
      ? `kode${kode[1].split(".").length}`
      : label === "program" || label === "kegiatan" || label === "sub_kegiatan"
        ? `nama${label}`
        : null;
    if (jenis === null) continue;
    if (dinyatakan.has(jenis) && dinyatakan.get(jenis) !== b.dalam) return false;
    dinyatakan.set(jenis, b.dalam);
  }
  const terendah = Math.min(...baris.map((b) => b.dalam));
  // A row that says it is a sub kegiatan ("Sub Kegiatan …") at the outermost indent: the deeper ones cannot be its
  // children on this scale; the indents are typing, not levels (an RFK listing sub kegiatan written every way).
  if (
    baris.some((b) => b.dalam === terendah && tingkatLabel(b.nama) === "sub_kegiatan") &&
    baris.some((b) => b.dalam > terendah)
  )
    return false;
  for (const kolom of kolomNomor) {
    const bernomor = baris.flatMap((_, i) => (typeof kolom[i] === "number" ? [i] : []));
    const nomor = bernomor.map((i) => kolom[i] as number);
    const berurut = nomor.length >= 3 && nomor.every((v, j) => v === nomor[0] + j);
    if (
      berurut &&
      baris.every((b, i) => b.dalam === terendah || bernomor.includes(i)) &&
      new Set(bernomor.map((i) => baris[i].dalam)).size > 1
    )
      return false;
  }
  return true;
}

/**
 * Levels from a table's indentation, when it is meaningful: rows at two depths or more (`langkahIndentasi`), and
 * nothing saying they are one level (`indentasiBerarti`); undefined otherwise.
 */
export function tingkatIndentasi(
  baris: readonly { readonly nama: string; readonly lekuk: number }[],
  kolomNomor: readonly (readonly unknown[])[] = [],
): (Tingkat | undefined)[] | undefined {
  const dalam = langkahIndentasi(baris.map((b) => b.lekuk));
  // Every row at one indentation is no hierarchy.
  if (!dalam || new Set(dalam).size < 2) return undefined;
  if (
    !dalam ||
    !indentasiBerarti(
      baris.map((b, i) => ({ nama: b.nama, dalam: dalam[i] })),
      kolomNomor,
    )
  )
    return undefined;
  return dalam.map((d) => BERTINGKAT[d - 1]);
}

/** The depth of a level on the scale numbering and indentation use (program 1 … sub kegiatan 3); 0 above. */
export function dalamBertingkat(t: Tingkat): number {
  return Math.max(0, Math.min(3, TINGKAT.indexOf(t) - TINGKAT.indexOf("organisasi")));
}
