/**
 * From an E.81 kept by hand (samples/fixtures/nyata/e81-evaluasi-renja.xlsx: a SUM two rows short, a bidang total
 * that adds the other bidang, an unnumbered block), `kinerja generate` writes an E.81 whose rows, recalculated by
 * LibreOffice, hold each sub kegiatan's figures and parents computed from their sub kegiatan — the file's own
 * errors gone — with a row of the agency's totals.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BIDANG } from "../../scripts/fixtures-nyata";
import { text } from "../../src/core/grid";
import { readGrids } from "../../src/xlsx/read";
import { recalc } from "../support/libreoffice";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(ROOT, "samples/fixtures/nyata/e81-evaluasi-renja.xlsx");
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
// E.81 sheet columns (0-based): (3) name, (8) Rp, TW I–IV Rp, (13) Rp.
const COL = { nama: 2, pagu: 10, tw: [12, 14, 16, 18], tahun: 20 };

test("the generated E.81, recalculated: every sub kegiatan, kegiatan, program and bidang from the sub kegiatan, and the totals", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-e81-nyata-"));
  const out = path.join(dir, "e81.xlsx");
  execFileSync(process.execPath, [path.join(ROOT, "bin/kinerja.js"), "generate", FIXTURE, "-o", out], {
    stdio: "pipe",
    timeout: 120_000,
  });
  const grids = await readGrids(recalc(out));
  const e81 = grids.find((g) => g.name.startsWith("E.81"))!;
  expect(e81).toBeDefined();
  const errors = e81.values.flatMap((row, r) =>
    (row ?? []).flatMap((v, c) => (v !== null && typeof v === "object" ? [`${r + 1}:${c + 1}`] : [])),
  );
  expect(errors).toEqual([]);
  const rowOf = (nama: string, from = 0) =>
    e81.values.findIndex((row, r) => r >= from && text((row ?? [])[COL.nama] ?? null) === nama);
  const num = (r: number, c: number) => e81.values[r][c] as number;
  const figures = (r: number) => [num(r, COL.pagu), ...COL.tw.map((c) => num(r, c)), num(r, COL.tahun)];
  const expected = (subs: { pagu: number; rp: number[] }[]) => [
    sum(subs.map((s) => s.pagu)),
    ...[0, 1, 2, 3].map((q) => sum(subs.map((s) => s.rp[q]))),
    sum(subs.map((s) => sum(s.rp))),
  ];

  let from = 0;
  for (const b of BIDANG) {
    const bRow = rowOf(b.nama, from);
    expect(figures(bRow)).toEqual(expected(b.prog.flatMap((p) => p.keg.flatMap((k) => k.subs))));
    for (const p of b.prog) {
      const pRow = rowOf(p.nama, bRow);
      expect(figures(pRow)).toEqual(expected(p.keg.flatMap((k) => k.subs)));
      for (const k of p.keg) {
        const kRow = rowOf(k.nama, pRow);
        expect(figures(kRow)).toEqual(expected(k.subs));
        for (const s of k.subs) {
          const sRow = rowOf(s.nama, kRow);
          expect(figures(sRow)).toEqual(expected([s]));
          from = sRow;
        }
      }
    }
  }
  const all = BIDANG.flatMap((b) => b.prog.flatMap((p) => p.keg.flatMap((k) => k.subs)));
  const unsur = rowOf("UNSUR PENUNJANG URUSAN PEMERINTAHAN");
  expect(figures(unsur)).toEqual(expected(all));
  expect(expected(all)).toEqual([
    8_870_000_000, 1_600_000_000, 1_912_500_000, 2_013_000_000, 2_395_000_000, 7_920_500_000,
  ]);
  // The parents are formulas over their children, not values.
  const written = (await readGrids(out)).find((g) => g.name === e81.name)!;
  const formula = (nama: string, c: number) => written.formulas![rowOf(nama)][c];
  for (const nama of ["UNSUR PENUNJANG URUSAN PEMERINTAHAN", BIDANG[0].nama, BIDANG[0].prog[1].keg[1].nama]) {
    for (const c of [COL.pagu, ...COL.tw, COL.tahun]) expect(formula(nama, c)).toMatch(/\bSUM\(/);
  }
}, 240_000);
