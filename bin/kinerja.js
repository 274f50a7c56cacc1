#!/usr/bin/env node
// The `kinerja` command: runs the compiled CLI, dist/cli/main.js (`npm run build:cli` builds it from src/cli).
let cli;
try {
  cli = require("../dist/cli/main.js");
} catch (e) {
  if (e.code !== "MODULE_NOT_FOUND") throw e;
  process.stderr.write("kinerja: dist/cli/main.js belum dibangun; jalankan `npm run build:cli` (dist/cli/main.js is not built; run `npm run build:cli`)\n");
  process.exit(1);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
