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
          const e = buf.indexOf("-->", lt + 4);
          if (e < 0) break;
          i = e + 3;
          continue;
        }
        if (buf.startsWith("<![CDATA[", lt)) {
          const e = buf.indexOf("]]>", lt + 9);
          if (e < 0) break;
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
        const e = buf.indexOf("?>", lt + 2);
        if (e < 0) break;
        i = e + 2;
        continue;
      }
      // A start or end tag; a ">" inside a quoted attribute value does not end it.
      let gt = buf.indexOf(">", lt + 1);
      if (gt < 0) break;
      let mentah = buf.slice(lt + 1, gt);
      while (ganjilKutip(mentah)) {
        gt = buf.indexOf(">", gt + 1);
        if (gt < 0) break;
        mentah = buf.slice(lt + 1, gt);
      }
      if (gt < 0) break;
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

function ganjilKutip(s: string): boolean {
  let q = 0;
  let k = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) q++;
  for (let i = s.indexOf("'"); i >= 0; i = s.indexOf("'", i + 1)) k++;
  // Only the kind of quote that opens an attribute value matters; both even is the common case.
  return q % 2 === 1 && !(k > 0 && s.indexOf("'") < s.indexOf('"'));
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
