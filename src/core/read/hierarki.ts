/**
 * The level and parent of each row of a budget or Renja table. The level comes first from the table layer's one
 * rule (`tingkatBaris`, src/core/tabel/tingkat-baris.ts: kode, numbering, label words, the sheet's own formulas,
 * indentation when meaningful), shared with the audit; then, for rows it leaves open, from the reader's own
 * fallbacks: the nomenclature (a shared name gives its level), a figure that is the sum of the rows that follow,
 * the position under the last program or kegiatan. Each row says which evidence decided; where kode and label
 * disagree a diagnostic says so at the cell.
 */
import { DasarLevel } from "../model";
import { formatRupiah } from "../numbers";
import { kutip } from "../errors";
import { DaftarTemuan } from "./diagnostics";
import { kedalaman, tingkatLabel } from "../tabel/tingkat";
import { tingkatBaris, tingkatIndentasi, tingkatNomor } from "../tabel/tingkat-baris";
import { TingkatKode as Tingkat, kodeBersama, kodeInduk } from "./kode";
import { Nomenklatur } from "./nomenklatur";

export const NAMA_TINGKAT: Record<Tingkat, string> = {
  urusan: "urusan",
  bidang_urusan: "bidang urusan",
  program: "program",
  kegiatan: "kegiatan",
  sub_kegiatan: "sub kegiatan",
  rincian: "rincian belanja",
};
/** The levels as English messages name them. */
export const LEVEL_NAME: Record<Tingkat, string> = {
  urusan: "government affair (urusan)",
  bidang_urusan: "affair field (bidang urusan)",
  program: "program",
  kegiatan: "activity (kegiatan)",
  sub_kegiatan: "sub-activity (sub kegiatan)",
  rincian: "spending line",
};

export interface BarisMasuk {
  readonly row: number;
  readonly nama: string | null;
  readonly kode: string | null;
  readonly tingkatKode?: Tingkat;
  /** Rows the row's money cell adds by formula (SUM/+ over rows below). */
  readonly anak?: readonly number[];
  readonly nilai: number | null;
  readonly indent: number;
  /** Its number in the table's No column ("1", "1.1", "a"), for numbering at more than one depth. */
  readonly nomor?: string | number | null;
}

export interface Keputusan {
  readonly tingkat: Tingkat | undefined;
  readonly dasar: DasarLevel;
  /** Index (in the input list) of the parent row. */
  readonly induk: number | undefined;
}

export interface OpsiHierarki {
  readonly nomenklatur: Nomenklatur;
  /** The level the header names for every row ("Sub Kegiatan" over an RFK list). */
  readonly tingkatJudul?: Tingkat;
  readonly diag: DaftarTemuan;
  readonly sheet: string;
  readonly colNama?: number;
  readonly colNilai?: number;
}

export { tingkatLabel };

const depth = kedalaman;

export function susunHierarki(rows: readonly BarisMasuk[], opsi: OpsiHierarki): Keputusan[] {
  const { nomenklatur, diag, sheet } = opsi;
  const byRow = new Map(rows.map((b, i) => [b.row, i]));
  const n = rows.length;
  const tingkat: (Tingkat | undefined)[] = new Array<Tingkat | undefined>(n).fill(undefined);
  const dasar: DasarLevel[] = new Array<DasarLevel>(n).fill("posisi");
  const anak: (number[] | undefined)[] = rows.map((b) => {
    if (!b.anak) return undefined;
    const idx = b.anak
      .filter((r) => r > b.row)
      .map((r) => byRow.get(r))
      .filter((i): i is number => i !== undefined);
    return idx.length > 0 ? idx : undefined;
  });
  const nom = rows.map((b) => (b.nama && !b.kode ? nomenklatur.tingkatNama(b.nama) : undefined));

  // 1–2. The table layer's one rule: kode, numbering, label words, the sheet's own formulas (a parent is one level
  // above the children whose level is known), indentation when meaningful in the table.
  const nomor = tingkatNomor(rows.map((b) => b.nomor ?? null));
  const lekuk = tingkatIndentasi(rows.map((b) => ({ nama: b.nama ?? "", lekuk: b.indent })));
  const putusan = (i: number, anakTingkat?: readonly (Tingkat | undefined)[]) =>
    tingkatBaris({
      kode: rows[i].tingkatKode,
      nomor: nomor[i],
      nama: rows[i].nama,
      anak: anakTingkat,
      indentasi: lekuk?.[i],
    });
  // A child's level for its parent's formula: the rule on its own evidence and children, else the nomenclature.
  const dariRumus = (i: number, seen: Set<number>): Tingkat | undefined => {
    if (tingkat[i]) return tingkat[i];
    if (seen.has(i)) return nom[i];
    seen.add(i);
    const kids = anak[i];
    return (
      (putusan(
        i,
        kids?.map((k) => dariRumus(k, seen)),
      )?.tingkat as Tingkat | undefined) ?? nom[i]
    );
  };
  for (const [i, b] of rows.entries()) {
    const p = putusan(i);
    if (!p || p.dasar === "indentasi") continue;
    tingkat[i] = p.tingkat as Tingkat;
    dasar[i] = p.dasar;
    if (p.dasar !== "kode") continue;
    const label = p.bertentangan.find((x) => x.dasar === "label")?.tingkat as Tingkat | undefined;
    if (label && !(label === "urusan" && b.tingkatKode === "bidang_urusan")) {
      diag.warning(
        "TINGKAT_BERTENTANGAN",
        {
          id: `Kode ${b.kode} menunjukkan ${NAMA_TINGKAT[b.tingkatKode!]}, tetapi uraiannya berlabel ${NAMA_TINGKAT[label]}; dipakai tingkat dari kode.`,
          en: `Kode ${b.kode} marks a ${LEVEL_NAME[b.tingkatKode!]}, but its description is labelled ${LEVEL_NAME[label]}; the level of the kode is used.`,
        },
        { sheet, row: b.row, col: opsi.colNama },
        label,
        b.tingkatKode,
      );
    }
    if (b.kode && b.nama) checkNamaKode(b, opsi);
  }
  for (let i = 0; i < n; i++) {
    if (tingkat[i] || !anak[i]) continue;
    const p = putusan(
      i,
      anak[i]!.map((k) => dariRumus(k, new Set([i]))),
    );
    // A parent none of whose children has a level: the nomenclature's level, still taken as its formula's.
    const t = p?.dasar === "rumus" ? (p.tingkat as Tingkat) : nom[i];
    if (!t) continue;
    tingkat[i] = t;
    dasar[i] = "rumus";
    if (nom[i] && nom[i] !== t) noteNomenklatur(rows[i], nom[i]!, t, opsi);
  }
  for (let i = 0; i < n; i++) {
    const p = tingkat[i] ? undefined : putusan(i);
    if (p) [tingkat[i], dasar[i]] = [p.tingkat as Tingkat, p.dasar];
  }

  // 3. Nomenclature for rows still open.
  for (let i = 0; i < n; i++) {
    if (!tingkat[i] && nom[i]) {
      tingkat[i] = nom[i];
      dasar[i] = "nomenklatur";
    }
  }

  // 4. Position, sums and indentation for the rest.
  const anyFormula = anak.some((a) => a !== undefined);
  const stack: number[] = [];
  const openLevel = (t: Tingkat) => stack.some((j) => tingkat[j] === t);
  // A flat list (an RFK sheet): no row above sub kegiatan anywhere, some known sub kegiatan; the rest are their siblings.
  const daftarSub =
    !anyFormula &&
    tingkat.some((t) => t === "sub_kegiatan") &&
    !tingkat.some((t) => t && t !== "sub_kegiatan" && t !== "rincian");
  for (let i = 0; i < n; i++) {
    if (!tingkat[i]) {
      const inProgram = openLevel("program");
      const group = !anyFormula && inProgram ? sumGroup(i) : 0;
      if (anak[i] && inProgram) {
        tingkat[i] = "kegiatan";
        dasar[i] = "rumus";
      } else if (group > 0) {
        tingkat[i] = "kegiatan";
        dasar[i] = "jumlah";
        for (let k = i + 1; k <= i + group; k++) if (!tingkat[k]) [tingkat[k], dasar[k]] = ["sub_kegiatan", "jumlah"];
      } else if (daftarSub) {
        tingkat[i] = "sub_kegiatan";
      } else if (opsi.tingkatJudul && !inProgram) {
        tingkat[i] = opsi.tingkatJudul;
        dasar[i] = "judul";
      } else if (openLevel("kegiatan")) {
        tingkat[i] = "sub_kegiatan";
      } else if (inProgram) {
        tingkat[i] = opsi.tingkatJudul === "sub_kegiatan" ? "sub_kegiatan" : "kegiatan";
      }
    }
    const t = tingkat[i];
    if (!t) continue;
    while (stack.length > 0 && depth(tingkat[stack[stack.length - 1]]!) >= depth(t)) stack.pop();
    stack.push(i);
  }

  // Parents: by kode where both have one, else the nearest open row above.
  const byKode = new Map<string, number>();
  const out: Keputusan[] = [];
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tingkat[i];
    let induk: number | undefined;
    if (t) {
      while (open.length > 0 && depth(tingkat[open[open.length - 1]]!) >= depth(t)) open.pop();
      induk = open[open.length - 1];
      const kode = rows[i].kode;
      if (kode && rows[i].tingkatKode && (t === "kegiatan" || t === "sub_kegiatan")) {
        const up = byKode.get(kodeInduk(kode, t === "kegiatan" ? "program" : "kegiatan"));
        if (up !== undefined) induk = up;
      }
      if (kode) byKode.set(kode, i);
      open.push(i);
    }
    out.push({ tingkat: t, dasar: dasar[i], induk });
  }
  checkFormulaChildren(rows, anak, out, opsi);
  return out;

  /** Rows after i (still undecided) whose values add up to row i's: their count, or 0. */
  function sumGroup(i: number): number {
    const v = rows[i].nilai;
    if (v === null || v <= 0) return 0;
    let sum = 0;
    for (let k = i + 1; k < n && !tingkat[k]; k++) {
      const x = rows[k].nilai;
      if (x === null) return 0;
      sum += x;
      if (Math.abs(sum - v) <= 0.5 && k > i) return k - i;
      if (sum > v + 0.5) return 0;
    }
    return 0;
  }
}

/** A kode and a name that the nomenclature gives to different items (looked up by kode first: most rows stop there). */
function checkNamaKode(b: BarisMasuk, opsi: OpsiHierarki): void {
  const entry = opsi.nomenklatur.cariKode(b.kode!);
  if (!entry || entry.nama === b.nama || opsi.nomenklatur.samaNama(entry.nama, b.nama!)) return;
  const sameLevel = opsi.nomenklatur.cariNama(b.nama!).filter((e) => e.tingkat === b.tingkatKode);
  const shared = (k: string) => kodeBersama(k) ?? k;
  if (sameLevel.length === 0 || sameLevel.some((e) => shared(e.kode) === shared(b.kode!))) return;
  opsi.diag.warning(
    "KODE_NAMA_BERBEDA",
    {
      id: `Kode ${b.kode} dengan uraian ${kutip(b.nama, 80)}: di nomenklatur nama itu berkode ${sameLevel.map((e) => e.kode).join(" / ")}, dan kode itu bernama ${kutip(entry.nama, 80)}.`,
      en: `Kode ${b.kode} with description ${kutip(b.nama, 80)}: in the nomenclature that name has kode ${sameLevel.map((e) => e.kode).join(" / ")}, and that kode is named ${kutip(entry.nama, 80)}.`,
    },
    { sheet: opsi.sheet, row: b.row, col: opsi.colNama },
    b.kode!,
    sameLevel[0].kode,
  );
}

function noteNomenklatur(b: BarisMasuk, nom: Tingkat, rumus: Tingkat, opsi: OpsiHierarki): void {
  opsi.diag.info(
    "TINGKAT_BERTENTANGAN",
    {
      id: `${kutip(b.nama, 80)} di nomenklatur adalah ${NAMA_TINGKAT[nom]}, tetapi rumus lembar ini menjadikannya induk ${NAMA_TINGKAT[rumus]}; dipakai rumusnya.`,
      en: `${kutip(b.nama, 80)} is a ${LEVEL_NAME[nom]} in the nomenclature, but this sheet's formula makes it the parent of a ${LEVEL_NAME[rumus]}; the formula is used.`,
    },
    { sheet: opsi.sheet, row: b.row, col: opsi.colNama },
    nom,
    rumus,
  );
}

/** A parent whose formula adds other rows than the ones listed under it: rows missing, rows from elsewhere. */
function checkFormulaChildren(
  rows: readonly BarisMasuk[],
  anak: readonly (number[] | undefined)[],
  out: readonly Keputusan[],
  opsi: OpsiHierarki,
): void {
  const children = new Map<number, number[]>();
  out.forEach((k, j) => {
    if (k.induk === undefined) return;
    const list = children.get(k.induk) ?? [];
    list.push(j);
    children.set(k.induk, list);
  });
  for (let i = 0; i < rows.length; i++) {
    const formula = anak[i];
    if (!formula) continue;
    const listed = children.get(i) ?? [];
    const missing = listed.filter((j) => !formula.includes(j));
    const extra = formula.filter((j) => out[j].induk !== i);
    if (missing.length === 0 && extra.length === 0) continue;
    // A program written as the sum of its sub kegiatan (=D14+D16+D17) adds the same money a level lower: every row
    // it adds below its children is theirs, and every child it skips is covered by its own rows.
    const turunan = (a: number, j: number): boolean => {
      for (let x = out[j].induk; x !== undefined; x = out[x].induk) if (x === a) return true;
      return false;
    };
    if (
      extra.length > 0 &&
      extra.every((j) => turunan(i, j)) &&
      missing.every((m) => extra.some((j) => turunan(m, j))) &&
      listed.every((m) => formula.includes(m) || extra.some((j) => turunan(m, j)))
    )
      continue;
    const rowsOf = (xs: number[]) => xs.map((j) => rows[j].row + 1).join(", ");
    const parts = [
      missing.length > 0 ? `tidak menjumlahkan baris ${rowsOf(missing)} yang tercantum di bawahnya` : "",
      extra.length > 0 ? `ikut menjumlahkan baris ${rowsOf(extra)} yang bukan rinciannya` : "",
    ].filter(Boolean);
    const partsEn = [
      missing.length > 0 ? `leaves out rows ${rowsOf(missing)} listed under it` : "",
      extra.length > 0 ? `also sums rows ${rowsOf(extra)} that are not its children` : "",
    ].filter(Boolean);
    const lost = missing.reduce((s, j) => s + (rows[j].nilai ?? 0), 0);
    opsi.diag.warning(
      "RENTANG_RUMUS_INDUK",
      {
        id: `Rumus ${NAMA_TINGKAT[out[i].tingkat ?? "kegiatan"]} ${rows[i].nama ? kutip(rows[i].nama, 60) : `di baris ${rows[i].row + 1}`} ${parts.join(" dan ")}${lost !== 0 ? ` (${formatRupiah(lost)} tidak terjumlah)` : ""}; dipakai jumlah rincian yang tercantum.`,
        en: `The formula of ${LEVEL_NAME[out[i].tingkat ?? "kegiatan"]} ${rows[i].nama ? kutip(rows[i].nama, 60) : `on row ${rows[i].row + 1}`} ${partsEn.join(" and ")}${lost !== 0 ? ` (${formatRupiah(lost, "en")} not summed)` : ""}; the sum of the rows listed is used.`,
      },
      { sheet: opsi.sheet, row: rows[i].row, col: opsi.colNilai },
      rowsOf(formula),
      rowsOf(listed),
    );
  }
}
