/**
 * Reading a 50,000-row anggaran sheet: Grids → model (goal < 500 ms), with the ExcelJS file load beside it.
 * Run: npm run bench
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dpaRows } from "../scripts/synthetic";
import { SheetInput, writeWorkbook } from "../scripts/workbook-builder";
import { bacaWorkbook } from "../src/core/read";
import { readGrids } from "../src/xlsx/read";

const SUB_KEGIATAN = 50_000;
const RUNS = 7;

function sheets(): SheetInput[] {
  // Realisasi typed as Indonesian text in two rows of three, as hand-edited exports have it.
  const dpa = dpaRows(SUB_KEGIATAN, (s) => (s % 3 ? `Rp ${(900_000 + s).toLocaleString("id-ID")}` : 900_000));
  return [
    {
      name: "PK",
      rows: [
        ["Indikator", "Target"],
        ["Indeks kepuasan", 80],
      ],
    },
    { name: "DPA", rows: [["LAPORAN REALISASI ANGGARAN"], [], ...dpa] as SheetInput["rows"] },
  ];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-")), "anggaran-50000.xlsx");
  await writeWorkbook(sheets(), file);
  const loads: number[] = [];
  let grids = await readGrids(file);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    grids = await readGrids(file);
    loads.push(performance.now() - t0);
  }
  const reads: number[] = [];
  const cpu: number[] = [];
  let subs = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const model = bacaWorkbook(grids);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    reads.push(performance.now() - t0);
    subs = model.anggaran.flatMap((p) => p.children.flatMap((k) => k.children)).length;
  }
  if (subs !== SUB_KEGIATAN) throw new Error(`read ${subs} sub kegiatan, expected ${SUB_KEGIATAN}`);
  const rows = grids[1].values.length;
  console.log(
    `${rows.toLocaleString("en")} rows (${SUB_KEGIATAN.toLocaleString("en")} sub kegiatan), ${(fs.statSync(file).size / 1e6).toFixed(1)} MB .xlsx, Node ${process.version}`,
  );
  console.log(`ExcelJS file → Grids      median ${median(loads).toFixed(0).padStart(6)} ms  (${loads.length} runs)`);
  const m = median(reads);
  console.log(
    `Grids → model (core read) median ${m.toFixed(0).padStart(6)} ms  min ${Math.min(...reads).toFixed(0)} ms  CPU median ${median(cpu).toFixed(0)} ms  (${RUNS} runs)  ${m < 500 ? "OK (< 500 ms)" : "SLOW (goal < 500 ms)"}`,
  );
}

void main();
