/**
 * Golden tests of the E.81 and Monitoring Triwulan sheets on the E.81 fixture's model, figures computed by hand:
 * per accumulation type (flow, stock, percentage) and per quarter, the rupiah of parents as sums of their children,
 * and the quarterly rules on plain data.
 */
import * as path from "path";
import { modelE81 } from "../../scripts/fixture-e81";
import { bacaWorkbook } from "../../src/core/read";
import { buatLaporan } from "../../src/core/report";
import { SheetSpec, SpecCell } from "../../src/core/report/spec";
import { isianLama, ISIAN_E81 } from "../../src/core/report/e81";
import { Model } from "../../src/core/model";
import { isSakipError } from "../../src/core/errors";
import {
  capaianE81,
  deviasi,
  parseTriwulan,
  predikatE81,
  proyeksiTahun,
  realisasiRenstraSdKini,
  realisasiSampaiTw,
  Triwulan,
} from "../../src/core/rules/triwulan";
import { readGrids } from "../../src/xlsx/read";

const JT = 1_000_000;
/** The form's columns, 0-based: (1)–(5), then K and Rp of (6)–(15), unit, keterangan, predikat K and Rp. */
const K = {
  c6: 5,
  c7: 7,
  c8: 9,
  tw1: 11,
  tw2: 13,
  tw3: 15,
  tw4: 17,
  c13: 19,
  c14: 21,
  c15: 23,
  unit: 25,
  predK: 27,
  predRp: 28,
};
const val = (c: SpecCell | null | undefined) => (c?.f ? c.hasil : c?.v);

function e81(q: Triwulan, model: Model = modelE81()): SheetSpec {
  return buatLaporan(model, { tahun: 2025, triwulan: q }).sheets.find((s) => s.id === "e81")!;
}
function baris(s: SheetSpec, kode: string): readonly (SpecCell | null)[] {
  const row = s.rows.find((r) => typeof r[2]?.v === "string" && r[2].v.trim().startsWith(`${kode} `));
  if (!row) throw new Error(`no row ${kode}`);
  return row;
}
/** [(13), (14), (15), predikat] of K or Rp. */
const hitung = (row: readonly (SpecCell | null)[], rp = false) => [
  val(row[K.c13 + +rp]),
  val(row[K.c14 + +rp]),
  val(row[K.c15 + +rp]),
  val(row[rp ? K.predRp : K.predK]),
];

describe("E.81 per accumulation type and quarter (hand-computed)", () => {
  // Flow: Penyusunan Laporan Kinerja, 1 laporan a quarter; Renstra 20, realised 12 to last year.
  test.each([
    [1, [1, 13, 65, "Rendah"]],
    [2, [2, 14, 70, "Sedang"]],
    [3, [3, 15, 75, "Sedang"]],
    [4, [4, 16, 80, "Tinggi"]],
  ] as const)("flow (laporan), TW %s: the quarters are summed", (q, want) => {
    const s = e81(q);
    const row = baris(s, "5.01.02.2.01.0002");
    expect(hitung(row)).toEqual(want);
    const n = rowNo(s, row);
    expect(row[K.c13]!.f).toBe(`=IF(COUNT(L${n},N${n},P${n},R${n})=0,"",SUM(L${n},N${n},P${n},R${n}))`);
    expect(row[K.c14]!.f).toBe(`=IF(COUNT(H${n},T${n})=0,"",SUM(H${n},T${n}))`);
    expect(row[K.c15]!.f).toBe(
      `=IF(OR(NOT(ISNUMBER(V${n})),NOT(ISNUMBER(F${n}))),"–",IF(F${n}=0,"–",V${n}/F${n}*100))`,
    );
  });

  // Stock (indeks): Program Penunjang, 3,3 at TW II and 3,6 at TW IV, nothing in TW I and III; Renstra 4,0, last year 3,2.
  test.each([
    [1, ["", 3.2, 80, "Tinggi"]],
    [2, [3.3, 3.3, 82.5, "Tinggi"]],
    [3, [3.3, 3.3, 82.5, "Tinggi"]],
    [4, [3.6, 3.6, 90, "Tinggi"]],
  ] as const)(
    "stock (indeks), TW %s: the last filled quarter, never a sum; to date is this year's value, else last year's",
    (q, want) => {
      const [c13, c14, c15, p] = hitung(baris(e81(q), "5.01.01"));
      expect([c13, c14, c15 as number, p]).toEqual([want[0], want[1], expect.closeTo(want[2], 9), want[3]]);
    },
  );

  // Percentage: Evaluasi Renja, 20% / 45% / blank / 95%; Renstra 100%, 60% to last year — never 20 + 45 + 95.
  test.each([
    [1, [20, 20, 20, "Sangat Rendah"]],
    [2, [45, 45, 45, "Sangat Rendah"]],
    [3, [45, 45, 45, "Sangat Rendah"]],
    [4, [95, 95, 95, "Sangat Tinggi"]],
  ] as const)("percentage, TW %s: the latest value; a blank quarter keeps the previous one", (q, want) => {
    expect(hitung(baris(e81(q), "5.01.02.2.02.0001"))).toEqual(want);
  });

  test("quarters after the chosen one are blank, not 0", () => {
    const row = baris(e81(2), "5.01.02.2.01.0002");
    expect([val(row[K.tw3]), val(row[K.tw4]), val(row[K.tw3 + 1]), val(row[K.tw4 + 1])]).toEqual(["", "", "", ""]);
  });

  test("Rp: RKPD at TW II: 10 + 20 = 30 jt; to date 300 + 30 = 330 jt of the Renstra's 500 jt = 66 (Sedang)", () => {
    expect(hitung(baris(e81(2), "5.01.02.2.01.0001"), true)).toEqual([30 * JT, 330 * JT, 66, "Sedang"]);
  });

  test("parents' Rp are SUMs over exactly their children; their K is their own indicator", () => {
    const s = e81(2);
    const keg = baris(s, "5.01.02.2.01");
    const r = rowNo(s, keg);
    expect(keg[K.c8 + 1]!.f).toBe(`=IF(COUNT(K${r + 1}:K${r + 2})=0,"",SUM(K${r + 1}:K${r + 2}))`);
    expect([
      val(keg[K.c6 + 1]),
      val(keg[K.c7 + 1]),
      val(keg[K.c8 + 1]),
      val(keg[K.tw1 + 1]),
      val(keg[K.tw2 + 1]),
    ]).toEqual([800 * JT, 480 * JT, 160 * JT, 25 * JT, 35 * JT]);
    expect(hitung(keg)).toEqual([2, 17, 68, "Sedang"]); // its own indicator: 1 + 1 documents, 15 + 2 of 25
    // Program 5.01.02 sums its two kegiatan (rows apart): 160 + 40 jt, where the workbook's own SUM stopped at 160.
    const prog = baris(s, "5.01.02");
    expect(val(prog[K.c8 + 1])).toBe(200 * JT);
    expect(prog[K.c8 + 1]!.f).toMatch(/^=IF\(COUNT\(K\d+,K\d+\)=0,"",SUM\(K\d+,K\d+\)\)$/);
    // Its K is a percentage (its own): 85 at TW II, not the children's documents.
    expect(hitung(prog)).toEqual([85, 85, 85, "Tinggi"]);
  });

  test("the agency total sums the top rows once: pagu 1.450 jt, TW I 350 jt, TW II 345 jt, year at TW IV 1.420 jt", () => {
    const tot = (q: Triwulan) => e81(q).rows.find((r) => typeof r[2]?.v === "string" && r[2].v.startsWith("JUMLAH"))!;
    expect([val(tot(2)[K.c8 + 1]), val(tot(2)[K.tw1 + 1]), val(tot(2)[K.tw2 + 1]), val(tot(2)[K.c13 + 1])]).toEqual([
      1450 * JT,
      350 * JT,
      345 * JT,
      695 * JT,
    ]);
    expect(val(tot(4)[K.c13 + 1])).toBe(1420 * JT);
    // No Renstra rupiah for program 5.01.01: the total's (6) is blank rather than a partial sum passing for one.
    expect([val(tot(4)[K.c6 + 1]), val(tot(4)[K.c15 + 1])]).toEqual(["", "–"]);
  });

  test("a program under the bidang urusan is written once, even when the induk holds a copy of its node", () => {
    const m = modelE81();
    const copy: Model = { ...m, induk: m.induk!.map((i) => ({ ...i, program: i.program.map((p) => ({ ...p })) })) };
    const rows = e81(2, copy).rows.filter((r) => typeof r[2]?.v === "string" && r[2].v.trim().startsWith("5.01.02 "));
    expect(rows).toHaveLength(1);
  });

  test("text the user typed below the table is carried into the next generation; the signature too", () => {
    const first = e81(2);
    const grid = {
      name: "E.81 Evaluasi Renja",
      values: first.rows.map((r) => r.map((c) => (c?.f ? null : (c?.v ?? null)))),
    };
    const rPendorong = grid.values.findIndex((r) => r[0] === ISIAN_E81[0]);
    grid.values[rPendorong][3] = "Dukungan pimpinan dan data yang tepat waktu";
    const rNama = grid.values.findIndex((r) => r[20] === "Nama");
    grid.values[rNama][23] = "Ir. Contoh, M.Si.";
    const again = buatLaporan(modelE81(), { tahun: 2025, triwulan: 3, lembarLama: { e81: grid } }).sheets.find(
      (s) => s.id === "e81",
    )!;
    expect(again.rows.find((r) => r[0]?.v === ISIAN_E81[0])![3]!.v).toBe("Dukungan pimpinan dan data yang tepat waktu");
    expect(again.rows.find((r) => r[20]?.v === "Nama")![23]!.v).toBe("Ir. Contoh, M.Si.");
    expect(isianLama(undefined, ISIAN_E81[1], 0, 3)).toBeNull();
  });

  test("a user's text that looks like a formula stays text", () => {
    const m = modelE81();
    const n = m.anggaran[0];
    (m.anggaran as unknown[])[0] = { ...n, uraian: '=HYPERLINK("x")', unit: "=1+1" };
    const row = e81(2, m).rows.find((r) => typeof r[2]?.v === "string" && r[2].v.includes("HYPERLINK"))!;
    expect(row[2]!.f).toBeUndefined();
    expect(row[K.unit]).toEqual({ v: "=1+1", gaya: "teks" });
  });

  test("default quarter: the reader's latest; without quarterly data no E.81 and no Monitoring, said why", async () => {
    expect(buatLaporan(modelE81(), { tahun: 2025 }).opsi.triwulan).toBe(4);
    // Without the reader's latest quarter: the latest quarter holding any value (TW IV emptied everywhere → TW III).
    const tanpaIV = (n: Model["anggaran"][number]): Model["anggaran"][number] => ({
      ...n,
      triwulan: n.triwulan && {
        ...n.triwulan,
        k: [n.triwulan.k[0], n.triwulan.k[1], n.triwulan.k[2], null],
        rp: [n.triwulan.rp[0], n.triwulan.rp[1], n.triwulan.rp[2], null],
      },
      children: n.children.map(tanpaIV),
    });
    const m = modelE81();
    expect(
      buatLaporan({ ...m, triwulan: undefined, anggaran: m.anggaran.map(tanpaIV), induk: undefined }, { tahun: 2025 })
        .opsi.triwulan,
    ).toBe(3);
    const sample = bacaWorkbook(await readGrids(path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx")));
    const l = buatLaporan(sample);
    expect(l.sheets.map((s) => s.id)).not.toContain("e81");
    expect(l.sheets.map((s) => s.id)).not.toContain("monitoring");
    expect(l.dilewati.map((d) => d.id)).toEqual(["e81", "monitoring"]);
  });
});

function rowNo(s: SheetSpec, row: readonly (SpecCell | null)[]): number {
  return s.rows.indexOf(row) + 1;
}

describe("Monitoring Triwulan (hand-computed)", () => {
  const mon = (q: Triwulan, batas?: number) =>
    buatLaporan(modelE81(), { tahun: 2025, triwulan: q, batasDeviasi: batas }).sheets.find(
      (s) => s.id === "monitoring",
    )!;
  const M = {
    renKsd: 12,
    realKsd: 13,
    devK: 14,
    proyK: 15,
    proyC: 16,
    pagu: 17,
    kasSd: 26,
    realRpSd: 27,
    devRp: 28,
    proyS: 29,
    status: 30,
  };
  const row = (s: SheetSpec, teks: string) =>
    s.rows.find((r) => typeof r[1]?.v === "string" && r[1].v.startsWith(teks))!;
  const pick = (r: readonly (SpecCell | null)[], ...cols: number[]) => cols.map((c) => val(r[c]));

  test("Evaluasi Renja at TW II: K 45% against a plan of 50% (−5 points); Rp 15 jt against kas 20 jt of 40 jt (−12,5 points): off plan", () => {
    const r = row(mon(2), "5.01.02.2.02.0001");
    const [ren, real, dK, proyK, proyC] = pick(r, M.renKsd, M.realKsd, M.devK, M.proyK, M.proyC);
    expect([ren, real, proyK]).toEqual([50, 45, 45]); // a percentage: the latest value, projected as it stands
    expect(dK).toBeCloseTo(-0.05, 12);
    expect(proyC).toBeCloseTo(0.45, 12);
    const [kas, rp, dRp, proyS, status] = pick(r, M.kasSd, M.realRpSd, M.devRp, M.proyS, M.status);
    expect([kas, rp, status]).toEqual([20 * JT, 15 * JT, "Menyimpang"]);
    expect(dRp).toBeCloseTo(-0.125, 12);
    expect(proyS).toBeCloseTo(0.75, 12); // 15 jt × 4 ÷ 2 = 30 jt of 40 jt
  });

  test("exactly 10 points off is not more than 10: RKPD at TW II, Rp 30 jt against kas 40 jt of 100 jt", () => {
    const r = row(mon(2), "5.01.02.2.01.0001");
    expect(pick(r, M.kasSd, M.realRpSd, M.status)).toEqual([40 * JT, 30 * JT, "Sesuai rencana"]);
    expect(val(r[M.devRp])).toBeCloseTo(-0.1, 12);
    // With the threshold at 5 points it is off plan; the threshold is a cell the formula reads.
    const ketat = mon(2, 5);
    expect(val(row(ketat, "5.01.02.2.01.0001")[M.status])).toBe("Menyimpang");
    expect(row(ketat, "5.01.02.2.01.0001")[M.status]!.f).toContain("*100>$D$5+1E-9");
    expect(ketat.rows[4][3]!.v).toBe(5);
  });

  test("IKU, flow: 1 + 0 documents at TW II against a plan of 1 + 1 of 5 (−20 points); projected 1 × 4 ÷ 2 = 2 → 40%", () => {
    const r = row(mon(2), "Jumlah dokumen perencanaan disusun");
    expect(pick(r, M.renKsd, M.realKsd, M.proyK, M.status)).toEqual([2, 1, 2, "Menyimpang"]);
    expect(val(r[M.devK])).toBeCloseTo(-0.2, 12);
    expect(val(r[M.proyC])).toBeCloseTo(0.4, 12);
    expect(pick(r, M.pagu, M.devRp)).toEqual(["", ""]);
  });

  test("the chart's data: cumulative kas (360, 355, 390, 345 jt) and realisasi (350, 345 jt) per quarter; realisasi after the quarter blank", () => {
    const s = mon(2);
    const twRows = s.rows.filter((r) => typeof r[1]?.v === "string" && /^TW (I|II|III|IV)$/.test(r[1].v));
    expect(twRows.map((r) => [val(r[3]), val(r[7])])).toEqual([
      [360 * JT, 350 * JT],
      [715 * JT, 695 * JT],
      [1105 * JT, ""],
      [1450 * JT, ""],
    ]);
    expect(val(twRows[1][12])).toBeCloseTo(715 / 1450, 12);
    expect(val(twRows[1][13])).toBeCloseTo(695 / 1450, 12);
    expect(s.grafik?.seri.map((x) => x.nama)).toEqual(["Rencana (anggaran kas)", "Realisasi"]);
  });
});

describe("quarterly rules on plain data", () => {
  test("parseTriwulan", () => {
    expect(["II", "2", "TW II", "Triwulan 3", "tw-iv", 1, null].map(parseTriwulan)).toEqual([2, 2, 2, 3, 4, 1, null]);
    expect(isSakipError(parseTriwulan("V"))).toBe(true);
  });
  test("(13), (14), (15) and the predikat", () => {
    expect(realisasiSampaiTw([1, 2, 3, 4], 3, "kumulatif")).toBe(6);
    expect(realisasiSampaiTw([60, 70, null, 80], 3, "nilai_akhir")).toBe(70);
    expect(realisasiSampaiTw([null, null, 3, 4], 2, "kumulatif")).toBeNull();
    expect(realisasiSampaiTw([0, null, null, null], 1, "kumulatif")).toBe(0);
    expect(realisasiRenstraSdKini(12, 4, "kumulatif")).toBe(16);
    expect(realisasiRenstraSdKini(60, 95, "nilai_akhir")).toBe(95);
    expect(realisasiRenstraSdKini(60, null, "nilai_akhir")).toBe(60);
    expect(realisasiRenstraSdKini(null, null, "kumulatif")).toBeNull();
    expect(capaianE81(16, 20)).toBe(80);
    expect(isSakipError(capaianE81(16, 0))).toBe(true);
    expect(isSakipError(capaianE81(null, 20))).toBe(true);
    expect([91, 90.99, 76, 66, 65.99, 51, 50.99, 0].map((x) => predikatE81(x))).toEqual([
      "Sangat Tinggi",
      "Tinggi",
      "Tinggi",
      "Sedang",
      "Rendah",
      "Rendah",
      "Sangat Rendah",
      "Sangat Rendah",
    ]);
  });
  test("deviasi and projection", () => {
    expect(deviasi(45, 50, 100)).toBeCloseTo(-0.05, 12);
    expect(deviasi(0.45, 0.5)).toBeCloseTo(-0.05, 12);
    expect(isSakipError(deviasi(null, 50, 100))).toBe(true);
    expect(isSakipError(deviasi(45, 50, 0))).toBe(true);
    expect(proyeksiTahun(15, 2, "kumulatif")).toBe(30);
    expect(proyeksiTahun(45, 2, "nilai_akhir")).toBe(45);
    expect(isSakipError(proyeksiTahun(null, 2, "kumulatif"))).toBe(true);
  });
});

describe("Narasi: a quarterly paragraph per sasaran below TW IV", () => {
  const paragraf = (q: Triwulan) =>
    buatLaporan(modelE81(), { tahun: 2025, triwulan: q }).narasi.filter((p) => p.teks.startsWith("Sampai dengan"));
  test("TW II: realisasi to date against the Rencana Aksi, the deviasi in points and the projected capaian", () => {
    const [p] = paragraf(2);
    expect(p.sasaran).toBe("Sasaran 1: Meningkatnya kualitas perencanaan pembangunan daerah");
    // Persentase dokumen tepat waktu: 80% at TW II against a plan of 85% of 100 → 5 points behind; a stock stays at 80%.
    expect(p.teks).toContain(
      "Persentase dokumen perencanaan tepat waktu terealisasi 80% dari target tahun 100% (rencana aksi s.d. Triwulan II 85%; tertinggal 5 poin)",
    );
    // Jumlah dokumen: 1 + 0 against 1 + 1 of 5 → 20 points behind, beyond the 10-point threshold; 1 × 4 ÷ 2 = 2 of 5 = 40%.
    expect(p.teks).toContain(
      "terealisasi 1 dokumen dari target tahun 5 dokumen (rencana aksi s.d. Triwulan II 2 dokumen; tertinggal 20 poin, melebihi batas deviasi); dengan laju saat ini capaian akhir tahun diproyeksikan 40,00%",
    );
    for (const a of p.angka) expect(p.teks).toContain(a.tampil);
  });
  test("TW II in English: the same figures, written en-US, in English words", () => {
    const [p] = buatLaporan(modelE81(), { tahun: 2025, triwulan: 2, bahasa: "en" }).narasi.filter((x) =>
      x.teks.startsWith("Up to"),
    );
    expect(p.teks).toContain(
      "Up to quarter II of 2025, the indicator Persentase dokumen perencanaan tepat waktu reached 80% against a target for the year of 100% (action plan to quarter II: 85%; behind plan by 5 points)",
    );
    expect(p.teks).toContain(
      "reached 1 dokumen against a target for the year of 5 dokumen (action plan to quarter II: 2 dokumen; behind plan by 20 points, beyond the deviation threshold); at the current pace the year-end achievement is projected at 40.00%",
    );
    expect(p.angka.map((a) => [a.apa, a.nilai])).toEqual(paragraf(2)[0].angka.map((a) => [a.apa, a.nilai]));
    for (const a of p.angka) expect(p.teks).toContain(a.tampil);
  });
  test("TW IV: the year is over, the yearly paragraphs say it all", () => {
    expect(paragraf(4)).toEqual([]);
  });
});
