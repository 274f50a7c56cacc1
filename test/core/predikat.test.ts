import fc from "fast-check";
import { isSakipError } from "../../src/core/errors";
import { SKALA, WARNA_PREDIKAT, parseSkala, pitaUntuk, predikat, skalaPengguna } from "../../src/core/rules/predikat";

const label = (v: number, skala: string) => {
  const r = predikat(v, SKALA[skala]);
  if (isSakipError(r)) throw new Error(r.message);
  return r;
};
// ±0.01 of the scale's printed unit: 0.01 percentage point on ratio scales, 0.01 point on score scales.
const PP = 0.0001;

describe("three-way scale (the seed's table)", () => {
  test.each([
    [1 - PP, "Tidak Tercapai"],
    [1, "Sesuai Target"],
    [1 + PP, "Melebihi Target"],
    [0.37, "Tidak Tercapai"],
    [70.85 / 70.2, "Melebihi Target"],
    [0, "Tidak Tercapai"],
    [-0.5, "Tidak Tercapai"],
  ])("%d → %s", (v, expected) => expect(label(v, "tiga")).toBe(expected));
  test("100% computed with float noise is still Sesuai Target", () => {
    expect(label((0.1 + 0.2) / 0.3, "tiga")).toBe("Sesuai Target");
    expect(label(0.7 / 0.7000000000000001, "tiga")).toBe("Sesuai Target");
  });
});

describe("five-band scale (seed, Permendagri 54/2010), gap (89,99; 90] closed into Baik", () => {
  test.each([
    [0.9 + PP, "Sangat Baik"],
    [0.9, "Baik"],
    [0.8999, "Baik"],
    [0.89995, "Baik"],
    [0.9 - PP, "Baik"],
    [0.75, "Baik"],
    [0.75 - PP, "Cukup"],
    [0.65, "Cukup"],
    [0.65 - PP, "Kurang"],
    [0.5, "Kurang"],
    [0.5 - PP, "Sangat Kurang"],
    [0, "Sangat Kurang"],
    [1.7316, "Sangat Baik"],
  ])("%d → %s", (v, expected) => expect(label(v, "lima")).toBe(expected));
});

describe("Permendagri 86/2017", () => {
  test.each([
    [0.91, "Sangat Tinggi"],
    [0.91 - PP, "Tinggi"],
    [0.76, "Tinggi"],
    [0.76 - PP, "Sedang"],
    [0.66, "Sedang"],
    [0.66 - PP, "Rendah"],
    [0.51, "Rendah"],
    [0.51 - PP, "Sangat Rendah"],
    [1.2, "Sangat Tinggi"],
  ])("%d → %s", (v, expected) => expect(label(v, "permendagri86")).toBe(expected));
});

describe("SAKIP grade AA–D (PermenPANRB 88/2021, lower bounds exclusive)", () => {
  test.each([
    [90.01, "AA"],
    [90, "A"],
    [80.01, "A"],
    [80, "BB"],
    [70.01, "BB"],
    [70, "B"],
    [60.01, "B"],
    [60, "CC"],
    [50.01, "CC"],
    [50, "C"],
    [30.01, "C"],
    [30, "D"],
    [0, "D"],
    [100, "AA"],
    [70.85, "BB"],
  ])("%d → %s", (v, expected) => expect(label(v, "sakip")).toBe(expected));
  test("a score outside 0–100 is #VALUE!", () => {
    expect(isSakipError(predikat(100.01, SKALA.sakip))).toBe(true);
    expect(isSakipError(predikat(-0.01, SKALA.sakip))).toBe(true);
  });
});

describe("koperasi health", () => {
  test.each([
    [80, "Sehat"],
    [79.99, "Cukup Sehat"],
    [66, "Cukup Sehat"],
    [65.99, "Dalam Pengawasan"],
    [51, "Dalam Pengawasan"],
    [50.99, "Dalam Pengawasan Khusus"],
    [0, "Dalam Pengawasan Khusus"],
  ])("%d → %s", (v, expected) => expect(label(v, "koperasi")).toBe(expected));
});

describe("efficiency scales", () => {
  test.each([
    [0.05 + PP, "Efisien"],
    [0.05, "Cukup Efisien"],
    [-0.05, "Cukup Efisien"],
    [-0.05 - PP, "Tidak Efisien"],
  ])("selisih %d → %s", (v, expected) => expect(label(v, "efisiensi_selisih")).toBe(expected));
  test.each([
    [0.6 - PP, "Sangat Efisien"],
    [0.6, "Efisien"],
    [0.8 - PP, "Efisien"],
    [0.8, "Cukup Efisien"],
    [1, "Cukup Efisien"],
    [1 + PP, "Tidak Efisien"],
  ])("rasio %d → %s", (v, expected) => expect(label(v, "efisiensi_rasio")).toBe(expected));
});

describe("ratios and scores are never confused silently", () => {
  test("a ratio scale rejects 95 (a percentage typed as a number)", () => {
    const r = predikat(95, SKALA.tiga);
    expect(isSakipError(r) && r.code).toBe("#VALUE!");
    expect(isSakipError(r) && r.message).toMatch(/rasio/);
  });
  test("scale names and synonyms; unknown scale lists the choices", () => {
    expect((parseSkala(null) as { id: string }).id).toBe("tiga");
    expect((parseSkala("Permendagri 86") as { id: string }).id).toBe("permendagri86");
    expect((parseSkala("AA-D") as { id: string }).id).toBe("sakip");
    const r = parseSkala("bintang");
    expect(isSakipError(r) && r.message).toMatch(/tiga, lima, permendagri86, sakip, koperasi/);
  });
});

describe("user table of lower bounds", () => {
  test("labels by the highest bound reached, bounds inclusive, any order, text bounds", () => {
    const s = skalaPengguna([
      ["50%", "Cukup"],
      [0.9, "Tinggi"],
      [0, "Rendah"],
    ]);
    if (isSakipError(s)) throw new Error(s.message);
    expect(predikat(0.9, s)).toBe("Tinggi");
    expect(predikat(0.8999, s)).toBe("Cukup");
    expect(predikat(0.5, s)).toBe("Cukup");
    expect(predikat(0.4999, s)).toBe("Rendah");
    const below = predikat(-1, s);
    expect(isSakipError(below) && below.code).toBe("#N/A");
  });
  test("bad tables are #VALUE!", () => {
    expect(isSakipError(skalaPengguna([]))).toBe(true);
    expect(isSakipError(skalaPengguna([["abc", "X"]]))).toBe(true);
    expect(isSakipError(skalaPengguna([[1, ""]]))).toBe(true);
    expect(
      isSakipError(
        skalaPengguna([
          [1, "A"],
          [1, "B"],
        ]),
      ),
    ).toBe(true);
  });
});

describe("properties", () => {
  test("labels never skip a band: as the value rises the band never falls, and a band passed over lies wholly inside the step", () => {
    // The three-way scale's "Sesuai Target" is one point wide (100% within a 1e-9 tolerance): a step may pass over
    // it, but only when its bound lies between the two values; the next test shows it is reachable.
    for (const skala of Object.values(SKALA)) {
      const lo = skala.masukan === "skor" ? 0 : -1;
      const hi = skala.masukan === "skor" ? 100 : 3;
      fc.assert(
        fc.property(fc.double({ min: lo, max: hi, noNaN: true }), (start) => {
          let prev: { v: number; index: number } | undefined;
          for (let v = start; v <= Math.min(hi, start + (hi - lo) / 4); v += (hi - lo) / 4000) {
            const p = pitaUntuk(v, skala);
            if (isSakipError(p)) throw new Error(p.message);
            const index = skala.pita.length - 1 - skala.pita.indexOf(p);
            if (prev) {
              expect(index).toBeGreaterThanOrEqual(prev.index);
              for (let k = prev.index + 1; k < index; k++) {
                const skipped = skala.pita[skala.pita.length - 1 - k];
                expect(skipped.min >= prev.v - 1e-6 && skipped.min <= v + 1e-6).toBe(true);
              }
            }
            prev = { v, index };
          }
        }),
        { numRuns: 20 },
      );
    }
  });
  test("every band is reachable: a value at its lower bound (just above, when the bound is exclusive) lands in it", () => {
    for (const skala of Object.values(SKALA)) {
      for (const p of skala.pita) {
        if (!Number.isFinite(p.min)) continue;
        const v = p.inklusif ? p.min : p.min + 1e-6 * Math.max(1, Math.abs(p.min));
        expect(pitaUntuk(v, skala)).toBe(p);
      }
    }
  });
  test("every band of every named scale has a label and a colour", () => {
    for (const skala of Object.values(SKALA)) {
      for (const p of skala.pita) expect(p.label.length > 0 && /^[0-9A-F]{6}$/.test(p.warna)).toBe(true);
    }
  });
});

test("predikat fills keep black text readable: contrast at least 7:1 (WCAG AA asks 4.5:1)", () => {
  // WCAG 2.x relative luminance and contrast ratio.
  const lum = (hex: string) => {
    const [r, g, b] = [0, 2, 4]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const kontras = (hex: string) => (lum(hex) + 0.05) / 0.05;
  const dipakai = new Set(
    Object.values(SKALA)
      .flatMap((s) => s.pita.map((p) => p.warna))
      .filter((w) => w !== ""),
  );
  expect([...dipakai].sort()).toEqual(Object.values(WARNA_PREDIKAT).sort());
  for (const w of dipakai) expect([w, kontras(w) >= 7]).toEqual([w, true]);
  expect(kontras("FF0000")).toBeLessThan(7); // the pure red it replaces
});
