/**
 * The zip layer of the .xlsx host, for Node and the browser alike: the central directory read once, a part inflated
 * only when asked for (fflate), and a writer that copies the user's parts as their stored, compressed bytes — so
 * every part we do not change leaves byte for byte as it came, without being inflated or deflated again.
 */
import { Deflate, Inflate, deflateSync, inflateSync } from "fflate";

export interface EntriZip {
  /** The name as stored ("xl/workbook.xml"). */
  readonly nama: string;
  /** The name's bytes as stored (a copied entry keeps them, and its UTF-8 flag, so its name never changes). */
  readonly namaMentah?: Uint8Array;
  readonly metode: number;
  readonly crc: number;
  readonly ukuranTerkompresi: number;
  readonly ukuran: number;
  readonly flag: number;
  readonly waktu: number;
  readonly tanggal: number;
  /** Offset of the local header in the archive. */
  readonly offset: number;
}

/** A package we cannot use, with the reason as a key for the host's message. */
export class PaketRusak extends Error {
  constructor(
    readonly alasan:
      | "bukan-zip"
      | "terenkripsi"
      | "bagian-rusak"
      | "bukan-buku-kerja"
      | "ods"
      | "strict"
      | "teks"
      | "xls"
      | "nama-ganda"
      | "terpotong"
      | "bagian-ganda"
      | "terlalu-besar"
      | "terlalu-besar-total"
      | "di-luar-lembar"
      | "keluaran-zip64"
      | "gaya-penuh",
    readonly bagian?: string,
    /** The sheet whose part (or whose use of a shared part) is missing or damaged. */
    readonly lembar?: string,
  ) {
    super(`${alasan}${bagian ? `: ${bagian}` : ""}${lembar ? ` (${lembar})` : ""}`);
  }
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

const dekoder = new TextDecoder("utf-8");
const enkoder = new TextEncoder();

/** The entries of a zip archive, from its central directory. */
export function bacaDirektori(zip: Uint8Array): EntriZip[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 5 && zip[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  // A zip whose end is missing: a file cut short (an interrupted copy or download).
  if (eocd < 0)
    throw zip.length >= 4 && u32(zip, 0) === 0x04034b50 ? new PaketRusak("terpotong") : new PaketRusak("bukan-zip");
  // zip64 (written by some tools for any archive, and needed past 65,535 entries or 4 GB): the counts and the
  // directory's place are in the zip64 end record that the locator just before the end record points to.
  let jumlah = u16(zip, eocd + 10);
  let p = u32(zip, eocd + 16);
  let akhirPusat = p + u32(zip, eocd + 12);
  const lok = eocd - 20;
  if (lok >= 0 && u32(zip, lok) === 0x07064b50) {
    const r = u64(zip, lok + 8);
    if (r + 56 > lok || u32(zip, r) !== 0x06064b50) throw new PaketRusak("bukan-zip");
    jumlah = u64(zip, r + 32);
    p = u64(zip, r + 48);
    akhirPusat = p + u64(zip, r + 40);
  } else if (jumlah === 0xffff) jumlah = Infinity; // "see the zip64 record" without one: the directory to its end
  if (p > zip.length || akhirPusat > zip.length) throw new PaketRusak("bukan-zip");
  const out: EntriZip[] = [];
  for (let n = 0; n < jumlah && !(jumlah === Infinity && p >= akhirPusat); n++) {
    if (p + 46 > zip.length || u32(zip, p) !== 0x02014b50) throw new PaketRusak("bukan-zip");
    const flag = u16(zip, p + 8);
    const panjangNama = u16(zip, p + 28);
    const extra = u16(zip, p + 30);
    const komentar = u16(zip, p + 32);
    const bytesNama = zip.subarray(p + 46, p + 46 + panjangNama);
    let ukuran = u32(zip, p + 24);
    let ukuranTerkompresi = u32(zip, p + 20);
    let offset = u32(zip, p + 42);
    // A zip64 entry: each field at 0xFFFFFFFF is in the extra field 0x0001, in this order, 8 bytes each.
    if (ukuran === 0xffffffff || ukuranTerkompresi === 0xffffffff || offset === 0xffffffff) {
      const x = extraZip64(zip, p + 46 + panjangNama, extra);
      if (!x) throw new PaketRusak("bukan-zip");
      let i = 0;
      const ambil = () => {
        if (i + 8 > x.length) throw new PaketRusak("bukan-zip");
        i += 8;
        return u64(x, i - 8);
      };
      if (ukuran === 0xffffffff) ukuran = ambil();
      if (ukuranTerkompresi === 0xffffffff) ukuranTerkompresi = ambil();
      if (offset === 0xffffffff) offset = ambil();
    }
    const entri: EntriZip = {
      nama: flag & 0x800 ? dekoder.decode(bytesNama) : latin1(bytesNama),
      namaMentah: bytesNama,
      flag,
      metode: u16(zip, p + 10),
      waktu: u16(zip, p + 12),
      tanggal: u16(zip, p + 14),
      crc: u32(zip, p + 16),
      ukuranTerkompresi,
      ukuran,
      offset,
    };
    // A zip entry flagged as encrypted is not Excel's password protection (that is an OLE container): a damaged part.
    if (flag & 1) throw new PaketRusak("bagian-rusak", entri.nama);
    out.push(entri);
    p += 46 + panjangNama + extra + komentar;
  }
  return out;
}

/** An 8-byte little-endian number (exact to 2^53, past any file this reads). */
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

/** The data of the zip64 extra field (id 0x0001) among an entry's extra fields, or undefined. */
function extraZip64(zip: Uint8Array, mulai: number, panjang: number): Uint8Array | undefined {
  for (let i = mulai; i + 4 <= mulai + panjang;) {
    const id = u16(zip, i);
    const n = u16(zip, i + 2);
    if (i + 4 + n > mulai + panjang) return undefined;
    if (id === 0x0001) return zip.subarray(i + 4, i + 4 + n);
    i += 4 + n;
  }
  return undefined;
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += String.fromCharCode(x);
  return s;
}

/** The stored (compressed) bytes of an entry. */
export function dataMentah(zip: Uint8Array, e: EntriZip): Uint8Array {
  const p = e.offset;
  if (p + 30 > zip.length || u32(zip, p) !== 0x04034b50) throw new PaketRusak("bagian-rusak", e.nama);
  const mulai = p + 30 + u16(zip, p + 26) + u16(zip, p + 28);
  if (mulai + e.ukuranTerkompresi > zip.length) throw new PaketRusak("bagian-rusak", e.nama);
  return zip.subarray(mulai, mulai + e.ukuranTerkompresi);
}

/** An entry's content, inflated, its size and CRC checked. */
/**
 * The most one part may inflate to (our largest sheet at 100,000 sub kegiatan is about 60 MB, a user's DPA of 50,000
 * rows 10 MB; a 192 MB part peaks at 456 MB): a bomb is refused by its
 * declared size, and one whose header lies is stopped while it inflates, at the size it declared.
 */
export const BATAS_BAGIAN = 200 * 1024 * 1024;

/**
 * The most the parts SAKIP Kinerja may inflate (XML and relationships: sheets, strings, styles…) may declare
 * together: many parts each under BATAS_BAGIAN are refused as a whole, before any of them is inflated. Media and
 * other parts are copied as stored, never inflated, and do not count. A part's declared size bounds what it
 * inflates to (a lying header is stopped at it), so the sum bounds the memory spent on inflating.
 */
export const BATAS_TOTAL = 300 * 1024 * 1024;

/** Refuses a package whose XML parts declare more than BATAS_TOTAL together. */
export function cekUkuranTotal(entri: readonly EntriZip[]): void {
  let total = 0;
  for (const e of entri)
    if (/\.(xml|rels|vml)$/i.test(e.nama)) {
      cekUkuran(e); // one part past its own bound is named
      total += e.ukuran;
    }
  if (total > BATAS_TOTAL) throw new PaketRusak("terlalu-besar-total");
}

function cekUkuran(e: EntriZip): void {
  if (e.ukuran > BATAS_BAGIAN) throw new PaketRusak("terlalu-besar", e.nama);
}

export function isiEntri(zip: Uint8Array, e: EntriZip): Uint8Array {
  cekUkuran(e);
  const raw = dataMentah(zip, e);
  let out: Uint8Array;
  const asli = zlibAsliSekali();
  try {
    if (e.metode === 0) out = raw;
    else if (e.metode === 8)
      out = asli
        ? asli.inflateRawSync(raw, { maxOutputLength: Math.max(1, e.ukuran) })
        : inflateSync(raw, { out: new Uint8Array(e.ukuran) });
    else throw new PaketRusak("bagian-rusak", e.nama);
  } catch (err) {
    if (err instanceof PaketRusak) throw err;
    throw new PaketRusak("bagian-rusak", e.nama);
  }
  if (out.length !== e.ukuran || (asli ? asli.crc32(out, 0) >>> 0 : crc32(out)) !== e.crc)
    throw new PaketRusak("bagian-rusak", e.nama);
  return out;
}

/**
 * An entry's content as text, handed out in pieces as it inflates, so a large sheet is never held whole. The CRC
 * is checked at the end (a damaged part throws there).
 */
export function alirkanTeks(zip: Uint8Array, e: EntriZip, terima: (potongan: string) => void): void {
  if (zlibAsliSekali()) {
    // Node: one native inflate (the part's bytes are held for the read), then text in pieces.
    const isi = isiEntri(zip, e);
    const dec = new TextDecoder("utf-8");
    const POTONG = 1 << 18;
    for (let i = 0; i < isi.length; i += POTONG) terima(dec.decode(isi.subarray(i, i + POTONG), { stream: true }));
    terima(dec.decode());
    return;
  }
  cekUkuran(e);
  const raw = dataMentah(zip, e);
  const dec = new TextDecoder("utf-8");
  let crc = CRC_AWAL;
  let ukuran = 0;
  const olah = (b: Uint8Array) => {
    crc = crcLanjut(crc, b);
    ukuran += b.length;
    // A header that lies about the size: stopped here, not after the whole bomb has inflated.
    if (ukuran > e.ukuran) throw new PaketRusak("bagian-rusak", e.nama);
    terima(dec.decode(b, { stream: true }));
  };
  if (e.metode === 0) olah(raw);
  else if (e.metode === 8) {
    const inf = new Inflate((b) => olah(b));
    try {
      const POTONG = 1 << 16;
      for (let i = 0; i < raw.length; i += POTONG) inf.push(raw.subarray(i, i + POTONG), i + POTONG >= raw.length);
      if (raw.length === 0) inf.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof PaketRusak) throw err;
      throw new PaketRusak("bagian-rusak", e.nama);
    }
  } else throw new PaketRusak("bagian-rusak", e.nama);
  terima(dec.decode());
  if (ukuran !== e.ukuran || (crc ^ 0xffffffff) >>> 0 !== e.crc) throw new PaketRusak("bagian-rusak", e.nama);
}

/** The first `n` characters of an entry's text (only its first compressed bytes inflated; no size or CRC check). */
export function awalBagian(zip: Uint8Array, e: EntriZip, n: number): string {
  const raw = dataMentah(zip, e);
  if (e.metode === 0) return dekoder.decode(raw.subarray(0, n));
  if (e.metode !== 8) return "";
  const potongan: Uint8Array[] = [];
  const inf = new Inflate((b) => potongan.push(b));
  inf.push(raw.subarray(0, Math.min(raw.length, 4096)), raw.length <= 4096);
  return dekoder.decode(gabung(potongan)).slice(0, n);
}

export function teksEntri(zip: Uint8Array, e: EntriZip): string {
  return dekoder.decode(isiEntri(zip, e));
}

/** A part already deflated, in the pieces it was deflated in, with the CRC and size of its content. */
export interface Terkompresi {
  readonly data: readonly Uint8Array[];
  readonly crc: number;
  readonly ukuran: number;
}

/**
 * A new part written as text in pieces and deflated as it goes, so a large sheet never exists as one string. Fast
 * deflate (level 1): our parts are large and regular, and speed matters more here than a few percent of size.
 */
export class PenulisBagian {
  private readonly keluar: Uint8Array[] = [];
  private readonly asli = zlibAsliSekali();
  private readonly d = this.asli ? undefined : new Deflate({ level: 1 }, (c) => this.keluar.push(c));
  private buf = "";
  private ruang = new Uint8Array(0);
  /** Node's crc32 continues from a finished CRC (0 to start); ours from the register. */
  private crc = this.asli ? 0 : CRC_AWAL;
  private ukuran = 0;

  tulis(s: string): void {
    this.buf += s;
    if (this.buf.length > 1 << 18) this.siram(false);
  }

  private siram(akhir: boolean): void {
    if (this.asli) {
      // Encoded into one reused buffer: Node's deflate and crc32 copy what they need.
      const perlu = this.buf.length * 3;
      if (this.ruang.length < perlu) this.ruang = new Uint8Array(perlu);
      const b = this.ruang.subarray(0, enkoder.encodeInto(this.buf, this.ruang).written);
      this.buf = "";
      this.ukuran += b.length;
      // Each piece ends on a sync flush (a byte boundary, no final block), so the pieces concatenate into one stream.
      this.crc = this.asli.crc32(b, this.crc);
      this.keluar.push(this.asli.deflateRawSync(b, { level: 1, finishFlush: akhir ? 4 : 2 }));
      return;
    }
    const b = enkoder.encode(this.buf);
    this.buf = "";
    this.ukuran += b.length;
    this.crc = crcLanjut(this.crc, b);
    this.d!.push(b, akhir);
  }

  selesai(): Terkompresi {
    this.siram(true);
    if (this.asli) return { data: this.keluar, crc: this.crc >>> 0, ukuran: this.ukuran };
    return { data: this.keluar, crc: (this.crc ^ 0xffffffff) >>> 0, ukuran: this.ukuran };
  }
}

/** Pieces of bytes as one array. */
export function gabung(potongan: readonly Uint8Array[]): Uint8Array {
  const data = new Uint8Array(potongan.reduce((s, x) => s + x.length, 0));
  let p = 0;
  for (const x of potongan) {
    data.set(x, p);
    p += x.length;
  }
  return data;
}

interface ZlibAsli {
  deflateRawSync(b: Uint8Array, o: { level: number; finishFlush: number }): Uint8Array;
  inflateRawSync(b: Uint8Array, o?: { maxOutputLength: number }): Uint8Array;
  crc32(b: Uint8Array, awal: number): number;
}

/**
 * Node's own zlib when the code runs in Node (the CLI): several times faster than deflating in JavaScript. Found at
 * run time, so the browser bundle carries no Node module and uses fflate.
 */
function zlibAsliCari(): ZlibAsli | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (m: string) => unknown } }).process;
  const z = proc?.getBuiltinModule?.("zlib") as Partial<ZlibAsli> | undefined;
  return z?.deflateRawSync && z.crc32 ? (z as ZlibAsli) : undefined;
}

let zlibDicari = false;
let zlibDitemukan: ZlibAsli | undefined;

/** Whether Node's zlib is used where present; tests turn it off to run the browser's path (fflate) in Node. */
export function pakaiZlibAsli(ya: boolean): void {
  zlibDitemukan = ya ? zlibAsliCari() : undefined;
  zlibDicari = true;
}
function zlibAsliSekali(): ZlibAsli | undefined {
  if (!zlibDicari) {
    zlibDitemukan = zlibAsliCari();
    zlibDicari = true;
  }
  return zlibDitemukan;
}

/** A part of the output: the user's entry copied as stored, new content deflated here, or a part already deflated. */
export type BagianKeluar =
  | { readonly nama: string; readonly salin: EntriZip }
  | { readonly nama: string; readonly isi: Uint8Array | string }
  | { readonly nama: string; readonly terkompresi: Terkompresi };

/**
 * Writes a zip: copied entries keep their stored bytes, CRC and dates; new ones are deflated. The pieces are copied
 * once, into the output.
 */
export function tulisZip(zip: Uint8Array, bagian: readonly BagianKeluar[]): Uint8Array {
  const potongan: Uint8Array[] = [];
  const pusat: Uint8Array[] = [];
  let offset = 0;
  for (const b of bagian) {
    let data: readonly Uint8Array[];
    let panjang: number;
    let info: Omit<EntriZip, "offset" | "nama">;
    if ("salin" in b) {
      data = [dataMentah(zip, b.salin)];
      panjang = data[0].length;
      info = { ...b.salin, flag: b.salin.flag & ~0x08 };
    } else if ("terkompresi" in b) {
      data = b.terkompresi.data;
      panjang = data.reduce((s, x) => s + x.length, 0);
      info = {
        metode: 8,
        crc: b.terkompresi.crc,
        ukuranTerkompresi: panjang,
        ukuran: b.terkompresi.ukuran,
        flag: 0,
        waktu: 0,
        tanggal: 0x21,
      };
    } else {
      const isi = typeof b.isi === "string" ? enkoder.encode(b.isi) : b.isi;
      data = [deflateSync(isi, { level: 6 })];
      panjang = data[0].length;
      info = {
        metode: 8,
        crc: crc32(isi),
        ukuranTerkompresi: panjang,
        ukuran: isi.length,
        flag: 0,
        waktu: 0,
        tanggal: 0x21,
      };
    }
    const salin = "salin" in b && b.salin.namaMentah && b.salin.nama === b.nama;
    const nama = salin ? b.salin.namaMentah : enkoder.encode(b.nama);
    const flag = salin ? info.flag : (info.flag & ~0x800) | (/[^\x20-\x7e]/.test(b.nama) ? 0x800 : 0);
    const lokal = new Uint8Array(30 + nama.length);
    const v = new DataView(lokal.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, flag, true);
    v.setUint16(8, info.metode, true);
    v.setUint16(10, info.waktu, true);
    v.setUint16(12, info.tanggal, true);
    v.setUint32(14, info.crc, true);
    v.setUint32(18, panjang, true);
    v.setUint32(22, info.ukuran, true);
    v.setUint16(26, nama.length, true);
    lokal.set(nama, 30);
    const c = new Uint8Array(46 + nama.length);
    const w = new DataView(c.buffer);
    w.setUint32(0, 0x02014b50, true);
    w.setUint16(4, 20, true);
    w.setUint16(6, 20, true);
    w.setUint16(8, flag, true);
    w.setUint16(10, info.metode, true);
    w.setUint16(12, info.waktu, true);
    w.setUint16(14, info.tanggal, true);
    w.setUint32(16, info.crc, true);
    w.setUint32(20, panjang, true);
    w.setUint32(24, info.ukuran, true);
    w.setUint16(28, nama.length, true);
    w.setUint32(42, offset, true);
    c.set(nama, 46);
    potongan.push(lokal, ...data);
    pusat.push(c);
    offset += lokal.length + panjang;
  }
  const ukuranPusat = pusat.reduce((s, x) => s + x.length, 0);
  if (offset + ukuranPusat > 0xfffffffe) throw new PaketRusak("keluaran-zip64");
  // zip64 only when needed: past 65,534 entries the counts go in a zip64 end record (with its locator).
  const z64 = bagian.length > 0xfffe;
  const akhir = new Uint8Array(z64 ? 56 + 20 + 22 : 22);
  const a = new DataView(akhir.buffer);
  const e = z64 ? 76 : 0;
  if (z64) {
    a.setUint32(0, 0x06064b50, true);
    a.setBigUint64(4, 44n, true); // size of the rest of the record
    a.setUint16(12, 45, true);
    a.setUint16(14, 45, true);
    a.setBigUint64(24, BigInt(bagian.length), true);
    a.setBigUint64(32, BigInt(bagian.length), true);
    a.setBigUint64(40, BigInt(ukuranPusat), true);
    a.setBigUint64(48, BigInt(offset), true);
    a.setUint32(56, 0x07064b50, true);
    a.setBigUint64(64, BigInt(offset + ukuranPusat), true);
    a.setUint32(72, 1, true);
  }
  a.setUint32(e, 0x06054b50, true);
  a.setUint16(e + 8, Math.min(bagian.length, 0xffff), true);
  a.setUint16(e + 10, Math.min(bagian.length, 0xffff), true);
  a.setUint32(e + 12, ukuranPusat, true);
  a.setUint32(e + 16, offset, true);
  const out = new Uint8Array(offset + ukuranPusat + akhir.length);
  let p = 0;
  for (const x of [...potongan, ...pusat, akhir]) {
    out.set(x, p);
    p += x.length;
  }
  return out;
}

const CRC_AWAL = 0xffffffff;
const TABEL_CRC = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crcLanjut(crc: number, b: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < b.length; i++) c = TABEL_CRC[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return c;
}

export function crc32(b: Uint8Array): number {
  return (crcLanjut(CRC_AWAL, b) ^ 0xffffffff) >>> 0;
}
