/**
 * The quarterly sheets: E.81 and Monitoring Triwulan of a large agency — 200 programs × 10 kegiatan × 10 sub
 * kegiatan (20,000 sub kegiatan, 22,200 rows), every row with K and Rp per TW, Renstra figures and a plan per TW —
 * built as SheetSpecs at TW II. No issue sets a goal; the figures say how it scales. Run: npm run bench
 */
import { Model, NodeAnggaran } from "../src/core/model";
import { buatLaporan } from "../src/core/report";
import { lembarE81 } from "../src/core/report/e81";
import { lembarMonitoring } from "../src/core/report/monitoring";

const RUNS = 5;
const [PROGRAMS, KEGIATAN, SUB] = [200, 10, 10];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function node(level: NodeAnggaran["level"], kode: string, children: NodeAnggaran[], satuan: string): NodeAnggaran {
  const leaf = children.length === 0;
  const ref = (col: number) => ({ sheet: "E.81", row: Number(kode.replace(/\D/g, "").slice(-6)), col });
  return {
    level,
    kode,
    uraian: `Uraian ${kode}`,
    pagu: leaf ? 100_000_000 : null,
    realisasi: null,
    paguTertulis: null,
    realisasiTertulis: null,
    kinerja: { indikator: `Indikator ${kode}`, satuan, target: 100, realisasi: null },
    children,
    sumber: { sheet: "E.81", row: 0 },
    ...(leaf ? { refPagu: ref(10) } : {}),
    triwulan: {
      k: [20, 25, 30, null],
      rp: leaf ? [10e6, 20e6, 30e6, null] : [null, null, null, null],
      gaya: "tambahan",
      refK: [ref(11), ref(13), ref(15)],
      refRp: leaf ? [ref(12), ref(14), ref(16)] : undefined,
    },
    renstra: {
      targetK: { nilai: 500, ref: ref(5) },
      realisasiK: { nilai: 300, ref: ref(7) },
      targetRp: { nilai: leaf ? 5e8 : null },
      realisasiRp: { nilai: leaf ? 3e8 : null },
    },
    rencana: leaf ? { k: [25, 25, 25, 25], rp: [25e6, 25e6, 25e6, 25e6] } : undefined,
  };
}

function model(): Model {
  const anggaran = Array.from({ length: PROGRAMS }, (_, p) =>
    node(
      "program",
      `1.01.${p + 1}`,
      Array.from({ length: KEGIATAN }, (_, k) =>
        node(
          "kegiatan",
          `1.01.${p + 1}.2.${k + 1}`,
          Array.from({ length: SUB }, (_, s) =>
            node(
              "sub_kegiatan",
              `1.01.${p + 1}.2.${k + 1}.${String(s + 1).padStart(4, "0")}`,
              [],
              s % 2 ? "%" : "dokumen",
            ),
          ),
          "dokumen",
        ),
      ),
      "%",
    ),
  );
  return {
    sasaran: [],
    programPk: [],
    anggaran,
    triwulan: { terakhir: 2, gaya: "tambahan" },
    pemetaan: { versi: 1, lembar: {} },
    diagnostics: [],
  };
}

const m = model();
const bagian = (f: () => unknown) => {
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  return median(xs).toFixed(0);
};
console.log(
  `E.81 alone: ${bagian(() => lembarE81(m, "E.81", { tahun: 2025, triwulan: 2, instansi: "", rumus: "native" }))} ms; Monitoring alone: ${bagian(() => lembarMonitoring(m, "Monitoring", { tahun: 2025, triwulan: 2, instansi: "", metodeNegatif: "selisih" }))} ms`,
);
const ms: number[] = [];
let cells = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const l = buatLaporan(m, { tahun: 2025, triwulan: 2 });
  ms.push(performance.now() - t0);
  cells = l.sheets
    .filter((s) => s.id === "e81" || s.id === "monitoring")
    .reduce((n, s) => n + s.rows.reduce((k, r) => k + r.filter((c) => c?.f).length, 0), 0);
}
console.log(
  `E.81 + Monitoring Triwulan, ${PROGRAMS * KEGIATAN * SUB} sub kegiatan (the whole report built): median ${median(ms).toFixed(0)} ms of ${RUNS}, ${cells} formulas in the two sheets`,
);
