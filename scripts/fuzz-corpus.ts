/**
 * The fuzz corpus of the `kinerja` command: bad, odd and hostile files, each case with the exit code and message
 * it must end in and what must hold of the output. Built in memory here (test/cli/fuzz.test.ts runs it); every
 * case runs through `generate`, `audit` and `baca` where that makes sense.
 */
import { Zip, ZipDeflate, deflateSync, strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { crc32, gabung } from "../src/xlsx/zip";
import { CellInput, SheetInput, workbookBuffer } from "./workbook-builder";

export type Perintah = "generate" | "audit" | "baca";

/** What must hold of the output, checked by the test. */
export type Syarat =
  /** The output exists, is a package every sheet of which reads, every input part kept, nothing non-finite. */
  | "keluaran-sah"
  /** No output and no temporary file beside it. */
  | "tanpa-keluaran"
  /** Every formula of ours names this sheet quoted ('TW4'!…), never bare (TW4!…). */
  | { dikutip: string }
  /** A cell text of ours at most Excel's 32,767 characters. */
  | "teks-dalam-batas";

export interface Kasus {
  readonly nama: string;
  readonly perintah: Perintah;
  /** The input: its file name and bytes, a folder, or nothing at that path. */
  readonly masukan: { readonly nama: string; readonly isi: Uint8Array | "folder" | "tidak-ada" | "fifo" };
  /**
   * Where the output goes: beside (default), into a missing folder, onto a folder, under a file, over the input, or
   * named with the other kind's extension; the input again by another road (through a symlinked folder, through
   * /proc/self/root, a hard link, a symlink to it); onto a FIFO; a name of 250 or 300 characters; under a link loop.
   */
  readonly keluaran?:
    | "biasa"
    | "folder-tidak-ada"
    | "folder"
    | "di-bawah-berkas"
    | "sama"
    | "akhiran-lain"
    | "lewat-folder-tautan"
    | "lewat-proc"
    | "tautan-keras"
    | "tautan-simbolis"
    | "fifo"
    | "nama-250"
    | "nama-300"
    | "lingkaran";
  /** pesan: on stderr when the case fails; cetak: on stdout when it succeeds. */
  readonly harapan: {
    readonly exit: number;
    readonly pesan?: RegExp;
    readonly cetak?: RegExp;
    readonly syarat: readonly Syarat[];
  };
}

const PK_HEAD = ["No", "Sasaran", "Indikator", "Satuan", "Target"];

function lembarDasar(
  n: { pk?: string; realisasi?: string; dpa?: string } = {},
  isi: { realisasi?: CellInput; pagu?: [CellInput, CellInput]; indikator?: string } = {},
): SheetInput[] {
  const ind = isi.indikator ?? "Indeks kepuasan masyarakat";
  return [
    {
      name: n.pk ?? "PK",
      rows: [
        PK_HEAD,
        [1, "Meningkatnya pelayanan", ind, "indeks", 80],
        [2, "Meningkatnya koperasi sehat", "Persentase koperasi sehat", "%", 40],
      ],
    },
    {
      name: n.realisasi ?? "Realisasi",
      rows: [
        ["Indikator", "Realisasi"],
        [ind, isi.realisasi ?? 82],
        ["Persentase koperasi sehat", 38.5],
      ],
    },
    {
      name: n.dpa ?? "DPA",
      rows: [
        ["Kode", "Uraian", "Pagu", "Realisasi"],
        ["2.17.01", "Program Penunjang", null, null],
        ["2.17.01.2.01", "Kegiatan Perencanaan", null, null],
        ["2.17.01.2.01.0001", "Sub kegiatan penyusunan dokumen", isi.pagu?.[0] ?? 150_000_000, 140_000_000],
        ["2.17.01.2.01.0002", "Sub kegiatan evaluasi", isi.pagu?.[1] ?? 50_000_000, 45_500_000],
      ],
    },
  ];
}

type Bagian = Record<string, Uint8Array>;

function ubah(
  bytes: Uint8Array,
  f: (z: Bagian, teks: (k: string) => string, tulis: (k: string, s: string) => void) => void,
): Uint8Array {
  const z = unzipSync(bytes);
  f(
    z,
    (k) => strFromU8(z[k]),
    (k, s) => (z[k] = strToU8(s)),
  );
  return zipSync(z);
}

/** A deterministic byte stream (xorshift), so the corpus is the same on every machine. */
function acak(n: number, benih: number): Uint8Array {
  let x = benih;
  return Uint8Array.from({ length: n }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x & 0xff;
  });
}

/** Every unprefixed element of SpreadsheetML's main namespace written with the prefix x: (as some generators do). */
function berawalanX(xml: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2")
    .replace(
      /xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/,
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
    );
}

/** The package written by a streaming zipper: every entry with a data descriptor after its data. */
function zipBerdeskriptor(bytes: Uint8Array): Uint8Array {
  const potongan: Uint8Array[] = [];
  const z = new Zip((err, data) => {
    if (err) throw err;
    potongan.push(data);
  });
  for (const [nama, isi] of Object.entries(unzipSync(bytes))) {
    const f = new ZipDeflate(nama, { level: 6 });
    z.add(f);
    f.push(isi, true);
  }
  z.end();
  return gabung(potongan);
}

/** An OLE compound file's first bytes, as .xls files and encrypted OOXML files start. */
function ole(tambahan = ""): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < tambahan.length; i++) b[1024 + 2 * i] = tambahan.charCodeAt(i);
  return b;
}

/** The first byte of an entry's stored data flipped: its CRC no longer matches (or it no longer inflates). */
function rusakkanEntri(bytes: Uint8Array, nama: string): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  for (let p = 0; p + 30 < out.length; p++) {
    if (v.getUint32(p, true) !== 0x04034b50) continue;
    const n = v.getUint16(p + 26, true);
    const e = v.getUint16(p + 28, true);
    if (strFromU8(out.subarray(p + 30, p + 30 + n)) !== nama) continue;
    const mulai = p + 30 + n + e;
    for (let i = 0; i < 8; i++) out[mulai + 10 + i] ^= 0x5a;
    return out;
  }
  throw new Error(`${nama} tidak ada`);
}

/** Each central directory record (and local header) of `nama`: its uncompressed size set to `ukuran`. */
function ubahUkuran(bytes: Uint8Array, nama: string, ukuran: number): Uint8Array {
  return ubahKepala(bytes, nama, (v, p, pusat) => v.setUint32(p + (pusat ? 24 : 22), ukuran, true));
}

/** Each header of `nama`: its general-purpose flag or-ed with `bit`. */
function tandaiEntri(bytes: Uint8Array, nama: string, bit: number): Uint8Array {
  return ubahKepala(bytes, nama, (v, p, pusat) => {
    const i = p + (pusat ? 8 : 6);
    v.setUint16(i, v.getUint16(i, true) | bit, true);
  });
}

function ubahKepala(bytes: Uint8Array, nama: string, f: (v: DataView, p: number, pusat: boolean) => void): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  for (let p = 0; p + 46 < out.length; p++) {
    const sig = v.getUint32(p, true);
    const pusat = sig === 0x02014b50;
    if (!pusat && sig !== 0x04034b50) continue;
    const n = v.getUint16(p + (pusat ? 28 : 26), true);
    if (strFromU8(out.subarray(p + (pusat ? 46 : 30), p + (pusat ? 46 : 30) + n)) === nama) f(v, p, pusat);
  }
  return out;
}

/** The end record says "see the zip64 record" (entries 0xFFFF) and there is none: the directory is read to its end. */
function zip64Palsu(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  const e = out.length - 22;
  v.setUint16(e + 8, 0xffff, true);
  v.setUint16(e + 10, 0xffff, true);
  return out;
}

/**
 * The package written again as a zip64 archive, the way tools that always write zip64 do: every size and offset at
 * 0xFFFFFFFF in the headers and its value in the zip64 extra field, a zip64 end record with its locator, the end
 * record's counts at 0xFFFF.
 */
export function zip64Sungguhan(bytes: Uint8Array): Uint8Array {
  const bagian = Object.entries(unzipSync(bytes));
  const potongan: Uint8Array[] = [];
  const pusat: Uint8Array[] = [];
  let offset = 0;
  for (const [nama, isi] of bagian) {
    const data = deflateSync(isi);
    const n = strToU8(nama);
    const crc = crc32(isi);
    const lokal = new Uint8Array(30 + n.length + 20);
    const v = new DataView(lokal.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 45, true);
    v.setUint16(6, 0x800, true);
    v.setUint16(8, 8, true);
    v.setUint16(12, 0x21, true);
    v.setUint32(14, crc, true);
    v.setUint32(18, 0xffffffff, true);
    v.setUint32(22, 0xffffffff, true);
    v.setUint16(26, n.length, true);
    v.setUint16(28, 20, true);
    lokal.set(n, 30);
    v.setUint16(30 + n.length, 1, true);
    v.setUint16(32 + n.length, 16, true);
    v.setBigUint64(34 + n.length, BigInt(isi.length), true);
    v.setBigUint64(42 + n.length, BigInt(data.length), true);
    const c = new Uint8Array(46 + n.length + 28);
    const w = new DataView(c.buffer);
    w.setUint32(0, 0x02014b50, true);
    w.setUint16(4, 45, true);
    w.setUint16(6, 45, true);
    w.setUint16(8, 0x800, true);
    w.setUint16(10, 8, true);
    w.setUint16(14, 0x21, true);
    w.setUint32(16, crc, true);
    w.setUint32(20, 0xffffffff, true);
    w.setUint32(24, 0xffffffff, true);
    w.setUint16(28, n.length, true);
    w.setUint16(30, 28, true);
    w.setUint32(42, 0xffffffff, true);
    c.set(n, 46);
    w.setUint16(46 + n.length, 1, true);
    w.setUint16(48 + n.length, 24, true);
    w.setBigUint64(50 + n.length, BigInt(isi.length), true);
    w.setBigUint64(58 + n.length, BigInt(data.length), true);
    w.setBigUint64(66 + n.length, BigInt(offset), true);
    potongan.push(lokal, data);
    pusat.push(c);
    offset += lokal.length + data.length;
  }
  const ukuranPusat = pusat.reduce((s, x) => s + x.length, 0);
  const akhir = new Uint8Array(56 + 20 + 22);
  const a = new DataView(akhir.buffer);
  a.setUint32(0, 0x06064b50, true);
  a.setBigUint64(4, 44n, true);
  a.setUint16(12, 45, true);
  a.setUint16(14, 45, true);
  a.setBigUint64(24, BigInt(bagian.length), true);
  a.setBigUint64(32, BigInt(bagian.length), true);
  a.setBigUint64(40, BigInt(ukuranPusat), true);
  a.setBigUint64(48, BigInt(offset), true);
  a.setUint32(56, 0x07064b50, true);
  a.setBigUint64(64, BigInt(offset + ukuranPusat), true);
  a.setUint32(72, 1, true);
  a.setUint32(76, 0x06054b50, true);
  a.setUint16(84, 0xffff, true);
  a.setUint16(86, 0xffff, true);
  a.setUint32(88, 0xffffffff, true);
  a.setUint32(92, 0xffffffff, true);
  return gabung([...potongan, ...pusat, akhir]);
}

/** A sheet part padded with 50 MB of spaces before its end. */
function t3Besar(x: Uint8Array): string {
  return strFromU8(x).replace("</worksheet>", `${" ".repeat(50 * 1024 * 1024)}</worksheet>`);
}

/**
 * A PK of `baris` indikator, each row holding a value at XFD besides (a sheet filled to the last column), and a
 * DPA; the audit and generate of it must take time in the cells, not in rows × 16,384 (issue 21; bench/xfd.bench.ts).
 */
export async function pkSampaiXfd(baris: number): Promise<Uint8Array> {
  const rows: CellInput[][] = [PK_HEAD];
  for (let i = 1; i <= baris; i++) rows.push([i, `Sasaran ${i}`, `Indikator kinerja ${i}`, "%", 80]);
  const [, realisasi, dpa] = lembarDasar();
  return ubah(await workbookBuffer([{ name: "PK", rows }, realisasi, dpa]), (_z, t, w) =>
    w(
      "xl/worksheets/sheet1.xml",
      t("xl/worksheets/sheet1.xml").replace(
        /<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g,
        (_m, r, a, isi) => `<row r="${r}"${a}>${isi}<c r="XFD${r}"><v>${r}</v></c></row>`,
      ),
    ),
  );
}

const PERINTAH: Perintah[] = ["generate", "audit", "baca"];

export async function kasusFuzz(): Promise<Kasus[]> {
  const dasar = await workbookBuffer(lembarDasar());
  const out: Kasus[] = [];
  const semua = (
    nama: string,
    masukan: Kasus["masukan"],
    exit: number,
    pesan: RegExp | undefined,
    syarat: (p: Perintah) => Syarat[],
    perintah = PERINTAH,
  ) => {
    for (const p of perintah)
      out.push({ nama: `${nama} (${p})`, perintah: p, masukan, harapan: { exit, pesan, syarat: syarat(p) } });
  };
  const gagal = (nama: string, berkas: string, isi: Kasus["masukan"]["isi"], pesan: RegExp) =>
    semua(nama, { nama: berkas, isi }, 3, pesan, (p) => (p === "baca" ? [] : ["tanpa-keluaran"]));
  // Syarat beyond a valid copy apply to the generated report (the audit's sheet names no source sheet).
  // cetak: what `generate` must print; the base workbook's tables must read the same however the package is written.
  const jalan = (
    nama: string,
    berkas: string,
    isi: Uint8Array,
    syarat: Syarat[] = [],
    cetak?: RegExp,
    dasarTerbaca = false,
  ) => {
    semua(nama, { nama: berkas, isi }, 0, undefined, (p) =>
      p === "baca" ? [] : p === "audit" ? ["keluaran-sah"] : ["keluaran-sah", ...syarat],
    );
    for (const k of out.slice(-PERINTAH.length)) {
      const c = k.perintah === "generate" ? cetak : k.perintah === "baca" && dasarTerbaca ? DASAR_TERBACA : undefined;
      if (c) out[out.indexOf(k)] = { ...k, harapan: { ...k.harapan, cetak: c } };
    }
  };
  const DASAR_TERBACA =
    /2 sasaran, 2 indikator \(2 dengan realisasi\)\n1 program, 1 kegiatan, 2 sub kegiatan; pagu Rp 200\.000\.000, realisasi Rp 185\.500\.000/;
  // Refused where it is read, at the source cell, never written as a value.
  const TAK_HINGGA = /\[GALAT\] [^\n]*: Realisasi "[^"]*" terlalu besar untuk dihitung; nilainya tidak dipakai/;

  // Files that are not an .xlsx: named by what they are, with what to do.
  gagal(
    "CSV",
    "data.csv",
    strToU8("No;Indikator;Target\n1;Indeks;80\n"),
    /data\.csv adalah berkas teks CSV \(\.csv\), bukan buku kerja \.xlsx\. .*simpan sebagai/,
  );
  gagal("teks bernama .txt", "catatan.txt", strToU8("PK 2023\tTarget\n"), /catatan\.txt adalah berkas teks \(\.txt\)/);
  gagal("CSV bernama .xlsx", "data.xlsx", strToU8("a,b,c\n1,2,3\n"), /data\.xlsx adalah berkas teks \(mis\. CSV\)/);
  gagal(".xls", "lama.xls", ole(), /lama\.xls adalah buku kerja Excel 97–2003 \(\.xls\), bukan \.xlsx/);
  gagal(".xls bernama .xlsx", "lama.xlsx", ole(), /lama\.xlsx adalah buku kerja Excel 97–2003 \(\.xls\)/);
  gagal("terenkripsi", "rahasia.xlsx", ole("EncryptedPackage"), /rahasia\.xlsx dilindungi kata sandi pembuka/);
  const ods = zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "content.xml": strToU8("<office:document-content/>"),
  });
  gagal(".ods", "anggaran.ods", ods, /anggaran\.ods adalah lembar kerja OpenDocument \(\.ods\), bukan \.xlsx/);
  gagal(".ods bernama .xlsx", "anggaran.xlsx", ods, /anggaran\.xlsx adalah lembar kerja OpenDocument/);
  gagal(
    "zip tanpa buku kerja",
    "arsip.xlsx",
    zipSync({ "word/document.xml": strToU8("<w:document/>") }),
    /arsip\.xlsx adalah arsip zip, tetapi bukan buku kerja Excel \(tidak ada bagian xl\/workbook\.xml\)/,
  );
  gagal("berkas kosong", "kosong.xlsx", new Uint8Array(0), /kosong\.xlsx bukan buku kerja \.xlsx/);
  gagal("bita acak", "acak.xlsx", acak(3000, 7), /acak\.xlsx bukan buku kerja \.xlsx/);
  for (const [label, n] of [
    ["separuh", Math.floor(dasar.length / 2)],
    ["tanpa 10 bita terakhir", dasar.length - 10],
    ["30 bita pertama", 30],
  ] as const) {
    gagal(
      `terpotong ${label}`,
      "terpotong.xlsx",
      dasar.slice(0, n),
      /terpotong\.xlsx terpotong: akhir arsipnya tidak ada/,
    );
  }
  gagal(
    "Strict OOXML",
    "strict.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        "xl/workbook.xml",
        t("xl/workbook.xml").replace(
          "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "http://purl.oclc.org/ooxml/spreadsheetml/main",
        ),
      ),
    ),
    /strict\.xlsx disimpan sebagai "Strict Open XML Spreadsheet"/,
  );
  gagal(
    "nama lembar ganda",
    "ganda.xlsx",
    ubah(dasar, (_z, t, w) => w("xl/workbook.xml", t("xl/workbook.xml").replace('name="Realisasi"', 'name="PK"'))),
    /ganda\.xlsx memuat dua lembar bernama "PK"/,
  );
  gagal(
    "bagian lembar hilang",
    "hilang.xlsx",
    ubah(dasar, (z) => delete z["xl/worksheets/sheet2.xml"]),
    /hilang\.xlsx rusak: bagian lembar "Realisasi" tidak dapat dibaca/,
  );
  gagal(
    "sharedStrings hilang",
    "tanpa-sst.xlsx",
    ubah(dasar, (z) => delete z["xl/sharedStrings.xml"]),
    /tanpa-sst\.xlsx rusak: bagian xl\/sharedStrings\.xml \(dipakai lembar "PK"\)/,
  );
  gagal(
    "data lembar rusak",
    "rusak.xlsx",
    rusakkanEntri(dasar, "xl/worksheets/sheet1.xml"),
    /rusak\.xlsx rusak: bagian xl\/worksheets\/sheet1\.xml tidak dapat dibaca\. Buka di Excel/,
  );
  gagal(
    "XML lembar tidak lengkap",
    "xml.xlsx",
    ubah(dasar, (_z, t, w) => w("xl/worksheets/sheet1.xml", t("xl/worksheets/sheet1.xml").replace("</sheetData>", ""))),
    /xml\.xlsx rusak: bagian xl\/worksheets\/sheet1\.xml/,
  );
  gagal(
    "indeks sharedStrings di luar daftar",
    "indeks.xlsx",
    ubah(dasar, (_z, t, w) =>
      w("xl/worksheets/sheet1.xml", t("xl/worksheets/sheet1.xml").replace(/(<c [^>]*t="s"[^>]*><v>)\d+</, "$19999<")),
    ),
    /indeks\.xlsx rusak: bagian xl\/sharedStrings\.xml/,
  );
  gagal("folder", "folder.xlsx", "folder", /folder\.xlsx adalah folder, bukan berkas/);
  gagal("tidak ada", "tidak-ada.xlsx", "tidak-ada", /Berkas tidak ditemukan: .*tidak-ada\.xlsx/);

  // A macro workbook: VBA part, macro content type.
  const makro = ubah(dasar, (z, t, w) => {
    z["xl/vbaProject.bin"] = acak(1024, 11);
    w(
      "[Content_Types].xml",
      t("[Content_Types].xml")
        .replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
        .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
    w(
      "xl/_rels/workbook.xml.rels",
      t("xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
  });
  jalan("buku kerja bermakro", "makro.xlsm", makro);

  // The output cannot be written: exit 4 (3 for writing over the input), nothing left behind.
  for (const p of ["generate", "audit"] as const) {
    const m = { nama: "kerja.xlsx", isi: dasar };
    out.push({
      nama: `folder keluaran tidak ada (${p})`,
      perintah: p,
      masukan: m,
      keluaran: "folder-tidak-ada",
      harapan: {
        exit: 4,
        pesan: /Tidak dapat menulis .*: folder .* tidak ada\. Buat foldernya dulu/,
        syarat: ["tanpa-keluaran"],
      },
    });
    out.push({
      nama: `keluaran adalah folder (${p})`,
      perintah: p,
      masukan: m,
      keluaran: "folder",
      harapan: { exit: 4, pesan: /Tidak dapat menulis .*: sudah ada folder dengan nama itu/, syarat: [] },
    });
    out.push({
      nama: `keluaran di bawah sebuah berkas (${p})`,
      perintah: p,
      masukan: m,
      keluaran: "di-bawah-berkas",
      harapan: { exit: 4, pesan: /Tidak dapat menulis .*: folder .* tidak ada/, syarat: ["tanpa-keluaran"] },
    });
    out.push({
      nama: `.xlsx disimpan sebagai .xlsm (${p})`,
      perintah: p,
      masukan: m,
      keluaran: "akhiran-lain",
      harapan: {
        exit: 2,
        pesan: /Masukan bukan buku kerja bermakro: keluaran .*hasil\.xlsm harus berakhiran \.xlsx/,
        syarat: ["tanpa-keluaran"],
      },
    });
    const xlsm = { nama: "makro.xlsm", isi: makro };
    out.push({
      nama: `.xlsm disimpan sebagai .xlsx (${p})`,
      perintah: p,
      masukan: xlsm,
      keluaran: "akhiran-lain",
      harapan: {
        exit: 2,
        pesan: /Masukan adalah buku kerja bermakro \(\.xlsm\): keluaran .*hasil\.xlsx harus berakhiran \.xlsm/,
        syarat: ["tanpa-keluaran"],
      },
    });
    out.push({
      nama: `keluaran sama dengan masukan (${p})`,
      perintah: p,
      masukan: m,
      keluaran: "sama",
      harapan: { exit: 3, pesan: /Berkas keluaran harus berbeda dari berkas masukan/, syarat: [] },
    });
  }

  // The output is the input by another road, or not a file (group 1 of issue 21): refused, the input unchanged.
  for (const p of ["generate", "audit"] as const) {
    const m = { nama: "kerja.xlsx", isi: dasar };
    const SAMA = /Berkas keluaran harus berbeda dari berkas masukan: masukan tidak pernah ditimpa/;
    for (const [label, keluaran] of [
      ["lewat folder bertautan simbolis", "lewat-folder-tautan"],
      ["lewat /proc/self/root", "lewat-proc"],
      ["tautan keras ke masukan", "tautan-keras"],
      ["tautan simbolis ke masukan", "tautan-simbolis"],
    ] as const)
      out.push({
        nama: `keluaran = masukan ${label} (${p})`,
        perintah: p,
        masukan: m,
        keluaran,
        harapan: { exit: 3, pesan: SAMA, syarat: [] },
      });
    out.push({
      nama: `keluaran sebuah FIFO (${p})`,
      perintah: p,
      masukan: m,
      keluaran: "fifo",
      harapan: {
        exit: 4,
        pesan: /Tidak dapat menulis .*: nama itu sudah dipakai sesuatu yang bukan berkas biasa/,
        syarat: [],
      },
    });
    out.push({
      nama: `nama keluaran 250 karakter (${p})`,
      perintah: p,
      masukan: m,
      keluaran: "nama-250",
      harapan: { exit: 0, syarat: ["keluaran-sah"] },
    });
    out.push({
      nama: `nama keluaran 300 karakter (${p})`,
      perintah: p,
      masukan: m,
      keluaran: "nama-300",
      harapan: { exit: 4, pesan: /Tidak dapat menulis .*: nama berkas atau jalurnya terlalu panjang/, syarat: [] },
    });
    out.push({
      nama: `keluaran di bawah tautan melingkar (${p})`,
      perintah: p,
      masukan: m,
      keluaran: "lingkaran",
      harapan: {
        exit: 4,
        pesan: /Tidak dapat menulis .*: tautan simbolis di jalurnya membentuk lingkaran/,
        syarat: [],
      },
    });
  }
  gagal("masukan sebuah FIFO", "pipa.xlsx", "fifo", /pipa\.xlsx bukan berkas biasa \(perangkat, FIFO, atau soket\)/);

  // Odd but valid workbooks: exit 0, a valid copy, every user part kept.
  jalan(
    "lembar bernama seperti sel (PK2023, TW4, DPA2023)",
    "sel.xlsx",
    await workbookBuffer(lembarDasar({ pk: "PK2023", realisasi: "TW4", dpa: "DPA2023" })),
    [{ dikutip: "PK2023" }, { dikutip: "TW4" }, { dikutip: "DPA2023" }],
    undefined,
    true,
  );
  jalan(
    "lembar bernama R1C1, TRUE, C",
    "r1c1.xlsx",
    await workbookBuffer(lembarDasar({ pk: "R1C1", realisasi: "TRUE", dpa: "C" })),
    [{ dikutip: "R1C1" }, { dikutip: "TRUE" }],
    undefined,
    true,
  );
  jalan(
    "lembar bernama dengan petik dan huruf non-Latin",
    "petik.xlsx",
    await workbookBuffer(lembarDasar({ pk: "PK Bu'Ani", realisasi: "Realisasi – TW IV", dpa: "DPA (murni)" })),
    [],
    undefined,
    true,
  );
  jalan(
    "realisasi 1e999 sebagai teks",
    "besar.xlsx",
    await workbookBuffer(lembarDasar({}, { realisasi: "1e999" })),
    [],
    TAK_HINGGA,
  );
  jalan(
    "realisasi 400 digit",
    "digit.xlsx",
    await workbookBuffer(lembarDasar({}, { realisasi: "9".repeat(400) })),
    [],
    TAK_HINGGA,
  );
  jalan(
    "dua pagu 1e308",
    "pagu.xlsx",
    await workbookBuffer(lembarDasar({}, { pagu: [1e308, 1e308] })),
    [],
    /\[GALAT\] 'Realisasi Anggaran'!C5: Angka di luar jangkauan \(terlalu besar\): rumusnya tetap ditulis/,
  );
  // A dash or a negative where a figure belongs: said at the cell, never a silent 0 (the reader's part of issue 14).
  for (const [nama, tanda] of [
    ["tanda hubung", "-"],
    ["tanda pisah en", "–"],
    ["tanda pisah em", "—"],
  ]) {
    jalan(
      `realisasi ${nama} "${tanda}"`,
      `strip-${nama.replace(/ /g, "-")}.xlsx`,
      await workbookBuffer(lembarDasar({}, { realisasi: tanda })),
      [],
      new RegExp(
        `\\[PERINGATAN\\] Realisasi!B2: Realisasi ditulis "${tanda}"; dibaca belum dilaporkan \\(kosong\\), bukan 0`,
      ),
    );
  }
  jalan(
    "realisasi negatif",
    "negatif.xlsx",
    await workbookBuffer(lembarDasar({}, { realisasi: -5 })),
    [],
    /\[PERINGATAN\] Realisasi!B2: Realisasi "-5" negatif/,
  );
  jalan(
    "pagu (1.000) gaya akuntansi",
    "kurung.xlsx",
    await workbookBuffer(lembarDasar({}, { pagu: ["(1.000)", 50_000_000] })),
    [],
    /\[GALAT\] DPA!C4: Pagu "Sub kegiatan penyusunan dokumen" negatif/,
  );
  jalan(
    "realisasi rumus tanpa nilai tersimpan",
    "tanpa-nilai.xlsx",
    await workbookBuffer(lembarDasar({}, { realisasi: { f: "=C9*2" } })),
    [],
    /\[PERINGATAN\] Realisasi!B2: Realisasi berisi rumus "=C9\*2" tanpa nilai tersimpan/,
  );
  jalan(
    "nama indikator 40.000 karakter",
    "panjang.xlsx",
    await workbookBuffer(lembarDasar({}, { indikator: `Indeks ${"sangat ".repeat(5000)}panjang` })),
    ["teks-dalam-batas"],
  );
  jalan(
    "lembar pengguna bernama Pengukuran Kinerja",
    "bentrok.xlsx",
    await workbookBuffer([...lembarDasar(), { name: "Pengukuran Kinerja", rows: [["catatan saya"]] }]),
  );
  jalan(
    "tanpa styles.xml",
    "tanpa-gaya.xlsx",
    ubah(dasar, (z, t, w) => {
      delete z["xl/styles.xml"];
      w("xl/_rels/workbook.xml.rels", t("xl/_rels/workbook.xml.rels").replace(/<Relationship [^>]*styles[^>]*\/>/, ""));
      w("[Content_Types].xml", t("[Content_Types].xml").replace(/<Override PartName="\/xl\/styles\.xml"[^>]*\/>/, ""));
      for (let i = 1; i <= 3; i++)
        w(`xl/worksheets/sheet${i}.xml`, t(`xl/worksheets/sheet${i}.xml`).replace(/ s="\d+"/g, ""));
    }),
  );
  jalan(
    "lembar tersembunyi dan sangat tersembunyi",
    "sembunyi.xlsx",
    ubah(
      await workbookBuffer([
        ...lembarDasar(),
        { name: "Rahasia", rows: [["x"]] },
        { name: "Konfigurasi", rows: [["y"]] },
      ]),
      (_z, t, w) =>
        w(
          "xl/workbook.xml",
          t("xl/workbook.xml")
            // One state attribute each (a second would not be well-formed XML).
            .replace('name="Rahasia" state="visible"', 'name="Rahasia" state="hidden"')
            .replace('name="Konfigurasi" state="visible"', 'name="Konfigurasi" state="veryHidden"'),
        ),
    ),
  );
  jalan(
    "gabungan sel seluas lembar",
    "gabung.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        "xl/worksheets/sheet3.xml",
        t("xl/worksheets/sheet3.xml").replace(
          "</sheetData>",
          '</sheetData><mergeCells count="1"><mergeCell ref="F1:XFD1048576"/></mergeCells>',
        ),
      ),
    ),
  );
  jalan("PK terisi sampai kolom XFD, 400 baris", "xfd.xlsx", await pkSampaiXfd(400));
  jalan(
    "satu sel di XFD1048576",
    "jauh.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        "xl/worksheets/sheet3.xml",
        t("xl/worksheets/sheet3.xml").replace(
          "</sheetData>",
          '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ujung</t></is></c></row></sheetData>',
        ),
      ),
    ),
  );
  jalan(
    "awalan x: di workbook, lembar dan gaya",
    "awalan.xlsx",
    ubah(dasar, (z, t, w) => {
      for (const k of Object.keys(z))
        if (
          k === "xl/workbook.xml" ||
          k === "xl/styles.xml" ||
          k === "xl/sharedStrings.xml" ||
          /^xl\/worksheets\/sheet\d+\.xml$/.test(k)
        )
          w(k, berawalanX(t(k)));
    }),
    [],
    undefined,
    true,
  );
  jalan(
    "sel tanpa alamat r",
    "tanpa-r.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        "xl/worksheets/sheet1.xml",
        t("xl/worksheets/sheet1.xml")
          .replace(/<c r="[A-Z]+\d+"/g, "<c")
          .replace(/<row r="\d+"/g, "<row"),
      ),
    ),
    [],
    undefined,
    true,
  );
  jalan("zip dengan deskriptor data", "deskriptor.xlsx", zipBerdeskriptor(dasar), [], undefined, true);
  jalan("zip tanpa kompresi", "simpan.xlsx", zipSync(unzipSync(dasar), { level: 0 }), [], undefined, true);
  jalan(
    "target relasi absolut",
    "absolut.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        "xl/_rels/workbook.xml.rels",
        t("xl/_rels/workbook.xml.rels").replace(/Target="worksheets\//g, 'Target="/xl/worksheets/'),
      ),
    ),
    [],
    undefined,
    true,
  );
  jalan("buku kerja satu lembar kosong", "kosong-isi.xlsx", await workbookBuffer([{ name: "Lembar1", rows: [] }]));

  // Issue 21, group 2: a name like our tag on a user's sheet never makes that sheet ours.
  const namaDi = (xml: string, isi: string) => xml.replace("</sheets>", `</sheets><definedNames>${isi}</definedNames>`);
  const WB = "xl/workbook.xml";
  jalan(
    "tag kami tersalin ke lembar PK pengguna",
    "tag-pk.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(WB, namaDi(t(WB), '<definedName name="_sakip_kinerja_pengukuran">PK!$A$1</definedName>')),
    ),
    [],
    undefined,
    true,
  );
  jalan(
    "tag kami dalam komentar XML menunjuk DPA",
    "tag-komentar.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        WB,
        namaDi(
          t(WB),
          '<!-- <definedName name="_sakip_kinerja_realisasi_anggaran">DPA!$A$1</definedName> --><definedName name="Catatan">PK!$B$2</definedName>',
        ),
      ),
    ),
    [],
    undefined,
    true,
  );
  jalan(
    "tag kami beda huruf besar pada DPA",
    "tag-kembar.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(WB, namaDi(t(WB), '<definedName name="_SAKIP_KINERJA_PENGUKURAN">DPA!$A$1</definedName>')),
    ),
    [],
    undefined,
    true,
  );

  // Group 3: valid XML in another spelling, and packages to normalise.
  jalan(
    "komentar berisi </sheets> di dalam <sheets>",
    "komentar-sheets.xlsx",
    ubah(dasar, (_z, t, w) => w(WB, t(WB).replace("<sheets>", "<sheets><!-- lembar lama: </sheets> -->"))),
    [],
    undefined,
    true,
  );
  jalan(
    "spasi dalam tag penutup (</sheets >, </Relationships\\n>, </Types >)",
    "spasi-tag.xlsx",
    ubah(dasar, (_z, t, w) => {
      w(
        WB,
        namaDi(t(WB), '<definedName name="Catatan">PK!$B$2</definedName>')
          .replace("</sheets>", "</sheets >")
          .replace("</definedNames>", "</definedNames >"),
      );
      w(
        "xl/_rels/workbook.xml.rels",
        t("xl/_rels/workbook.xml.rels").replace("</Relationships>", "</Relationships\n>"),
      );
      w("[Content_Types].xml", t("[Content_Types].xml").replace("</Types>", "</Types >"));
    }),
    [],
    undefined,
    true,
  );
  const utf16 = (s: string) => {
    const b = new Uint8Array(2 + s.length * 2);
    b[0] = 0xff;
    b[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      b[2 + 2 * i] = s.charCodeAt(i) & 0xff;
      b[3 + 2 * i] = s.charCodeAt(i) >> 8;
    }
    return b;
  };
  jalan(
    "relasi dan content types dalam UTF-16",
    "utf16.xlsx",
    ubah(dasar, (z, t) => {
      for (const k of ["xl/_rels/workbook.xml.rels", "[Content_Types].xml"])
        z[k] = utf16(t(k).replace('encoding="UTF-8"', 'encoding="UTF-16"'));
    }),
    [],
    undefined,
    true,
  );
  jalan(
    "styles.xml tanpa relasinya",
    "gaya-yatim.xlsx",
    ubah(dasar, (_z, t, w) =>
      w("xl/_rels/workbook.xml.rels", t("xl/_rels/workbook.xml.rels").replace(/<Relationship [^>]*styles[^>]*\/>/, "")),
    ),
  );
  jalan(
    "Override basi dan relasi yatim untuk sheet4",
    "basi.xlsx",
    ubah(dasar, (z, t, w) => {
      w(
        "[Content_Types].xml",
        t("[Content_Types].xml").replace(
          "</Types>",
          '<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        ),
      );
      z["xl/worksheets/_rels/sheet4.xml.rels"] = strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing9.xml"/></Relationships>',
      );
    }),
  );
  jalan(
    "sheetId 4294967295",
    "sheetid.xlsx",
    ubah(dasar, (_z, t, w) => w(WB, t(WB).replace(/sheetId="3"/, 'sheetId="4294967295"'))),
  );
  jalan(
    "nama bagian tanpa tanda UTF-8 (Latin-1)",
    "latin1.xlsx",
    (() => {
      const z = unzipSync(dasar);
      z["xl/media/gambarX.png"] = Uint8Array.from(acak(64, 5));
      const b = zipSync(z, { level: 0 });
      const cari = strToU8("gambarX.png");
      // "X" → 0xE9 ("é" in Latin-1 / CP1252) in the local and central headers, the UTF-8 flag left clear.
      for (let i = 0; i + cari.length <= b.length; i++) if (cari.every((c, j) => b[i + j] === c)) b[i + 6] = 0xe9;
      return b;
    })(),
  );
  jalan(
    "templat .xltx",
    "templat.xltx",
    ubah(dasar, (_z, t, w) =>
      w(
        "[Content_Types].xml",
        t("[Content_Types].xml").replace("spreadsheetml.sheet.main+xml", "spreadsheetml.template.main+xml"),
      ),
    ),
  );
  semua(
    "64.000 format sel",
    {
      nama: "format-penuh.xlsx",
      isi: ubah(dasar, (_z, t, w) =>
        w(
          "xl/styles.xml",
          t("xl/styles.xml").replace(
            /<cellXfs count="1">(<xf [^>]*\/>)<\/cellXfs>/,
            (_m, xf: string) =>
              `<cellXfs count="64000">${xf}${Array.from({ length: 63_999 }, (_, i) => `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="${i}"/>`).join("")}</cellXfs>`,
          ),
        ),
      ),
    },
    3,
    /format-penuh\.xlsx sudah memuat 64\.000 format sel, batas Excel/,
    () => ["tanpa-keluaran"],
    ["generate", "audit"],
  );
  gagal(
    "xl/workbook.xml tersimpan dua kali (beda huruf)",
    "dua-kali.xlsx",
    (() => {
      const z = unzipSync(dasar);
      z["XL/WORKBOOK.XML"] = z["xl/workbook.xml"];
      return zipSync(z);
    })(),
    /dua-kali\.xlsx rusak: bagian (xl\/workbook\.xml|XL\/WORKBOOK\.XML) tersimpan dua kali/,
  );

  // Group 4: read as Excel reads it.
  jalan(
    "sharedStrings dalam CDATA",
    "cdata.xlsx",
    ubah(dasar, (_z, t, w) =>
      w("xl/sharedStrings.xml", t("xl/sharedStrings.xml").replace(/<t>([^<]*)<\/t>/g, "<t><![CDATA[$1]]></t>")),
    ),
    [],
    undefined,
    true,
  );
  jalan(
    "komentar berisi <xf> di cellXfs",
    "komentar-xf.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        "xl/styles.xml",
        t("xl/styles.xml").replace(
          /(<cellXfs[^>]*>)/,
          '$1<!-- <xf numFmtId="14" fontId="0" fillId="0" borderId="0"/> -->',
        ),
      ),
    ),
    [],
    undefined,
    true,
  );
  jalan(
    "rumus bersama merujuk lembar DPA2023",
    "bersama.xlsx",
    ubah(await workbookBuffer(lembarDasar({ dpa: "DPA2023" })), (_z, t, w) =>
      w(
        "xl/worksheets/sheet2.xml",
        t("xl/worksheets/sheet2.xml")
          .replace(
            /<c r="B2"><v>[^<]*<\/v><\/c>/,
            '<c r="B2"><f t="shared" ref="B2:B3" si="0">DPA2023!D4/1000000</f></c>',
          )
          .replace(/<c r="B3"><v>[^<]*<\/v><\/c>/, '<c r="B3"><f t="shared" si="0"/></c>'),
      ),
    ),
    [],
    // The two uncalculated cells are one finding (B2:B3); the follower's formula is test/xlsx/read.test.ts's.
    /Realisasi!B2:B3: 2 sel \(B2:B3\), temuan sejenis; yang pertama, B2: Realisasi berisi rumus "=DPA2023!D4\/1000000" tanpa nilai tersimpan/,
  );
  jalan(
    "realisasi 0x1F",
    "heks.xlsx",
    ubah(dasar, (_z, t, w) =>
      w("xl/worksheets/sheet2.xml", t("xl/worksheets/sheet2.xml").replace(/(<c r="B2"><v>)[^<]*</, "$10x1F<")),
    ),
    [],
    /Realisasi!B2: .*0x1F/,
  );
  gagal(
    "&#x110000; dalam sharedStrings",
    "kode.xlsx",
    ubah(dasar, (_z, t, w) =>
      w("xl/sharedStrings.xml", t("xl/sharedStrings.xml").replace("<t>No</t>", "<t>No&#x110000;</t>")),
    ),
    /kode\.xlsx rusak: bagian xl\/sharedStrings\.xml/,
  );
  gagal(
    "target relasi dengan % rusak",
    "persen.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        "xl/_rels/workbook.xml.rels",
        t("xl/_rels/workbook.xml.rels").replace('Target="worksheets/sheet2.xml"', 'Target="worksheets/sheet%zz2.xml"'),
      ),
    ),
    /persen\.xlsx rusak: bagian lembar "Realisasi" tidak dapat dibaca/,
  );
  gagal(
    "entitas dalam DOCTYPE (XXE)",
    "xxe.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        "xl/sharedStrings.xml",
        t("xl/sharedStrings.xml")
          .replace("<sst", '<!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst')
          .replace("<t>No</t>", "<t>&x;</t>"),
      ),
    ),
    /xxe\.xlsx rusak: bagian xl\/sharedStrings\.xml/,
  );

  // Groups 5 and 6: bounds, refused before the memory is spent.
  gagal(
    "sel di baris 2.147.483.647",
    "baris.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        "xl/worksheets/sheet3.xml",
        t("xl/worksheets/sheet3.xml").replace(
          "</sheetData>",
          '<row r="2147483647"><c r="A2147483647"><v>1</v></c></row></sheetData>',
        ),
      ),
    ),
    /baris\.xlsx rusak: lembar "DPA" memuat sel di luar baris terakhir \(1\.048\.576\)/,
  );
  gagal(
    "sel di kolom XFE",
    "kolom.xlsx",
    ubah(dasar, (_z, t, w) =>
      w(
        "xl/worksheets/sheet3.xml",
        t("xl/worksheets/sheet3.xml").replace("</sheetData>", '<row r="9"><c r="XFE9"><v>1</v></c></row></sheetData>'),
      ),
    ),
    /kolom\.xlsx rusak: lembar "DPA" memuat sel di luar/,
  );
  gagal(
    "100.000 <si> tidak ditutup",
    "si-terbuka.xlsx",
    ubah(dasar, (_z, t, w) =>
      w("xl/sharedStrings.xml", t("xl/sharedStrings.xml").replace("</sst>", "<si><t>x</t>".repeat(100_000) + "</sst>")),
    ),
    /si-terbuka\.xlsx rusak: bagian xl\/sharedStrings\.xml/,
  );
  gagal(
    "petik hilang di lembar 220 KB",
    "petik-hilang.xlsx",
    ubah(dasar, (_z, t, w) => {
      const x = t("xl/worksheets/sheet3.xml");
      const isi = Array.from(
        { length: 3000 },
        (_, i) => `<row r="${i + 10}"><c r="A${i + 10}"><v>${i}</v></c></row>`,
      ).join("");
      w(
        "xl/worksheets/sheet3.xml",
        x.replace("</sheetData>", `<row r="9"><c r="A9 s="0"><v>1</v></c></row>${isi}</sheetData>`),
      );
    }),
    /petik-hilang\.xlsx rusak: bagian xl\/worksheets\/sheet3\.xml/,
  );
  gagal(
    "bom: bagian menyatakan 300 MB",
    "bom.xlsx",
    ubahUkuran(dasar, "xl/worksheets/sheet3.xml", 300 * 1024 * 1024),
    /bom\.xlsx terlalu besar untuk dibaca: bagian xl\/worksheets\/sheet3\.xml/,
  );
  gagal(
    "bom: kepala berbohong (menyatakan 1 KB, terurai 50 MB)",
    "bom-bohong.xlsx",
    ubahUkuran(
      zipSync({
        ...unzipSync(dasar),
        "xl/worksheets/sheet3.xml": strToU8(t3Besar(unzipSync(dasar)["xl/worksheets/sheet3.xml"])),
      }),
      "xl/worksheets/sheet3.xml",
      1024,
    ),
    /bom-bohong\.xlsx rusak: bagian xl\/worksheets\/sheet3\.xml/,
  );

  gagal(
    "bom: empat bagian masing-masing 80 MB, bersama 320 MB",
    "bom-total.xlsx",
    ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/sharedStrings.xml"].reduce(
      (b, nama) => ubahUkuran(b, nama, 80 * 1024 * 1024),
      dasar,
    ),
    /bom-total\.xlsx terlalu besar untuk dibaca: bagian-bagiannya bersama-sama akan terurai melebihi batas/,
  );

  // Group 7: said as what it is.
  gagal(
    "satu entri ditandai terenkripsi",
    "entri-kunci.xlsx",
    tandaiEntri(dasar, "docProps/app.xml", 1),
    /entri-kunci\.xlsx rusak: bagian docProps\/app\.xml/,
  );
  // zip64 is read like any other archive; the output is a plain zip (zip64 only when needed).
  jalan("arsip zip64 kecil", "zip64.xlsx", zip64Sungguhan(dasar), [], undefined, true);
  jalan(
    "akhir arsip menyatakan 0xFFFF entri tanpa rekaman zip64",
    "zip64-palsu.xlsx",
    zip64Palsu(dasar),
    [],
    undefined,
    true,
  );
  return out;
}
