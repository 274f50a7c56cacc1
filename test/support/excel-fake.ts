/**
 * A fake Excel workbook behind the Office.js API surface src/excel uses, with Excel's semantics where safety
 * depends on them: operations apply in order, a failing sync leaves whatever was queued before it applied (the
 * worst case for undo), duplicate sheet names fail at the next sync, and every sync's payload is measured.
 * Faithful where Excel differs from text: a formula's sheet references are bound to the sheets (a rename follows
 * them, a delete turns them to #REF!, a sheet that does not exist is a broken reference); Excel's limits are
 * enforced and counted (255 arguments a function, 8,192 characters a formula, 5 MB a request or a response counted
 * as JSON bytes, multi-range addresses, 31-character sheet names); cells written while API calculation is suspended
 * stay uncalculated until a calculate() after that sync.
 * (office-addin-mock, used in test/excel/read.test.ts, checks load/sync discipline; it has no sheet semantics.)
 */
import { Grid, a1, parseArea } from "../../src/core/grid";

type Cell = { formula?: string; value?: unknown; format?: string };

/** Excel's documented limits (Excel specifications and limits; Office.js resource limits for Excel on the web). */
export const BATAS = {
  argumen: 255,
  panjangRumus: 8192,
  /** Request and response payload of Excel on the web, in bytes of JSON. */
  payload: 5 * 1024 * 1024,
  /** Multi-range addresses (getRanges): reported to fail at about 500 areas or 8,200 characters. */
  areaMulti: 500,
  panjangAlamatMulti: 8192,
  namaLembar: 31,
};

/** A formula split into text and sheet references (text outside string literals). */
type Bagian = string | { lembar: FakeSheet | undefined; nama: string };

const bytesJson = (x: unknown) => Buffer.byteLength(JSON.stringify(x), "utf8");

/** Excel's quoting of a sheet name in a formula. */
function kutip(nama: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(nama) && !/^[A-Za-z]{1,3}\d+/.test(nama)
    ? nama
    : `'${nama.replace(/'/g, "''")}'`;
}

/** The sheet references of a formula, outside string literals: 'Name'! and Name!. */
export function pisahRumus(f: string, cari: (nama: string) => FakeSheet | undefined): Bagian[] {
  const out: Bagian[] = [];
  let teks = "";
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < f.length && !(f[j] === '"' && f[j + 1] !== '"')) j += f[j] === '"' ? 2 : 1;
      teks += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < f.length && !(f[j] === "'" && f[j + 1] !== "'")) j += f[j] === "'" ? 2 : 1;
      if (f[j + 1] === "!") {
        const nama = f.slice(i + 1, j).replace(/''/g, "'");
        out.push(teks, { lembar: cari(nama), nama });
        teks = "";
        i = j + 2;
        continue;
      }
    }
    const m = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*!/.exec(f.slice(i));
    if (m && f[i - 1] !== "#" && !/[\w.]/.test(f[i - 1] ?? "")) {
      const nama = m[0].slice(0, -1);
      out.push(teks, { lembar: cari(nama), nama });
      teks = "";
      i += m[0].length;
      continue;
    }
    teks += ch;
    i++;
  }
  out.push(teks);
  return out;
}

/** The most arguments any one function call of the formula has (outside strings and array constants). */
export function argumenTerbanyak(f: string): number {
  const stack: { fungsi: boolean; koma: number; isi: boolean }[] = [];
  let maks = 0;
  let kurawal = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === '"') {
      i++;
      while (i < f.length && !(f[i] === '"' && f[i + 1] !== '"')) i += f[i] === '"' ? 2 : 1;
      if (stack.length) stack[stack.length - 1].isi = true;
      continue;
    }
    if (ch === "{") kurawal++;
    else if (ch === "}") kurawal--;
    else if (ch === "(") stack.push({ fungsi: /[\w.]$/.test(f.slice(0, i)), koma: 0, isi: false });
    else if (ch === ")") {
      const top = stack.pop();
      if (top?.fungsi) maks = Math.max(maks, top.isi ? top.koma + 1 : 0);
      if (stack.length) stack[stack.length - 1].isi = true;
    } else if (ch === "," && kurawal === 0 && stack.length) stack[stack.length - 1].koma++;
    else if (!/\s/.test(ch) && stack.length) stack[stack.length - 1].isi = true;
  }
  return maks;
}

/** Sides of a cell's border, as Office.js sets them (style, weight, color). */
type Sisi = "top" | "bottom" | "left" | "right";
/** What range.format set on one cell: font and border properties as given, the rest by name. */
export interface FormatSel {
  font: Record<string, unknown>;
  fill: Record<string, unknown>;
  border: Partial<Record<Sisi, Record<string, unknown>>>;
  [k: string]: unknown;
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  merges: string[] = [];
  conditionalFormats: { range: string; formula?: string; fill?: string }[] = [];
  tableList: string[] = [];
  chartList: { title: string; series: string[] }[] = [];
  frozenRows = 0;
  printTitles = "";
  showGridlines = true;
  constructor(
    readonly book: FakeBook,
    readonly id: string,
    private _name: string,
  ) {}
  get name(): string {
    return this._name;
  }
  set name(n: string) {
    const salah = this.book.namaSalah(n, this);
    if (salah) this.book.pending ??= salah;
    else {
      const lama = this._name;
      this._name = n;
      // As Excel does: formulas bound to this sheet follow it (book.segarkan), and so do workbook names.
      const ref = `=${kutip(lama)}!`;
      this.book.names = this.book.names.map((x) =>
        x.formula.startsWith(ref) ? { ...x, formula: `=${kutip(n)}!${x.formula.slice(ref.length)}` } : x,
      );
      this.book.segarkan();
    }
  }
  /** Deleted: its references elsewhere are #REF!. */
  dihapus = false;
  load(): this {
    return this;
  }
  activate(): void {
    this.book.active = this.name;
  }
  /** Sheet-scoped names (Excel gives a copied sheet copies of the workbook names that point into it). */
  names: { name: string; formula: string }[] = [];
  delete(): void {
    if (!this.book.sheets.includes(this)) return;
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
    this.dihapus = true;
    for (const c of this.cells.values()) this.book.rumus.delete(c);
    // As Excel does: a workbook name that pointed into the deleted sheet now says #REF!, and so does every formula.
    for (const ref of [`='${this.name.replace(/'/g, "''")}'!`, `=${kutip(this.name)}!`])
      this.book.names = this.book.names.map((n) =>
        n.formula.startsWith(ref) ? { ...n, formula: `=#REF!${n.formula.slice(ref.length)}` } : n,
      );
    this.book.segarkan();
  }
  getRange(address = "A1"): FakeRange {
    return new FakeRange(this, address);
  }
  getRangeByIndexes(r: number, c: number, nr: number, nc: number): FakeRange {
    return new FakeRange(this, `${a1(r, c)}:${a1(r + nr - 1, c + nc - 1)}`);
  }
  getRanges(areas: string): FakeRange {
    const n = areas.split(",").length;
    this.book.multiRange.push({ areas: n, panjang: areas.length });
    if (n > BATAS.areaMulti || areas.length > BATAS.panjangAlamatMulti)
      this.book.pending ??= new Error(`getRanges: ${n} area, ${areas.length} karakter (di atas batas Excel)`);
    return new FakeRange(this, areas);
  }
  /** The cells that hold formulas, as Office's RangeAreas of one-cell areas (null object when none). */
  getSpecialCellsOrNullObject(): FakeRange {
    const addrs = [...this.cells].filter(([, c]) => c.formula).map(([a]) => a);
    const r = new FakeRange(this, addrs.join(",") || "A1");
    r.isNullObject = addrs.length === 0;
    return r;
  }
  getUsedRangeOrNullObject(): FakeRange {
    let [bottom, right, any] = [0, 0, false];
    if (this.ujung) [bottom, right, any] = [this.ujung.top, this.ujung.left, true];
    for (const [k, v] of this.cells) {
      if ((v.value === undefined || v.value === "") && !v.formula) continue;
      const a = parseArea(k)!;
      [bottom, right, any] = [Math.max(bottom, a.top), Math.max(right, a.left), true];
    }
    const r = new FakeRange(this, `A1:${a1(bottom, right)}`);
    r.isNullObject = !any;
    return r;
  }
  /** A stray value far away (as at AZ100000), without storing the blank cells before it. */
  ujung: { top: number; left: number } | undefined;
  taruhJauh(addr: string, value: unknown): void {
    const a = parseArea(addr)!;
    this.cells.set(a1(a.top, a.left), { value });
    this.ujung = { top: a.top, left: a.left };
  }
  freezePanes = { freezeRows: (n: number) => void (this.frozenRows = n) };
  /** Cell formats by address, and column widths (points) by index. */
  formats = new Map<string, FormatSel>();
  columnWidths: number[] = [];
  pageLayout: Record<string, unknown> = {
    orientation: "",
    paperSize: "",
    zoom: {},
    setPrintTitleRows: (t: string) => void (this.printTitles = t),
    setPrintTitleColumns: (t: string) => void (this.printTitleColumns = t),
    setPrintArea: (t: string) => void (this.printArea = t),
  };
  printTitleColumns = "";
  printArea = "";
  /** Columns (0-based) a manual page break precedes. */
  verticalBreaks: number[] = [];
  verticalPageBreaks = {
    add: (r: FakeRange) => void this.verticalBreaks.push(r.columnIndex),
  };
  tables = { add: (address: string) => (this.tableList.push(address), { style: "" }) };
  charts = {
    add: () => {
      const chart = { title: "", series: [] as string[] };
      this.chartList.push(chart);
      const series = (i: number) => ({
        set name(n: string) {
          chart.series[i] = n;
        },
        setXAxisValues: () => undefined,
        setValues: () => undefined,
      });
      return {
        title: {
          set text(t: string) {
            chart.title = t;
          },
        },
        series: {
          getItemAt: (i: number) => series(i),
          add: (n: string) => (chart.series.push(n), series(chart.series.length - 1)),
        },
        setPosition: () => undefined,
      };
    },
  };
  /** Cells as a Grid (values; formulas shown as their formula text), for before/after comparisons. */
  grid(): Grid {
    const values: (string | number | boolean | null)[][] = [];
    for (const [addr, cell] of this.cells) {
      const { top, left } = parseArea(addr)!;
      (values[top] ??= [])[left] = (cell.formula ?? cell.value ?? null) as string | number | null;
    }
    return { name: this.name, values: Array.from(values, (r) => Array.from(r ?? [], (v) => v ?? null)) };
  }
}
export class FakeRange {
  isNullObject = false;
  constructor(
    readonly sheet: FakeSheet,
    readonly alamat: string,
  ) {}
  private area() {
    return parseArea(this.alamat.split(",")[0])!;
  }
  get rowIndex() {
    return this.area().top;
  }
  get columnIndex() {
    return this.area().left;
  }
  get rowCount() {
    return this.area().bottom - this.area().top + 1;
  }
  get columnCount() {
    return this.area().right - this.area().left + 1;
  }
  /** What a sync returns for this range: its loaded properties, counted toward the response payload. */
  load(props?: string): this {
    if (props) this.sheet.book.dimuat.push({ range: this, props: props.split(",").map((x) => x.trim()) });
    return this;
  }
  get address(): string {
    return `${kutip(this.sheet.name)}!${this.alamat}`;
  }
  getSpecialCellsOrNullObject(): FakeRange {
    return this.sheet.getSpecialCellsOrNullObject();
  }
  get cellCount(): number {
    return this.alamat.split(",").reduce((n, x) => {
      const a = parseArea(x)!;
      return n + (a.bottom - a.top + 1) * (a.right - a.left + 1);
    }, 0);
  }
  /** The areas of a multi-area range (RangeAreas.areas). */
  get areas() {
    const items = this.alamat.split(",").map((x) => new FakeRange(this.sheet, x));
    return { items, load: (p?: string) => items.forEach((r) => r.load(p)) };
  }
  get formulas(): unknown[][] {
    const a = this.area();
    return Array.from({ length: this.rowCount }, (_, r) =>
      Array.from({ length: this.columnCount }, (_, c) => {
        const cell = this.sheet.cells.get(a1(a.top + r, a.left + c));
        return cell?.formula ?? cell?.value ?? "";
      }),
    );
  }
  /** JSON bytes of what a loaded property returns, without building the blank cells: "" or "General" each. */
  bytesMuatan(prop: string): number {
    const a = this.area();
    const [rows, cols] = [this.rowCount, this.columnCount];
    const kosong = prop === "numberFormat" ? '"General"'.length : 2;
    let n = 2 + rows * 2 + Math.max(0, rows - 1) + rows * Math.max(0, cols - 1) + rows * cols * kosong;
    if (!["values", "numberFormat", "formulas", "text"].includes(prop)) return 20;
    for (const [addr, cell] of this.sheet.cells) {
      const p = parseArea(addr)!;
      if (p.top < a.top || p.top > a.bottom || p.left < a.left || p.left > a.right) continue;
      const v =
        prop === "numberFormat"
          ? (cell.format ?? "General")
          : prop === "formulas"
            ? (cell.formula ?? cell.value)
            : cell.value;
      if (v !== undefined && v !== "") n += bytesJson(v) - kosong;
    }
    return n;
  }
  private each(fn: (addr: string, r: number, c: number) => void): void {
    const a = this.area();
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(a1(r, c), r - a.top, c - a.left);
  }
  get values(): unknown[][] {
    const a = this.area();
    return Array.from({ length: this.rowCount }, (_, r) =>
      Array.from({ length: this.columnCount }, (_, c) => this.sheet.cells.get(a1(a.top + r, a.left + c))?.value ?? ""),
    );
  }
  get numberFormat(): string[][] {
    const a = this.area();
    return Array.from({ length: this.rowCount }, (_, r) =>
      Array.from(
        { length: this.columnCount },
        (_, c) => this.sheet.cells.get(a1(a.top + r, a.left + c))?.format ?? "General",
      ),
    );
  }
  set numberFormat(f: string[][]) {
    this.sheet.book.payload += bytesJson(f);
    this.each((addr, r, c) => {
      const cell = this.sheet.cells.get(addr);
      if (cell) cell.format = f[r][c];
      else this.sheet.cells.set(addr, { format: f[r][c] });
    });
  }
  set formulas(f: unknown[][]) {
    const book = this.sheet.book;
    book.payload += bytesJson(f);
    this.each((addr, r, c) => {
      const v = f[r][c];
      if (v === "") return;
      const cell = this.sheet.cells.get(addr) ?? {};
      if (typeof v === "string" && v.startsWith("=")) {
        const args = argumenTerbanyak(v);
        if (v.length > BATAS.panjangRumus || args > BATAS.argumen) {
          book.ditolak.push(`${this.sheet.name}!${addr}: ${v.length} karakter, ${args} argumen`);
          book.pending ??= new Error(`rumus di ${addr} melampaui batas Excel (${v.length} karakter, ${args} argumen)`);
          return;
        }
        book.ikat(cell, this.sheet, v);
        if (book.ditangguhkan) book.belumDihitung.add(cell);
      } else {
        book.rumus.delete(cell);
        delete cell.formula;
        // Excel's text prefix: a leading apostrophe marks text and is not part of the value.
        cell.value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
      }
      this.sheet.cells.set(addr, cell);
    });
  }
  /** Every cell of every area (an address may list several, as getRanges gives). */
  private cellsOfAreas(): {
    addr: string;
    r: number;
    c: number;
    a: { top: number; bottom: number; left: number; right: number };
  }[] {
    return this.alamat.split(",").flatMap((x) => {
      const a = parseArea(x)!;
      const out = [];
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++) out.push({ addr: a1(r, c), r, c, a });
      return out;
    });
  }
  private formatOf(addr: string): FormatSel {
    let f = this.sheet.formats.get(addr);
    if (!f) this.sheet.formats.set(addr, (f = { font: {}, fill: {}, border: {} }));
    return f;
  }
  /** range.format: font, fill and the six border items applied cell by cell, as Excel does. */
  get format(): Record<string, unknown> {
    const sel = this.cellsOfAreas();
    const each = (fn: (f: FormatSel) => void) => sel.forEach(({ addr }) => fn(this.formatOf(addr)));
    const setter = (fn: (f: FormatSel, k: string, v: unknown) => void) =>
      new Proxy({}, { set: (_t, k, v) => (each((f) => fn(f, String(k), v)), true) });
    // Which sides of a cell an edge item sets: the outer edges on the area's border cells, the inside ones between cells.
    const sisi = (
      edge: string,
      r: number,
      c: number,
      a: { top: number; bottom: number; left: number; right: number },
    ): Sisi[] =>
      ({
        EdgeTop: r === a.top ? ["top"] : [],
        EdgeBottom: r === a.bottom ? ["bottom"] : [],
        EdgeLeft: c === a.left ? ["left"] : [],
        EdgeRight: c === a.right ? ["right"] : [],
        InsideHorizontal: [...(r > a.top ? ["top"] : []), ...(r < a.bottom ? ["bottom"] : [])],
        InsideVertical: [...(c > a.left ? ["left"] : []), ...(c < a.right ? ["right"] : [])],
      })[edge] as Sisi[];
    const sheet = this.sheet;
    const first = parseArea(this.alamat.split(",")[0])!;
    const target: Record<string, unknown> = {
      font: setter((f, k, v) => (f.font[k] = v)),
      fill: setter((f, k, v) => (f.fill[k] = v)),
      borders: {
        getItem: (edge: string) =>
          new Proxy(
            {},
            {
              set: (_t, k, v) => {
                for (const { addr, r, c, a } of sel)
                  for (const side of sisi(edge, r, c, a)) (this.formatOf(addr).border[side] ??= {})[String(k)] = v;
                return true;
              },
            },
          ),
      },
      autofitRows: () => undefined,
    };
    return new Proxy(target, {
      set: (_t, k, v) => {
        if (k === "columnWidth") for (let c = first.left; c <= first.right; c++) sheet.columnWidths[c] = v as number;
        else each((f) => (f[String(k)] = v));
        return true;
      },
    });
  }
  merge(): void {
    this.sheet.merges.push(this.alamat);
  }
  select(): void {
    this.sheet.book.selected = `${this.sheet.name}!${this.alamat}`;
  }
  getEntireColumn(): this {
    return this;
  }
  conditionalFormats = {
    add: () => {
      const cf = {
        range: this.alamat,
        formula: undefined as string | undefined,
        fill: undefined as string | undefined,
      };
      this.sheet.conditionalFormats.push(cf);
      return {
        custom: {
          rule: {
            set formula(f: string) {
              cf.formula = f;
            },
          },
          format: {
            fill: {
              set color(c: string) {
                cf.fill = c;
              },
            },
          },
        },
      };
    },
  };
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  names: { name: string; formula: string }[] = [];
  /** The workbook's settings (Excel.SettingCollection: per file and add-in, saved with the workbook; a copied sheet does not change them). */
  settings = new Map<string, unknown>();
  pending: Error | undefined;
  active = "";
  selected = "";
  payload = 0;
  syncs = 0;
  suspends = 0;
  maxPayload = 0;
  /** Throw at this sync (1-based), after the operations queued before it have applied. */
  failAt = 0;
  /** The largest response (loaded values, formats, formulas) of any sync, in JSON bytes. */
  maxResponse = 0;
  /** Cells loaded by all syncs (what a read costs). */
  selDimuat = 0;
  /** Every multi-range call: its area count and address length. */
  multiRange: { areas: number; panjang: number }[] = [];
  /** Formulas Excel refused (over its limits). */
  ditolak: string[] = [];
  /** Formula cells and their sheet references, bound to sheets. */
  rumus = new Map<Cell, { lembar: FakeSheet; bagian: Bagian[] }>();
  /** API calculation suspended for the current batch; cells written then wait for a calculate(). */
  ditangguhkan = false;
  belumDihitung = new Set<Cell>();
  kalkulasi: string[] = [];
  /** A user waiting: past this many syncs the job is taken to hang. */
  batasSync = 2000;
  dimuat: { range: FakeRange; props: string[] }[] = [];
  nextId = 1;

  /** Why Excel would refuse this sheet name (31 characters, no []:*?/\, unique), or undefined. */
  namaSalah(n: string, diri?: FakeSheet): Error | undefined {
    if (n.length === 0 || n.length > BATAS.namaLembar || /[[\]:*?/\\]/.test(n) || /^'|'$/.test(n))
      return new Error(`nama lembar "${n}" tidak sah`);
    if (this.sheets.some((s) => s !== diri && s.name.toLowerCase() === n.toLowerCase()))
      return new Error(`nama lembar "${n}" sudah dipakai`);
    return undefined;
  }

  private cari(nama: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === nama.toLowerCase());
  }

  /** Binds a formula's sheet references to the sheets that have those names now (as Excel does when it is set). */
  ikat(cell: Cell, lembar: FakeSheet, f: string): void {
    const bagian = pisahRumus(f, (n) => this.cari(n));
    if (bagian.length === 1) {
      this.rumus.delete(cell);
      cell.formula = f;
    } else {
      this.rumus.set(cell, { lembar, bagian });
      cell.formula = this.tulis(bagian);
    }
    delete cell.value;
  }

  private tulis(bagian: Bagian[]): string {
    return bagian
      .map((b) =>
        typeof b === "string"
          ? b
          : !b.lembar
            ? `${kutip(b.nama)}!`
            : b.lembar.dihapus
              ? "#REF!"
              : `${kutip(b.lembar.name)}!`,
      )
      .join("");
  }

  /** Formula texts after a rename or a delete. */
  segarkan(): void {
    for (const [cell, r] of this.rumus) cell.formula = this.tulis(r.bagian);
  }

  /** Formula cells whose sheet reference is broken: deleted (#REF!) or to a sheet that did not exist when written. */
  rujukanRusak(): string[] {
    const out: string[] = [];
    for (const s of this.sheets)
      for (const [addr, cell] of s.cells) {
        const r = this.rumus.get(cell);
        if (r?.bagian.some((b) => typeof b !== "string" && (!b.lembar || b.lembar.dihapus)))
          out.push(`${s.name}!${addr}: ${cell.formula}`);
      }
    return out;
  }

  addSheet(name: string, rows: unknown[][] = []): FakeSheet {
    const s = new FakeSheet(this, `{${String(this.nextId++).padStart(8, "0")}-SHEET}`, name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== undefined && v !== "" && s.cells.set(a1(r, c), { value: v })),
    );
    this.sheets.push(s);
    return s;
  }

  /** The user's "Move or Copy… → Create a copy": cells copied, and each workbook name pointing into the sheet copied as a sheet-scoped name pointing into the copy. */
  copySheet(name: string, copyName: string): FakeSheet {
    const src = this.sheets.find((s) => s.name === name)!;
    const copy = this.addSheet(copyName);
    for (const [k, v] of src.cells) copy.cells.set(k, { ...v });
    const ref = `='${name.replace(/'/g, "''")}'!`;
    copy.names = this.names
      .filter((n) => n.formula.startsWith(ref))
      .map((n) => ({ name: n.name, formula: `='${copyName.replace(/'/g, "''")}'!${n.formula.slice(ref.length)}` }));
    return copy;
  }

  context(): Excel.RequestContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below are on another object and need the workbook
    const book = this;
    const worksheets = {
      get items() {
        return book.sheets;
      },
      load: () => worksheets,
      add: (name: string) => {
        const salah = book.namaSalah(name);
        if (salah) book.pending ??= salah;
        return book.addSheet(salah ? `${name.slice(0, 20)}#${book.nextId}` : name);
      },
      getItem: (key: string) => {
        const s = book.sheets.find((x) => x.id === key || x.name === key);
        if (!s) book.pending = new Error(`lembar ${key} tidak ada`);
        return s ?? new FakeSheet(book, "missing", key);
      },
    };
    const names = {
      get items() {
        return book.names.map((n) => ({
          ...n,
          delete: () => (book.names = book.names.filter((x) => x.name !== n.name)),
        }));
      },
      load: () => names,
      add: (name: string, ref: FakeRange | string) => {
        const formula = typeof ref === "string" ? ref : `='${ref.sheet.name.replace(/'/g, "''")}'!$A$1`;
        book.names.push({ name, formula });
      },
      getItem: (name: string) => ({ delete: () => (book.names = book.names.filter((x) => x.name !== name)) }),
    };
    // Excel.SettingCollection: add sets or replaces; an item's value is JSON-safe (Excel keeps the value as JSON);
    // getItemOrNullObject gives a null object for a missing key; delete removes it; reading a null object's value
    // or deleting it fails at the sync, as Excel does.
    const settings = {
      add: (key: string, value: unknown) => void book.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown),
      getItemOrNullObject: (key: string) => {
        const ada = book.settings.has(key);
        const item = {
          load: () => item,
          get isNullObject() {
            return !ada;
          },
          get key() {
            return key;
          },
          get value() {
            if (!ada) throw new Error(`setting ${key} tidak ada (null object)`);
            return book.settings.get(key);
          },
          delete: () => {
            if (!ada) book.pending ??= new Error(`setting ${key} tidak ada`);
            else book.settings.delete(key);
          },
        };
        return item;
      },
    };
    return {
      workbook: { worksheets, names, settings },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          book.suspends++;
          book.ditangguhkan = true;
        },
        // Calculation asked for while suspended is suspended too; after the sync it calculates what waits.
        calculate: (jenis: string) => {
          book.kalkulasi.push(jenis);
          if (!book.ditangguhkan) book.belumDihitung.clear();
        },
      },
      sync: async () => {
        book.syncs++;
        book.ditangguhkan = false;
        const respons = book.dimuat.reduce((n, d) => n + d.props.reduce((m, p) => m + d.range.bytesMuatan(p), 0), 0);
        book.selDimuat += book.dimuat
          .filter((d) => d.props.some((p) => ["values", "numberFormat", "formulas", "text"].includes(p)))
          .reduce((n, d) => n + d.range.rowCount * d.range.columnCount, 0);
        book.dimuat = [];
        book.maxPayload = Math.max(book.maxPayload, book.payload);
        book.maxResponse = Math.max(book.maxResponse, respons);
        const permintaan = book.payload;
        book.payload = 0;
        const err = book.pending;
        book.pending = undefined;
        if (book.syncs > book.batasSync) throw new Error(`lebih dari ${book.batasSync} sync`);
        if (book.syncs === book.failAt) throw new Error(`sync ${book.syncs} gagal`);
        if (permintaan > BATAS.payload)
          throw new Error(`RequestPayloadSizeLimitExceeded: permintaan ${permintaan} byte`);
        if (respons > BATAS.payload) throw new Error(`ResponsePayloadSizeLimitExceeded: jawaban ${respons} byte`);
        if (err) throw err;
      },
    } as unknown as Excel.RequestContext;
  }

  /** Everything a user could see: sheets in order with their cells, and the defined names. */
  snapshot() {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].map(([k, v]) => [k, { ...v }] as const).sort(),
      })),
      names: [...this.names].sort((a, b) => a.name.localeCompare(b.name)),
    };
  }
}

/** Office's globals as the pane and the ribbon command see them: onReady when Office says so, settings that can refuse. */
export class FakeOffice {
  settings = new Map<string, unknown>();
  /** saveAsync answers "failed" (a read-only or shared workbook, a lost connection). */
  tolakSimpan = false;
  /** The ribbon's actions, by name. */
  aksi = new Map<string, (event: { completed(): void }) => void>();
  /** How often the pane was opened by code (Office.addin.showAsTaskpane). */
  panelDibuka = 0;
  /** The pane shown or hidden by the user: Office.addin.onVisibilityModeChanged's handler. */
  gantiTampilan: (a: { visibilityMode: string }) => void = () => undefined;
  private siap!: (info: { host: string | null }) => void;
  private janji: Promise<{ host: string | null }>;
  constructor(
    readonly host: string | null = "Excel",
    readonly displayLanguage = "id-ID",
  ) {
    this.janji = new Promise((r) => (this.siap = r));
  }
  /** Office's own signal: onReady resolves now (and never before). */
  siapkan(): void {
    this.siap({ host: this.host });
  }
  /** Also Excel.run on this workbook. */
  pasang(book?: FakeBook): void {
    if (book)
      (globalThis as unknown as { Excel: unknown }).Excel = {
        run: (fn: (c: Excel.RequestContext) => Promise<unknown>) => fn(book.context()),
      };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the objects below read this fake's state
    const o = this;
    (globalThis as unknown as { Office: unknown }).Office = {
      HostType: { Excel: "Excel" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady: (cb?: (info: { host: string | null }) => void) => o.janji.then((info) => (cb?.(info), info)),
      actions: { associate: (nama: string, fn: (event: { completed(): void }) => void) => o.aksi.set(nama, fn) },
      VisibilityMode: { taskpane: "Taskpane", hidden: "Hidden" },
      addin: {
        showAsTaskpane: async () => void o.panelDibuka++,
        onVisibilityModeChanged: async (fn: (a: { visibilityMode: string }) => void) => void (o.gantiTampilan = fn),
      },
      context: {
        get displayLanguage() {
          return o.displayLanguage;
        },
        document: {
          settings: {
            get: (k: string) => (o.settings.has(k) ? o.settings.get(k) : null),
            set: (k: string, v: unknown) => void o.settings.set(k, v),
            saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
              cb(
                o.tolakSimpan
                  ? { status: "failed", error: { message: "tidak dapat disimpan" } }
                  : { status: "succeeded" },
              ),
          },
        },
      },
    };
  }
}

/** Browser storage that a privacy setting or an iframe policy blocks: every access throws, as browsers do. */
export class FakeStorage {
  private isi = new Map<string, string>();
  constructor(public tolak = false) {}
  private cek(): void {
    if (this.tolak) throw new DOMException("The operation is insecure.", "SecurityError");
  }
  getItem(k: string): string | null {
    this.cek();
    return this.isi.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.cek();
    this.isi.set(k, v);
  }
  removeItem(k: string): void {
    this.cek();
    this.isi.delete(k);
  }
}
