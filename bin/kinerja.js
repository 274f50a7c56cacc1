#!/usr/bin/env node
// The `kinerja` command in a checkout: runs the TypeScript sources through tsx (a devDependency).
require("tsx/cjs/api").register();
require("../src/cli/main.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
