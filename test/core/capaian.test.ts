import fc from "fast-check";
import { isSakipError } from "../../src/core/errors";
import { capaian, parseMetodeNegatif, parsePolaritas } from "../../src/core/rules/capaian";

const value = (x: unknown) => {
  if (typeof x !== "number") throw new Error(`expected a number, got ${JSON.stringify(x)}`);
  return x;
};
const code = (x: unknown) => (isSakipError(x) ? x.code : "no error");

describe("capaian: positive polarity", () => {
  test("realisasi ÷ target", () => {
    expect(value(capaian(70.85, 70.2))).toBeCloseTo(1.009259259, 9);
    expect(value(capaian(0.74, 2))).toBeCloseTo(0.37, 12);
  });
  test("from unrounded values: 60/165 against 21% is 173,16%, not the report's 173,14%", () => {
    expect(value(capaian(60 / 165, 0.21))).toBeCloseTo(1.7316017, 7);
    expect(value(capaian(0.3636, 0.21))).toBeCloseTo(1.7314286, 7);
  });
  test("realisasi 0 is a value: capaian 0", () => {
    expect(capaian(0, 5)).toBe(0);
  });
});

describe("capaian: negative polarity", () => {
  test("selisih (default): (2T − R) / T; T=10, R=8 → 120%", () => {
    expect(value(capaian(8, 10, { polaritas: "negatif" }))).toBeCloseTo(1.2, 12);
    expect(value(capaian(12, 10, { polaritas: "negatif" }))).toBeCloseTo(0.8, 12);
    expect(value(capaian(25, 10, { polaritas: "negatif" }))).toBeCloseTo(-0.5, 12);
  });
  test("rasio: T / R; T=10, R=8 → 125%", () => {
    expect(value(capaian(8, 10, { polaritas: "negatif", metode: "rasio" }))).toBeCloseTo(1.25, 12);
  });
  test("rasio with realisasi 0 is #DIV/0!, not infinity", () => {
    expect(code(capaian(0, 10, { polaritas: "negatif", metode: "rasio" }))).toBe("#DIV/0!");
  });
});

describe("capaian: range target [a, b]", () => {
  const opsi = { polaritas: "rentang" as const, targetAtas: 20 };
  test("inside the range is 100%, bounds included", () => {
    expect(capaian(10, 10, opsi)).toBe(1);
    expect(capaian(15, 10, opsi)).toBe(1);
    expect(capaian(20, 10, opsi)).toBe(1);
  });
  test("below a: R / a; above b: (2b − R) / b", () => {
    expect(value(capaian(8, 10, opsi))).toBeCloseTo(0.8, 12);
    expect(value(capaian(24, 10, opsi))).toBeCloseTo(0.8, 12);
    expect(value(capaian(25, 10, { ...opsi, metode: "rasio" }))).toBeCloseTo(0.8, 12);
  });
  test("missing or inverted upper bound is #VALUE!", () => {
    expect(code(capaian(8, 10, { polaritas: "rentang" }))).toBe("#VALUE!");
    expect(code(capaian(8, 10, { polaritas: "rentang", targetAtas: 5 }))).toBe("#VALUE!");
  });
});

describe("capaian: blanks, zeros, caps", () => {
  test("target 0 is #DIV/0!, blank target #N/A, blank realisasi #N/A (not reported)", () => {
    expect(code(capaian(5, 0))).toBe("#DIV/0!");
    expect(code(capaian(5, null))).toBe("#N/A");
    const r = capaian(null, 5);
    expect(code(r)).toBe("#N/A");
    expect(isSakipError(r) && r.message).toMatch(/belum dilaporkan/);
  });
  test("batas caps the result only when given", () => {
    expect(capaian(30, 10, { batas: 1.2 })).toBe(1.2);
    expect(capaian(11, 10, { batas: 1.2 })).toBeCloseTo(1.1, 12);
    expect(capaian(30, 10)).toBe(3);
  });
});

describe("polarity and method words", () => {
  test.each([
    ["positif", "positif"],
    ["Naik", "positif"],
    ["meningkat", "positif"],
    ["MAKSIMAL", "positif"],
    ["+", "positif"],
    ["", "positif"],
    [null, "positif"],
    ["negatif", "negatif"],
    ["turun", "negatif"],
    ["Menurun", "negatif"],
    ["minimal", "negatif"],
    ["-", "negatif"],
    ["lower is better", "negatif"],
    ["rentang", "rentang"],
    ["stabil", "rentang"],
    ["Range", "rentang"],
  ])("%s → %s", (word, expected) => {
    expect(parsePolaritas(word)).toBe(expected);
  });
  test("unknown words list the valid choices", () => {
    const r = parsePolaritas("kadang");
    expect(code(r)).toBe("#VALUE!");
    expect(isSakipError(r) && r.message).toMatch(/positif, negatif, rentang/);
    expect(code(parseMetodeNegatif("median"))).toBe("#VALUE!");
    expect(parseMetodeNegatif("T/R")).toBe("rasio");
  });
});

describe("properties", () => {
  const positive = fc.double({ min: 0.01, max: 1e6, noNaN: true });
  const real = fc.double({ min: 0, max: 1e6, noNaN: true });
  test("capaian is non-decreasing in realisasi for positive polarity and non-increasing for negative", () => {
    fc.assert(
      fc.property(positive, real, real, (t, r1, r2) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        expect(value(capaian(lo, t))).toBeLessThanOrEqual(value(capaian(hi, t)));
        expect(value(capaian(lo, t, { polaritas: "negatif" }))).toBeGreaterThanOrEqual(
          value(capaian(hi, t, { polaritas: "negatif" })),
        );
        expect(value(capaian(lo + 0.001, t, { polaritas: "negatif", metode: "rasio" }))).toBeGreaterThanOrEqual(
          value(capaian(hi + 0.001, t, { polaritas: "negatif", metode: "rasio" })),
        );
      }),
    );
  });
  test("negative selisih mirrors positive around 100%: neg(T, R) = 2 − pos(T, R)", () => {
    fc.assert(
      fc.property(positive, real, (t, r) => {
        const [neg, mirrored] = [value(capaian(r, t, { polaritas: "negatif" })), 2 - value(capaian(r, t))];
        expect(Math.abs(neg - mirrored)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(mirrored)));
      }),
    );
  });
  test("a range target rises to 100% below a, stays there, and falls above b", () => {
    fc.assert(
      fc.property(positive, positive, real, real, (a, width, r1, r2) => {
        const opsi = { polaritas: "rentang" as const, targetAtas: a + width };
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const [cLo, cHi] = [value(capaian(lo, a, opsi)), value(capaian(hi, a, opsi))];
        expect(Math.max(cLo, cHi)).toBeLessThanOrEqual(1 + 1e-12);
        if (hi <= a) expect(cLo).toBeLessThanOrEqual(cHi);
        if (lo >= a + width) expect(cLo).toBeGreaterThanOrEqual(cHi);
      }),
    );
  });
});
