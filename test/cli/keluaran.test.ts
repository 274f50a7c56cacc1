/**
 * An earlier output is never overwritten silently (issue 23, item 6): `generate` and `audit` write beside the input
 * (not into the working folder); a name already taken becomes "… (2).xlsx", "… (3).xlsx"; an explicit -o to an
 * existing file is refused; --timpa overwrites, and says so.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generate } from "../../src/cli/generate";
import { main } from "../../src/cli/main";

const SAMPLE = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");
const LAPORAN = path.resolve(__dirname, "../../samples/dkum-depok-2023-laporan.xlsx");

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

const sha = (f: string) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

/** A folder holding a copy of a sample, and the copy's path. */
function salinan(asli: string): { dir: string; masukan: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-keluaran-"));
  const masukan = path.join(dir, path.basename(asli));
  fs.copyFileSync(asli, masukan);
  return { dir, masukan };
}

test("generate: beside the input; run again, a new name each time, the earlier files untouched", async () => {
  const { dir, masukan } = salinan(SAMPLE);
  const cwd = fs.readdirSync(process.cwd()).sort();
  const pertama = await run(["generate", masukan]);
  expect(pertama.code).toBe(0);
  const satu = path.join(dir, "dkum-depok-2023-kinerja.xlsx");
  expect(pertama.out.split("\n")[0]).toBe(`Ditulis: ${satu}`);
  // Beside the input, not in the working folder.
  expect(fs.readdirSync(process.cwd()).sort()).toEqual(cwd);
  const shaSatu = sha(satu);

  const kedua = await run(["generate", masukan]);
  expect(kedua.code).toBe(0);
  const dua = path.join(dir, "dkum-depok-2023-kinerja (2).xlsx");
  expect(kedua.out.split("\n")[0]).toBe(
    `Ditulis: ${dua} (dkum-depok-2023-kinerja.xlsx sudah ada dan tidak ditimpa; --timpa untuk menimpanya)`,
  );
  expect(sha(satu)).toBe(shaSatu);

  const ketiga = await run(["generate", masukan, "--bahasa", "en"]);
  expect(ketiga.out.split("\n")[0]).toBe(
    `Written: ${path.join(dir, "dkum-depok-2023-kinerja (3).xlsx")} (dkum-depok-2023-kinerja.xlsx already exists and was kept; --timpa to overwrite it)`,
  );
  expect(fs.readdirSync(dir).sort()).toEqual([
    "dkum-depok-2023-kinerja (2).xlsx",
    "dkum-depok-2023-kinerja (3).xlsx",
    "dkum-depok-2023-kinerja.xlsx",
    "dkum-depok-2023.xlsx",
  ]);

  // --timpa: the default name itself is written again, and the summary says an earlier file was replaced.
  fs.writeFileSync(satu, "diedit");
  const timpa = await run(["generate", masukan, "--timpa"]);
  expect(timpa.out.split("\n")[0]).toBe(`Ditulis: ${satu} (berkas lama ditimpa: --timpa)`);
  expect(fs.readFileSync(satu).subarray(0, 2).toString()).toBe("PK");
  expect(fs.readdirSync(dir)).toHaveLength(4);
});

test("an explicit -o to an existing file is refused (exit 4, the file kept) unless --timpa", async () => {
  const { dir, masukan } = salinan(SAMPLE);
  const out = path.join(dir, "laporan saya.xlsx");
  fs.writeFileSync(out, "narasi yang sudah diedit");
  for (const perintah of ["generate", "audit"]) {
    const r = await run([perintah, masukan, "-o", out]);
    expect({ perintah, code: r.code, out: r.out, err: r.err }).toEqual({
      perintah,
      code: 4,
      out: "",
      err: `kinerja: ${out} sudah ada dan tidak ditimpa. Tambahkan --timpa untuk menimpanya, atau pilih nama lain dengan -o.\n`,
    });
    expect(fs.readFileSync(out, "utf8")).toBe("narasi yang sudah diedit");
  }
  const en = await run(["generate", masukan, "-o", out, "--bahasa", "en"]);
  expect(en.err).toBe(
    `kinerja: ${out} already exists and was not overwritten. Add --timpa to overwrite it, or choose another name with -o.\n`,
  );
  const timpa = await run(["generate", masukan, "-o", out, "--timpa"]);
  expect(timpa.code).toBe(0);
  expect(timpa.out.split("\n")[0]).toBe(`Ditulis: ${out} (berkas lama ditimpa: --timpa)`);
  expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  // The input itself stays refused, --timpa or not: it is never written.
  const sama = await run(["generate", masukan, "-o", masukan, "--timpa"]);
  expect(sama.code).toBe(3);
  expect(sama.err).toMatch(/^kinerja: Berkas keluaran harus berbeda dari berkas masukan/);
});

test("audit: beside the report, a new name when taken; the message names the file written", async () => {
  const { dir, masukan } = salinan(LAPORAN);
  const a = await run(["audit", masukan]);
  expect(a.code).toBe(0);
  const satu = path.join(dir, "dkum-depok-2023-laporan-pemeriksaan.xlsx");
  expect(a.out).toContain(`\nDitulis: ${satu} (lembar "Pemeriksaan")\n`);
  const b = await run(["audit", masukan]);
  expect(b.out).toContain(
    `\nDitulis: ${path.join(dir, "dkum-depok-2023-laporan-pemeriksaan (2).xlsx")} (lembar "Pemeriksaan") (dkum-depok-2023-laporan-pemeriksaan.xlsx sudah ada dan tidak ditimpa; --timpa untuk menimpanya)\n`,
  );
  const json = JSON.parse((await run(["audit", masukan, "--json"])).out) as { output: string };
  expect(json.output).toBe(path.join(dir, "dkum-depok-2023-laporan-pemeriksaan (3).xlsx"));
});

test("without a file, the bundled sample's output goes to the working folder (the sample's folder is the package's)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-kerja-"));
  const asal = process.cwd();
  const samples = fs.readdirSync(path.dirname(SAMPLE)).sort();
  process.chdir(dir);
  try {
    expect((await run(["generate"])).code).toBe(0);
    expect((await run(["generate"])).code).toBe(0);
    expect((await run(["audit"])).code).toBe(0);
  } finally {
    process.chdir(asal);
  }
  expect(fs.readdirSync(dir).sort()).toEqual([
    "dkum-depok-2023-kinerja (2).xlsx",
    "dkum-depok-2023-kinerja.xlsx",
    "dkum-depok-2023-laporan-pemeriksaan.xlsx",
  ]);
  expect(fs.readdirSync(path.dirname(SAMPLE)).sort()).toEqual(samples);
});

test("the progress lines of a slow generate are in the messages' language, not the sheets' (--bahasa en)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-progres-"));
  const baris: string[] = [];
  await generate(SAMPLE, path.join(dir, "en.xlsx"), {}, (m) => baris.push(m), {}, "en");
  await generate(SAMPLE, path.join(dir, "id.xlsx"), {}, (m) => baris.push(m));
  expect(baris.map((m) => m.split(" ")[0])).toEqual(["read", "computed", "written", "dibaca", "dihitung", "ditulis"]);
});
