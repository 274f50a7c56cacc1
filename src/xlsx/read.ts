/**
 * .xlsx host, reading: a worksheet part streamed (inflated in pieces, tokenized by pindai.ts) into a Grid — values,
 * cached formula results, formulas (shared ones translated to their cell), number formats, merges, hidden rows and
 * columns. Only the sheets asked for are read; memory follows the sheets read, not the package.
 */
import { CellValue, Grid, columnIndex, parseArea } from "../core/grid";
import { LembarPaket, Paket, PaketRusak, atribut, decodeOoxml, unescapeXml } from "./paket";
import { Pemindai } from "./pindai";
import { alirkanTeks } from "./zip";

export { Paket, PaketRusak };

/** Opens a package from its bytes (a file path in Node, read here for the tests and scripts). */
export async function bukaPaket(source: string | ArrayBuffer | Uint8Array): Promise<Paket> {
  if (typeof source === "string") {
    // Node only (tests, scripts); the browser passes bytes.
    const fs = process.getBuiltinModule("fs");
    return new Paket(new Uint8Array(fs.readFileSync(source)));
  }
  return new Paket(source instanceof Uint8Array ? source : new Uint8Array(source));
}

/** The worksheets of a package (chart sheets and others have no cells). */
export function lembarKerja(p: Paket): LembarPaket[] {
  return p.lembar.filter((l) => l.jenis === "worksheet");
}

export function bacaLembar(p: Paket, lembar: LembarPaket): Grid {
  const sst = p.sharedStrings();
  const gaya = p.formatGaya();
  const lekuk = p.lekukanGaya();
  const indents: number[][] = [];
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const kolomTersembunyi: [number, number][] = [];
  const merges: string[] = [];
  const sumberDaftar: string[] = [];
  let validasiDaftar = false;
  let rumusValidasi: string | undefined;
  const bersama = new Map<string, { f: string; row: number; col: number }>();

  let row = -1;
  let rowHidden = false;
  let rowPunyaIsi = false;
  let col = -1;
  let t = "n";
  let s = 0;
  let teks: string | undefined; // text of <v>, <t> inside <is>, or <f>
  let v: string | undefined;
  let f: string | undefined;
  let fAttr: Record<string, string> | undefined;
  let isTeks: string | undefined;
  let dalam: "v" | "f" | "t" | undefined;
  let dalamRph = false;

  const attr = (mentah: string, nama: string): string | undefined => {
    const i = mentah.indexOf(` ${nama}="`);
    if (i >= 0) {
      const a = i + nama.length + 3;
      const v = mentah.slice(a, mentah.indexOf('"', a));
      return v.includes("&") ? unescapeXml(v) : v;
    }
    return polaAtribut(nama).test(mentah) ? atribut(mentah)[nama] : undefined;
  };
  const luar = () => new PaketRusak("di-luar-lembar", lembar.bagian, lembar.nama);
  const pemindai = new Pemindai({
    buka(name, mentah) {
      switch (name) {
        case "row": {
          const r = attr(mentah, "r");
          row = r ? Number(r) - 1 : row + 1;
          // Excel's last row is 1,048,576: a row past it is a damaged sheet, refused before any memory is spent on it.
          if (!(row >= 0 && row < BARIS_MAKS && Number.isInteger(row))) throw luar();
          col = -1;
          const h = attr(mentah, "hidden");
          rowHidden = h === "1" || h === "true";
          rowPunyaIsi = false;
          break;
        }
        case "c": {
          const ref = attr(mentah, "r");
          col = ref ? alamatKolom(ref) : col + 1;
          if (ref) {
            const r = alamatBaris(ref);
            if (r !== undefined && r !== row) row = r;
          }
          if (col >= KOLOM_MAKS || !(row >= 0 && row < BARIS_MAKS)) throw luar();
          t = attr(mentah, "t") ?? "n";
          const st = attr(mentah, "s");
          s = st ? Number(st) : 0;
          v = f = isTeks = fAttr = undefined;
          break;
        }
        case "v":
          dalam = "v";
          teks = "";
          break;
        case "f":
          if (rumusValidasi !== undefined) break; // x14's <xm:f> inside a validation's <formula1>
          dalam = "f";
          teks = "";
          fAttr = { t: attr(mentah, "t") ?? "", si: attr(mentah, "si") ?? "" };
          if (!fAttr.si) delete fAttr.si;
          break;
        case "is":
          isTeks = "";
          break;
        case "rPh":
          dalamRph = true;
          break;
        case "t":
          if (isTeks !== undefined && !dalamRph) {
            dalam = "t";
            teks = "";
          }
          break;
        case "col": {
          const h = attr(mentah, "hidden");
          if (h === "1" || h === "true")
            kolomTersembunyi.push([Number(attr(mentah, "min")) - 1, Number(attr(mentah, "max")) - 1]);
          break;
        }
        case "mergeCell": {
          const ref = attr(mentah, "ref");
          if (ref) merges.push(ref);
          break;
        }
        // A list validation's source (its dropdown): <formula1>, or <xm:f> inside x14's <formula1>.
        case "dataValidation":
          validasiDaftar = attr(mentah, "type") === "list";
          break;
        case "formula1":
          if (validasiDaftar) rumusValidasi = "";
          break;
      }
    },
    teks(x, cdata) {
      if (dalam) teks += cdata ? x.replace(/&/g, "&amp;").replace(/</g, "&lt;") : x;
      else if (rumusValidasi !== undefined) rumusValidasi += x;
    },
    tutup(name) {
      switch (name) {
        case "v":
          v = unescapeXml(teks!);
          dalam = undefined;
          break;
        case "f":
          if (dalam !== "f") break;
          f = unescapeXml(teks!);
          dalam = undefined;
          break;
        case "t":
          if (dalam === "t") {
            isTeks += unescapeXml(teks!);
            dalam = undefined;
          }
          break;
        case "rPh":
          dalamRph = false;
          break;
        case "c": {
          const rumus = rumusSel(f, fAttr, row, col, bersama);
          const nf = gaya[s] ?? null;
          const nilai = nilaiSel(t, v, isTeks, nf, sst, p, lembar.nama);
          if (nilai === null && rumus === null) break;
          (values[row] ??= [])[col] = nilai;
          // Formulas and formats only where there is one: their rows stay as short as their last entry (a value
          // at XFD makes one long row of values, not three).
          if (rumus !== null) (formulas[row] ??= [])[col] = rumus;
          if (nf !== null) (numberFormats[row] ??= [])[col] = nf;
          if (lekuk[s] > 0) (indents[row] ??= [])[col] = lekuk[s];
          rowPunyaIsi = true;
          break;
        }
        case "row":
          if (rowHidden && rowPunyaIsi) hiddenRows.push(row);
          break;
        case "formula1":
          if (rumusValidasi !== undefined && rumusValidasi.trim() !== "")
            sumberDaftar.push(unescapeXml(rumusValidasi.trim()));
          rumusValidasi = undefined;
          break;
        case "dataValidation":
          validasiDaftar = false;
          break;
      }
    },
  });
  try {
    alirkanTeks(p.zip, p.entriDari(lembar.bagian!), (potongan) => pemindai.tulis(potongan));
    pemindai.selesai();
  } catch (e) {
    if (e instanceof PaketRusak) throw e;
    throw new PaketRusak("bagian-rusak", lembar.bagian);
  }

  const area = merges.map(parseArea).filter((x): x is NonNullable<typeof x> => x !== undefined);
  // Merged cells other than the top-left one are blank to the core, whatever the file holds in them.
  for (const m of area) {
    for (let r = m.top; r <= Math.min(m.bottom, values.length - 1); r++) {
      const vals = values[r];
      if (!vals) continue;
      for (let c = m.left; c <= Math.min(m.right, vals.length - 1); c++) {
        if (r === m.top && c === m.left) continue;
        vals[c] = null;
        if (formulas[r]) formulas[r][c] = null;
        if (numberFormats[r]) numberFormats[r][c] = null;
      }
    }
  }
  let lebar = 0;
  for (let r = 0; r < values.length; r++) {
    values[r] = isiKosong(values[r]);
    formulas[r] = isiKosong(formulas[r]);
    numberFormats[r] = isiKosong(numberFormats[r]);
    lebar = Math.max(lebar, values[r].length);
  }
  const hiddenColumns: number[] = [];
  for (let c = 0; c < lebar; c++) if (kolomTersembunyi.some(([a, b]) => c >= a && c <= b)) hiddenColumns.push(c);
  return {
    name: lembar.nama,
    values,
    formulas,
    numberFormats,
    ...(indents.length > 0 ? { indents } : {}),
    merges: area,
    hiddenRows,
    hiddenColumns,
    ...(lembar.state !== "visible" ? { tersembunyi: true } : {}),
    ...(sumberDaftar.length > 0 ? { sumberDaftar } : {}),
  };
}

/** One empty row shared by every row without cells: a lone cell at row 1,048,576 costs no million arrays. */
const BARIS_KOSONG: never[] = Object.freeze([]) as unknown as never[];

/**
 * A row with its gaps (cells never written) as null. A row with a cell far to the right (XFD) is held sparse by the
 * engine, slow to fill slot by slot: it is copied into a filled row, only its written cells visited.
 */
function isiKosong<T>(row: (T | null)[] | undefined): (T | null)[] {
  if (!row) return BARIS_KOSONG;
  if (row.length > 1024) {
    const penuh = new Array<T | null>(row.length).fill(null);
    for (const k of Object.keys(row)) penuh[Number(k)] = row[Number(k)] ?? null;
    return penuh;
  }
  for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  return row;
}

/** An attribute written otherwise than ` name="` (spaces around "=", single quotes): one pattern per name. */
const POLA_ATRIBUT = new Map<string, RegExp>();
function polaAtribut(nama: string): RegExp {
  let re = POLA_ATRIBUT.get(nama);
  if (!re) POLA_ATRIBUT.set(nama, (re = new RegExp(`\\s${nama}\\s*=`)));
  return re;
}

/** Excel's grid: 1,048,576 rows, 16,384 columns (XFD). */
const BARIS_MAKS = 1_048_576;
const KOLOM_MAKS = 16_384;

/** The column of a cell reference ("$AB12" → 27): its leading letters (past XFD when more than three), else column A. */
function alamatKolom(ref: string): number {
  let i = ref.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  let n = 0;
  const awal = i;
  for (; i < ref.length && i - awal < 4; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return i === awal ? 0 : n - 1;
}

/** The row of a cell reference (0-based): its trailing digits. */
function alamatBaris(ref: string): number | undefined {
  let i = ref.length;
  while (i > 0 && ref.charCodeAt(i - 1) >= 48 && ref.charCodeAt(i - 1) <= 57) i--;
  return i < ref.length ? Number(ref.slice(i)) - 1 : undefined;
}

function rumusSel(
  f: string | undefined,
  a: Record<string, string> | undefined,
  row: number,
  col: number,
  bersama: Map<string, { f: string; row: number; col: number }>,
): string | null {
  if (a === undefined) return null;
  if (a.t === "shared" && a.si !== undefined) {
    if (f) {
      bersama.set(a.si, { f, row, col });
      return `=${f}`;
    }
    const induk = bersama.get(a.si);
    return induk ? `=${geserRumus(induk.f, row - induk.row, col - induk.col)}` : null;
  }
  return f ? `=${f}` : null;
}

/** A shared formula as its follower cell holds it: relative references moved by (dr, dc); text in quotes kept. */
export function geserRumus(f: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return f;
  return f.replace(
    /("(?:[^"]|"")*")|('(?:[^']|'')*'!|[A-Za-z_\\\u0080-\uFFFF][\w.\u0080-\uFFFF]*!)|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(!])/g,
    (
      m: string,
      str: string | undefined,
      sheet: string | undefined,
      dc$: string,
      kol: string,
      dr$: string,
      baris: string,
      offset: number,
      all: string,
    ) => {
      if (str || sheet) return m;
      const before = all[offset - 1];
      if (before && /[\w.]/.test(before)) return m;
      const c = dc$ ? kol : kolomHuruf(columnIndex(kol)! + dc);
      const r = dr$ ? baris : String(Number(baris) + dr);
      return `${dc$}${c}${dr$}${r}`;
    },
  );
}

function kolomHuruf(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function nilaiSel(
  t: string,
  v: string | undefined,
  isTeks: string | undefined,
  nf: string | null,
  sst: string[] | undefined,
  p: Paket,
  lembar: string,
): CellValue {
  switch (t) {
    case "s": {
      if (v === undefined || v === "") return null;
      if (!sst) throw new PaketRusak("bagian-rusak", "xl/sharedStrings.xml", lembar);
      const x = sst[Number(v)];
      if (x === undefined) throw new PaketRusak("bagian-rusak", "xl/sharedStrings.xml", lembar);
      return x;
    }
    case "str":
      return v === undefined ? null : decodeOoxml(v);
    case "inlineStr":
      return isTeks !== undefined ? decodeOoxml(isTeks) : v !== undefined ? decodeOoxml(v) : null;
    case "b":
      return v === undefined ? null : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === undefined ? null : { error: v };
    case "d":
      return v === undefined ? null : v.slice(0, 10);
    default: {
      if (v === undefined || v.trim() === "") return null;
      // Only the decimal forms a spreadsheet writes: "0x1F", "0b1010", "0o17", "Infinity" stay text.
      if (!ANGKA_DESIMAL.test(v)) return v;
      const n = Number(v);
      if (Number.isNaN(n)) return v;
      if (nf && formatTanggal(nf)) return tanggalIso(n, p.date1904) ?? n;
      return n;
    }
  }
}

const ANGKA_DESIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** A number format that shows a date or time (ExcelJS's rule, which the reader was built on). */
export function formatTanggal(fmt: string): boolean {
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

function tanggalIso(serial: number, date1904: boolean): string | undefined {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/** Every worksheet of the package as a Grid, in tab order. */
export function paketKeGrids(p: Paket, kecuali: readonly string[] = []): Grid[] {
  return lembarKerja(p)
    .filter((l) => !kecuali.includes(l.nama))
    .map((l) => bacaLembar(p, l));
}

export async function readGrids(source: string | ArrayBuffer | Uint8Array): Promise<Grid[]> {
  return paketKeGrids(await bukaPaket(source));
}
