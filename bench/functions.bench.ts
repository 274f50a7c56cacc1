/**
 * Times SAKIP.CAPAIAN and SAKIP.PREDIKAT over a 100,000-cell range, called exactly as Excel calls them (matrix in,
 * matrix out, through the same coercion layer). Goal: under 50 ms each. Run: npm run bench
 */
import "../test/support/custom-functions-stub";
import * as F from "../src/functions/functions";

const CELLS = 100_000;
const RUNS = 15;

function column<T>(f: (i: number) => T): T[][] {
  return Array.from({ length: CELLS }, (_, i) => [f(i)]);
}

function time(label: string, fn: () => unknown[][]): void {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  const samples: number[] = [];
  let out: unknown[][] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    out = fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  if (out.length !== CELLS) throw new Error(`${label}: ${out.length} results for ${CELLS} cells`);
  const median = samples[Math.floor(RUNS / 2)];
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(1).padStart(6)} ms   min ${samples[0].toFixed(1).padStart(6)} ms   max ${samples[RUNS - 1].toFixed(1).padStart(6)} ms   ${median < 50 ? "OK (< 50 ms)" : "SLOW (goal < 50 ms)"}`,
  );
}

const realisasi = column((i) => (i % 500) + 0.5);
const realisasiTeks = column((i) => `${(i % 500) + 0.5}`.replace(".", ","));
const target = column((i) => (i % 7) + 100);
const polaritas = column((i) => (i % 2 ? "positif" : "negatif"));
const capaianNilai = column((i) => (i % 300) / 200);

console.log(`${CELLS.toLocaleString("en")} cells, ${RUNS} runs each, Node ${process.version}`);
time("CAPAIAN(numbers; numbers)", () => F.capaian(realisasi, target));
time("CAPAIAN(Indonesian text; numbers)", () => F.capaian(realisasiTeks, target));
time("CAPAIAN(numbers; numbers; polarity column)", () => F.capaian(realisasi, target, polaritas));
time("PREDIKAT(capaian) three-way", () => F.predikat(capaianNilai));
time('PREDIKAT(capaian; "lima")', () => F.predikat(capaianNilai, [["lima"]]));
