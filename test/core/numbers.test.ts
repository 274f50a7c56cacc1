import fc from "fast-check";
import { isSakipError } from "../../src/core/errors";
import { formatAngka, formatPersen, formatRupiah, parseAngka } from "../../src/core/numbers";

describe("parseAngka: Indonesian forms", () => {
  test.each([
    ["36,36%", 0.3636],
    ["0,74%", 0.0074],
    ["7,5", 7.5],
    ["Rp 1.234.567", 1234567],
    ["Rp32.300.612.788", 32300612788],
    ["Rp. 9.742.688.724", 9742688724],
    ["Rp 1.500.000,-", 1500000],
    ["1.371.808", 1371808],
    ["1.234.567,89", 1234567.89],
    ["  21 % ", 0.21],
    ["(1.234)", -1234],
    ["-7,5", -7.5],
    ["\u22127,5", -7.5],
    ["1\u00a0234\u00a0567", 1234567],
    ["Rp -", 0],
    ["-", 0],
  ])("%s → %d", (text, expected) => {
    expect(parseAngka(text)).toBeCloseTo(expected, 12);
  });
});

describe("parseAngka: English forms", () => {
  test.each([
    ["32,300,612,788", 32300612788],
    ["90.50%", 0.905],
    ["70.20", 70.2],
    ["1,234,567.89", 1234567.89],
    ["0.740", 0.74],
    ["1234.567", 1234.567],
    ["1e3", 1000],
  ])("%s → %d", (text, expected) => {
    expect(parseAngka(text)).toBeCloseTo(expected, 12);
  });
});

describe("parseAngka: the ambiguous form (one mark, then exactly three digits)", () => {
  test("is read the Indonesian way by default", () => {
    expect(parseAngka("1.234")).toBe(1234);
    expect(parseAngka("1,234")).toBeCloseTo(1.234, 12);
    expect(parseAngka("10.167")).toBe(10167);
  });
  test("is read the English way on request", () => {
    expect(parseAngka("1.234", { ambigu: "en" })).toBeCloseTo(1.234, 12);
    expect(parseAngka("2,114", { ambigu: "en" })).toBe(2114);
  });
  test("a leading zero can never group thousands", () => {
    expect(parseAngka("0.123")).toBeCloseTo(0.123, 12);
    expect(parseAngka("0,123", { ambigu: "en" })).toBeCloseTo(0.123, 12);
  });
});

describe("parseAngka: blanks and non-numbers", () => {
  test("blank is null (not reported), never 0", () => {
    expect(parseAngka("")).toBeNull();
    expect(parseAngka("   ")).toBeNull();
    expect(parseAngka(null)).toBeNull();
    expect(parseAngka(undefined)).toBeNull();
  });
  test("numbers pass through; 0 stays 0", () => {
    expect(parseAngka(0)).toBe(0);
    expect(parseAngka(70.85)).toBe(70.85);
  });
  test.each(["abc", "2 dokumen", "1.2.3,4,5", "12,34,56", "1..2", "%", "Rp", "=1+1", "1.23.456"])(
    "%s is #VALUE! naming the text",
    (text) => {
      const r = parseAngka(text);
      expect(isSakipError(r) && r.code).toBe("#VALUE!");
      expect(isSakipError(r) && r.message).toContain(text.trim().slice(0, 10));
    },
  );
  test("booleans and non-finite numbers are errors", () => {
    expect(isSakipError(parseAngka(true))).toBe(true);
    expect(isSakipError(parseAngka(Infinity))).toBe(true);
    expect(isSakipError(parseAngka(NaN))).toBe(true);
  });
  test("a 10,000-character cell gives a short message", () => {
    const r = parseAngka("x".repeat(10000));
    expect(isSakipError(r) && r.message.length).toBeLessThan(120);
  });
});

describe("formatting id-ID", () => {
  test("thousands with dots, decimals with a comma", () => {
    expect(formatAngka(32300612788)).toBe("32.300.612.788");
    expect(formatAngka(70.85)).toBe("70,85");
    expect(formatRupiah(29231216957)).toBe("Rp 29.231.216.957");
  });
  test("percentages", () => {
    expect(formatPersen(60 / 165 / 0.21)).toBe("173,16%");
    expect(formatPersen(0.37)).toBe("37,00%");
    expect(formatPersen(29231216957 / 32300612788)).toBe("90,50%");
  });
  test("format then parse is the identity at the printed precision", () => {
    for (const n of [0, 1, 12.5, 1234567.25, 32300612788]) expect(parseAngka(formatAngka(n))).toBeCloseTo(n, 2);
  });
});

test("formatting for an English output: comma groups, point decimals", () => {
  expect(formatAngka(70.85, 2, 0, "en")).toBe("70.85");
  expect(formatRupiah(32300612788, "en")).toBe("Rp 32,300,612,788");
  expect(formatPersen(60 / 165 / 0.21, 2, "en")).toBe("173.16%");
  expect(parseAngka(formatAngka(1234567.25, 2, 0, "en"), { ambigu: "en" })).toBe(1234567.25);
});

describe("the fast path for plain numbers agrees with the general reading", () => {
  test("integers and one- or two-decimal numbers, either mark, either sign", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(",", "."),
        fc.constantFrom(1, 2),
        (int, frac, mark, digits) => {
          const f = String(frac).padStart(2, "0").slice(0, digits);
          const text = `${int}${mark}${f}`;
          expect(parseAngka(text)).toBe(Number(`${int}.${f}`) || 0);
          expect(parseAngka(String(int))).toBe(int || 0);
        },
      ),
    );
  });
});
