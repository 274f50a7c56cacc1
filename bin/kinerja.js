#!/usr/bin/env node
// The `kinerja` command in a checkout. The TypeScript sources run as one bundle that esbuild (tsx's own compiler)
// builds into node_modules/.cache/kinerja, rebuilt whenever a source file changed: it starts faster than tsx and
// runs without tsx's per-module wrappers (about a tenth of a large generate's CPU). Without esbuild, through tsx.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

/** A fingerprint of the sources (name, size and time of every file under src/, and package.json). */
function sidik() {
  const h = crypto.createHash("sha1");
  const tambah = (p) => {
    const s = fs.statSync(p);
    h.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
  };
  const jalan = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) jalan(p);
      else tambah(p);
    }
  };
  jalan(path.join(ROOT, "src"));
  tambah(path.join(ROOT, "package.json"));
  return h.digest("hex").slice(0, 16);
}

function bundel() {
  const esbuild = require("esbuild");
  const dir = path.join(ROOT, "node_modules/.cache/kinerja");
  const nama = `main-${sidik()}.js`;
  const file = path.join(dir, nama);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    esbuild.buildSync({
      entryPoints: [path.join(ROOT, "src/cli/main.ts")],
      outfile: tmp,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      packages: "external",
      // src/cli finds the samples from its own folder.
      define: { __dirname: JSON.stringify(path.join(ROOT, "src/cli")) },
      logLevel: "silent",
    });
    fs.renameSync(tmp, file);
    for (const lama of fs.readdirSync(dir)) if (lama !== nama && /^main-\w+\.js$/.test(lama)) fs.rmSync(path.join(dir, lama), { force: true });
  }
  return file;
}

let main;
try {
  main = require(bundel()).main;
} catch {
  require("tsx/cjs/api").register();
  main = require("../src/cli/main.ts").main;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
