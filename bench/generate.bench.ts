/**
 * `kinerja generate` on the sample and on a synthetic 50,000-sub-kegiatan workbook: total time, time in ExcelJS
 * (file read and write) versus our code (reading the grids, computing, building and translating the specs), and
 * peak memory. Goal: our code under 20% of the total at 50,000 rows. Run: npm run bench
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dpaRows } from "../scripts/synthetic";
import { SheetInput, writeWorkbook } from "../scripts/workbook-builder";
import { susunLaporan } from "../src/core/report/susun";
import { loadWorkbook } from "../src/xlsx/read";
import { gridsPengguna, tulisLembar } from "../src/xlsx/write";

const ROOT = path.resolve(__dirname, "..");

function big(n: number): SheetInput[] {
  return [
    { name: "PK", rows: [["Sasaran", "Indikator", "Target"], ["Meningkatnya pelayanan", "Indeks kepuasan", 80]] },
    { name: "Realisasi", rows: [["Indikator", "Realisasi"], ["Indeks kepuasan", 82]] },
    { name: "DPA", rows: dpaRows(n) as SheetInput["rows"] },
  ];
}

async function run(label: string, input: string): Promise<void> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-gen-")), "out.xlsx");
  if (global.gc) global.gc();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const wb = await loadWorkbook(input);
  const t1 = performance.now();
  const { grids, ours } = gridsPengguna(wb);
  const { laporan } = susunLaporan(grids, ours);
  tulisLembar(wb, laporan.sheets);
  const t2 = performance.now();
  await wb.xlsx.writeFile(out);
  const t3 = performance.now();
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const total = t3 - t0;
  const exceljs = t1 - t0 + (t3 - t2);
  const kami = t2 - t1;
  const rows = laporan.sheets.reduce((s, x) => s + x.rows.length, 0);
  console.log(
    `${label.padEnd(34)} total ${(total / 1000).toFixed(2).padStart(6)} s | ExcelJS read+write ${(exceljs / 1000).toFixed(2).padStart(6)} s | our code ${(kami / 1000).toFixed(2).padStart(5)} s (${((100 * kami) / total).toFixed(1)}%) | peak RSS ${(peak / 1e6).toFixed(0)} MB | ${rows.toLocaleString("en")} generated rows`,
  );
}

async function main(): Promise<void> {
  await run("sample (dkum-depok-2023.xlsx)", path.join(ROOT, "samples/dkum-depok-2023.xlsx"));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-big-")), "dpa-50000.xlsx");
  await writeWorkbook(big(50_000), file);
  await run("50,000 sub kegiatan", file);
  console.log("goal: our code under 20% of the total at 50,000 rows");
}

void main();
