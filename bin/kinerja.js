#!/usr/bin/env node
// The `kinerja` command: runs the compiled CLI, dist/cli/main.js (scripts/build-cli.js bundles src/cli into it). In a
// checkout it is rebuilt first when a source is newer than it (esbuild, a devDependency, ~0.1 s); an installed package
// has no sources and runs it as it is.
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "dist/cli/main.js");
const BUILD = path.join(ROOT, "scripts/build-cli.js");

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

if (fs.existsSync(BUILD) && fs.existsSync(path.join(ROOT, "src/cli"))) {
  const built = fs.existsSync(OUT) ? fs.statSync(OUT).mtimeMs : 0;
  if (built < Math.max(newest(path.join(ROOT, "src")), fs.statSync(path.join(ROOT, "package.json")).mtimeMs)) {
    try {
      require(BUILD).buildCli();
    } catch (e) {
      if (!fs.existsSync(OUT)) {
        process.stderr.write(
          `kinerja: dist/cli/main.js tidak dapat dibangun / cannot be built (${e.message.split("\n")[0]}): npm ci; npm run build:cli\n`,
        );
        process.exit(1);
      }
    }
  }
}

require(OUT)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
