/**
 * The README's main command: the whole job on the bundled sample, both ways.
 * 1. `kinerja generate` writes dkum-depok-2023-kinerja.xlsx and prints where;
 * 2. `kinerja audit` checks the seed report's own tables and writes dkum-depok-2023-laporan-pemeriksaan.xlsx;
 * 3. the task pane is served as a standalone page with the sample preloaded (no Excel needed), until Ctrl+C.
 * The demo's own two outputs are rewritten on each run (--timpa, and the summary says so).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { main } from "../src/cli/main";
import { serve } from "./static-server";

const ROOT = path.resolve(__dirname, "..");

/**
 * Runs a build quietly: its output is kept, and printed only when it fails (webpack's hundreds of lines of modules
 * would push the page's address off the screen). Returns whether it succeeded.
 */
export function bangunSenyap(
  perintah: string,
  args: readonly string[],
  cwd: string,
  tulis: (s: string) => void = (s) => process.stderr.write(s),
): boolean {
  const r = spawnSync(perintah, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.status === 0) return true;
  tulis(`${r.stdout ?? ""}${r.stderr ?? ""}`);
  tulis(`\n${perintah} ${args.join(" ")} gagal / failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})\n`);
  return false;
}

async function run(): Promise<void> {
  const code = await main(["generate", "--timpa"]);
  if (code !== 0) process.exit(code);
  console.log("");
  const audit = await main(["audit", "--timpa"]);
  if (audit !== 0) process.exit(audit);
  if (!fs.existsSync(path.join(ROOT, "dist/taskpane.js"))) {
    console.log("\nMembangun panel tugas (npm run build)…");
    if (!bangunSenyap("npm", ["run", "build", "--silent"], ROOT)) process.exit(1);
  }
  const { url } = await serve(path.join(ROOT, "dist"), Number(process.env.PORT ?? 3000));
  console.log(`\nPanel tugas (mode mandiri, contoh sudah dimuat): ${url}taskpane.html?contoh`);
  console.log(
    `Periksa Konsistensi pada tabel laporan contoh: ${url}taskpane.html?contoh=laporan (tab Konsistensi)\nTekan Ctrl+C untuk berhenti.`,
  );
}

if (require.main === module) void run();
