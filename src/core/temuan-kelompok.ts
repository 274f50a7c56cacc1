/**
 * Findings repeated cell by cell are one finding with its ranges and a count, in every output (the CLI's text and
 * --json, the Pemeriksaan sheet, the pane): the audit's findings and what it could not read, and the reader's
 * diagnostics alike. "'Cetak'!K13:K46: 34 sel berisi #REF!", not 34 lines, so the real findings are never buried.
 *
 * Findings of one level, code and sheet (and the same kind of figure) are one finding over their cells when
 * - their sentence is the same but for cell references (a cell error, a paragraph printed twice): anywhere in
 *   the sheet ("K13:K20,K25");
 * - their sentence is of one kind — the same once the row's own data is masked: the subject before the first ": ",
 *   quoted texts, cell references and figures — and they stand on adjacent cells of one column or one row (a
 *   column of typed numbers over its formula, of rows read as no level, a pagu and realisasi of one parent). Apart,
 *   two such findings stay two: two rows with other figures may be two mistakes, and precision comes first.
 * Each group keeps every cell (`cells`, and the audit's `sel`), the count (`jumlah`), the ranges (`rentang`) and,
 * when the members' sentences differ, the members themselves with their figures (`anggota`): nothing is lost.
 */
import { a1, parseArea, rujukanSel } from "./grid";
import type { Severity, Temuan } from "./model";

/** Runs of consecutive numbers, sorted: [[20, 22], [25, 25]]. */
export function kelompokBerurut(xs: readonly number[]): [number, number][] {
  const s = [...new Set(xs)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x === last[1] + 1) last[1] = x;
    else out.push([x, x]);
  }
  return out;
}

/** Cells A1 as ranges, column by column: ["K13:K46", "M13:M20", "P7"]; side-by-side columns of the same rows as one. */
export function rentangSel(cells: readonly string[]): string[] {
  const perKolom = new Map<number, number[]>();
  for (const c of cells) {
    const a = parseArea(c);
    if (!a) continue;
    for (let r = a.top; r <= a.bottom; r++)
      for (let k = a.left; k <= a.right; k++) (perKolom.get(k) ?? perKolom.set(k, []).get(k)!).push(r);
  }
  const runs = [...perKolom.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([k, rows]) => ({ k, runs: kelompokBerurut(rows) }));
  const out: string[] = [];
  for (let i = 0; i < runs.length;) {
    let j = i;
    const tanda = JSON.stringify(runs[i].runs);
    while (j + 1 < runs.length && runs[j + 1].k === runs[j].k + 1 && JSON.stringify(runs[j + 1].runs) === tanda) j++;
    for (const [a, b] of runs[i].runs) {
      const kiri = a1(a, runs[i].k);
      const kanan = a1(b, runs[j].k);
      out.push(kiri === kanan ? kiri : `${kiri}:${kanan}`);
    }
    i = j + 1;
  }
  return out;
}

/** How many ranges a sentence writes out before "…" (the full list: `rentang`, `sel`). */
export const MAKS_RENTANG = 6;

/** Ranges as a sentence lists them: "D40, K13:L46, …". */
export function daftarRentang(rentang: readonly string[]): string {
  return `${rentang.slice(0, MAKS_RENTANG).join(", ")}${rentang.length > MAKS_RENTANG ? ", …" : ""}`;
}

const KUTIP = /"[^"]*"|“[^”]*”/g;
const SEL = /(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)?!?\$?\b[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?\b/g;
const ANGKA = /[-−]?\d+(?:[.,]\d+)*/g;

/** A sentence with its cell references masked: the same for a finding repeated at other cells. */
export function tanpaSel(teks: string): string {
  return teks.replace(SEL, "§");
}

/**
 * A sentence's frame: what stays when the row's own data is masked — the subject before the first ": ", quoted
 * texts, cell references and figures. Two findings of one frame say one kind of thing of two rows.
 */
export function bingkai(teks: string): string {
  const titik = teks.indexOf(": ");
  const tubuh = titik > 0 ? `«»${teks.slice(titik)}` : teks;
  return tubuh.replace(KUTIP, "«»").replace(SEL, "§").replace(ANGKA, "#");
}

type Letak = { sheet: string; cell: string };

function masuk<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const ada = m.get(k);
  if (ada) ada.push(v);
  else m.set(k, [v]);
}

/** The findings with those repeated over cells as one each (`satukan`), in the order of their first cell. */
export function kelompokkanTemuan<T extends Temuan>(list: readonly T[]): T[] {
  const kunci = (t: T, f: (s: string) => string) =>
    [
      t.severity,
      t.code,
      t.sheet,
      (t as { isian?: string }).isian ?? "",
      // A cell error is the same finding whatever column it stands in: its sentence names the error alone.
      t.code === "SEL_GALAT" ? (t.found ?? "") : f(t.message),
      f((t as { penyebab?: string }).penyebab ?? ""),
    ].join("\u0000");
  // A group already made stays as it is: grouping twice gives the same list.
  const bisa = (t: T) =>
    t.jumlah === undefined && t.sheet !== undefined && t.cell !== undefined && parseArea(t.cell) !== undefined;
  const grup = new Map<T, T[]>();
  const sudah = new Set<T>();
  const catat = (ts: T[]) => {
    grup.set(ts[0], ts);
    for (const t of ts) sudah.add(t);
  };
  // 1. The same sentence but for its cells: over the whole sheet.
  const sama = new Map<string, T[]>();
  for (const t of list) if (bisa(t)) masuk(sama, kunci(t, tanpaSel), t);
  for (const ts of sama.values()) if (ts.length >= 2) catat(ts);
  // 2. One kind of sentence on adjacent cells: runs down a column, then along a row (members in the list's order).
  const urutan = new Map(list.map((t, i) => [t, i] as const));
  const pola = new Map<string, T[]>();
  for (const t of list) if (bisa(t) && !sudah.has(t) && !t.cell!.includes(":")) masuk(pola, kunci(t, bingkai), t);
  for (const ts of pola.values())
    for (const arah of ["kolom", "baris"] as const) {
      const garis = new Map<number, { t: T; i: number }[]>();
      for (const t of ts) {
        if (sudah.has(t)) continue;
        const a = parseArea(t.cell!)!;
        masuk(garis, arah === "kolom" ? a.left : a.top, { t, i: arah === "kolom" ? a.top : a.left });
      }
      for (const xs of garis.values()) {
        const urut = [...xs].sort((x, y) => x.i - y.i);
        let run: typeof urut = [];
        const tutup = () => {
          if (run.length >= 2) catat(run.map((x) => x.t).sort((a, b) => urutan.get(a)! - urutan.get(b)!));
          run = [];
        };
        for (const x of urut) {
          if (run.length > 0 && x.i !== run[run.length - 1].i + 1) tutup();
          run.push(x);
        }
        tutup();
      }
    }
  const out: T[] = [];
  for (const t of list) {
    const g = grup.get(t);
    if (g) out.push(satukan(g));
    else if (!sudah.has(t)) out.push(t);
  }
  return out;
}

/** The members' common value of a field, or undefined when they differ. */
function bersama<T, K extends keyof T>(ts: readonly T[], k: K): T[K] | undefined {
  const v = ts[0][k];
  return ts.every((t) => t[k] === v) ? v : undefined;
}

/**
 * One finding for a group: its cell the first range, its sentence the members' one with the ranges and the count,
 * every cell in `sel` (the members' own first, then the other cells they involve), figures kept where all agree.
 */
export function satukan<T extends Temuan>(ts: readonly T[]): T {
  const t = ts[0];
  const n = ts.length;
  const rentang = rentangSel(ts.map((x) => x.cell!));
  // The sentence names its ranges, whole without the cell shown beside it (--json, the pane).
  const daftar = ` (${daftarRentang(rentang)})`;
  const identik = ts.every((x) => x.message === t.message && x.messageEn === t.messageEn);
  const [id, en] =
    t.code === "SEL_GALAT"
      ? [
          `${n} sel berisi ${t.found ?? "galat"}${daftar}; nilainya tidak dipakai.`,
          `${n} cells hold ${t.found ?? "an error"}${daftar}; their values are not used.`,
        ]
      : identik
        ? [`${n} sel${daftar}: ${t.message}`, `${n} cells${daftar}: ${t.messageEn ?? t.message}`]
        : [
            `${n} sel${daftar}, temuan sejenis; yang pertama, ${t.cell}: ${t.message}`,
            `${n} cells${daftar}, findings of one kind; the first, ${t.cell}: ${t.messageEn ?? t.message}`,
          ];
  const audit = "sel" in t;
  const milik = (x: T): readonly Letak[] =>
    (x as { sel?: readonly Letak[] }).sel ?? [{ sheet: x.sheet!, cell: x.cell! }];
  const sel: Letak[] = [];
  const ada = new Set<string>();
  const tambah = (s: Letak) => {
    const k = `${s.sheet}!${s.cell}`;
    if (!ada.has(k)) {
      ada.add(k);
      sel.push(s);
    }
  };
  for (const x of ts) tambah(milik(x)[0]);
  for (const x of ts) milik(x).slice(1).forEach(tambah);
  // Figures, values and causes are kept where every member has the same; each member's own: `anggota`.
  const dasar: Record<string, unknown> = { ...(t as object) };
  delete dasar.messageEn;
  for (const k of ["found", "expected", "tertulis", "seharusnya", "penyebab", "penyebabEn"]) {
    const v = bersama(ts as readonly Record<string, unknown>[], k);
    if (v === undefined) delete dasar[k];
  }
  const hasil = {
    ...dasar,
    cell: rentang[0],
    message: id,
    // A sentence not yet written in English stays without one (shown in Indonesian, marked so).
    ...(ts.every((x) => x.messageEn !== undefined) ? { messageEn: en } : {}),
    ...(audit ? { sel } : {}),
    cells: ts.map((x) => x.cell!),
    jumlah: n,
    rentang: rentang.join(","),
    ...(identik ? {} : { anggota: ts }),
  } as unknown as T;
  ASLI.set(hasil, ts);
  return hasil;
}

/**
 * Cells of several sheets written as ranges, each with its sheet the one way the project quotes it (`rujukanSel`),
 * sheets in the order they first appear: "'3.6 Efisiensi'!G7:G10, G22, Input!M17".
 */
export function rujukanRentang(sel: readonly Letak[]): string {
  const perLembar = new Map<string, string[]>();
  for (const s of sel) masuk(perLembar, s.sheet, s.cell);
  return [...perLembar]
    .map(([sheet, cells]) =>
      rentangSel(cells)
        .map((r, i) => (i === 0 ? rujukanSel(sheet, r) : r))
        .join(", "),
    )
    .join(", ");
}

/** Findings per level, each group counted once, and the cells they stand for (a group counts its cells). */
export function hitungTingkat(list: readonly Temuan[]): Record<Severity, { temuan: number; sel: number }> {
  const out: Record<Severity, { temuan: number; sel: number }> = {
    error: { temuan: 0, sel: 0 },
    warning: { temuan: 0, sel: 0 },
    info: { temuan: 0, sel: 0 },
  };
  for (const t of list) {
    out[t.severity].temuan++;
    out[t.severity].sel += t.jumlah ?? 1;
  }
  return out;
}

/** The cells a finding involves besides its own (a group's: besides its members'), for "sel lain". */
export function selLain(t: Temuan & { readonly sel?: readonly Letak[] }): Letak[] {
  const sel = t.sel ?? [];
  if (!t.cells) return sel.slice(1);
  const milik = new Set(t.cells.map((c) => `${t.sheet}!${c}`));
  return sel.filter((s) => !milik.has(`${s.sheet}!${s.cell}`));
}

/** Each group's members as they were found (also when `anggota` is left out: their sentence is the group's). */
const ASLI = new WeakMap<object, readonly Temuan[]>();

/** The findings cell by cell again, as the checks found them: for a test or a host that works on single cells. */
export function perSel<T extends Temuan>(list: readonly T[]): T[] {
  return list.flatMap((t) => (ASLI.get(t) ?? t.anggota ?? [t]) as T[]);
}
