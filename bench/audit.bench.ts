/**
 * Periksa Konsistensi: the seed report's tables (the sample), and a large report — a 20,000-row
 * program/kegiatan table with pagu, realisasi, serapan and sisa, plus a second table stating the same 20,000 items
 * (every figure compared across tables). No issue sets a goal; the figures say how it scales. Run: npm run bench
 */
import * as path from "path";
import { CellValue, Grid } from "../src/core/grid";
import { periksaLaporan } from "../src/core/audit";
import { readGrids } from "../src/xlsx/read";

const RUNS = 7;
const PROGRAMS = 200;
const KEGIATAN = 99;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function besar(): Grid[] {
  const rinci: CellValue[][] = [["Kode", "Program / Kegiatan", "Pagu", "Realisasi Anggaran", "Serapan", "Sisa"]];
  const ringkas: CellValue[][] = [["Program / Kegiatan", "Pagu", "Realisasi Anggaran"]];
  for (let p = 0; p < PROGRAMS; p++) {
    rinci.push([
      `1.01.${p + 1}`,
      `Program Layanan ${p + 1}`,
      1_000_000 * KEGIATAN,
      900_000 * KEGIATAN,
      "90,00%",
      100_000 * KEGIATAN,
    ]);
    for (let k = 0; k < KEGIATAN; k++) {
      const nama = `Kegiatan Layanan ${p + 1} Bagian ${k + 1}`;
      rinci.push([`1.01.${p + 1}.${k + 1}`, nama, 1_000_000, 900_000, "90,00%", 100_000]);
      ringkas.push([nama, 1_000_000, 900_000]);
    }
  }
  return [
    { name: "Rinci", values: rinci },
    { name: "Ringkas", values: ringkas },
  ];
}

function ukur(grids: Grid[]): { ms: number[]; diperiksa: number; temuan: number } {
  const ms: number[] = [];
  let h = periksaLaporan(grids);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    h = periksaLaporan(grids);
    ms.push(performance.now() - t0);
  }
  return { ms, diperiksa: h.diperiksa, temuan: h.temuan.length };
}

async function main(): Promise<void> {
  const sampel = ukur(await readGrids(path.resolve(__dirname, "../samples/dkum-depok-2023-laporan.xlsx")));
  console.log(`Node ${process.version}`);
  console.log(
    `seed report tables   median ${median(sampel.ms).toFixed(1).padStart(7)} ms  ${sampel.diperiksa} figures checked, ${sampel.temuan} findings`,
  );
  const b = ukur(besar());
  const rows = PROGRAMS * (KEGIATAN + 1);
  console.log(
    `${rows.toLocaleString("en")} + ${(PROGRAMS * KEGIATAN).toLocaleString("en")} rows  median ${median(b.ms).toFixed(0).padStart(7)} ms  ${b.diperiksa.toLocaleString("en")} figures checked, ${b.temuan} findings`,
  );
}

void main();
