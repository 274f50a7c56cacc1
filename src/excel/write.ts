/**
 * Office.js host, writing SheetSpecs safely:
 * 1. one sync reads the sheet names and ids and the workbook's defined names (our tags: _sakip_kinerja_<id>),
 *    shared with the reader (bacaKeadaan);
 * 2. every new sheet is built under a temporary name (leftover temporary sheets of an interrupted run deleted
 *    first), its cells written in blocks whose payload, measured as the JSON Office.js sends, stays under the 5 MB
 *    limit of Excel on the web (one sync per block batch; the sample needs one), with API calculation suspended
 *    until each sync; formulas that name a sheet of the batch are held back (Excel binds a sheet reference when a
 *    formula is set, and those names are not yet the new sheets');
 * 3. one sync swaps: our previous sheets are renamed aside, the new ones take their final names and tags, the
 *    held-back formulas are written, and the workbook is calculated;
 * 4. one sync sets the user's formulas that named our previous sheets again (their own text, bound to the new
 *    sheets) and deletes the previous sheets.
 * A failure at any sync up to the swap is undone from the ids recorded on the way: new sheets deleted, previous
 * sheets and names restored. After the swap the new sheets are in place, and a failed delete is retried. So the
 * workbook is either as it was or fully regenerated, never in between. User sheets are never renamed, written or
 * deleted (the user's formulas of step 4 are set to the text they already had).
 */
import { columnLetter, quoteSheet } from "../core/grid";
import { FormatGaya, cetakLembar, formatSel, lebarPoin } from "../core/report/gaya";
import {
  Gaya,
  SheetSpec,
  cariLembarBertanda,
  digantiOleh,
  idDariTag,
  namaKami,
  namaTag,
  nilaiAman,
} from "../core/report/spec";

/** Bytes of formulas/values/number formats per sync, under the 5 MB request limit with room for the envelope. */
export const PAYLOAD_PER_SYNC = 4_000_000;

interface SheetInfo {
  id: string;
  name: string;
}
interface NameInfo {
  name: string;
  formula: string;
}

/**
 * Our record of the sheets we wrote, kept in the workbook's settings (ExcelApi 1.4; per file and add-in, saved with
 * the workbook): spec id → worksheet id, as JSON. Excel gives a copied sheet a new id, so a copy of our sheet, or a
 * user's sheet that a name spelled like our tag points to, is not in it. The .xlsx host's twin is NAMA_CATATAN.
 */
export const KUNCI_CATATAN = "sakip-lembar-kami";

/** The record as written (a JSON object of strings), or undefined when absent or not ours to read. */
export function bacaCatatan(nilai: unknown): Map<string, string> | undefined {
  if (typeof nilai !== "string") return undefined;
  try {
    const o = JSON.parse(nilai) as unknown;
    if (!o || typeof o !== "object" || Array.isArray(o)) return undefined;
    return new Map(Object.entries(o).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return undefined;
  }
}

/**
 * Sheets tagged as ours, by spec id, from the workbook's names (workbook-scoped only: sheet copies carry theirs) —
 * and in our record with that sheet's id; in a workbook without the record (written before it), on a sheet that
 * bears our name for that id. Any other tagged sheet is the user's: never replaced, its name taken (the notice).
 */
export function tagged(
  names: readonly NameInfo[],
  sheets: readonly SheetInfo[],
  catatan?: ReadonlyMap<string, string>,
): Map<string, SheetInfo> {
  const ours = cariLembarBertanda(
    names,
    sheets.map((s) => s.name),
  );
  const out = new Map<string, SheetInfo>();
  for (const [id, nama] of ours) {
    const s = sheets.find((x) => x.name === nama)!;
    if (catatan ? catatan.get(id) === s.id : namaKami(id, nama)) out.set(id, s);
  }
  return out;
}

/** What the first sync learned: the sheets (ids and names) and the defined names, with our tags among them. */
export interface Keadaan {
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly NameInfo[];
  readonly ours: Map<string, SheetInfo>;
  /** Our record as it was read (its JSON), to put back if the write is undone. */
  readonly catatan?: string;
}

/** Sync 1: sheet names and ids, defined names, our record. The reader and the writer both start from it. */
export async function bacaKeadaan(context: Excel.RequestContext): Promise<Keadaan> {
  const wb = context.workbook;
  wb.worksheets.load("items/name,items/id");
  wb.names.load("items/name,items/formula");
  const rekam = wb.settings.getItemOrNullObject(KUNCI_CATATAN);
  rekam.load("value");
  await context.sync();
  const sheets = wb.worksheets.items.map((w) => ({ id: w.id, name: w.name }));
  const names = wb.names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
  const mentah: unknown = rekam.isNullObject ? undefined : rekam.value;
  const catatan = typeof mentah === "string" ? mentah : undefined;
  return { sheets, names, ours: tagged(names, sheets, bacaCatatan(catatan)), catatan };
}

/** A user's formula that names one of our sheets: rewritten after the swap so that it binds to the new sheet. */
export interface RumusPengguna {
  readonly lembar: string;
  readonly alamat: string;
  readonly rumus: string;
}

export interface HasilTulis {
  readonly syncs: number;
  /** The user's formulas bound again to the rebuilt sheets ('Sheet'!A1). */
  readonly disambung: string[];
  /** Leftover temporary sheets of an interrupted run, deleted. */
  readonly dibersihkan: string[];
}

/** Writes specs (already carrying their final names) into the workbook; returns the number of syncs used. */
export async function tulisLembarExcel(
  context: Excel.RequestContext,
  specs: readonly SheetSpec[],
  k: Keadaan,
  signal?: AbortSignal,
  rumusPengguna: readonly RumusPengguna[] = [],
): Promise<HasilTulis> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  /** Cancelling is honoured up to the swap; the undo then leaves the workbook as it was. */
  const periksaBatal = () => {
    if (signal?.aborted) throw new Error("Dibatalkan");
  };
  const wb = context.workbook;
  const created: Excel.Worksheet[] = [];
  const aside = new Map<string, string>(); // sheet id → original name, for our previous sheets
  // Formulas that name a sheet of this batch are written after the swap: Excel binds a sheet reference when the
  // formula is set, and before the swap that name is a temporary sheet's or our previous sheet's.
  const namaBaru = specs.map((x) => x.nama);
  const ditunda: { lembar: number; tunda: Tunda[] }[] = [];
  // A run that was interrupted (the pane closed mid-way, a delete that failed twice) may have left its temporary
  // sheets: only this add-in makes those names; they would block the names this run needs.
  const sisa = k.sheets.filter((x) => x.name.startsWith(TEMP) || x.name.startsWith(ASIDE));
  let tertukar = false;
  try {
    for (const x of sisa) wb.worksheets.getItem(x.id).delete();
    // 2. Build under temporary names.
    let budget = 0;
    for (const [i, spec] of specs.entries()) {
      const ws = wb.worksheets.add(`${TEMP}${i + 1}`);
      ws.load("id");
      created.push(ws);
      const tunda: Tunda[] = [];
      ditunda.push({ lembar: i, tunda });
      for (const block of blocks(spec, namaBaru, tunda)) {
        if (budget > 0 && budget + block.bytes > PAYLOAD_PER_SYNC) {
          await sync();
          periksaBatal();
          budget = 0;
        }
        context.application.suspendApiCalculationUntilNextSync();
        const range = ws.getRangeByIndexes(block.row, 0, block.formulas.length, block.formulas[0].length);
        range.numberFormat = block.formats;
        range.formulas = block.formulas;
        budget += block.bytes;
      }
      const panggilan = panggilanGaya(spec);
      const tata = bytesTata(spec, panggilan);
      if (budget > 0 && budget + tata > PAYLOAD_PER_SYNC) {
        await sync();
        periksaBatal();
        budget = 0;
      }
      layout(ws, spec, panggilan);
      budget += tata;
    }
    await sync();
    periksaBatal();
    // 3. Swap: previous sheets aside, new ones to their names, tags moved; then the formulas that name them.
    // Only the families written are replaced: building the report leaves the audit sheet, and the reverse.
    const diganti = (name: string) => {
      const id = idDariTag(name);
      return id !== undefined && digantiOleh(id, specs);
    };
    const namaLama: string[] = [];
    for (const [id, info] of k.ours) {
      if (!digantiOleh(id, specs)) continue;
      aside.set(info.id, info.name);
      namaLama.push(info.name);
      wb.worksheets.getItem(info.id).name = `${ASIDE}${aside.size}`;
    }
    for (const n of k.names.filter((x) => diganti(x.name))) wb.names.getItem(n.name).delete();
    for (const [i, spec] of specs.entries()) {
      created[i].name = spec.nama;
      wb.names.add(namaTag(spec.id), created[i].getRange("A1"), "SAKIP Kinerja");
    }
    // Our record: the sheets written now by their ids, with those of the other family kept (still in the workbook).
    const rekam: Record<string, string> = {};
    for (const [id, info] of k.ours) if (!digantiOleh(id, specs)) rekam[id] = info.id;
    for (const [i, spec] of specs.entries()) rekam[spec.id] = created[i].id;
    wb.settings.add(KUNCI_CATATAN, JSON.stringify(rekam));
    for (const { lembar, tunda } of ditunda)
      for (const t of tunda)
        created[lembar].getRangeByIndexes(t.row, t.col, 1, t.formulas.length).formulas = [t.formulas];
    // Calculation was suspended for every write: Excel leaves the recalculation to the add-in.
    context.application.calculate("Full" as Excel.CalculationType);
    await sync();
    tertukar = true;
    // 4. The new sheets are in place. The user's formulas that named our previous sheets (now renamed aside) are set
    // again with their own text, which binds them to the new sheets; then the previous sheets are deleted. If this
    // sync fails, try once more; whatever remains is only a renamed copy of our own old sheets, never a user's (a
    // later run clears it).
    const milikKita = new Set([...k.ours.values()].map((x) => x.name));
    const sambung = rumusPengguna.filter(
      (r) => !milikKita.has(r.lembar) && namaLama.some((n) => namaBaru.includes(n) && menyebut(r.rumus, n)),
    );
    const sambungkan = () => {
      for (const r of sambung) wb.worksheets.getItem(r.lembar).getRange(r.alamat).formulas = [[r.rumus]];
    };
    sambungkan();
    for (const [id] of aside) wb.worksheets.getItem(id).delete();
    try {
      await sync();
    } catch {
      sambungkan();
      wb.worksheets.load("items/id");
      await sync();
      for (const ws of wb.worksheets.items) if (aside.has(ws.id)) ws.delete();
      await sync().catch(() => undefined);
    }
    return {
      syncs,
      disambung: sambung.map((r) => `${quoteSheet(r.lembar)}!${r.alamat}`),
      dibersihkan: sisa.map((x) => x.name),
    };
  } catch (e) {
    if (!tertukar) await undo(context, created, aside, k.names, k.catatan);
    throw e;
  }
}

/** Whether a formula names a sheet (as 'Name'! or Name!, outside its strings). */
export function menyebut(rumus: string, lembar: string): boolean {
  const tanpaTeks = rumus.replace(/"(?:[^"]|"")*"/g, '""');
  const q = quoteSheet(lembar);
  const semua = [q, `'${lembar.replace(/'/g, "''")}'`];
  return semua.some((x) => tanpaTeks.toLowerCase().includes(`${x.toLowerCase()}!`));
}

const TEMP = "~sakip-baru-";
const ASIDE = "~sakip-lama-";

/**
 * Puts the workbook back as it was, whatever part of the batch was applied: sheets created in this run (by id, or
 * by their temporary name) deleted, our previous sheets renamed back, our tags restored.
 */
async function undo(
  context: Excel.RequestContext,
  created: Excel.Worksheet[],
  aside: Map<string, string>,
  names: readonly NameInfo[],
  catatan: string | undefined,
): Promise<void> {
  const wb = context.workbook;
  const ids = new Set(created.map(idOrUndefined).filter((x): x is string => x !== undefined));
  wb.worksheets.load("items/name,items/id");
  wb.names.load("items/name");
  const rekam = wb.settings.getItemOrNullObject(KUNCI_CATATAN);
  rekam.load("key");
  await context.sync();
  // Delete first, so that the previous sheets can take their names back in the same batch.
  for (const ws of wb.worksheets.items)
    if (!aside.has(ws.id) && (ids.has(ws.id) || ws.name.startsWith(TEMP))) ws.delete();
  for (const ws of wb.worksheets.items) if (aside.has(ws.id)) ws.name = aside.get(ws.id)!;
  for (const n of wb.names.items) if (idDariTag(n.name)) n.delete();
  for (const n of names.filter((x) => idDariTag(x.name))) wb.names.add(n.name, n.formula, "SAKIP Kinerja");
  if (catatan !== undefined) wb.settings.add(KUNCI_CATATAN, catatan);
  else if (!rekam.isNullObject) rekam.delete();
  await context.sync();
}

/** A created sheet's id, if a sync has loaded it. */
function idOrUndefined(ws: Excel.Worksheet): string | undefined {
  try {
    return typeof ws.id === "string" ? ws.id : undefined;
  } catch {
    return undefined;
  }
}

interface Block {
  row: number;
  formulas: (string | number | boolean)[][];
  formats: string[][];
  bytes: number;
}

/** A run of formulas in one row written after the swap (they name a sheet of the same batch). */
interface Tunda {
  row: number;
  col: number;
  formulas: string[];
}

const BLOCK_ROWS = 2000;
/** A block's share of a request: a few blocks a sync, the measure of each exact. */
const BLOCK_BYTES = 1_000_000;

/** Bytes of UTF-8 of a string (what the request carries), without encoding it. */
export function bytesUtf8(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2; // 2 bytes; 3; a surrogate pair 4 for its two units
  }
  return n;
}

/** The request bytes of a value as JSON: what Office.js sends. */
export const bytesJson = (x: unknown): number => bytesUtf8(JSON.stringify(x));

/**
 * A text value as `range.formulas` must take it: text that Excel would read as a formula, a number's sign or its
 * own text prefix (a leading apostrophe) gets the prefix, so the cell shows the text as it is.
 */
export function teksAman(nilai: string): string {
  return /^[=+\-@']/.test(nilai) ? `'${nilai}` : nilai;
}

/**
 * Rows of a spec as formula/value and number-format arrays, in blocks of at most BLOCK_ROWS rows and about
 * BLOCK_BYTES bytes, each with its payload measured as the JSON Office.js sends. Formulas that name a sheet of
 * `namaBaru` are left blank here and listed in `tunda`, to be written once those names are the new sheets'.
 */
export function blocks(spec: SheetSpec, namaBaru: readonly string[] = [], tunda: Tunda[] = []): Block[] {
  const width = Math.max(spec.lebar.length, ...spec.rows.map((r) => r.length));
  const rujukan = namaBaru.map((n) => `${quoteSheet(n)}!`.toLowerCase());
  const out: Block[] = [];
  let cur: Block | undefined;
  spec.rows.forEach((row, r) => {
    const formulas = Array.from({ length: width }, (_, c): string | number | boolean => {
      const cell = row[c];
      if (!cell) return "";
      if (cell.f) {
        if (
          cell.f.includes("!") &&
          rujukan.some((q) => cell.f!.toLowerCase().includes(q)) &&
          namaBaru.some((n) => menyebut(cell.f!, n))
        ) {
          const last = tunda[tunda.length - 1];
          if (last && last.row === r && last.col + last.formulas.length === c) last.formulas.push(cell.f);
          else tunda.push({ row: r, col: c, formulas: [cell.f] });
          return "";
        }
        return cell.f;
      }
      const nilai = nilaiAman(cell.v);
      return typeof nilai === "string" ? teksAman(nilai) : (nilai ?? "");
    });
    const formats = Array.from({ length: width }, (_, c) => row[c]?.fmt ?? "General");
    const bytes = bytesJson(formulas) + bytesJson(formats) + 2;
    if (!cur || cur.formulas.length >= BLOCK_ROWS || cur.bytes + bytes > BLOCK_BYTES) {
      cur = { row: r, formulas: [], formats: [], bytes: 4 };
      out.push(cur);
    }
    cur.formulas.push(formulas);
    cur.formats.push(formats);
    cur.bytes += bytes;
  });
  return out;
}

/** Areas per multi-range call, and characters of its address: well under where such calls are reported to fail. */
export const AREA_PER_PANGGILAN = 200;
export const ALAMAT_PER_PANGGILAN = 4000;

/** A list of A1 areas as the addresses of a few multi-range calls, each within AREA_ and ALAMAT_PER_PANGGILAN. */
export function potongAlamat(areas: readonly string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const a of areas) {
    if (cur.length > 0 && (cur.length >= AREA_PER_PANGGILAN || len + a.length + 1 > ALAMAT_PER_PANGGILAN)) {
      out.push(cur.join(","));
      [cur, len] = [[], 0];
    }
    cur.push(a);
    len += a.length + 1;
  }
  if (cur.length > 0) out.push(cur.join(","));
  return out;
}

/** The multi-range format calls of a spec: each style's (and indent level's) areas, in chunks (potongAlamat). */
function panggilanGaya(spec: SheetSpec): [string, FormatGaya][] {
  const out: [string, FormatGaya][] = [];
  for (const [gaya, areas] of styleAreas(spec)) for (const a of potongAlamat(areas)) out.push([a, formatSel(gaya)]);
  for (const [[gaya, level], areas] of indentAreas(spec))
    for (const a of potongAlamat(areas)) out.push([a, formatSel(gaya, level)]);
  return out;
}

/** The request bytes of a sheet's layout, near enough: each call's address with each property it sets, and the rest. */
function bytesTata(spec: SheetSpec, panggilan: readonly [string, FormatGaya][]): number {
  const gaya = panggilan.reduce((n, [alamat]) => n + alamat.length * 14 + 2000, 0);
  return gaya + spec.merges.length * 200 + spec.lebar.length * 200 + spec.warna.length * 1000 + 5000;
}

/** Styles by named areas (a few calls per style), merges, widths, freeze, print setup, colours, table, chart. */
function layout(ws: Excel.Worksheet, spec: SheetSpec, panggilan: readonly [string, FormatGaya][]): void {
  for (const [alamat, f] of panggilan) format(ws.getRanges(alamat), f);
  for (const m of spec.merges) ws.getRange(m).merge(false);
  spec.lebar.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = lebarPoin(w)));
  ws.getRange().format.autofitRows();
  ws.freezePanes.freezeRows(spec.beku.baris);
  const c = cetakLembar(spec);
  const pl = ws.pageLayout;
  pl.orientation = ORIENTASI[c.orientasi];
  pl.paperSize = KERTAS[c.kertas];
  pl.leftMargin = c.margin.kiri * POIN;
  pl.rightMargin = c.margin.kanan * POIN;
  pl.topMargin = c.margin.atas * POIN;
  pl.bottomMargin = c.margin.bawah * POIN;
  pl.headerMargin = c.margin.kepala * POIN;
  pl.footerMargin = c.margin.kaki * POIN;
  pl.zoom = c.muatLebar ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: c.skala };
  pl.setPrintTitleRows(`$${c.barisJudul[0]}:$${c.barisJudul[1]}`);
  // ExcelApi 1.9, as the rest of pageLayout.
  if (c.kolomJudul)
    pl.setPrintTitleColumns(`$${columnLetter(c.kolomJudul[0] - 1)}:$${columnLetter(c.kolomJudul[1] - 1)}`);
  if (c.barisCetak) pl.setPrintArea(`A${c.barisCetak[0]}:${columnLetter(spec.lebar.length - 1)}${c.barisCetak[1]}`);
  for (const k of c.putusKolom) ws.verticalPageBreaks.add(ws.getRangeByIndexes(0, k, 1, 1));
  ws.showGridlines = c.garisKisi;
  for (const w of spec.warna) {
    const top = w.range.split(":")[0];
    for (const a of w.aturan) {
      const cf = ws.getRange(w.range).conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=${top}="${a.teks.replace(/"/g, '""')}"`;
      cf.custom.format.fill.color = hex(a.warna);
    }
  }
  if (spec.tabel) ws.tables.add(spec.tabel, true).style = "TableStyleLight1";
  if (spec.grafik) {
    const g = spec.grafik;
    const chart = ws.charts.add("ColumnClustered", ws.getRange(g.seri[0].range), "Columns");
    chart.title.text = g.judul;
    chart.series.getItemAt(0).name = g.seri[0].nama;
    chart.series.getItemAt(0).setXAxisValues(ws.getRange(g.kategori));
    for (const s of g.seri.slice(1)) {
      const series = chart.series.add(s.nama);
      series.setValues(ws.getRange(s.range));
      series.setXAxisValues(ws.getRange(g.kategori));
    }
    chart.setPosition(g.posisi);
  }
}

/** For each style, its cells as a few rectangular A1 areas (runs of rows in a column). */
export function styleAreas(spec: SheetSpec): Map<Gaya, string[]> {
  const out = new Map<Gaya, string[]>();
  const width = Math.max(0, ...spec.rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let run: { gaya: Gaya; from: number } | undefined;
    const close = (to: number) => {
      if (!run) return;
      const col = columnLetter(c);
      const area = run.from === to ? `${col}${run.from + 1}` : `${col}${run.from + 1}:${col}${to + 1}`;
      out.set(run.gaya, [...(out.get(run.gaya) ?? []), area]);
      run = undefined;
    };
    for (let r = 0; r <= spec.rows.length; r++) {
      const g = spec.rows[r]?.[c]?.gaya;
      if (run && g === run.gaya) continue;
      close(r - 1);
      if (g) run = { gaya: g, from: r };
    }
  }
  return out;
}

/** Cells with an indent, as A1 areas per style and level (one call per pair). */
export function indentAreas(spec: SheetSpec): Map<[Gaya, number], string[]> {
  const out = new Map<string, { kunci: [Gaya, number]; areas: string[] }>();
  spec.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c?.indent || !c.gaya) return;
      const k = `${c.gaya}|${c.indent}`;
      if (!out.has(k)) out.set(k, { kunci: [c.gaya, c.indent], areas: [] });
      out.get(k)!.areas.push(`${columnLetter(col)}${r + 1}`);
    }),
  );
  return new Map([...out.values()].map((x) => [x.kunci, x.areas]));
}

/** Points to the inch: the core's margins are in inches, Office.js takes points. */
const POIN = 72;
const ORIENTASI = { landscape: "Landscape", portrait: "Portrait" } as const;
/** Excel.PaperType (ExcelApi 1.9); F4 is Folio (8.5 × 13 in, 215.9 × 330.2 mm). */
const KERTAS = { A4: "A4", F4: "Folio", A3: "A3" } as const;
const RATA = { left: "Left", center: "Center", right: "Right" } as const;
const TEGAK = { top: "Top", center: "Center" } as const;
const hex = (rgb: string) => `#${rgb}`;

/** A style in Office.js terms; what the description leaves absent stays the new sheet's default. */
function format(r: Excel.RangeAreas, f: FormatGaya): void {
  const font = r.format.font;
  font.name = f.huruf.nama;
  font.size = f.huruf.ukuran;
  font.bold = f.huruf.tebal;
  font.italic = f.huruf.miring;
  if (f.huruf.warna) font.color = hex(f.huruf.warna);
  if (f.isi) r.format.fill.color = hex(f.isi);
  if (f.garis) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const) {
      const b = r.format.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = hex(f.garis.warna);
    }
  }
  if (f.rata) r.format.horizontalAlignment = RATA[f.rata];
  if (f.tegak) r.format.verticalAlignment = TEGAK[f.tegak];
  if (f.bungkus) r.format.wrapText = true;
  if (f.indent) r.format.indentLevel = f.indent;
}
