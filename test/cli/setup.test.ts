/**
 * What a user meets before the first command (issue 23, item 8): scripts/setup.sh's font check, npm's install-script
 * policy, and `npm run contoh`'s build kept quiet.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bangunSenyap } from "../../scripts/contoh";

const ROOT = path.resolve(__dirname, "../..");

/** A folder with a stand-in fc-list: Carlito first, then more lines than a pipe holds (as a machine with many fonts). */
function fcListPalsu(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-fc-"));
  fs.writeFileSync(
    path.join(dir, "fc-list"),
    `#!/bin/sh\necho "Carlito"\ni=0\nwhile [ $i -lt 20000 ]; do echo "DejaVu Sans Mono,DejaVu Sans Mono Book $i"; i=$((i+1)); done\n`,
    { mode: 0o755 },
  );
  return dir;
}

const bash = (skrip: string, bin: string) =>
  spawnSync("bash", ["-c", skrip], { encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });

test("setup.sh finds an installed Carlito every time, under pipefail", () => {
  const bin = fcListPalsu();
  const setup = fs.readFileSync(path.join(ROOT, "scripts/setup.sh"), "utf8");
  const fungsi = /^font_ada\(\) \{.*\}$/m.exec(setup)![0];
  expect(setup).toContain("font_ada carlito || missing+=(fonts-crosextra-carlito)");
  // The check as setup.sh runs it (set -euo pipefail), five times over.
  for (let i = 0; i < 5; i++)
    expect(bash(`set -euo pipefail\n${fungsi}\nfont_ada carlito && echo ada || echo hilang`, bin).stdout).toBe("ada\n");
  expect(bash(`set -euo pipefail\n${fungsi}\nfont_ada comic-neue && echo ada || echo hilang`, bin).stdout).toBe(
    "hilang\n",
  );
  // The former check, `grep -q` leaving fc-list to die of SIGPIPE, reports it missing with the same stand-in.
  expect(bash(`set -euo pipefail\nfc-list 2>/dev/null | grep -qi carlito && echo ada || echo hilang`, bin).stdout).toBe(
    "hilang\n",
  );
});

test("every dependency that has an install script is covered by allowScripts; esbuild's may run", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    allowScripts: Record<string, boolean>;
  };
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, { hasInstallScript?: boolean; peer?: boolean }>;
  };
  // .npmrc omits peer dependencies: npm ci never installs them.
  expect(fs.readFileSync(path.join(ROOT, ".npmrc"), "utf8")).toMatch(/^omit=peer$/m);
  const dipasang = Object.entries(lock.packages)
    .filter(([nama, p]) => nama && p.hasInstallScript && !p.peer)
    .map(([nama]) => nama.replace(/^.*node_modules\//, ""));
  expect(dipasang.sort()).toEqual(Object.keys(pkg.allowScripts).sort());
  // esbuild's postinstall puts its platform binary in place: the CLI's build needs it.
  expect(pkg.allowScripts.esbuild).toBe(true);
});

test("contoh's build prints nothing when it succeeds, and everything when it fails", () => {
  let keluar = "";
  const tulis = (s: string) => (keluar += s);
  const ramai = "for (let i = 0; i < 200; i++) console.log('asset taskpane.js ' + i)";
  expect(bangunSenyap(process.execPath, ["-e", ramai], ROOT, tulis)).toBe(true);
  expect(keluar).toBe("");
  const gagal = `${ramai}; console.error('ERROR in ./src/x.ts'); process.exit(2)`;
  expect(bangunSenyap(process.execPath, ["-e", gagal], ROOT, tulis)).toBe(false);
  expect(keluar).toContain("asset taskpane.js 199\n");
  expect(keluar).toContain("ERROR in ./src/x.ts\n");
  expect(keluar).toMatch(/gagal \/ failed \(exit 2\)\n$/);
  // scripts/contoh.ts builds through it, never with the build's output inherited.
  const contoh = fs.readFileSync(path.join(ROOT, "scripts/contoh.ts"), "utf8");
  expect(contoh).toContain('bangunSenyap("npm", ["run", "build", "--silent"], ROOT)');
  expect(contoh).not.toMatch(/stdio: "inherit"/);
});
