/**
 * A streaming XML tokenizer for worksheet parts: text arrives in pieces, tags and text are handed out as they
 * complete. It finds tags with indexOf (native speed) rather than character by character, checks that every
 * element closes in order (a damaged part throws), and leaves attribute parsing to the caller, who asks only for
 * the few tags it reads. Comments, processing instructions, DOCTYPE and CDATA are handled; entities are not
 * decoded here (the caller decodes the text it keeps).
 */
export interface Penerima {
  /** A start tag: its local name (prefix dropped), the raw text inside the brackets, and whether it self-closes. */
  buka(nama: string, mentah: string, kosong: boolean): void;
  /** Raw text between tags (entities still encoded), and CDATA content (already literal, `cdata` true). */
  teks(isi: string, cdata: boolean): void;
  tutup(nama: string): void;
}

export class XmlRusak extends Error {}

export class Pemindai {
  private sisa = "";
  private readonly tumpukan: string[] = [];
  /** Of an open tag carried to the next piece: how far it was scanned, and the quote it was inside (0: none). */
  private lanjut = 0;
  private kutip = 0;

  constructor(private readonly p: Penerima) {}

  tulis(potongan: string): void {
    const buf = this.sisa + potongan;
    let i = 0;
    const n = buf.length;
    for (;;) {
      const lt = buf.indexOf("<", i);
      if (lt < 0) {
        if (lt > i || n > i) this.teks(buf.slice(i));
        i = n;
        break;
      }
      if (lt > i) this.teks(buf.slice(i, lt));
      i = lt;
      const c1 = buf.charCodeAt(lt + 1);
      if (Number.isNaN(c1)) break;
      if (c1 === 33 /* ! */) {
        if (buf.startsWith("<!--", lt)) {
          const e = buf.indexOf("-->", Math.max(lt + 4, lt + this.lanjut - 2));
          if (e < 0) {
            this.lanjut = buf.length - lt;
            break;
          }
          this.lanjut = 0;
          i = e + 3;
          continue;
        }
        if (buf.startsWith("<![CDATA[", lt)) {
          const e = buf.indexOf("]]>", Math.max(lt + 9, lt + this.lanjut - 2));
          if (e < 0) {
            this.lanjut = buf.length - lt;
            break;
          }
          this.lanjut = 0;
          this.p.teks(buf.slice(lt + 9, e), true);
          i = e + 3;
          continue;
        }
        if (lt + 9 > n) break;
        const e = buf.indexOf(">", lt);
        if (e < 0) break;
        i = e + 1;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const e = buf.indexOf("?>", Math.max(lt + 2, lt + this.lanjut - 1));
        if (e < 0) {
          this.lanjut = buf.length - lt;
          break;
        }
        this.lanjut = 0;
        i = e + 2;
        continue;
      }
      // A start or end tag; a ">" inside a quoted attribute value does not end it (one pass, resumed where the
      // last piece stopped: a tag left open costs linear time, never a rescan per piece).
      const gt = akhirTag(buf, lt + 1 + (this.lanjut > 0 ? this.lanjut : 0), this.kutip);
      if (gt < 0) {
        this.lanjut = buf.length - lt - 1;
        this.kutip = kutipTerakhir;
        break;
      }
      this.lanjut = 0;
      this.kutip = 0;
      const mentah = buf.slice(lt + 1, gt);
      i = gt + 1;
      if (c1 === 47 /* / */) {
        const nama = lokal(mentah.slice(1).trim());
        if (this.tumpukan.pop() !== nama) throw new XmlRusak(`</${nama}> tanpa pasangan`);
        this.p.tutup(nama);
        continue;
      }
      const kosong = mentah.charCodeAt(mentah.length - 1) === 47;
      const akhirNama = cariSpasi(mentah);
      const nama = lokal(kosong && akhirNama === mentah.length ? mentah.slice(0, -1) : mentah.slice(0, akhirNama));
      if (!nama) throw new XmlRusak("tag tanpa nama");
      this.p.buka(nama, mentah, kosong);
      if (kosong) this.p.tutup(nama);
      else this.tumpukan.push(nama);
    }
    this.sisa = buf.slice(i);
  }

  private teks(s: string): void {
    if (this.tumpukan.length) this.p.teks(s, false);
    else if (s.trim() && !s.startsWith("\uFEFF")) throw new XmlRusak("teks di luar elemen");
  }

  /** The end of the part: everything must have closed. */
  selesai(): void {
    if (this.sisa.trim() || this.tumpukan.length)
      throw new XmlRusak(`bagian berakhir di dalam <${this.tumpukan.at(-1) ?? "?"}>`);
  }
}

/** The quote a tag left open at the end of a piece was inside (set by akhirTag). */
let kutipTerakhir = 0;

/**
 * The ">" that ends a tag whose text starts at `dari`, outside quoted attribute values; -1 when the piece ends
 * first (kutipTerakhir then holds the quote still open). `kutip`: the quote open where the scan resumes.
 */
function akhirTag(buf: string, dari: number, kutip: number): number {
  let i = dari;
  if (kutip) {
    const e = buf.indexOf(kutip === 34 ? '"' : "'", i);
    if (e < 0) {
      kutipTerakhir = kutip;
      return -1;
    }
    i = e + 1;
  }
  // Each character is looked at once: up to the next ">", then past a quoted value that holds it.
  for (;;) {
    const gt = buf.indexOf(">", i);
    const batas = gt < 0 ? buf.length : gt;
    let q = 0;
    let j = i;
    for (; j < batas; j++) {
      const c = buf.charCodeAt(j);
      if (c === 34 || c === 39) {
        q = c;
        break;
      }
    }
    if (!q) {
      if (gt >= 0) return gt;
      kutipTerakhir = 0;
      return -1;
    }
    const e = buf.indexOf(q === 34 ? '"' : "'", j + 1);
    if (e < 0) {
      kutipTerakhir = q;
      return -1;
    }
    i = e + 1;
  }
}

function cariSpasi(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) return i;
  }
  return s.length;
}

function lokal(nama: string): string {
  const i = nama.indexOf(":");
  return i < 0 ? nama : nama.slice(i + 1);
}
