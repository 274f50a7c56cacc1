/**
 * The fuzz corpus (scripts/fuzz-corpus.ts) through the `kinerja` command: each case ends in its exit code and its
 * Indonesian message — no stack, no library or English text, no stray temporary file, the input never changed — and
 * its output holds what the case says (a valid package keeping every user part, nothing non-finite, sheet names
 * quoted, texts within Excel's limit). The counts are printed at the end.
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Kasus, kasusFuzz } from "../../scripts/fuzz-corpus";
import { main } from "../../src/cli/main";
import { namaKeluaran } from "../../src/cli/berkas";
import { kataIndonesia } from "../support/kata-indonesia";
import { Paket } from "../../src/xlsx/paket";
import { bacaLembar, lembarKerja } from "../../src/xlsx/read";
import { teksEntri } from "../../src/xlsx/zip";
import { anakEl, attr, uraiXml } from "../../src/xlsx/xml";

/**
 * What makes the output a sound package (issue 21): our new sheets listed in the workbook with a relationship and a
 * content type, no Override or defined name twice, no sheetId past 32 bits, no relationships part inherited by a new
 * sheet, the user's styles part still the one related.
 */
function periksaPaket(p: Paket, q: Paket): string[] {
  const m: string[] = [];
  const ct = uraiXml(p.bytes("[Content_Types].xml"), "[Content_Types].xml").akar;
  const over = anakEl(ct, "Override").map((o) => (attr(o, "PartName") ?? "").replace(/^\//, "").toLowerCase());
  if (new Set(over).size !== over.length) m.push("Override ganda");
  const def = new Set(anakEl(ct, "Default").map((d) => (attr(d, "Extension") ?? "").toLowerCase()));
  const baru = p.entri.filter((e) => !q.ada(e.nama) && !e.nama.endsWith("/"));
  for (const e of baru) {
    const k = e.nama.toLowerCase();
    if (!over.includes(k) && !def.has(k.slice(k.lastIndexOf(".") + 1))) m.push(`tanpa content type: ${e.nama}`);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(k) && !p.lembar.some((l) => l.bagian?.toLowerCase() === k))
      m.push(`lembar baru tidak terdaftar: ${e.nama}`);
    const rels = `${k.replace(/[^/]+$/, "")}_rels/${k.slice(k.lastIndexOf("/") + 1)}.rels`;
    if (q.ada(rels)) m.push(`relasi yatim diwarisi: ${rels}`);
  }
  const namaLembarBaru = p.lembar.filter((l) => !q.lembar.some((x) => x.nama === l.nama));
  if (!namaLembarBaru.length) m.push("tidak ada lembar baru di workbook");
  for (const l of namaLembarBaru) if (l.jenis !== "worksheet" || !l.bagian) m.push(`lembar tanpa relasi: ${l.nama}`);
  const ids = p.lembar.map((l) => l.sheetId);
  if (new Set(ids).size !== ids.length || ids.some((i) => !(i >= 1 && i <= 0xffffffff))) m.push("sheetId salah");
  const nama = p.nama.map((n) => `${n.lokal ?? ""}|${n.nama.toLowerCase()}`);
  if (new Set(nama).size !== nama.length) m.push("nama terdefinisi ganda");
  for (const e of q.entri) {
    const x = p.entri.find((y) => y.nama === e.nama);
    if (x && e.namaMentah && x.namaMentah && Buffer.compare(Buffer.from(x.namaMentah), Buffer.from(e.namaMentah)) !== 0)
      m.push(`nama bagian berubah (bita): ${e.nama}`);
  }
  const wb = anakEl(ct, "Override").find(
    (o) => (attr(o, "PartName") ?? "").replace(/^\//, "").toLowerCase() === p.bagianWorkbook.toLowerCase(),
  );
  if (!/\.sheet\.(macroEnabled\.)?main\+xml$/.test((wb && attr(wb, "ContentType")) ?? ""))
    m.push("workbook bukan jenis buku kerja (templat?)");
  const gq = q.bagianRelasi("styles");
  if (gq && q.ada(gq) && p.bagianRelasi("styles")?.toLowerCase() !== gq.toLowerCase())
    m.push("styles pengguna diganti");
  return m;
}

// The corpus' .xls and .ods are a header and nothing else: refused by the CLI itself here. Reading through LibreOffice
// (which refuses them too) is test/cli/libreoffice.test.ts.
process.env.KINERJA_SOFFICE = "";

const DIUBAH = new Set([
  "[content_types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/calcchain.xml",
]);
const BUKAN_INDONESIA =
  /TypeError|RangeError|SyntaxError|Error:|Cannot |is not a|[Uu]nexpected|ENOENT|EACCES|EISDIR|ENOTDIR|https?:\/\/|zip file|undefined/;
/** Library text in an English message: an error class, a system code, a URL, "undefined". */
const PUSTAKA = /TypeError|RangeError|SyntaxError|Error:|ENOENT|EACCES|EISDIR|ENOTDIR|https?:\/\/|zip file|undefined/;

interface Hasil {
  kasus: Kasus;
  code: number;
  err: string;
  masalah: string[];
}

const hasil: Hasil[] = [];
let kasus: Kasus[] = [];

// Building the corpus takes a few seconds (more on a busy machine): not the default hook's 5 s.
beforeAll(async () => {
  kasus = await kasusFuzz();
}, 60_000);

async function jalankan(k: Kasus, bahasa: string[] = []): Promise<Hasil> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-fuzz-"));
  const masuk = path.join(dir, k.masukan.nama);
  if (k.masukan.isi === "folder") fs.mkdirSync(masuk);
  else if (k.masukan.isi === "fifo") execFileSync("mkfifo", [masuk]);
  else if (k.masukan.isi !== "tidak-ada") fs.writeFileSync(masuk, k.masukan.isi);
  const sha = () =>
    fs.existsSync(masuk) && fs.lstatSync(masuk).isFile()
      ? createHash("sha256").update(fs.readFileSync(masuk)).digest("hex")
      : "";
  const sebelum = sha();
  const outDir = path.join(dir, "keluar");
  fs.mkdirSync(outDir);
  let keluar = path.join(outDir, `hasil${path.extname(k.masukan.nama) === ".xlsm" ? ".xlsm" : ".xlsx"}`);
  if (k.keluaran === "folder-tidak-ada") keluar = path.join(outDir, "tidak", "ada", "hasil.xlsx");
  if (k.keluaran === "folder") fs.mkdirSync(keluar);
  if (k.keluaran === "di-bawah-berkas") {
    fs.writeFileSync(path.join(outDir, "berkas"), "x");
    keluar = path.join(outDir, "berkas", "hasil.xlsx");
  }
  if (k.keluaran === "sama") keluar = masuk;
  if (k.keluaran === "lewat-folder-tautan") {
    fs.symlinkSync(dir, path.join(outDir, "tautan"));
    keluar = path.join(outDir, "tautan", k.masukan.nama);
  }
  if (k.keluaran === "lewat-proc") keluar = path.join("/proc/self/root", masuk);
  if (k.keluaran === "tautan-keras") fs.linkSync(masuk, keluar);
  if (k.keluaran === "tautan-simbolis") fs.symlinkSync(masuk, keluar);
  if (k.keluaran === "fifo") execFileSync("mkfifo", [keluar]);
  if (k.keluaran === "nama-250") keluar = path.join(outDir, `${"k".repeat(245)}.xlsx`);
  if (k.keluaran === "nama-300") keluar = path.join(outDir, `${"k".repeat(295)}.xlsx`);
  if (k.keluaran === "lingkaran") {
    fs.symlinkSync(path.join(outDir, "putar"), path.join(outDir, "putar"));
    keluar = path.join(outDir, "putar", "hasil.xlsx");
  }
  if (k.keluaran === "akhiran-lain") keluar = keluar.replace(/\.xls[xm]$/, (e) => (e === ".xlsx" ? ".xlsm" : ".xlsx"));
  let out = "";
  let err = "";
  const argv = [...(k.perintah === "baca" ? ["baca", masuk] : [k.perintah, masuk, "-o", keluar]), ...bahasa];
  const code = await main(argv, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });

  const masalah: string[] = [];
  if (code !== k.harapan.exit) masalah.push(`exit ${code}, harus ${k.harapan.exit}: ${err.slice(0, 300)}`);
  if (code !== 0) {
    if (!/^kinerja: /.test(err)) masalah.push(`pesan tidak diawali "kinerja: ": ${err.slice(0, 200)}`);
    if (/\n\s+at /.test(err) || /galat tak terduga/.test(err)) masalah.push(`jejak tumpukan: ${err.slice(0, 300)}`);
    if ((bahasa.length ? PUSTAKA : BUKAN_INDONESIA).test(err))
      masalah.push(`teks pustaka/Inggris: ${err.slice(0, 300)}`);
  } else if (!out) masalah.push("tidak mencetak apa pun");
  if (k.harapan.cetak && !k.harapan.cetak.test(out)) masalah.push(`tidak mencetak ${k.harapan.cetak}`);
  if (k.harapan.pesan && !k.harapan.pesan.test(err))
    masalah.push(`pesan tidak cocok ${k.harapan.pesan}: ${err.slice(0, 300)}`);
  if (sha() !== sebelum) masalah.push("masukan berubah");
  if (k.keluaran === "fifo" && !fs.lstatSync(keluar).isFIFO()) masalah.push("FIFO keluaran diganti");
  const sisa = (d: string): string[] =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? sisa(path.join(d, e.name)) : e.name.endsWith(".tmp") ? [e.name] : []));
  if (sisa(dir).length) masalah.push(`berkas sementara tertinggal: ${sisa(dir).join(", ")}`);

  for (const s of k.harapan.syarat) {
    if (s === "tanpa-keluaran") {
      if (fs.existsSync(keluar) && keluar !== masuk) masalah.push("keluaran ditulis padahal gagal");
      continue;
    }
    if (!fs.existsSync(keluar)) {
      masalah.push("tidak ada keluaran");
      break;
    }
    let p: Paket;
    try {
      p = new Paket(fs.readFileSync(keluar));
    } catch (e) {
      masalah.push(`keluaran rusak: ${String(e)}`);
      break;
    }
    const q = new Paket(fs.readFileSync(masuk));
    const baru = p.entri.filter((e) => !q.ada(e.nama));
    const teksBaru = baru.map((e) => teksEntri(p.zip, e));
    if (s === "keluaran-sah") {
      try {
        for (const l of lembarKerja(p)) bacaLembar(p, l);
      } catch (e) {
        masalah.push(`lembar keluaran tak terbaca: ${String(e)}`);
      }
      for (const e of q.entri) {
        if (!p.ada(e.nama)) masalah.push(`bagian hilang: ${e.nama}`);
        else if (
          !DIUBAH.has(e.nama.toLowerCase()) &&
          Buffer.compare(Buffer.from(p.bytes(e.nama)), Buffer.from(q.bytes(e.nama))) !== 0
        )
          masalah.push(`bagian berubah: ${e.nama}`);
      }
      for (const l of q.lembar)
        if (!p.lembar.some((x) => x.nama === l.nama && x.bagian === l.bagian))
          masalah.push(`lembar pengguna hilang: ${l.nama}`);
      if (teksBaru.some((t) => /<v>-?(Infinity|NaN)<\/v>/.test(t))) masalah.push("angka tak hingga tertulis");
      try {
        masalah.push(...periksaPaket(p, q));
      } catch (e) {
        masalah.push(`keluaran rusak: ${String(e)}`);
      }
      if (!baru.length) masalah.push("tidak ada lembar baru");
    } else if (s === "teks-dalam-batas") {
      const panjang = Math.max(
        0,
        ...teksBaru.flatMap((t) =>
          [...t.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1].replace(/&(amp|lt|gt|quot);/g, "_").length),
        ),
      );
      if (panjang > 32_767) masalah.push(`teks ${panjang} karakter`);
    } else {
      const n = s.dikutip.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (teksBaru.some((t) => new RegExp(`(?<![\\w'.])${n}!`).test(t))) masalah.push(`${s.dikutip}! tanpa petik`);
      if (!teksBaru.some((t) => t.includes(`'${s.dikutip}'!`))) masalah.push(`tidak ada rujukan '${s.dikutip}'!`);
    }
  }
  return { kasus: k, code, err, masalah };
}

test("the default output name follows the package's kind, not its name (issue 21, group 7)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-nama-"));
  const makro = kasus.find((k) => k.masukan.nama === "makro.xlsm")!.masukan.isi as Uint8Array;
  const biasa = kasus.find((k) => k.masukan.nama === "sel.xlsx")!.masukan.isi as Uint8Array;
  fs.writeFileSync(path.join(dir, "makro-bernama.xlsx"), makro);
  fs.writeFileSync(path.join(dir, "biasa-bernama.xlsm"), biasa);
  expect(path.basename(namaKeluaran(path.join(dir, "makro-bernama.xlsx"), "kinerja"))).toBe(
    "makro-bernama-kinerja.xlsm",
  );
  expect(path.basename(namaKeluaran(path.join(dir, "biasa-bernama.xlsm"), "kinerja"))).toBe(
    "biasa-bernama-kinerja.xlsx",
  );
});

test("the corpus has at least 100 cases, over every command", async () => {
  expect(kasus.length).toBeGreaterThanOrEqual(100);
  expect(new Set(kasus.map((k) => k.perintah))).toEqual(new Set(["generate", "audit", "baca"]));
});

test("every case ends as it must", async () => {
  for (const k of kasus) hasil.push(await jalankan(k));
  const gagal = hasil.filter((h) => h.masalah.length).map((h) => `${h.kasus.nama}: ${h.masalah.join("; ")}`);
  expect(gagal).toEqual([]);
  const n = (f: (h: Hasil) => boolean) => hasil.filter(f).length;
  console.log(
    [
      `fuzz: ${hasil.length} kasus`,
      `${n((h) => h.code === 0)} berhasil (keluaran sah)`,
      `${n((h) => h.code >= 2)} galat yang jelas (${n((h) => h.code === 3)} masukan, ${n((h) => h.code === 4)} keluaran, ${n((h) => h.code === 2)} perintah)`,
      `${n((h) => h.code === 1)} crash`,
      `${n((h) => /\n\s+at /.test(h.err))} jejak tumpukan`,
      `${n((h) => h.masalah.some((m) => m.includes("tak hingga")))} angka tak hingga`,
      `${n((h) => h.masalah.some((m) => m.includes("lembar pengguna hilang")))} lembar pengguna hilang`,
      `${n((h) => h.masalah.some((m) => m.includes("bagian berubah")))} bagian berubah`,
      `${n((h) => h.masalah.some((m) => m.includes("masukan berubah")))} masukan tertulis`,
    ].join(", "),
  );
}, 110_000);

test("every case that fails, run with --bahasa en, fails the same way in English", async () => {
  const gagal = kasus.filter((k) => k.harapan.exit !== 0);
  expect(gagal.length).toBeGreaterThanOrEqual(50);
  const salah: string[] = [];
  for (const k of gagal) {
    const h = await jalankan({ ...k, harapan: { ...k.harapan, pesan: undefined } }, ["--bahasa", "en"]);
    const kata = kataIndonesia(h.err.replace(/^kinerja: /, ""));
    if (h.masalah.length || kata.length)
      salah.push(`${k.nama}: ${[...h.masalah, ...kata.map((w) => `"${w}" in: ${h.err.slice(0, 200)}`)].join("; ")}`);
  }
  expect(salah).toEqual([]);
}, 110_000);
