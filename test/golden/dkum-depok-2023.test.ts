/**
 * Golden tests on the seed report (LKIP Dinas Koperasi dan Usaha Mikro Kota Depok 2023, data as stated in
 * samples/dkum-depok-2023.json). Each figure is recomputed by the core and by independent arithmetic on the stated
 * inputs; where the report's printed figure differs, the row is named here, with the reason found by hand.
 */
import seed from "../../samples/dkum-depok-2023.json";
import { isSakipError } from "../../src/core/errors";
import { parseAngka } from "../../src/core/numbers";
import { capaian, capaianSasaran, predikat, serapan, sisa, SKALA } from "../../src/core";

type Row = (typeof seed.program_kegiatan_subkegiatan_3_6.rows)[number];
const rows: Row[] = seed.program_kegiatan_subkegiatan_3_6.rows;

const num = (x: unknown): number => {
  if (typeof x !== "number") throw new Error(`expected a number, got ${JSON.stringify(x)}`);
  return x;
};
/** Decimals printed in a raw cell such as "94.81%" or "96%". */
const printedDecimals = (raw: string) => (raw.replace("%", "").split(".")[1] ?? "").length;
/** Round half away from zero at d decimals, on the decimal string (no binary surprises). */
const roundAt = (x: number, d: number) => Number(Math.round(Number(`${x}e${d}`)) + `e-${d}`);

describe("the 3.6 table's raw text parses to the stated numbers", () => {
  test.each(rows.map((r) => [r.code, r] as const))("%s", (_code, r) => {
    // This table prints English-style numbers ("2,100" units, "32,300,612,788" rupiah).
    const en = { ambigu: "en" as const };
    expect(parseAngka(r.raw.anggaran, en)).toBe(r.anggaran);
    expect(parseAngka(r.raw.realisasi_anggaran, en)).toBe(r.realisasi_anggaran);
    expect(num(parseAngka(r.raw.serapan, en)) * 100).toBeCloseTo(r.serapan_pct, 9);
    if (r.target !== null) {
      const scale = r.raw.target.endsWith("%") ? 100 : 1;
      expect(num(parseAngka(r.raw.target, en)) * scale).toBeCloseTo(r.target, 9);
    }
  });
});

describe("3.6: core equals independent arithmetic on every row", () => {
  test.each(rows.map((r) => [r.code, r] as const))("%s", (_code, r) => {
    expect(num(serapan(r.realisasi_anggaran, r.anggaran))).toBe(r.realisasi_anggaran / r.anggaran);
    expect(BigInt(num(sisa(r.anggaran, r.realisasi_anggaran)))).toBe(BigInt(r.anggaran) - BigInt(r.realisasi_anggaran));
    if (r.target !== null && r.realisasi !== null) {
      expect(num(capaian(r.realisasi, r.target))).toBe(r.realisasi / r.target);
    }
  });
});

describe("3.6: where the report's printed figure differs from its own inputs", () => {
  const capaianDiffers = rows
    .filter((r) => r.target !== null && r.realisasi !== null && r.capaian_pct !== null)
    .filter((r) => roundAt(num(capaian(r.realisasi, r.target)) * 100, printedDecimals(r.raw.capaian)) !== r.capaian_pct)
    .map((r) => `${r.code}: ${r.capaian_pct} vs ${roundAt(num(capaian(r.realisasi, r.target)) * 100, 2)}`);
  test("capaian: five rows, each off in the last printed digit or by rounding the wrong way", () => {
    expect(capaianDiffers).toEqual([
      "P2: 64.52 vs 64.51", // 36,36/56,36 = 64,5138…%
      "P4.K1: 95.37 vs 95.38", // 46,82/49,09 = 95,3758…%: truncated
      "P5: 20 vs 19.97", // 1,21/6,06 = 19,967%: printed 20,00%
      "P7: 134.97 vs 134.99", // 15,24/11,29 = 134,9867%
      "P7.K1: 56.76 vs 56.75", // 11,35/20 = 56,75% exactly
    ]);
  });
  test("serapan: every row agrees at its printed precision", () => {
    const differs = rows.filter(
      (r) =>
        roundAt(num(serapan(r.realisasi_anggaran, r.anggaran)) * 100, printedDecimals(r.raw.serapan)) !== r.serapan_pct,
    );
    expect(differs.map((r) => r.code)).toEqual([]);
  });
  test("sisa ('Efisiensi Anggaran' Rp): two kegiatan state a figure that is not pagu − realisasi", () => {
    const differs = rows
      .filter(
        (r) => r.efisiensi_anggaran !== null && r.efisiensi_anggaran !== num(sisa(r.anggaran, r.realisasi_anggaran)),
      )
      .map((r) => `${r.code}: ${r.efisiensi_anggaran} vs ${num(sisa(r.anggaran, r.realisasi_anggaran))}`);
    expect(differs).toEqual(["P1.K1: 1359329341 vs 6565500", "P1.K5: 38995169 vs 40062709"]);
  });
  test("roll-up: Program Penunjang states pagu 10.255.966.594, its kegiatan sum to 9.384.257.538", () => {
    const sum = (parent: string, key: "anggaran" | "realisasi_anggaran") =>
      rows.filter((r) => r.parent === parent).reduce((s, r) => s + r[key], 0);
    const p1 = rows.find((r) => r.code === "P1")!;
    expect(sum("P1", "anggaran")).toBe(9384257538);
    expect(p1.anggaran - sum("P1", "anggaran")).toBe(871709056);
    expect(sum("P1", "realisasi_anggaran")).toBe(p1.realisasi_anggaran);
    // The agency total is right once P1 is taken from its kegiatan: 26 sub kegiatan sum to the stated totals.
    const subs = rows.filter((r) => r.level === "sub_kegiatan");
    expect(subs).toHaveLength(26);
    expect(subs.reduce((s, r) => s + r.anggaran, 0)).toBe(32300612788);
    expect(subs.reduce((s, r) => s + r.realisasi_anggaran, 0)).toBe(29231216957);
    expect(roundAt(num(serapan(29231216957, 32300612788)) * 100, 2)).toBe(90.5);
  });
});

describe("IKU 2023: capaian and predikat", () => {
  const stated = seed.iku_capaian_2023;
  test("Nilai SAKIP: 70,85 / 70,20 = 100,926…%; the report prints 100,92% (truncated)", () => {
    const c = num(capaian(70.85, 70.2));
    expect(c * 100).toBeCloseTo(100.9259, 4);
    expect(stated.primary_section_3_1[0].capaian_pct).toBe(100.92);
    expect(predikat(c, SKALA.tiga)).toBe("Melebihi Target");
  });
  test("Koperasi Berkualitas from 60/165: 173,16%; section 3.1 prints 173,14% (computed from the rounded 36,36%)", () => {
    const { numerator, denominator } = seed.raw_counts.koperasi_berkualitas_2023;
    const c = num(capaian(numerator / denominator, 0.21));
    expect(roundAt(c * 100, 2)).toBe(173.16);
    expect(roundAt(num(capaian(0.3636, 0.21)) * 100, 2)).toBe(173.14);
    expect(stated.primary_section_3_1[1].capaian_pct).toBe(173.14);
    expect(stated.ikhtisar_eksekutif[1].capaian_pct).toBe(173.16);
    expect(predikat(c, SKALA.tiga)).toBe("Melebihi Target");
  });
  test("Persentase Wirausaha: 0,74 / 2 = 37%, Tidak Tercapai (the report's text says it met the target)", () => {
    const c = num(capaian(0.74, 2));
    expect(c).toBeCloseTo(0.37, 12);
    expect(predikat(c, SKALA.tiga)).toBe("Tidak Tercapai");
    expect(predikat(c, SKALA.lima)).toBe("Sangat Kurang");
  });
  test("the penutup's count: 2 indicators met, 1 not", () => {
    const c = [capaian(70.85, 70.2), capaian(60 / 165, 0.21), capaian(0.74, 2)].map(num);
    expect(c.filter((x) => predikat(x, SKALA.tiga) !== "Tidak Tercapai")).toHaveLength(
      seed.iku_capaian_2023.penutup_summary.indikator_tercapai,
    );
  });
  test("capaian sasaran 2 is the mean of its two indicators: (173,16% + 37%) / 2", () => {
    const s2 = capaianSasaran([num(capaian(60 / 165, 0.21)), num(capaian(0.74, 2))]);
    expect(isSakipError(s2)).toBe(false);
    expect(roundAt(num(s2) * 100, 2)).toBe(105.08);
  });
  test("Nilai SAKIP 70,85 is grade BB on the PermenPANRB 88/2021 scale", () => {
    expect(predikat(70.85, SKALA.sakip)).toBe("BB");
  });
});
