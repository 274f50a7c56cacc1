/**
 * One language per output: an English `generate` writes no Indonesian word of its own in any sheet (names, titles,
 * headers, labels, predikat, notes, the narrative), and an Indonesian one no English word; the user's own text
 * (every text cell of the source sheets, in any case) and the official names the nomenclature gave the budget rows
 * are left out before the check.
 */
import * as path from "path";
import { Grid } from "../../src/core/grid";
import { Model, NodeAnggaran } from "../../src/core/model";
import { Bahasa } from "../../src/core/bahasa";
import { susunLaporan } from "../../src/core/report/susun";
import { readGrids } from "../../src/xlsx/read";
import { kataBahasa } from "../support/bahasa";

const ROOT = path.resolve(__dirname, "../..");
const BERKAS = [
  "samples/dkum-depok-2023.xlsx",
  "samples/fixtures/realisasi-per-triwulan.xlsx",
  "samples/fixtures/e81-evaluasi-renja.xlsx",
];

/** Every text the user typed and every name in the model, lower case, longest first: a generated text quoting one is checked without it. */
function teksPengguna(grids: readonly Grid[], model: Model): string[] {
  const semua = new Set<string>();
  const tambah = (v: unknown) => typeof v === "string" && v.trim().length > 1 && semua.add(v.trim().toLowerCase());
  for (const g of grids) for (const row of g.values) for (const v of row ?? []) tambah(v);
  const node = (n: NodeAnggaran): void => (tambah(n.uraian), n.children.forEach(node));
  model.anggaran.forEach(node);
  return [...semua].sort((a, b) => b.length - a.length);
}

async function buat(berkas: string, bahasa: Bahasa) {
  const grids = await readGrids(path.join(ROOT, berkas));
  const s = susunLaporan(grids, [], { bahasa });
  const pengguna = teksPengguna(grids, s.model);
  const bersih = (t: string) => pengguna.reduce((x, n) => (x.includes(n) ? x.split(n).join(" ") : x), t.toLowerCase());
  const teks: { di: string; teks: string }[] = [];
  for (const sh of s.laporan.sheets) {
    teks.push({ di: "nama lembar", teks: sh.nama });
    sh.rows.forEach((row, r) =>
      row.forEach((c, k) => typeof c?.v === "string" && teks.push({ di: `${sh.nama}!${r + 1}:${k + 1}`, teks: c.v })),
    );
    if (sh.grafik)
      teks.push({ di: `${sh.nama} grafik`, teks: [sh.grafik.judul, ...sh.grafik.seri.map((x) => x.nama)].join(" · ") });
    for (const w of sh.warna) for (const a of w.aturan) teks.push({ di: `${sh.nama} warna`, teks: a.teks });
  }
  for (const p of s.laporan.narasi) teks.push({ di: `narasi ${p.indikator ?? p.sasaran ?? ""}`, teks: p.teks });
  for (const d of s.laporan.dilewati) teks.push({ di: `dilewati ${d.id}`, teks: `${d.nama}: ${d.alasan}` });
  return { s, teks: teks.map((x) => ({ ...x, bersih: bersih(x.teks) })) };
}

describe.each(BERKAS)("%s", (berkas) => {
  test("in English: no Indonesian word in any generated sheet or the narrative", async () => {
    const { s, teks } = await buat(berkas, "en");
    expect(s.laporan.sheets.length).toBeGreaterThanOrEqual(3);
    expect(teks.length).toBeGreaterThan(100);
    const asing = teks.flatMap((x) => kataBahasa(x.bersih, "istilah").map((k) => `${x.di}: ${k}`));
    expect(asing).toEqual([]);
  });
  test("in Indonesian: no English word", async () => {
    const { teks } = await buat(berkas, "id");
    const asing = teks.flatMap((x) => kataBahasa(x.bersih, "en").map((k) => `${x.di}: ${k}`));
    expect(asing).toEqual([]);
  });
});
