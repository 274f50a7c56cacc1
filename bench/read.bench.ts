/**
 * Reading a 50,000-row anggaran sheet: Grids → model (goal < 500 ms), with the ExcelJS file load beside it.
 * Run: npm run bench
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SheetInput, writeWorkbook } from "../scripts/workbook-builder";
import { bacaWorkbook } from "../src/core/read";
import { readGrids } from "../src/xlsx/read";

const SUB_KEGIATAN = 50_000;
const RUNS = 7;

function sheets(): SheetInput[] {
  const rows: SheetInput["rows"] = [["LAPORAN REALISASI ANGGARAN"], [], ["Kode Rekening", "Uraian", "Pagu", "Realisasi", "Sisa", "Keterangan"]];
  let n = 0;
  for (let p = 1; n < SUB_KEGIATAN; p++) {
    rows.push([`1.01.${String(p).padStart(2, "0")}`, `Program ${p}`, null, null]);
    for (let k = 1; k <= 10 && n < SUB_KEGIATAN; k++) {
      const kk = `1.01.${String(p).padStart(2, "0")}.2.${String(k).padStart(2, "0")}`;
      rows.push([kk, `Kegiatan ${p}.${k}`, null, null]);
      for (let s = 1; s <= 500 && n < SUB_KEGIATAN; s++, n++) {
        rows.push([`${kk}.${String(s).padStart(4, "0")}`, `Sub kegiatan ${p}.${k}.${s}`, { v: 1_000_000 + s, fmt: "#,##0" }, s % 3 ? `Rp ${(900_000 + s).toLocaleString("id-ID")}` : 900_000, null, "selesai"]);
      }
    }
  }
  return [
    { name: "PK", rows: [["Indikator", "Target"], ["Indeks kepuasan", 80]] },
    { name: "DPA", rows },
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
  let subs = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const model = bacaWorkbook(grids);
    reads.push(performance.now() - t0);
    subs = model.anggaran.flatMap((p) => p.children.flatMap((k) => k.children)).length;
  }
  if (subs !== SUB_KEGIATAN) throw new Error(`read ${subs} sub kegiatan, expected ${SUB_KEGIATAN}`);
  const rows = grids[1].values.length;
  console.log(`${rows.toLocaleString("en")} rows (${SUB_KEGIATAN.toLocaleString("en")} sub kegiatan), ${(fs.statSync(file).size / 1e6).toFixed(1)} MB .xlsx, Node ${process.version}`);
  console.log(`ExcelJS file → Grids      median ${median(loads).toFixed(0).padStart(6)} ms  (${loads.length} runs)`);
  const m = median(reads);
  console.log(`Grids → model (core read) median ${m.toFixed(0).padStart(6)} ms  min ${Math.min(...reads).toFixed(0)} ms  (${RUNS} runs)  ${m < 500 ? "OK (< 500 ms)" : "SLOW (goal < 500 ms)"}`);
}

void main();
