/**
 * The budget table (DPA / SIPD export): program → kegiatan → sub kegiatan, by kode rekening (Permendagri 90/2019:
 * program X.XX.XX, kegiatan X.XX.XX.K.XX, sub kegiatan X.XX.XX.K.XX.NNNN), else by labels ("Program …",
 * "Kegiatan …", "Sub Kegiatan …"), else by indentation. Parents are checked against the sum of their children;
 * the children are the truth.
 */
import { Grid, lekukan } from "../grid";
import { KinerjaBaris, Level, NodeAnggaran, Sumber } from "../model";
import { kutip } from "../errors";
import { formatRupiah } from "../numbers";
import { SUBTOTAL_LABEL } from "./columns";
import { Diagnostics } from "./diagnostics";
import { Table } from "./tables";
import { columnStyle, inUnit, readAngka, readTeks, refOf } from "./values";

const LEVELS: readonly Level[] = ["program", "kegiatan", "sub_kegiatan"];
const LABEL_NAMA: Record<Level, string> = { program: "program", kegiatan: "kegiatan", sub_kegiatan: "sub kegiatan" };

export function levelFromKode(kode: string): Level | "atas" | undefined {
  const segments = kode.split(".").filter((s) => s !== "");
  if (!segments.every((s) => /^[0-9A-Za-z]{1,4}$/.test(s))) return undefined;
  if (segments.length <= 2) return "atas"; // urusan / bidang urusan
  if (segments.length === 3) return "program";
  if (segments.length === 5) return "kegiatan";
  if (segments.length === 6) return "sub_kegiatan";
  return undefined;
}

function levelFromLabel(uraian: string): Level | undefined {
  if (/^sub\s*-?\s*kegiatan\b/i.test(uraian)) return "sub_kegiatan";
  if (/^kegiatan\b/i.test(uraian)) return "kegiatan";
  if (/^program\b/i.test(uraian)) return "program";
  return undefined;
}

function indentOf(grid: Grid, row: number, col: number | undefined): number {
  return col === undefined ? 0 : lekukan(grid, row, col);
}

export interface HasilAnggaran {
  readonly program: NodeAnggaran[];
  readonly total?: { pagu: number | null; realisasi: number | null; sumber: Sumber };
}

export function readAnggaran(grid: Grid, table: Table, diag: Diagnostics): HasilAnggaran {
  const c = table.columns;
  const ctx = { grid, diag };
  const stylePagu = columnStyle(grid, table.rows, c.pagu);
  const styleReal = columnStyle(grid, table.rows, c.realisasi_anggaran);
  const styleKinerja = columnStyle(grid, table.rows, c.target);
  const program: NodeAnggaran[] = [];
  const byKode = new Map<string, NodeAnggaran>();
  const stack: NodeAnggaran[] = [];
  let total: HasilAnggaran["total"];
  const useLabels = c.kode === undefined || table.rows.every((r) => !readTeks(grid, r, c.kode));
  const indents = useLabels ? [...new Set(table.rows.map((r) => indentOf(grid, r, c.uraian)))].sort((a, b) => a - b) : [];

  for (const row of table.rows) {
    const kode = readTeks(grid, row, c.kode)?.replace(/\s+/g, "") ?? null;
    const uraian = readTeks(grid, row, c.uraian);
    const where = { sheet: grid.name, row, col: c.uraian ?? c.kode };
    const paguAngka = readAngka(ctx, row, c.pagu, "pagu", stylePagu);
    const realAngka = readAngka(ctx, row, c.realisasi_anggaran, "realisasi anggaran", styleReal);
    const [pagu, realisasi] = [paguAngka.value, realAngka.value];
    if (!uraian && !kode) continue;
    if (uraian && SUBTOTAL_LABEL.test(uraian) && !kode) {
      total = { pagu, realisasi, sumber: { sheet: grid.name, row, col: c.pagu } };
      continue;
    }
    let level: Level | "atas" | undefined = kode ? levelFromKode(kode) : undefined;
    if (kode && level === undefined) diag.warning("KODE_INVALID", `Kode rekening "${kode}" tidak berbentuk X.XX.XX[.K.XX[.NNNN]]; tingkat dibaca dari uraian.`, { sheet: grid.name, row, col: c.kode }, kode, "X.XX.XX.K.XX.NNNN");
    if (level === undefined && uraian) level = levelFromLabel(uraian);
    if (level === undefined && useLabels && indents.length > 1) level = LEVELS[Math.min(2, indents.indexOf(indentOf(grid, row, c.uraian)))];
    if (level === "atas") {
      if (program.length === 0 && pagu !== null) total = { pagu, realisasi, sumber: { sheet: grid.name, row, col: c.pagu } };
      continue;
    }
    if (level === undefined) {
      if (pagu !== null) diag.warning("LEVEL_UNKNOWN", `Baris ${kutip(uraian, 80)} tidak dikenali sebagai program, kegiatan atau sub kegiatan (tanpa kode, label atau indentasi); tidak dijumlahkan.`, where);
      continue;
    }
    if (pagu !== null && pagu < 0) diag.error("PAGU_NEGATIVE", `Pagu ${kutip(uraian ?? kode, 80)} negatif (${formatRupiah(pagu)}).`, { sheet: grid.name, row, col: c.pagu }, String(pagu), "pagu ≥ 0");
    let kinerja: KinerjaBaris | undefined;
    if (c.indikator !== undefined || c.target !== undefined) {
      const satuan = readTeks(grid, row, c.satuan);
      const target = readAngka(ctx, row, c.target, "target", styleKinerja);
      const real = readAngka(ctx, row, c.realisasi, "realisasi kinerja", styleKinerja);
      const unit = satuan ?? (target.percent || real.percent ? "%" : null);
      kinerja = { indikator: readTeks(grid, row, c.indikator), satuan: unit, target: inUnit(target, unit), realisasi: inUnit(real, unit) };
    }
    const node: NodeAnggaran = {
      level,
      kode,
      uraian: (uraian ?? kode ?? "").trim(),
      pagu,
      realisasi,
      paguTertulis: pagu,
      realisasiTertulis: realisasi,
      ...(kinerja ? { kinerja } : {}),
      children: [],
      sumber: { sheet: grid.name, row, col: c.uraian },
      ...(refOf(paguAngka, grid.name, row, c.pagu) ? { refPagu: refOf(paguAngka, grid.name, row, c.pagu) } : {}),
      ...(refOf(realAngka, grid.name, row, c.realisasi_anggaran) ? { refRealisasi: refOf(realAngka, grid.name, row, c.realisasi_anggaran) } : {}),
    };
    const depth = LEVELS.indexOf(level);
    let parent: NodeAnggaran | undefined;
    if (kode && depth > 0) {
      parent = byKode.get(kode.split(".").slice(0, depth === 1 ? 3 : 5).join("."));
      if (!parent) diag.warning("PARENT_MISSING", `${LABEL_NAMA[level]} "${node.uraian}" (${kode}) tidak punya induk ${LABEL_NAMA[LEVELS[depth - 1]]} di lembar ini.`, where);
    } else if (depth > 0) {
      parent = stack[depth - 1];
      if (!parent) diag.warning("PARENT_MISSING", `${LABEL_NAMA[level]} "${node.uraian}" muncul sebelum ${LABEL_NAMA[LEVELS[depth - 1]]} induknya.`, where);
    }
    if (kode) {
      if (byKode.has(kode)) diag.error("DUPLICATE_KODE", `Kode rekening ${kode} tertulis dua kali.`, { sheet: grid.name, row, col: c.kode }, kode);
      byKode.set(kode, node);
    }
    stack[depth] = node;
    stack.length = depth + 1;
    if (depth === 0) program.push(node);
    else if (parent) parent.children.push(node);
  }
  for (const p of program) rollUp(p, grid.name, c.pagu, c.realisasi_anggaran, diag);
  if (total) checkTotal(total, program, diag);
  return { program, ...(total ? { total } : {}) };
}

/** Parents take the sums of their children; a stated figure that differs is reported at its cell. */
function rollUp(node: NodeAnggaran, sheet: string, colPagu: number | undefined, colReal: number | undefined, diag: Diagnostics): void {
  if (node.children.length === 0) return;
  for (const child of node.children) rollUp(child, sheet, colPagu, colReal, diag);
  const children = node.children;
  const sum = (key: "pagu" | "realisasi") => (children.some((ch) => ch[key] !== null) ? children.reduce((s, ch) => s + (ch[key] ?? 0), 0) : null);
  const noun = node.level === "program" ? "kegiatannya" : "sub kegiatannya";
  for (const [key, col, label] of [["pagu", colPagu, "Pagu"], ["realisasi", colReal, "Realisasi"]] as const) {
    const stated = key === "pagu" ? node.paguTertulis : node.realisasiTertulis;
    const truth = sum(key);
    if (truth === null) continue;
    const missing = children.filter((ch) => ch[key] === null);
    if (missing.length > 0) {
      diag.warning(
        "ROLLUP_INCOMPLETE",
        `${label} ${LABEL_NAMA[node.level]} ${kutip(node.uraian, 80)} dijumlahkan dari rincian yang tidak lengkap: ${missing.length} rincian tanpa ${label.toLowerCase()} (baris ${missing.map((m) => m.sumber.row + 1).join(", ")}).`,
        { sheet, row: node.sumber.row, col },
      );
    }
    if (stated !== null && Math.abs(stated - truth) > 0.5) {
      diag.error(
        "ROLLUP_MISMATCH",
        `${label} ${LABEL_NAMA[node.level]} ${kutip(node.uraian, 80)} tertulis ${formatRupiah(stated)}, jumlah ${noun} ${formatRupiah(truth)} (selisih ${formatRupiah(stated - truth)}); dipakai jumlah rinciannya.`,
        { sheet, row: node.sumber.row, col },
        String(stated),
        String(truth),
      );
    }
    node[key] = truth;
  }
}

function checkTotal(total: NonNullable<HasilAnggaran["total"]>, program: NodeAnggaran[], diag: Diagnostics): void {
  for (const [key, label] of [["pagu", "Pagu"], ["realisasi", "Realisasi"]] as const) {
    const stated = total[key];
    if (stated === null) continue;
    const sum = program.reduce((s, p) => s + (p[key] ?? 0), 0);
    if (Math.abs(stated - sum) > 0.5) {
      diag.error("TOTAL_MISMATCH", `${label} total tertulis ${formatRupiah(stated)}, jumlah programnya ${formatRupiah(sum)} (selisih ${formatRupiah(stated - sum)}).`, { sheet: total.sumber.sheet, row: total.sumber.row, col: total.sumber.col }, String(stated), String(sum));
    }
  }
}
