/**
 * Reading a 50,000-row E.81 Evaluasi Renja form (programs, kegiatan and sub kegiatan by name only, parents by SUM
 * formulas, K per quarter as "progress × target − earlier quarters"): Grids → model, goal < 500 ms.
 * Run: npm run bench
 */
import { CellValue, Grid, columnLetter } from "../src/core/grid";
import { bacaWorkbook } from "../src/core/read";
import { semuaNode } from "../src/core/model";

const SUB_PER_KEGIATAN = 9;
const KEGIATAN_PER_PROGRAM = 10;
const PROGRAMS = 500;
const RUNS = 7;

function e81(): Grid {
  const width = 33;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const row = () => {
    values.push(new Array<CellValue>(width).fill(null));
    formulas.push(new Array<string | null>(width).fill(null));
    return values.length - 1;
  };
  const header: [number, number, string][] = [
    [0, 0, "No"],
    [0, 6, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
    [0, 7, "Indikator Kinerja Program (Outcome)/Kegiatan (Output)"],
    [0, 8, "Satuan"],
    [0, 9, "Target Renstra Perangkat Daerah Pada Tahun 2030 (Akhir Periode Renstra)"],
    [0, 11, "Realisasi Capaian Kinerja Renstra sampai dengan Renja Tahun 2024"],
    [0, 13, "Target Kinerja dan Anggaran Renja Tahun Berjalan yang dievaluasi"],
    [0, 15, "Realisasi Kinerja Pada Triwulan"],
    [0, 27, "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
    [0, 29, "Realisasi Kinerja dan Anggaran Renstra s/d Tahun 2025"],
    [0, 31, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)"],
    [1, 15, "I"],
    [1, 18, "II"],
    [1, 21, "III"],
    [1, 24, "IV"],
  ];
  for (let i = 0; i < 4; i++) row();
  for (const [r, c, t] of header) values[r][c] = t;
  [1, 2, 3, 4, 5].forEach((n, i) => (values[2][[0, 5, 6, 7, 8][i]] = n));
  [6, 7, 8, 9, 10, 11, 12].forEach((n, i) => (values[2][[9, 11, 13, 15, 18, 21, 24][i]] = n));
  values[2][27] = "13 = 9 + 10 + 11 + 12";
  values[2][29] = "14 = 7 + 13";
  values[2][31] = "15 = 14 / 6 x 100";
  const units = [
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "%",
    "Rp.",
    "K",
    "%",
    "Rp.",
    "K",
    "%",
    "Rp.",
    "K",
    "%",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
  ];
  units.forEach((u, i) => (values[3][9 + i] = u));
  let no = 1;
  const L = (c: number) => columnLetter(c);
  for (let p = 0; p < PROGRAMS; p++) {
    const pr = row();
    values[pr][0] = no++;
    values[pr][6] = `Program Uji ${p + 1}`;
    const kegRows: number[] = [];
    for (let k = 0; k < KEGIATAN_PER_PROGRAM; k++) {
      const kr = row();
      kegRows.push(kr);
      values[kr][0] = no++;
      values[kr][6] = `Kegiatan Uji ${p + 1}.${k + 1}`;
      const first = kr + 1;
      for (let s = 0; s < SUB_PER_KEGIATAN; s++) {
        const sr = row();
        values[sr][0] = no++;
        values[sr][6] = `Sub kegiatan uji ${p + 1}.${k + 1}.${s + 1}`;
        values[sr][8] = "Dok";
        values[sr][13] = 4;
        values[sr][14] = 1_000_000 + s;
        [0.25, 0.5, 0.75, 1].forEach((pct, q) => {
          values[sr][16 + q * 3] = pct;
          values[sr][15 + q * 3] = 1;
          formulas[sr][15 + q * 3] = `=${L(16 + q * 3)}${sr + 1}*N${sr + 1}`;
          values[sr][17 + q * 3] = 250_000;
        });
        values[sr][28] = 1_000_000;
        formulas[sr][28] = `=R${sr + 1}+U${sr + 1}+X${sr + 1}+AA${sr + 1}`;
      }
      values[kr][14] = 0;
      formulas[kr][14] = `=SUM(O${first + 1}:O${first + SUB_PER_KEGIATAN})`;
    }
    formulas[pr][14] = `=SUM(${kegRows.map((r) => `O${r + 1}`).join("+")})`;
  }
  return { name: "Realisasi TW IV", values, formulas };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const grid = e81();
const times: number[] = [];
const cpu: number[] = [];
let subs = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const model = bacaWorkbook([grid]);
  const c1 = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpu.push((c1.user + c1.system) / 1000);
  subs = semuaNode(model.anggaran).filter((n) => n.level === "sub_kegiatan").length;
}
const expected = PROGRAMS * KEGIATAN_PER_PROGRAM * SUB_PER_KEGIATAN;
if (subs !== expected) throw new Error(`read ${subs} sub kegiatan, expected ${expected}`);
const m = median(times);
console.log(
  `E.81: ${grid.values.length.toLocaleString("en")} rows (${expected.toLocaleString("en")} sub kegiatan, parents by SUM formulas)`,
);
console.log(
  `Grids → model (E.81 read) median ${m.toFixed(0).padStart(6)} ms  min ${Math.min(...times).toFixed(0)} ms  CPU median ${median(cpu).toFixed(0)} ms  (${RUNS} runs)  ${m < 500 ? "OK (< 500 ms)" : "SLOW (goal < 500 ms)"}`,
);
