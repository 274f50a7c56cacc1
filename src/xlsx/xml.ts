/**
 * The package's small parts (workbook, relationships, content types, styles, shared strings) read as XML, not as
 * text: saxes, a streaming, namespace-aware, well-formedness-checking parser (the one ExcelJS and jsdom use), into
 * a small tree that keeps comments, CDATA, processing instructions, prefixes and attribute order. Edits are made on
 * the tree and written once (tulisXml). Bytes are decoded by their byte-order mark or declaration (UTF-8, UTF-16).
 * A DOCTYPE is refused (no entity is ever expanded), and so is anything that is not well-formed.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { PaketRusak } from "./zip";

export interface Atribut {
  /** The name as written ("r:id", "name", "xmlns:x"). */
  readonly nama: string;
  readonly uri: string;
  readonly lokal: string;
  nilai: string;
}

export interface Elemen {
  readonly jenis: "el";
  readonly nama: string;
  readonly prefix: string;
  readonly lokal: string;
  readonly uri: string;
  attr: Atribut[];
  anak: Simpul[];
}

export type Simpul =
  | Elemen
  | { readonly jenis: "teks"; isi: string }
  | { readonly jenis: "cdata"; isi: string }
  | { readonly jenis: "komentar"; isi: string }
  | { readonly jenis: "pi"; readonly target: string; readonly isi: string };

export interface Dokumen {
  akar: Elemen;
  readonly standalone?: string;
  /** Comments and processing instructions before the root element. */
  readonly sebelum: Simpul[];
}

/** Text of an XML part from its bytes: a UTF-8 or UTF-16 byte-order mark, else the declared encoding, else UTF-8. */
export function dekodeXml(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b.subarray(2));
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return new TextDecoder("utf-8").decode(b.subarray(3));
  // No mark: "<?" in UTF-16 without one.
  if (b.length >= 2 && b[0] === 0x3c && b[1] === 0) return new TextDecoder("utf-16le").decode(b);
  if (b.length >= 2 && b[0] === 0 && b[1] === 0x3c) return new TextDecoder("utf-16be").decode(b);
  let awal = "";
  for (let i = 0; i < Math.min(b.length, 100); i++) awal += String.fromCharCode(b[i]);
  const enc = /^<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(awal)?.[1];
  if (enc && !/^utf-?8$/i.test(enc)) {
    try {
      return new TextDecoder(enc).decode(b);
    } catch {
      // an encoding the platform does not know: read as UTF-8, the parser says whether it holds
    }
  }
  return new TextDecoder("utf-8").decode(b);
}

/** Handlers of a streamed read (uraiXml builds the tree with them; sharedStrings reads without one). */
export interface PenerimaXml {
  buka(tag: SaxesTagNS): void;
  tutup(tag: SaxesTagNS): void;
  teks(isi: string, cdata: boolean): void;
  komentar?(isi: string): void;
  pi?(target: string, isi: string): void;
}

const BATAS_KEDALAMAN = 100;

/** Streams an XML text through saxes; anything not well-formed, or a DOCTYPE, is a damaged part. */
export function alirXml(teks: string, bagian: string, p: PenerimaXml): { standalone?: string } {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let standalone: string | undefined;
  let galat = false;
  parser.on("error", () => {
    galat = true;
    throw new PaketRusak("bagian-rusak", bagian);
  });
  parser.on("doctype", () => {
    throw new PaketRusak("bagian-rusak", bagian);
  });
  parser.on("xmldecl", (d) => {
    standalone = d.standalone;
  });
  // These parts nest a few levels; a deep nest (100,000 unclosed <si>) is refused before the namespace lookups,
  // which walk the open elements, turn quadratic.
  let dalam = 0;
  parser.on("opentagstart", () => {
    if (++dalam > BATAS_KEDALAMAN) throw new PaketRusak("bagian-rusak", bagian);
  });
  parser.on("opentag", (t) => p.buka(t));
  parser.on("closetag", (t) => {
    dalam--;
    p.tutup(t);
  });
  parser.on("text", (t) => p.teks(t, false));
  parser.on("cdata", (t) => p.teks(t, true));
  parser.on("comment", (t) => p.komentar?.(t));
  parser.on("processinginstruction", (x) => p.pi?.(x.target, x.body));
  try {
    // A leading byte-order mark left in the text is not content.
    const POTONG = 1 << 20;
    const mulai = teks.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let i = mulai; i < teks.length; i += POTONG) parser.write(teks.slice(i, i + POTONG));
    parser.close();
  } catch (e) {
    if (e instanceof PaketRusak) throw e;
    if (galat || e instanceof Error) throw new PaketRusak("bagian-rusak", bagian);
    throw e;
  }
  return { standalone };
}

/** An XML part as a tree. */
export function uraiXml(sumber: Uint8Array | string, bagian: string): Dokumen {
  const teks = typeof sumber === "string" ? sumber : dekodeXml(sumber);
  const tumpukan: Elemen[] = [];
  const sebelum: Simpul[] = [];
  let akar: Elemen | undefined;
  const tambah = (s: Simpul) => {
    const induk = tumpukan.at(-1);
    if (induk) induk.anak.push(s);
    else if (s.jenis === "komentar" || s.jenis === "pi") if (!akar) sebelum.push(s);
  };
  const { standalone } = alirXml(teks, bagian, {
    buka(t) {
      const el: Elemen = {
        jenis: "el",
        nama: t.name,
        prefix: t.prefix,
        lokal: t.local,
        uri: t.uri,
        attr: Object.values(t.attributes).map((a) => ({ nama: a.name, uri: a.uri, lokal: a.local, nilai: a.value })),
        anak: [],
      };
      tambah(el);
      if (!akar) akar = el;
      tumpukan.push(el);
    },
    tutup() {
      tumpukan.pop();
    },
    teks(isi, cdata) {
      if (tumpukan.length) tambah({ jenis: cdata ? "cdata" : "teks", isi });
    },
    komentar(isi) {
      tambah({ jenis: "komentar", isi });
    },
    pi(target, isi) {
      if (target.toLowerCase() !== "xml") tambah({ jenis: "pi", target, isi });
    },
  });
  if (!akar) throw new PaketRusak("bagian-rusak", bagian);
  return { akar, standalone, sebelum };
}

const ESC_ATTR = /[&<>"\t\n\r]/g;
const ESC_TEKS = /[&<>\r]/g;
const GANTI: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
const esc = (s: string, re: RegExp) => s.replace(re, (c) => GANTI[c]);

export function tulisEl(el: Elemen, out: string[] = []): string[] {
  out.push("<", el.nama);
  for (const a of el.attr) out.push(" ", a.nama, '="', esc(a.nilai, ESC_ATTR), '"');
  if (!el.anak.length) {
    out.push("/>");
    return out;
  }
  out.push(">");
  for (const s of el.anak) tulisSimpul(s, out);
  out.push("</", el.nama, ">");
  return out;
}

function tulisSimpul(s: Simpul, out: string[]): void {
  switch (s.jenis) {
    case "el":
      tulisEl(s, out);
      break;
    case "teks":
      out.push(esc(s.isi, ESC_TEKS));
      break;
    case "cdata":
      // "]]>" cannot stay inside one section: split it across two.
      out.push("<![CDATA[", s.isi.replace(/]]>/g, "]]]]><![CDATA[>"), "]]>");
      break;
    case "komentar":
      out.push("<!--", s.isi, "-->");
      break;
    case "pi":
      out.push("<?", s.target, s.isi ? ` ${s.isi}` : "", "?>");
      break;
  }
}

/** The part's text, always UTF-8 (whatever it was read in). */
export function tulisXml(d: Dokumen): string {
  const out = [`<?xml version="1.0" encoding="UTF-8"${d.standalone ? ` standalone="${d.standalone}"` : ""}?>\n`];
  for (const s of d.sebelum) tulisSimpul(s, out);
  tulisEl(d.akar, out);
  return out.join("");
}

/** Child elements of `el` with this local name, in el's namespace. */
export function anakEl(el: Elemen, lokal: string): Elemen[] {
  const out: Elemen[] = [];
  for (const s of el.anak) if (s.jenis === "el" && s.lokal === lokal && s.uri === el.uri) out.push(s);
  return out;
}

export function satuEl(el: Elemen | undefined, lokal: string): Elemen | undefined {
  if (!el) return undefined;
  for (const s of el.anak) if (s.jenis === "el" && s.lokal === lokal && s.uri === el.uri) return s;
  return undefined;
}

/** An unprefixed attribute's value. */
export function attr(el: Elemen, nama: string): string | undefined {
  for (const a of el.attr) if (a.nama === nama) return a.nilai;
  return undefined;
}

/** A namespaced attribute's value (r:id by the relationships namespace, whatever its prefix). */
export function attrNs(el: Elemen, uri: string, lokal: string): string | undefined {
  for (const a of el.attr) if (a.uri === uri && a.lokal === lokal) return a.nilai;
  return undefined;
}

export function aturAttr(el: Elemen, nama: string, nilai: string): void {
  const a = el.attr.find((x) => x.nama === nama);
  if (a) a.nilai = nilai;
  else el.attr.push({ nama, uri: "", lokal: nama, nilai });
}

/** A new element in `induk`'s namespace and prefix. */
export function buatEl(induk: Elemen, lokal: string, attrs: [string, string][] = [], anak: Simpul[] = []): Elemen {
  return {
    jenis: "el",
    nama: induk.prefix ? `${induk.prefix}:${lokal}` : lokal,
    prefix: induk.prefix,
    lokal,
    uri: induk.uri,
    attr: attrs.map(([nama, nilai]) => {
      const i = nama.indexOf(":");
      return { nama, uri: "", lokal: i < 0 ? nama : nama.slice(i + 1), nilai };
    }),
    anak,
  };
}

/** The text of an element: its text and CDATA, descendants included. */
export function teksEl(el: Elemen): string {
  let s = "";
  for (const x of el.anak) {
    if (x.jenis === "teks" || x.jenis === "cdata") s += x.isi;
    else if (x.jenis === "el") s += teksEl(x);
  }
  return s;
}

/** The prefix the root declares for a namespace ("r" for relationships), or undefined. */
export function prefiksNs(akar: Elemen, uri: string): string | undefined {
  if (akar.uri === uri && !akar.prefix) return "";
  for (const a of akar.attr) if (a.nama.startsWith("xmlns:") && a.nilai === uri) return a.nama.slice(6);
  return undefined;
}
