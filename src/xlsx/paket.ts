/**
 * An .xlsx package as the host sees it: its zip entries, the workbook's sheets (name, state, part), defined names,
 * the shared strings and the number format of each cell style. The small parts are read with plain text scanning;
 * nothing else is parsed until a sheet is asked for. Throws PaketRusak for anything that is not a workbook we can
 * read, with the reason.
 */
import { EntriZip, PaketRusak, bacaDirektori, cekUkuranTotal, isiEntri, teksEntri } from "./zip";
import { Dokumen, Elemen, alirXml, anakEl, attr, attrNs, dekodeXml, satuEl, teksEl, uraiXml } from "./xml";

export { PaketRusak };

export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DOKUMEN = /\/officeDocument$/;

export interface LembarPaket {
  readonly nama: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly sheetId: number;
  readonly rId: string;
  /** Resolved part name ("xl/worksheets/sheet1.xml"); undefined when the relationship leads nowhere. */
  readonly bagian?: string;
  readonly jenis: "worksheet" | "chartsheet" | "lain";
}

export interface NamaTerdefinisi {
  readonly nama: string;
  /** Index of the sheet it is local to, or undefined for workbook scope. */
  readonly lokal?: number;
  readonly nilai: string;
}

export interface Relasi {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly mode?: string;
}

/** Attributes of one start tag's text. */
export function atribut(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === "#"
      ? titikKode(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e],
  );
}

/** A character reference's character; one past Unicode (&#x110000;) is not XML: the part is damaged. */
function titikKode(n: number): string {
  if (!(n >= 0 && n <= 0x10ffff)) throw new PaketRusak("bagian-rusak");
  return String.fromCodePoint(n);
}

const PERLU_ESCAPE = /[&<>"]/;

export function escapeXml(s: string): string {
  if (!PERLU_ESCAPE.test(s)) return s;
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

/** Start tags (with their text) of every element with this local name, any prefix. */
export function tagAll(xml: string, nama: string): { teks: string; index: number; attr: Record<string, string> }[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${nama}(?=[\\s/>])[^>]*>`, "g");
  return [...xml.matchAll(re)].map((m) => ({ teks: m[0], index: m.index, attr: atribut(m[0]) }));
}

/** "xl/worksheets/../media/x.png" → "xl/media/x.png"; absolute targets from the root. */
export function resolvePart(dari: string, target: string): string {
  const t = dekodeUri(target.replace(/\\/g, "/"));
  const base = t.startsWith("/") ? [] : dari.split("/").slice(0, -1);
  for (const seg of t.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** A target's %-escapes decoded; a broken one ("%zz", "%E0%A4") left as written, never a URIError. */
function dekodeUri(t: string): string {
  if (!t.includes("%")) return t;
  try {
    return decodeURIComponent(t);
  } catch {
    return t.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}

export function relsDari(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The relationships of a parsed .rels part (its root must be <Relationships> in the package namespace). */
export function bacaRelasi(d: Dokumen | undefined): Relasi[] {
  if (!d || d.akar.lokal !== "Relationships") return [];
  return anakEl(d.akar, "Relationship").map((r) => ({
    id: attr(r, "Id") ?? "",
    type: attr(r, "Type") ?? "",
    target: attr(r, "Target") ?? "",
    mode: attr(r, "TargetMode"),
  }));
}

const NS_STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export class Paket {
  readonly entri: readonly EntriZip[];
  private readonly perNama = new Map<string, EntriZip>();
  readonly bagianWorkbook: string;
  /** The workbook part as text (for tests and messages); read as XML into `workbook`. */
  readonly workbookXml: string;
  readonly workbook: Dokumen;
  readonly relsWorkbook: string;
  readonly relasi: readonly Relasi[];
  readonly lembar: readonly LembarPaket[];
  readonly nama: readonly NamaTerdefinisi[];
  readonly date1904: boolean;
  private sst?: string[];
  private gaya?: (string | null)[];
  private gayaXml?: Dokumen | null;

  constructor(readonly zip: Uint8Array) {
    kenaliBukanXlsx(zip);
    this.entri = bacaDirektori(zip);
    cekUkuranTotal(this.entri);
    for (const e of this.entri) {
      const k = e.nama.toLowerCase();
      // Two entries of one name (or names differing only in case, one part to OPC): which one is the part?
      if (this.perNama.has(k)) throw new PaketRusak("bagian-ganda", e.nama);
      this.perNama.set(k, e);
    }
    if (this.ada("mimetype") && /opendocument/.test(this.teks("mimetype"))) throw new PaketRusak("ods");
    const rootDok = this.ada("_rels/.rels") ? this.xml("_rels/.rels") : undefined;
    const root = bacaRelasi(rootDok);
    if (root.some((r) => /purl\.oclc\.org\/ooxml/.test(r.type))) throw new PaketRusak("strict");
    const dok = root.find((r) => REL_DOKUMEN.test(r.type));
    this.bagianWorkbook = dok ? resolvePart("", dok.target) : "xl/workbook.xml";
    if (!this.ada(this.bagianWorkbook)) throw new PaketRusak("bukan-buku-kerja");
    this.bagianWorkbook = this.namaAsli(this.bagianWorkbook);
    const bytesWb = this.bytes(this.bagianWorkbook);
    this.workbookXml = dekodeXml(bytesWb);
    this.workbook = uraiXml(this.workbookXml, this.bagianWorkbook);
    const wb = this.workbook.akar;
    if (wb.uri === NS_STRICT_MAIN) throw new PaketRusak("strict");
    if (wb.lokal !== "workbook") throw new PaketRusak("bukan-buku-kerja");
    this.relsWorkbook = relsDari(this.bagianWorkbook);
    this.relasi = bacaRelasi(this.ada(this.relsWorkbook) ? this.xml(this.relsWorkbook) : undefined);
    const pr = satuEl(wb, "workbookPr");
    const d1904 = pr && attr(pr, "date1904");
    this.date1904 = d1904 === "1" || d1904 === "true";
    this.lembar = anakEl(satuEl(wb, "sheets") ?? wb, "sheet").map((el) => {
      const rId = attrNs(el, NS_REL, "id") ?? el.attr.find((a) => a.lokal === "id" && a.uri)?.nilai ?? "";
      const rel = this.relasi.find((r) => r.id === rId);
      const bagian = rel && rel.mode !== "External" ? resolvePart(this.bagianWorkbook, rel.target) : undefined;
      const jenis = rel?.type.endsWith("/worksheet")
        ? "worksheet"
        : rel?.type.endsWith("/chartsheet")
          ? "chartsheet"
          : "lain";
      const state = attr(el, "state");
      return {
        nama: attr(el, "name") ?? "",
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        sheetId: Number(attr(el, "sheetId")),
        rId,
        bagian: bagian && this.ada(bagian) ? this.namaAsli(bagian) : undefined,
        jenis,
      };
    });
    const lihat = new Set<string>();
    for (const l of this.lembar) {
      const k = l.nama.toLowerCase();
      if (lihat.has(k)) throw new PaketRusak("nama-ganda", l.nama);
      lihat.add(k);
      if (l.jenis === "worksheet" && !l.bagian) throw new PaketRusak("bagian-rusak", undefined, l.nama);
    }
    this.nama = anakEl(satuEl(wb, "definedNames") ?? wb, "definedName").map((el) => {
      const lokal = attr(el, "localSheetId");
      return {
        nama: attr(el, "name") ?? "",
        lokal: lokal === undefined ? undefined : Number(lokal),
        nilai: teksEl(el),
      };
    });
  }

  /** A part read as XML (a tree; throws PaketRusak when it is not well-formed). */
  xml(part: string): Dokumen {
    return uraiXml(this.bytes(part), this.namaAsli(part));
  }

  /** Drops the shared strings and styles read for the sheets (before writing, to keep the heap small). */
  lepasCache(): void {
    this.sst = undefined;
    this.gaya = undefined;
    this.gayaXml = undefined;
  }

  /** A macro workbook (.xlsm): its workbook part's content type says so. Excel opens it only under .xlsm. */
  get makro(): boolean {
    if (!this.ada("[Content_Types].xml")) return false;
    const ct = this.xml("[Content_Types].xml").akar;
    const o = anakEl(ct, "Override").find(
      (x) => (attr(x, "PartName") ?? "").replace(/^\//, "").toLowerCase() === this.bagianWorkbook.toLowerCase(),
    );
    return /macroEnabled/i.test((o && attr(o, "ContentType")) ?? "");
  }

  ada(part: string): boolean {
    return this.perNama.has(part.toLowerCase());
  }

  /** The part's name as stored (OPC names are case-insensitive). */
  namaAsli(part: string): string {
    return this.perNama.get(part.toLowerCase())?.nama ?? part;
  }

  entriDari(part: string): EntriZip {
    const e = this.perNama.get(part.toLowerCase());
    if (!e) throw new PaketRusak("bagian-rusak", part);
    return e;
  }

  teks(part: string): string {
    return teksEntri(this.zip, this.entriDari(part));
  }

  teksAtau(part: string): string | undefined {
    return this.ada(part) ? this.teks(part) : undefined;
  }

  bytes(part: string): Uint8Array {
    return isiEntri(this.zip, this.entriDari(part));
  }

  /** The part a workbook relationship of this type leads to (styles, sharedStrings, calcChain). */
  bagianRelasi(akhiran: string): string | undefined {
    const r = this.relasi.find((x) => x.type.endsWith(`/${akhiran}`) && x.mode !== "External");
    return r ? resolvePart(this.bagianWorkbook, r.target) : undefined;
  }

  /** Shared strings, read once (streamed, without a tree); undefined when the package has none. */
  sharedStrings(): string[] | undefined {
    if (this.sst) return this.sst;
    const part = this.bagianRelasi("sharedStrings");
    if (!part || !this.ada(part)) return undefined;
    const out: string[] = [];
    let si: string | undefined;
    let dalamT = 0;
    let rph = 0;
    alirXml(dekodeXml(this.bytes(part)), this.namaAsli(part), {
      buka(t) {
        if (t.local === "si") si = "";
        else if (t.local === "rPh") rph++;
        else if (t.local === "t" && si !== undefined && !rph) dalamT++;
      },
      tutup(t) {
        if (t.local === "si") {
          out.push(decodeOoxml(si ?? ""));
          si = undefined;
        } else if (t.local === "rPh") rph--;
        else if (t.local === "t" && dalamT) dalamT--;
      },
      teks(isi) {
        if (dalamT && si !== undefined) si += isi;
      },
    });
    this.sst = out;
    return out;
  }

  /** styles.xml as a tree, read once; null when there is none. */
  private stylesDok(): Dokumen | null {
    if (this.gayaXml !== undefined) return this.gayaXml;
    const part = this.bagianRelasi("styles");
    return (this.gayaXml = part && this.ada(part) ? this.xml(part) : null);
  }

  private cellXfs(): Elemen[] {
    const d = this.stylesDok();
    return d ? anakEl(satuEl(d.akar, "cellXfs") ?? d.akar, "xf") : [];
  }

  /** The indent level of each cellXfs index (<alignment indent="n"/>; 0 when none). */
  lekukanGaya(): number[] {
    return this.cellXfs().map((xf) => {
      const al = satuEl(xf, "alignment");
      const n = Number((al && attr(al, "indent")) ?? 0);
      return Number.isInteger(n) && n > 0 ? n : 0;
    });
  }

  /** The number format code of each cellXfs index (null for General). */
  formatGaya(): (string | null)[] {
    if (this.gaya) return this.gaya;
    const d = this.stylesDok();
    const kode = new Map<number, string>();
    if (d)
      for (const nf of anakEl(satuEl(d.akar, "numFmts") ?? d.akar, "numFmt"))
        kode.set(Number(attr(nf, "numFmtId")), attr(nf, "formatCode") ?? "");
    this.gaya = this.cellXfs().map((xf) => {
      const id = Number(attr(xf, "numFmtId") ?? 0);
      const f = kode.get(id) ?? FORMAT_BAWAAN[id];
      return f && f !== "General" ? f : null;
    });
    return this.gaya;
  }
}

/** The text of an <si> or <is>: its <t> runs joined, phonetic runs (<rPh>) left out. */
export function teksRun(inner: string): string {
  // The common case, one plain <t>: no regex.
  if (inner.startsWith("<t>") && inner.endsWith("</t>") && inner.indexOf("<", 3) === inner.length - 4)
    return decodeOoxml(unescapeXml(inner.slice(3, -4)));
  let s = "";
  const bersih = inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  for (const m of bersih.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g)) s += m[1];
  return decodeOoxml(unescapeXml(s));
}

/** OOXML's escape of characters XML cannot hold: "_x000D_" → "\r". */
export function decodeOoxml(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}

/** Files that are not a zip at all: an OLE container (.xls, or an encrypted .xlsx), text (.csv). */
function kenaliBukanXlsx(zip: Uint8Array): void {
  if (zip.length >= 8 && zip[0] === 0xd0 && zip[1] === 0xcf && zip[2] === 0x11 && zip[3] === 0xe0) {
    // An encrypted OOXML file is an OLE container holding "EncryptedPackage" (UTF-16 in its directory).
    const nama = "EncryptedPackage";
    const cari = new Uint8Array(nama.length * 2);
    for (let i = 0; i < nama.length; i++) cari[2 * i] = nama.charCodeAt(i);
    throw new PaketRusak(memuat(zip, cari) ? "terenkripsi" : "xls");
  }
  if (zip.length >= 4 && zip[0] === 0x50 && zip[1] === 0x4b && (zip[2] === 3 || zip[2] === 5) && zip[3] === zip[2] + 1)
    return;
  const awal = zip.subarray(0, 512);
  if (awal.length > 0 && awal.every((b) => b === 9 || b === 10 || b === 13 || b >= 32)) throw new PaketRusak("teks");
  throw new PaketRusak("bukan-zip");
}

function memuat(hay: Uint8Array, jarum: Uint8Array): boolean {
  outer: for (let i = 0; i + jarum.length <= hay.length; i++) {
    for (let j = 0; j < jarum.length; j++) if (hay[i + j] !== jarum[j]) continue outer;
    return true;
  }
  return false;
}

/** Excel's built-in number formats by id (the ones a file may use without declaring them). */
export const FORMAT_BAWAAN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
