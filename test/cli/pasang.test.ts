/**
 * The package users install: `npm pack`, then `npm i -g` of the tarball into a temporary prefix (offline: the package
 * has no runtime dependencies), then the installed `kinerja` on the bundled sample.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { version } from "../../package.json";

const ROOT = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-pasang-"));
const npm = (args: string[], cwd = ROOT) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    stdio: ["ignore", "pipe", "pipe"],
  });

let berkas: string[] = [];
let kinerja = "";

beforeAll(() => {
  const [info] = JSON.parse(npm(["pack", "--json", "--pack-destination", dir]));
  berkas = info.files.map((f: { path: string }) => f.path).sort();
  const tgz = path.join(dir, info.filename);
  npm(["install", "--global", "--offline", "--prefix", path.join(dir, "prefix"), tgz], dir);
  kinerja = path.join(dir, "prefix/bin/kinerja");
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the tarball holds the compiled CLI and the samples it reads, no sources or tests", () => {
  expect(berkas).toEqual([
    "README.md",
    "bin/kinerja.js",
    "dist/cli/main.js",
    "package.json",
    "samples/dkum-depok-2023-laporan.xlsx",
    "samples/dkum-depok-2023.json",
    "samples/dkum-depok-2023.xlsx",
  ]);
});

test("the installed kinerja runs from its own folder, without the checkout's node_modules", () => {
  const run = (args: string[]) =>
    execFileSync(kinerja, args, { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_PATH: "" } });
  expect(run(["--version"])).toBe(`${version}\n`);
  const baca = run(["baca"]);
  expect(baca).toMatch(/2 sasaran, 3 indikator \(3 dengan realisasi\)/);
  expect(baca).toMatch(
    /7 program, 11 kegiatan, 26 sub kegiatan; pagu Rp 32\.300\.612\.788, realisasi Rp 29\.231\.216\.957/,
  );
  const out = path.join(dir, "keluaran.xlsx");
  expect(run(["generate", "-o", out, "--bahasa", "en", "--bahasa-lembar", "en"])).toMatch(
    /^Written: .*keluaran\.xlsx\nSheets: "Performance Measurement"/,
  );
  expect(fs.statSync(out).size).toBeGreaterThan(10_000);
  // The install holds no node_modules of ours: everything the CLI runs is in dist/cli/main.js.
  expect(fs.readdirSync(path.join(dir, "prefix/lib/node_modules/sakip-kinerja")).sort()).toEqual([
    "README.md",
    "bin",
    "dist",
    "package.json",
    "samples",
  ]);
});
