/**
 * The README's main command: the whole job on the bundled sample, both ways.
 * 1. `kinerja generate` writes dkum-depok-2023-kinerja.xlsx and prints where;
 * 2. `kinerja audit` checks the seed report's own tables and writes dkum-depok-2023-laporan-pemeriksaan.xlsx;
 * 3. the task pane is served as a standalone page with the sample preloaded (no Excel needed), until Ctrl+C.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { main } from "../src/cli/main";
import { serve } from "./static-server";

const ROOT = path.resolve(__dirname, "..");

async function run(): Promise<void> {
  const code = await main(["generate"]);
  if (code !== 0) process.exit(code);
  console.log("");
  const audit = await main(["audit"]);
  if (audit !== 0) process.exit(audit);
  if (!fs.existsSync(path.join(ROOT, "dist/taskpane.js")))
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  const { url } = await serve(path.join(ROOT, "dist"), Number(process.env.PORT ?? 3000));
  console.log(`\nPanel tugas (mode mandiri, contoh sudah dimuat): ${url}taskpane.html?contoh`);
  console.log(
    `Periksa Konsistensi pada tabel laporan contoh: ${url}taskpane.html?contoh=laporan (tab Konsistensi)\nTekan Ctrl+C untuk berhenti.`,
  );
}

void run();
