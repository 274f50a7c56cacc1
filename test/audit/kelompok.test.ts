/**
 * One grouping of findings repeated cell by cell (src/core/temuan-kelompok.ts), on plain findings: what is one
 * finding, what stays apart, the group's sentence in both languages, its cells, count and ranges.
 */
import { a1 } from "../../src/core/grid";
import type { Temuan } from "../../src/core/model";
import {
  bingkai,
  hitungTingkat,
  kelompokkanTemuan,
  perSel,
  rentangSel,
  rujukanRentang,
  selLain,
} from "../../src/core/temuan-kelompok";

const tak = (sheet: string, cell: string, teks: string, sev: Temuan["severity"] = "error"): Temuan => ({
  severity: sev,
  code: "ANGKA_TAK_TERBACA",
  message: `Pagu "${teks}" bukan angka yang dikenali.`,
  messageEn: `Budget (pagu) "${teks}" is not a recognised number.`,
  sheet,
  cell,
  found: teks,
  expected: "angka",
});

/** A typed number over a column's formula, as cek-rumus.ts writes it: the row's name and figures in it. */
type Konstanta = Temuan & {
  cell: string;
  sel: { sheet: string; cell: string }[];
  tertulis: number;
  seharusnya: number;
  penyebab: string;
  penyebabEn: string;
};
const konstanta = (row: number, nama: string, v: number, f: number): Konstanta => ({
  severity: "error" as const,
  code: "RUMUS_KONSTANTA" as const,
  message: `${nama}: 1 sel diketik, padahal baris lain di kolomnya berumus sama (30 baris): K${row} diketik ${v}, rumus kolomnya =H${row}/C${row}*100 = ${f}.`,
  messageEn: `${nama}: 1 cell is typed where the other rows of the column share one formula (30 rows): K${row} typed ${v}, its column's formula =H${row}/C${row}*100 = ${f}.`,
  sheet: "Cetak",
  cell: `K${row}`,
  sel: [{ sheet: "Cetak", cell: `K${row}` }],
  tertulis: v,
  seharusnya: f,
  penyebab: "Angka diketik menimpa rumus",
  penyebabEn: "A typed number over a formula",
});

describe("a finding repeated down a column is one, with its range, count and cells", () => {
  test("typed numbers on K13:K20 and K25: one finding for the run, the row apart stays apart", () => {
    const rows = [13, 14, 15, 16, 17, 18, 19, 20, 25];
    const list = rows.map((r, i) => konstanta(r, `Sub Kegiatan ${i + 1}`, 0, 40 + i));
    const g = kelompokkanTemuan(list);
    expect(g).toHaveLength(2);
    const [run, sendiri] = g;
    expect([run.cell, run.rentang, run.jumlah]).toEqual(["K13:K20", "K13:K20", 8]);
    expect(run.cells).toEqual(["K13", "K14", "K15", "K16", "K17", "K18", "K19", "K20"]);
    expect(run.message).toBe(
      "8 sel (K13:K20), temuan sejenis; yang pertama, K13: Sub Kegiatan 1: 1 sel diketik, padahal baris lain di kolomnya berumus sama (30 baris): K13 diketik 0, rumus kolomnya =H13/C13*100 = 40.",
    );
    expect(run.messageEn).toMatch(/^8 cells \(K13:K20\), findings of one kind; the first, K13: Sub Kegiatan 1: 1 cell/);
    // What all share stays (0 typed, the cause); what differs is each member's own.
    expect([run.found, (run as { tertulis?: number }).tertulis, (run as { seharusnya?: number }).seharusnya]).toEqual([
      undefined,
      0,
      undefined,
    ]);
    expect((run as { penyebab?: string }).penyebab).toBe("Angka diketik menimpa rumus");
    expect(run.anggota!.map((t) => (t as { seharusnya?: number }).seharusnya)).toEqual([
      40, 41, 42, 43, 44, 45, 46, 47,
    ]);
    expect(sendiri).toBe(list[8]);
    expect(perSel(g)).toEqual(list);
  });

  test("the same sentence but for its cells: one finding over the sheet, its ranges written with gaps", () => {
    const list = [
      ...[13, 14, 15, 16, 17, 18, 19, 20, 25].map((r) => tak("Input", `K${r}`, "Rp")),
      tak("Input", "M2", "Rp"),
    ];
    const [g] = kelompokkanTemuan(list);
    expect([g.cell, g.rentang, g.jumlah]).toEqual(["K13:K20", "K13:K20,K25,M2", 10]);
    expect(g.message).toBe('10 sel (K13:K20, K25, M2): Pagu "Rp" bukan angka yang dikenali.');
    expect(g.messageEn).toBe('10 cells (K13:K20, K25, M2): Budget (pagu) "Rp" is not a recognised number.');
    // The same sentence: its members are not repeated in --json, but the cells are all there.
    expect(g.anggota).toBeUndefined();
    expect(g.cells).toHaveLength(10);
    expect(perSel([g])).toEqual(list);
  });

  test("cell errors: one finding per sheet and error, whatever column (the RFK's 46 #REF!)", () => {
    const galat = (cell: string, label: string, e: string): Temuan => ({
      severity: "error",
      code: "SEL_GALAT",
      message: `Sel ${label} berisi galat ${e}; nilainya tidak dipakai.`,
      sheet: "Cetak",
      cell,
      found: e,
    });
    const list = [
      ...Array.from({ length: 39 }, (_, i) => galat(a1(12 + i, 10), "realisasi", "#REF!")),
      galat("D40", "pagu", "#REF!"),
      galat("D53", "pagu", "#REF!"),
      galat("J12", "serapan", "#DIV/0!"),
    ];
    const g = kelompokkanTemuan(list);
    expect(g.map((t) => [t.cell, t.jumlah, t.message])).toEqual([
      ["D40", 41, "41 sel berisi #REF! (D40, D53, K13:K51); nilainya tidak dipakai."],
      ["J12", undefined, "Sel serapan berisi galat #DIV/0!; nilainya tidak dipakai."],
    ]);
    // Members with no English sentence: the group has none either (shown in Indonesian, marked so), never a mix.
    expect(g[0].messageEn).toBeUndefined();
  });
});

describe("what stays apart", () => {
  test("one kind of sentence on rows apart, or in two sheets, or at another level: not one finding", () => {
    const jauh = [konstanta(13, "A", 0, 40), konstanta(15, "B", 0, 41), konstanta(17, "C", 0, 42)];
    expect(kelompokkanTemuan(jauh)).toEqual(jauh);
    const dua = [tak("A", "C8", "Rp"), tak("B", "C9", "Rp")];
    expect(kelompokkanTemuan(dua)).toEqual(dua);
    const tingkat = [tak("A", "C8", "x"), tak("A", "C9", "y", "warning")];
    expect(kelompokkanTemuan(tingkat)).toEqual(tingkat);
  });

  test("two sentences of another kind on adjacent cells: apart (a pagu read and a total that differs)", () => {
    const lain: Temuan = {
      severity: "error",
      code: "ANGKA_TAK_TERBACA",
      message: 'Realisasi anggaran "Rp" bukan angka yang dikenali.',
      sheet: "Input",
      cell: "C9",
    };
    const list = [tak("Input", "C8", "Rp"), lain];
    expect(kelompokkanTemuan(list)).toEqual(list);
  });

  test("a finding without a cell, or over a range already, is kept as it is", () => {
    const tanpa: Temuan = {
      severity: "warning",
      code: "TABEL_TAK_DITEMUKAN",
      message: "Tabel realisasi tidak ditemukan.",
    };
    const list = [tanpa, tanpa];
    expect(kelompokkanTemuan(list)).toEqual(list);
  });
});

describe("along a row", () => {
  test("the pagu and realisasi of one parent, side by side: one finding over C10:D10", () => {
    const induk = (cell: string, isian: string, a: number, b: number): Temuan => ({
      severity: "error",
      code: "JUMLAH_INDUK_BERBEDA",
      message: `${isian} Program X: tertulis ${a}, jumlah rinciannya ${b}.`,
      sheet: "DPA",
      cell,
    });
    const [g] = kelompokkanTemuan([induk("C10", "Pagu", 100, 90), induk("D10", "Realisasi", 80, 70)]);
    expect([g.cell, g.rentang, g.jumlah, g.cells]).toEqual(["C10:D10", "C10:D10", 2, ["C10", "D10"]]);
  });
});

describe("the pieces", () => {
  test("a sentence's frame masks the row's subject, quoted texts, cells and figures", () => {
    expect(bingkai('Sub 1: K13 diketik 1.234,5, rumus "=H13/C13" = 48,69%.')).toBe("«»: § diketik #, rumus «» = #%.");
    expect(bingkai("Baris 7 tanpa kode.")).toBe("Baris # tanpa kode.");
  });

  test("ranges column by column, side-by-side columns of the same rows as one rectangle", () => {
    expect(rentangSel(["K13", "K14", "K15", "L13", "L14", "L15", "M20"])).toEqual(["K13:L15", "M20"]);
    expect(rentangSel(["K13", "K20", "K14"])).toEqual(["K13:K14", "K20"]);
  });

  test("cells of several sheets as ranges, each sheet quoted the project's one way", () => {
    expect(
      rujukanRentang([
        { sheet: "3.6 Efisiensi", cell: "G7" },
        { sheet: "Input", cell: "M17" },
        { sheet: "3.6 Efisiensi", cell: "G8" },
        { sheet: "3.6 Efisiensi", cell: "G22" },
      ]),
    ).toBe("'3.6 Efisiensi'!G7:G8, G22, Input!M17");
  });

  test("a group's other cells leave its own out; counts per level count a group once and its cells beside", () => {
    const list = [13, 14, 15].map((r, i) => konstanta(r, `S${i}`, 0, i));
    const g = kelompokkanTemuan([
      ...list.map((t) => ({ ...t, sel: [...t.sel, { sheet: "Cetak", cell: `H${t.cell.slice(1)}` }] })),
      tak("Input", "C8", "Rp", "warning"),
    ]);
    expect(selLain(g[0] as Temuan & { sel: { sheet: string; cell: string }[] })).toEqual([
      { sheet: "Cetak", cell: "H13" },
      { sheet: "Cetak", cell: "H14" },
      { sheet: "Cetak", cell: "H15" },
    ]);
    expect(hitungTingkat(g)).toEqual({
      error: { temuan: 1, sel: 3 },
      warning: { temuan: 1, sel: 1 },
      info: { temuan: 0, sel: 0 },
    });
  });
});
