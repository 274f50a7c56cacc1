/* Build: the `kinerja` command compiled from src/cli (with the core and the xlsx reader/writer it imports, and
   fflate) into one CommonJS file, dist/cli/main.js, which bin/kinerja.js runs. No runtime dependencies. */
const path = require("path");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "dist/cli/main.js");

function buildCli() {
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, "src/cli/main.ts")],
    outfile: OUT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
  });
  return OUT;
}

module.exports = { buildCli, OUT };
if (require.main === module) buildCli();
