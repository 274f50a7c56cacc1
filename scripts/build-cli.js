/* Build: the `kinerja` command compiled from src/cli (with the core and the xlsx reader/writer it imports, and
   fflate) into one CommonJS file, dist/cli/main.js, which bin/kinerja.js runs. No runtime dependencies. */
const path = require("path");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "dist/cli/main.js");

/** Built beside and renamed into place, so a command started meanwhile never reads half a file. */
function buildCli() {
  const tmp = `${OUT}.${process.pid}.tmp`;
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, "src/cli/main.ts")],
    outfile: tmp,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
  });
  require("fs").renameSync(tmp, OUT);
  return OUT;
}

module.exports = { buildCli, OUT };
if (require.main === module) buildCli();
