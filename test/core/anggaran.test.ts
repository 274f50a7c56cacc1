import { isSakipError } from "../../src/core/errors";
import { akumulasi, capaianSasaran, parseJenisAkumulasi } from "../../src/core/rules/agregasi";
import { efisiensi, parseMetodeEfisiensi, persentase, serapan, sisa } from "../../src/core/rules/anggaran";
import { sakipError } from "../../src/core/errors";

const code = (x: unknown) => (isSakipError(x) ? x.code : "no error");

describe("serapan, sisa, persentase", () => {
  test("the agency total: 29.231.216.957 of 32.300.612.788 is 90,50%", () => {
    expect(serapan(29231216957, 32300612788)).toBeCloseTo(0.904974, 6);
    expect(sisa(32300612788, 29231216957)).toBe(3069395831);
  });
  test("pagu 0 is #DIV/0!, negative pagu #VALUE!, blanks #N/A", () => {
    expect(code(serapan(5, 0))).toBe("#DIV/0!");
    expect(code(serapan(5, -1))).toBe("#VALUE!");
    expect(code(sisa(-1, 0))).toBe("#VALUE!");
    expect(code(serapan(null, 10))).toBe("#N/A");
    expect(code(sisa(10, null))).toBe("#N/A");
  });
  test("a realisasi above pagu is allowed and shows as serapan above 100% and negative sisa", () => {
    expect(serapan(120, 100)).toBeCloseTo(1.2, 12);
    expect(sisa(100, 120)).toBe(-20);
  });
  test("persentase from unrounded counts", () => {
    expect(persentase(60, 165)).toBeCloseTo(0.363636, 6);
    expect(code(persentase(1, 0))).toBe("#DIV/0!");
    expect(code(persentase(null, 3))).toBe("#N/A");
  });
});

describe("efisiensi methods", () => {
  test("sisa: (pagu − realisasi) / pagu", () => {
    expect(efisiensi(100, 80, null, "sisa")).toBeCloseTo(0.2, 12);
  });
  test("bersyarat counts efficiency only when the target is met", () => {
    expect(efisiensi(100, 80, 1, "bersyarat")).toBeCloseTo(0.2, 12);
    expect(efisiensi(100, 80, 0.99, "bersyarat")).toBe(0);
  });
  test("selisih: capaian − serapan; rasio: serapan / capaian", () => {
    expect(efisiensi(100, 80, 1.1, "selisih")).toBeCloseTo(0.3, 12);
    expect(efisiensi(100, 80, 1.6, "rasio")).toBeCloseTo(0.5, 12);
    expect(code(efisiensi(100, 80, 0, "rasio"))).toBe("#DIV/0!");
  });
  test("methods that need capaian say so", () => {
    const r = efisiensi(100, 80, null, "selisih");
    expect(isSakipError(r) && r.message).toMatch(/memerlukan capaian/);
  });
  test("method names", () => {
    expect(parseMetodeEfisiensi(null)).toBe("sisa");
    expect(parseMetodeEfisiensi("serapan/capaian")).toBe("rasio");
    expect(code(parseMetodeEfisiensi("x"))).toBe("#VALUE!");
  });
});

describe("capaian sasaran", () => {
  test("mean of the indicators; blanks ignored", () => {
    expect(capaianSasaran([1.5, 0.5, null])).toBeCloseTo(1, 12);
  });
  test("weighted mean", () => {
    expect(capaianSasaran([1, 0.5], [3, 1])).toBeCloseTo(0.875, 12);
  });
  test("errors propagate with their position", () => {
    const r = capaianSasaran([1, sakipError("#DIV/0!", "Target 0.")]);
    expect(code(r)).toBe("#DIV/0!");
    expect(isSakipError(r) && r.message).toMatch(/ke-2/);
  });
  test("nothing filled is #N/A; mismatched or bad weights are #VALUE!", () => {
    expect(code(capaianSasaran([null, null]))).toBe("#N/A");
    expect(code(capaianSasaran([1, 2], [1]))).toBe("#VALUE!");
    expect(code(capaianSasaran([1], [null]))).toBe("#VALUE!");
    expect(code(capaianSasaran([1], [-1]))).toBe("#VALUE!");
    expect(code(capaianSasaran([1], [0]))).toBe("#DIV/0!");
  });
});

describe("akumulasi (jenis akumulasi)", () => {
  test("kumulatif sums filled quarters; 0 is a value", () => {
    expect(akumulasi([10, 0, 5, null], "kumulatif")).toBe(15);
  });
  test("nilai_akhir takes the last filled quarter, never a sum of percentages", () => {
    expect(akumulasi([0.2, 0.35, null, null], "nilai_akhir")).toBe(0.35);
    expect(akumulasi([0.2, 0.35, 0, null], "nilai_akhir")).toBe(0);
  });
  test("nothing filled is null (not reported)", () => {
    expect(akumulasi([null, null], "kumulatif")).toBeNull();
  });
  test("words", () => {
    expect(parseJenisAkumulasi("Nilai Akhir")).toBe("nilai_akhir");
    expect(parseJenisAkumulasi("stock")).toBe("nilai_akhir");
    expect(parseJenisAkumulasi(undefined)).toBe("kumulatif");
  });
});
