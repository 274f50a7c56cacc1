/**
 * The custom functions called directly, as Excel calls them: every argument arrives as a matrix (a single cell is
 * [[v]], an omitted optional argument is null), results are matrices, and errors are CustomFunctions.Error values.
 */
import * as F from "../../src/functions/functions";

interface ErrorValue {
  code: string;
  message?: string;
}
const err = (x: unknown): ErrorValue => {
  if (!(x instanceof CustomFunctions.Error)) throw new Error(`expected an error value, got ${JSON.stringify(x)}`);
  return x;
};

describe("SAKIP.CAPAIAN", () => {
  test("a single cell", () => {
    expect(F.capaian([[70.85]], [[70.2]])[0][0]).toBeCloseTo(1.0092592, 6);
  });
  test("a range spills one result per row; Indonesian text is read as numbers", () => {
    const out = F.capaian([[70.85], ["36,36%"], ["0,74%"]], [[70.2], ["21%"], ["2%"]]);
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBeCloseTo(1.0092592, 6);
    expect(out[1][0]).toBeCloseTo(1.7314286, 6);
    expect(out[2][0]).toBeCloseTo(0.37, 9);
  });
  test("a single target broadcasts over a range of realisasi", () => {
    const out = F.capaian([[1], [2], [3]], [[2]]);
    expect(out.map((r) => r[0])).toEqual([0.5, 1, 1.5]);
  });
  test("a polarity column per row", () => {
    const out = F.capaian([[8], [8]], [[10], [10]], [["positif"], ["menurun"]]);
    expect(out[0][0]).toBeCloseTo(0.8, 12);
    expect(out[1][0]).toBeCloseTo(1.2, 12);
  });
  test("negative rasio, range target, cap", () => {
    expect(F.capaian([[8]], [[10]], [["negatif"]], [["rasio"]])[0][0]).toBeCloseTo(1.25, 12);
    expect(F.capaian([[24]], [[10]], [["rentang"]], null as never, [[20]])[0][0]).toBeCloseTo(0.8, 12);
    expect(F.capaian([[30]], [[10]], null as never, null as never, null as never, [["120%"]])[0][0]).toBeCloseTo(
      1.2,
      12,
    );
  });
  test("target 0 → #DIV/0!", () => {
    expect(err(F.capaian([[5]], [[0]])[0][0]).code).toBe("#DIV/0!");
  });
  test("blank realisasi → #N/A 'belum dilaporkan', never 0", () => {
    for (const blank of [null, ""]) {
      const e = err(F.capaian([[blank]], [[5]])[0][0]);
      expect(e.code).toBe("#N/A");
      expect(e.message).toMatch(/belum dilaporkan/);
    }
  });
  test("unparseable text → #VALUE! naming the value", () => {
    const e = err(F.capaian([["tujuh puluh"]], [[70]])[0][0]);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain('"tujuh puluh"');
  });
  test("unknown polarity → #VALUE! listing the choices", () => {
    const e = err(F.capaian([[1]], [[1]], [["atas"]])[0][0]);
    expect(e.message).toMatch(/positif, negatif, rentang/);
  });
  test("mismatched range sizes → a single #VALUE! saying so", () => {
    const out = F.capaian([[1], [2], [3]], [[1], [2]]);
    expect(out).toHaveLength(1);
    const e = err(out[0][0]);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/3×1 dan 2×1/);
  });
  test("an error value arriving from a cell propagates unchanged", () => {
    const na = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode);
    expect(F.capaian([[na], [2]], [[1], [1]])[0][0]).toBe(na);
  });
});

describe("SAKIP.PREDIKAT", () => {
  test("default three-way scale over a range", () => {
    expect(F.predikat([[0.37], [1], [1.7316]])).toEqual([["Tidak Tercapai"], ["Sesuai Target"], ["Melebihi Target"]]);
  });
  test("named scales", () => {
    expect(F.predikat([[70.85]], [["sakip"]])).toEqual([["BB"]]);
    expect(F.predikat([[0.9]], [["lima"]])).toEqual([["Baik"]]);
  });
  test("a two-column range is the user's own table", () => {
    expect(
      F.predikat(
        [[0.95], [0.5]],
        [
          [0.9, "Hijau"],
          [0, "Merah"],
        ],
      ),
    ).toEqual([["Hijau"], ["Merah"]]);
  });
  test("unknown scale → #VALUE! listing the choices; 95 on a ratio scale → #VALUE!", () => {
    expect(err(F.predikat([[1]], [["bintang"]])[0][0]).message).toMatch(/tiga, lima/);
    expect(err(F.predikat([[95]])[0][0]).message).toMatch(/rasio/);
  });
});

describe("SAKIP.CAPAIAN_SASARAN", () => {
  test("mean, blanks ignored", () => {
    expect(F.capaian_sasaran([[1.7316], [0.37], [null]])[0][0]).toBeCloseTo(1.0508, 12);
  });
  test("weighted", () => {
    expect(F.capaian_sasaran([[1], [0.5]], [[3], [1]])[0][0]).toBeCloseTo(0.875, 12);
  });
  test("an error cell in the range propagates with its message", () => {
    const na = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode, "Target kosong");
    const e = err(F.capaian_sasaran([[1], [na]])[0][0]);
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/ke-2.*Target kosong/);
  });
  test("weights of another size → #VALUE!", () => {
    expect(err(F.capaian_sasaran([[1], [2]], [[1]])[0][0]).code).toBe("#VALUE!");
  });
});

describe("budget functions", () => {
  test("SERAPAN, SISA, EFISIENSI, PERSENTASE on the agency total", () => {
    expect(F.serapan_anggaran([["Rp 29.231.216.957"]], [["Rp 32.300.612.788"]])[0][0]).toBeCloseTo(0.904974, 6);
    expect(F.sisa_anggaran([[32300612788]], [[29231216957]])[0][0]).toBe(3069395831);
    expect(F.efisiensi_anggaran([[100]], [[80]])[0][0]).toBeCloseTo(0.2, 12);
    expect(F.efisiensi_anggaran([[100]], [[80]], [[1.1]], [["selisih"]])[0][0]).toBeCloseTo(0.3, 12);
    expect(F.persentase_rasio([[60]], [[165]])[0][0]).toBeCloseTo(0.363636, 6);
  });
  test("pagu 0 → #DIV/0!; negative pagu → #VALUE!", () => {
    expect(err(F.serapan_anggaran([[1]], [[0]])[0][0]).code).toBe("#DIV/0!");
    expect(err(F.sisa_anggaran([[-5]], [[1]])[0][0]).code).toBe("#VALUE!");
  });
});

describe("SAKIP.AKUMULASI and SAKIP.ANGKA", () => {
  test("one value per row: kumulatif sums, nilai_akhir takes the last filled quarter", () => {
    const tw = [
      [10, 20, null, null],
      ["25%", "30%", "", ""],
    ];
    expect(F.akumulasi_tw(tw)[0][0]).toBe(30);
    expect(F.akumulasi_tw(tw, [["nilai akhir"]])[1][0]).toBeCloseTo(0.3, 12);
    expect(err(F.akumulasi_tw([[null, null]])[0][0]).code).toBe("#N/A");
  });
  test("ANGKA parses Indonesian and English text", () => {
    expect(F.angka_teks([["Rp 1.234.567"], ["36,36%"], ["32,300,612,788"]])).toEqual([
      [1234567],
      [0.3636],
      [32300612788],
    ]);
    expect(err(F.angka_teks([["abc"]])[0][0]).code).toBe("#VALUE!");
  });
});

describe("error messages in Excel's display language", () => {
  const office = globalThis as { Office?: unknown };
  afterEach(() => delete office.Office);
  test("English Excel: the rule's and the function's own errors in English; Indonesian otherwise", () => {
    office.Office = { context: { displayLanguage: "en-US" } };
    expect(err(F.capaian([[null]], [[5]])[0][0]).message).toBe("Actual not reported yet (blank cell).");
    expect(err(F.capaian([[1]], [[1]], [["atas"]])[0][0]).message).toBe(
      'Polarity "atas" is not known. Choices: positif, negatif, rentang.',
    );
    expect(err(F.capaian([[1], [2], [3]], [[1], [2]])[0][0]).message).toBe("Ranges differ in size: 3×1 and 2×1.");
    office.Office = { context: { displayLanguage: "id-ID" } };
    expect(err(F.capaian([[null]], [[5]])[0][0]).message).toBe("Realisasi belum dilaporkan (sel kosong).");
  });
});
