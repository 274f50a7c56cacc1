/**
 * Precision on generated layouts (fast-check): a flat budget table whose kegiatan rows SUM the sub kegiatan rows
 * below them, with serapan, sisa and share formulas per row and a TOTAL adding the kegiatan, in any number of
 * kegiatan and sub kegiatan with any figures (realisasi within the pagu). Clean: no galat and no peringatan. With
 * one defect planted at a random place: that defect is found, at its cell, and nothing else is a galat.
 */
import fc from "fast-check";
import { periksaLaporan } from "../../src/core/audit";
import { a1, CellValue, Grid } from "../../src/core/grid";

interface Sub {
  pagu: number;
  realisasi: number;
}
type Cacat = "lebih" | "pendek" | "rata" | "baris" | "ketik";

function susun(keg: Sub[][], cacat?: { jenis: Cacat; k: number; s: number }): { grid: Grid; sel?: string } {
  const values: CellValue[][] = [
    ["LAPORAN REALISASI"],
    [],
    ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)", "Sisa (Rp)", "Porsi (%)"],
  ];
  const formulas: (string | null)[][] = [[], [], []];
  const n = keg.reduce((s, k) => s + 1 + k.length, 0);
  const T = values.length + n; // 0-based total row
  const totalPagu = keg.flat().reduce((s, x) => s + x.pagu, 0);
  let sel: string | undefined;
  const induk: number[] = [];
  const dataK = keg.map((subs, ki) =>
    subs.map((x, si) =>
      cacat?.jenis === "lebih" && cacat.k === ki && cacat.s === si ? { ...x, realisasi: x.pagu + 1000 } : x,
    ),
  );
  const tambah = (
    nama: string,
    pagu: number,
    realisasi: number,
    fC: string | null,
    fD: string | null,
    g?: { v: number; f: string | null },
  ) => {
    const r = values.length;
    const R = r + 1;
    values.push([
      null,
      nama,
      pagu,
      realisasi,
      (realisasi / pagu) * 100,
      pagu - realisasi,
      g?.v ?? (pagu / totalPagu) * 100,
    ]);
    formulas.push([null, null, fC, fD, `=D${R}/C${R}*100`, `=C${R}-D${R}`, g ? g.f : `=C${R}/$C$${T + 1}*100`]);
    return r;
  };
  dataK.forEach((subs, ki) => {
    const r = values.length;
    const [a, b] = [r + 2, r + 1 + subs.length];
    const pagu = subs.reduce((s, x) => s + x.pagu, 0);
    let realisasi = subs.reduce((s, x) => s + x.realisasi, 0);
    let fD = `=SUM(D${a}:D${b})`;
    if (cacat?.k === ki && cacat.jenis === "pendek") {
      fD = `=SUM(D${a}:D${a + cacat.s})`;
      realisasi = subs.slice(0, cacat.s + 1).reduce((s, x) => s + x.realisasi, 0);
      sel = a1(r, 3);
    }
    if (cacat?.k === ki && cacat.jenis === "rata") {
      fD = `=AVERAGE(D${a}:D${b})`;
      realisasi /= subs.length;
      sel = a1(r, 3);
    }
    induk.push(tambah(`Kegiatan Nomor ${ki + 1} Bidang ${"ABCDEFGH"[ki]}`, pagu, realisasi, `=SUM(C${a}:C${b})`, fD));
    subs.forEach((x, si) => {
      const rr = values.length;
      const di = cacat?.k === ki && cacat.s === si;
      let g: { v: number; f: string | null } | undefined;
      if (di && cacat.jenis === "baris") {
        g = { v: (subs[si - 1].pagu / totalPagu) * 100, f: `=C${rr}/$C$${T + 1}*100` };
        sel = a1(rr, 6);
      }
      if (di && cacat.jenis === "ketik") {
        g = { v: (x.pagu / totalPagu) * 100 + 1, f: null };
        sel = a1(rr, 6);
      }
      if (di && cacat.jenis === "lebih") sel = a1(rr, 3);
      tambah(`Sub kegiatan ${ki + 1}.${si + 1} pelayanan ${"abcdefghij"[si]}`, x.pagu, x.realisasi, null, null, g);
    });
  });
  const tp = induk.reduce((s, r) => s + (values[r][2] as number), 0);
  const tr = induk.reduce((s, r) => s + (values[r][3] as number), 0);
  values.push([null, "TOTAL", tp, tr, (tr / tp) * 100, tp - tr, 100]);
  const R = T + 1;
  formulas.push([
    null,
    null,
    `=${induk.map((r) => `C${r + 1}`).join("+")}`,
    `=${induk.map((r) => `D${r + 1}`).join("+")}`,
    `=D${R}/C${R}*100`,
    `=C${R}-D${R}`,
    `=C${R}/$C$${R}*100`,
  ]);
  return { grid: { name: "Realisasi", values, formulas }, sel };
}

const sub = fc
  .record({ pagu: fc.integer({ min: 10, max: 900 }), persen: fc.integer({ min: 50, max: 100 }) })
  .map(({ pagu, persen }) => ({ pagu: pagu * 100_000, realisasi: Math.round((pagu * 100_000 * persen) / 100) }));
const tabel = fc.array(fc.array(sub, { minLength: 3, maxLength: 7 }), { minLength: 3, maxLength: 5 });

test("clean generated tables: no galat, no peringatan", () => {
  fc.assert(
    fc.property(tabel, (keg) => {
      const h = periksaLaporan([susun(keg).grid]);
      expect(h.temuan.filter((t) => t.severity !== "info")).toEqual([]);
    }),
    { numRuns: 60 },
  );
});

const KODE: Record<Cacat, string> = {
  lebih: "REALISASI_LEBIHI_PAGU",
  pendek: "RUMUS_RENTANG",
  rata: "RUMUS_POLA",
  baris: "RUMUS_POLA",
  ketik: "RUMUS_KONSTANTA",
};

test("one planted defect anywhere: found at its cell, the only galat", () => {
  fc.assert(
    fc.property(
      tabel,
      fc.constantFrom<Cacat>("lebih", "pendek", "rata", "baris", "ketik"),
      fc.nat(),
      fc.nat(),
      (keg, jenis, k0, s0) => {
        const k = k0 % keg.length;
        // A short SUM covers 1 … n−1 rows; a row reading its neighbour needs one above it.
        const s =
          jenis === "pendek"
            ? s0 % (keg[k].length - 1)
            : jenis === "baris"
              ? 1 + (s0 % (keg[k].length - 1))
              : s0 % keg[k].length;
        const { grid, sel } = susun(keg, { jenis, k, s });
        const galat = periksaLaporan([grid]).temuan.filter((t) => t.severity === "error");
        // A row reading its neighbour's pagu gives the same share when both pagu are equal: then no galat is right.
        const sama = jenis === "baris" && keg[k][s].pagu === keg[k][s - 1].pagu;
        if (sama) return expect(galat).toEqual([]);
        expect(galat.map((t) => t.cell)).toEqual([sel]);
        // Where the names give the levels ("Kegiatan …", "Sub kegiatan …"), an AVERAGE is also a parent that is not the
        // sum of its children: one finding, JUMLAH_INDUK, whose cause is the AVERAGE.
        if (jenis === "rata" && galat[0].code === "JUMLAH_INDUK")
          expect(galat[0].penyebab).toMatch(/^AVERAGE di tempat SUM: seharusnya =SUM\(D\d+:D\d+\)$/);
        else expect(galat[0].code).toBe(KODE[jenis]);
      },
    ),
    { numRuns: 100 },
  );
});
