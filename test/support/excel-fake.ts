/**
 * A fake Excel workbook behind the Office.js API surface src/excel uses, with Excel's semantics where safety
 * depends on them: operations apply in order, a failing sync leaves whatever was queued before it applied (the
 * worst case for undo), duplicate sheet names fail at the next sync, and every sync's payload is measured.
 * (office-addin-mock, used in test/excel/read.test.ts, checks load/sync discipline; it has no sheet semantics.)
 */
import { Grid, a1, parseArea } from "../../src/core/grid";

type Cell = { formula?: string; value?: unknown; format?: string };

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
    if (this.book.sheets.some((s) => s !== this && s._name.toLowerCase() === n.toLowerCase()))
      this.book.pending = new Error(`nama lembar "${n}" sudah dipakai`);
    else this._name = n;
  }
  load(): this {
    return this;
  }
  activate(): void {
    this.book.active = this.name;
  }
  /** Sheet-scoped names (Excel gives a copied sheet copies of the workbook names that point into it). */
  names: { name: string; formula: string }[] = [];
  delete(): void {
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
    // As Excel does: a workbook name that pointed into the deleted sheet now says #REF!.
    const ref = `='${this.name.replace(/'/g, "''")}'!`;
    this.book.names = this.book.names.map((n) =>
      n.formula.startsWith(ref) ? { ...n, formula: `=#REF!${n.formula.slice(ref.length)}` } : n,
    );
  }
  getRange(address = "A1"): FakeRange {
    return new FakeRange(this, address);
  }
  getRangeByIndexes(r: number, c: number, nr: number, nc: number): FakeRange {
    return new FakeRange(this, `${a1(r, c)}:${a1(r + nr - 1, c + nc - 1)}`);
  }
  getRanges(areas: string): FakeRange {
    return new FakeRange(this, areas);
  }
  getUsedRangeOrNullObject(): FakeRange {
    let [bottom, right, any] = [0, 0, false];
    for (const [k, v] of this.cells) {
      if ((v.value === undefined || v.value === "") && !v.formula) continue;
      const a = parseArea(k)!;
      [bottom, right, any] = [Math.max(bottom, a.top), Math.max(right, a.left), true];
    }
    const r = new FakeRange(this, `A1:${a1(bottom, right)}`);
    r.isNullObject = !any;
    return r;
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
    add: (r: FakeRange) => void this.verticalBreaks.push(parseArea(r.address)!.left),
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
    readonly address: string,
  ) {}
  private area() {
    return parseArea(this.address.split(",")[0])!;
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
  load(): this {
    return this;
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
    this.sheet.book.payload += JSON.stringify(f).length;
    this.each((addr, r, c) => {
      const cell = this.sheet.cells.get(addr);
      if (cell) cell.format = f[r][c];
      else this.sheet.cells.set(addr, { format: f[r][c] });
    });
  }
  set formulas(f: unknown[][]) {
    this.sheet.book.payload += JSON.stringify(f).length;
    this.each((addr, r, c) => {
      const v = f[r][c];
      if (v === "") return;
      const cell = this.sheet.cells.get(addr) ?? {};
      if (typeof v === "string" && v.startsWith("=")) cell.formula = v;
      else cell.value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
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
    return this.address.split(",").flatMap((x) => {
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
    const first = parseArea(this.address.split(",")[0])!;
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
    this.sheet.merges.push(this.address);
  }
  select(): void {
    this.sheet.book.selected = `${this.sheet.name}!${this.address}`;
  }
  getEntireColumn(): this {
    return this;
  }
  conditionalFormats = {
    add: () => {
      const cf = {
        range: this.address,
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
  pending: Error | undefined;
  active = "";
  selected = "";
  payload = 0;
  syncs = 0;
  suspends = 0;
  maxPayload = 0;
  /** Throw at this sync (1-based), after the operations queued before it have applied. */
  failAt = 0;
  private nextId = 1;

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
      add: (name: string) => book.addSheet(name),
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
    return {
      workbook: { worksheets, names },
      application: { suspendApiCalculationUntilNextSync: () => void book.suspends++ },
      sync: async () => {
        book.syncs++;
        book.maxPayload = Math.max(book.maxPayload, book.payload);
        book.payload = 0;
        const err = book.pending;
        book.pending = undefined;
        if (book.syncs === book.failAt) throw new Error(`sync ${book.syncs} gagal`);
        if (err) throw err;
      },
    } as unknown as Excel.RequestContext;
  }

  /** Everything a user could see: sheets in order with their cells, and the defined names. */
  snapshot() {
    return {
      sheets: this.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort() })),
      names: [...this.names].sort((a, b) => a.name.localeCompare(b.name)),
    };
  }
}
