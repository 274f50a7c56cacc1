/**
 * An .xlsx package as the host sees it: its zip entries, the workbook's sheets (name, state, part), defined names,
 * the shared strings and the number format of each cell style. The small parts are read with plain text scanning;
 * nothing else is parsed until a sheet is asked for. Throws PaketRusak for anything that is not a workbook we can
 * read, with the reason.
 */
import { EntriZip, PaketRusak, bacaDirektori, isiEntri, teksEntri } from "./zip";

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
      ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e],
  );
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
  const t = decodeURIComponent(target.replace(/\\/g, "/"));
  const base = t.startsWith("/") ? [] : dari.split("/").slice(0, -1);
  for (const seg of t.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

export function relsDari(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export function bacaRelasi(xml: string): Relasi[] {
  return tagAll(xml, "Relationship").map(({ attr }) => ({
    id: attr.Id,
    type: attr.Type ?? "",
    target: attr.Target ?? "",
    mode: attr.TargetMode,
  }));
}

export class Paket {
  readonly entri: readonly EntriZip[];
  private readonly perNama = new Map<string, EntriZip>();
  readonly bagianWorkbook: string;
  readonly workbookXml: string;
  readonly relsWorkbook: string;
  readonly relasi: readonly Relasi[];
  readonly lembar: readonly LembarPaket[];
  readonly nama: readonly NamaTerdefinisi[];
  readonly date1904: boolean;
  private sst?: string[];
  private gaya?: (string | null)[];

  constructor(readonly zip: Uint8Array) {
    kenaliBukanXlsx(zip);
    this.entri = bacaDirektori(zip);
    for (const e of this.entri) this.perNama.set(e.nama.toLowerCase(), e);
    if (this.ada("mimetype") && /opendocument/.test(this.teks("mimetype"))) throw new PaketRusak("ods");
    const root = this.teksAtau("_rels/.rels");
    const dok = root ? bacaRelasi(root).find((r) => REL_DOKUMEN.test(r.type) && !/strict/i.test(r.type)) : undefined;
    if (root && /purl\.oclc\.org\/ooxml/.test(root)) throw new PaketRusak("strict");
    this.bagianWorkbook = dok ? resolvePart("", dok.target) : "xl/workbook.xml";
    if (!this.ada(this.bagianWorkbook)) throw new PaketRusak("bukan-buku-kerja");
    this.workbookXml = this.teks(this.bagianWorkbook);
    if (/purl\.oclc\.org\/ooxml\/spreadsheetml/.test(this.workbookXml)) throw new PaketRusak("strict");
    if (!/<(?:[\w.-]+:)?workbook[\s>]/.test(this.workbookXml)) throw new PaketRusak("bukan-buku-kerja");
    this.relsWorkbook = relsDari(this.bagianWorkbook);
    this.relasi = bacaRelasi(this.teksAtau(this.relsWorkbook) ?? "");
    const pr = tagAll(this.workbookXml, "workbookPr")[0]?.attr ?? {};
    this.date1904 = pr.date1904 === "1" || pr.date1904 === "true";
    this.lembar = tagAll(this.workbookXml, "sheet").map(({ attr }) => {
      const rId = attr["r:id"] ?? Object.entries(attr).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      const rel = this.relasi.find((r) => r.id === rId);
      const bagian = rel && rel.mode !== "External" ? resolvePart(this.bagianWorkbook, rel.target) : undefined;
      const jenis = rel?.type.endsWith("/worksheet")
        ? "worksheet"
        : rel?.type.endsWith("/chartsheet")
          ? "chartsheet"
          : "lain";
      return {
        nama: attr.name ?? "",
        state: (attr.state as LembarPaket["state"]) ?? "visible",
        sheetId: Number(attr.sheetId),
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
    this.nama = [
      ...this.workbookXml.matchAll(
        /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g,
      ),
    ].map((m) => {
      const a = atribut(m[1]);
      return {
        nama: a.name ?? "",
        lokal: a.localSheetId === undefined ? undefined : Number(a.localSheetId),
        nilai: unescapeXml(m[2] ?? ""),
      };
    });
  }

  /** Drops the shared strings and styles read for the sheets (before writing, to keep the heap small). */
  lepasCache(): void {
    this.sst = undefined;
    this.gaya = undefined;
  }

  /** A macro workbook (.xlsm): its workbook part's content type says so. Excel opens it only under .xlsm. */
  get makro(): boolean {
    const ct = this.teksAtau("[Content_Types].xml") ?? "";
    const o = tagAll(ct, "Override").find(
      (x) => (x.attr.PartName ?? "").replace(/^\//, "").toLowerCase() === this.bagianWorkbook.toLowerCase(),
    );
    return /macroEnabled/i.test(o?.attr.ContentType ?? "");
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
    const r = this.relasi.find((x) => x.type.endsWith(`/${akhiran}`));
    return r ? resolvePart(this.bagianWorkbook, r.target) : undefined;
  }

  /** Shared strings, read once; undefined when the package has none. */
  sharedStrings(): string[] | undefined {
    if (this.sst) return this.sst;
    const part = this.bagianRelasi("sharedStrings");
    if (!part || !this.ada(part)) return undefined;
    const xml = this.teks(part);
    const out: string[] = [];
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?si>([\s\S]*?)<\/(?:[\w.-]+:)?si>|<(?:[\w.-]+:)?si\/>/g))
      out.push(teksRun(m[1] ?? ""));
    this.sst = out;
    return out;
  }

  /** The indent level of each cellXfs index (<alignment indent="n"/>; 0 when none). */
  lekukanGaya(): number[] {
    const part = this.bagianRelasi("styles");
    const xml = part && this.ada(part) ? this.teks(part) : "";
    const xfs = /<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? "";
    return [...xfs.matchAll(/<(?:[\w.-]+:)?xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?xf>)/g)].map((m) =>
      Number(/\bindent="(\d+)"/.exec(m[1] ?? "")?.[1] ?? 0),
    );
  }

  /** The number format code of each cellXfs index (null for General). */
  formatGaya(): (string | null)[] {
    if (this.gaya) return this.gaya;
    const part = this.bagianRelasi("styles");
    const xml = part && this.ada(part) ? this.teks(part) : "";
    const kode = new Map<number, string>();
    for (const { attr } of tagAll(xml, "numFmt")) kode.set(Number(attr.numFmtId), attr.formatCode ?? "");
    const xfs = /<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? "";
    this.gaya = tagAll(xfs, "xf").map(({ attr }) => {
      const id = Number(attr.numFmtId ?? 0);
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
