/**
 * .xls (Excel 97–2003, also when named .xlsx) and .ods, known by their content, read through LibreOffice (issue 20,
 * item 5): a temporary .xlsx in a private folder, removed afterwards, the input untouched, the message saying so; a
 * time limit; without LibreOffice the message that says how to save as .xlsx. The .xls and .ods are made from our
 * own sample by LibreOffice at test time (CI installs it: scripts/setup.sh).
 */
import { execFileSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { Paket } from "../../src/xlsx/paket";
import { workbookBuffer } from "../../scripts/workbook-builder";

const SAMPLE = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");
const LAPORAN = path.resolve(__dirname, "../../samples/dkum-depok-2023-laporan.xlsx");

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

/** The workbook saved by LibreOffice in another format (its own profile, so parallel workers do not collide). */
function simpanSebagai(file: string, format: "xls" | "ods", dir: string): string {
  const kerja = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-lo-uji-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(kerja, "profil")}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      dir,
      file,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  fs.rmSync(kerja, { recursive: true, force: true });
  const out = path.join(dir, `${path.basename(file, path.extname(file))}.${format}`);
  expect(fs.existsSync(out)).toBe(true);
  return out;
}

const sha = (f: string) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");
const tmpLama = () => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith("kinerja-lo-"));

let dir: string;
let xls: string;
let ods: string;
/** The .xls bytes under an .xlsx name, as two of the real files came. */
let xlsBernamaXlsx: string;
let bacaXlsx: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-xls-"));
  xls = simpanSebagai(SAMPLE, "xls", dir);
  ods = simpanSebagai(SAMPLE, "ods", dir);
  xlsBernamaXlsx = path.join(dir, "lama.xlsx");
  fs.copyFileSync(xls, xlsBernamaXlsx);
  bacaXlsx = (await run(["baca", SAMPLE])).out;
}, 240_000);

afterEach(() => {
  delete process.env.KINERJA_SOFFICE;
  delete process.env.KINERJA_SOFFICE_DETIK;
});

test.each([
  ["xls", () => xls, "buku kerja Excel 97–2003 (.xls)"],
  ["xls named .xlsx", () => xlsBernamaXlsx, "buku kerja Excel 97–2003 (.xls)"],
  ["ods", () => ods, "lembar kerja OpenDocument (.ods)"],
])(
  "baca %s: read through LibreOffice, the same as the .xlsx, and said so; the input and the folder untouched",
  async (_, file, format) => {
    const f = file();
    const sebelum = sha(f);
    const isiFolder = fs.readdirSync(dir).sort();
    const lama = tmpLama();
    const r = await run(["baca", f]);
    expect(r.code).toBe(0);
    const [catatan, ...sisa] = r.out.split("\n");
    expect(catatan).toBe(
      `${f} adalah ${format}: dibaca lewat LibreOffice: salinan .xlsx sementara (berkas aslinya tidak diubah; salinannya sudah dihapus).`,
    );
    // What the reader understood: the same lines as from the .xlsx (sheets, counts, rupiah, every finding).
    expect(sisa.join("\n")).toBe(bacaXlsx);
    expect(sha(f)).toBe(sebelum);
    // No lock file or copy beside the input; the private temporary folder is gone.
    expect(fs.readdirSync(dir).sort()).toEqual(isiFolder);
    expect(tmpLama()).toEqual(lama);
  },
  120_000,
);

test("generate on an .xls: an .xlsx beside it, and --json keeps stdout JSON (the note on stderr)", async () => {
  const r = await run(["generate", xls, "--json"]);
  expect(r.code).toBe(0);
  expect(r.err).toContain("dibaca lewat LibreOffice: salinan .xlsx sementara");
  const j = JSON.parse(r.out) as { output: string; lembar: string[] };
  expect(j.output).toBe(path.join(dir, "dkum-depok-2023-kinerja.xlsx"));
  const paket = new Paket(fs.readFileSync(j.output));
  expect(paket.makro).toBe(false);
  expect(paket.lembar.map((l) => l.nama)).toEqual(
    expect.arrayContaining(["PK 2023", "DPA 2023", "Pengukuran Kinerja", "Capaian IKU", "Efisiensi"]),
  );
  expect(j.lembar[0]).toBe("Pengukuran Kinerja");
  // An output named as the old format is refused before any work: the copy is always .xlsx.
  const salah = await run(["generate", xls, "-o", path.join(dir, "keluaran.xls")]);
  expect(salah.code).toBe(2);
  expect(salah.err).toBe(
    `kinerja: Keluaran ${path.join(dir, "keluaran.xls")} harus berakhiran .xlsx: salinan yang ditulis selalu buku kerja Excel (.xlsx), mis. -o keluaran.xlsx.\n`,
  );
}, 120_000);

test("audit on the report's tables as .ods: the same findings as the .xlsx", async () => {
  const laporanOds = simpanSebagai(LAPORAN, "ods", dir);
  const asli = JSON.parse((await run(["audit", LAPORAN, "--json", "-o", path.join(dir, "a.xlsx")])).out);
  const r = await run(["audit", laporanOds, "--json", "-o", path.join(dir, "b.xlsx")]);
  expect(r.code).toBe(0);
  const lewat = JSON.parse(r.out);
  const ringkas = (h: { temuan: { code: string; sheet: string; cell: string }[] }) =>
    h.temuan.map((t) => `${t.code} ${t.sheet}!${t.cell}`);
  expect(ringkas(lewat)).toEqual(ringkas(asli));
  expect(lewat.temuan).toHaveLength(49);
}, 180_000);

test("without LibreOffice: the message says how to save as .xlsx (exit 3)", async () => {
  process.env.KINERJA_SOFFICE = "";
  const r = await run(["baca", xlsBernamaXlsx]);
  expect(r.code).toBe(3);
  expect(r.err).toBe(
    `kinerja: ${xlsBernamaXlsx} adalah buku kerja Excel 97–2003 (.xls), bukan .xlsx. Buka berkas itu di Excel atau LibreOffice Calc, simpan sebagai "Buku Kerja Excel (.xlsx)", lalu coba lagi.\n`,
  );
  const o = await run(["generate", ods, "--bahasa", "en"]);
  expect(o.code).toBe(3);
  expect(o.err).toMatch(
    /is an OpenDocument spreadsheet \(\.ods\), not \.xlsx\. Open the file in Excel or LibreOffice Calc/,
  );
});

test("a file that only starts like an .xls: LibreOffice refuses it too, and the message says both (exit 3)", async () => {
  const palsu = path.join(dir, "palsu.xls");
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  fs.writeFileSync(palsu, b);
  const lama = tmpLama();
  const r = await run(["generate", palsu]);
  expect(r.code).toBe(3);
  expect(r.err).toBe(
    `kinerja: ${palsu} adalah buku kerja Excel 97–2003 (.xls), bukan .xlsx. Buka berkas itu di Excel atau LibreOffice Calc, simpan sebagai "Buku Kerja Excel (.xlsx)", lalu coba lagi. (LibreOffice juga tidak dapat mengubahnya: berkas itu tidak dapat dibukanya.)\n`,
  );
  expect(fs.existsSync(path.join(dir, "palsu-kinerja.xlsx"))).toBe(false);
  expect(tmpLama()).toEqual(lama);
}, 120_000);

test("LibreOffice that does not finish is stopped at the time limit, its processes and its folder gone", async () => {
  const palsu = path.join(dir, "lambat-soffice.sh");
  const pidFile = path.join(dir, "lambat.pid");
  // A stand-in that starts a child and hangs, as soffice starting soffice.bin.
  fs.writeFileSync(palsu, `#!/bin/sh\nsleep 60 &\necho $! > '${pidFile}'\nwait\n`, { mode: 0o755 });
  process.env.KINERJA_SOFFICE = palsu;
  process.env.KINERJA_SOFFICE_DETIK = "1";
  const lama = tmpLama();
  const t0 = Date.now();
  const r = await run(["baca", ods]);
  expect(Date.now() - t0).toBeLessThan(10_000);
  expect(r.code).toBe(3);
  expect(r.err).toMatch(/\(LibreOffice juga tidak dapat mengubahnya: tidak selesai dalam 1 detik\.\)\n$/);
  expect(tmpLama()).toEqual(lama);
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  await new Promise((r) => setTimeout(r, 200));
  // Gone, or a zombie left for the container's init to reap: not running.
  const berjalan = () => {
    try {
      return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1][0] !== "Z";
    } catch {
      return false;
    }
  };
  expect(berjalan()).toBe(false);
}, 30_000);

test("--nomenklatur as an .ods: read through LibreOffice like the input, the same list as its .xlsx", async () => {
  const xlsx = path.join(dir, "nomenklatur.xlsx");
  fs.writeFileSync(
    xlsx,
    await workbookBuffer([
      {
        name: "Nomenklatur",
        rows: [
          ["Kode", "Nomenklatur"],
          ["2.17.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"],
          ["2.17.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"],
          ["2.17.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"],
        ],
      },
    ]),
  );
  const ods = simpanSebagai(xlsx, "ods", fs.mkdtempSync(path.join(os.tmpdir(), "sakip-nom-")));
  const dariXlsx = await run(["baca", "--json", "--nomenklatur", xlsx]);
  const dariOds = await run(["baca", "--json", "--nomenklatur", ods]);
  expect(dariOds.code).toBe(0);
  expect(dariOds.err).toBe(
    `kinerja: ${ods} adalah lembar kerja OpenDocument (.ods): dibaca lewat LibreOffice: salinan .xlsx sementara (berkas aslinya tidak diubah; salinannya sudah dihapus).\n`,
  );
  expect(JSON.parse(dariOds.out)).toEqual(JSON.parse(dariXlsx.out));
  // A list that is no workbook is named as the list, not as the input.
  process.env.KINERJA_SOFFICE = "";
  const r = await run(["baca", "--nomenklatur", ods]);
  expect(r.code).toBe(3);
  expect(r.err).toMatch(
    new RegExp(`^kinerja: ${ods.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} adalah lembar kerja OpenDocument`),
  );
}, 120_000);
