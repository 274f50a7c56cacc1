/**
 * Precision before recall (issue 20): the shapes that made false galat on workbooks of other agencies — rows sharing
 * a generic name across units, a hidden filtered copy of a sheet, a numbering row, a cumulative column, parents the
 * names do not show — give none on the clean variant of scripts/fixtures-audit.ts; each defect planted in the other
 * variant is found once, at its cell, with the figures arithmetic gives. Then the pieces: grouped cells, formulas
 * written with ranges, the small formula evaluator, and which rows ANTAR_TABEL may compare.
 */
import { bufferPresisi, fixturePresisi, KEGIATAN_DATAR } from "../../scripts/fixtures-audit";
import { periksaLaporan, TemuanAudit } from "../../src/core/audit";
import { barisTemuan } from "../../src/cli/audit";
import { kelompokKode } from "../../src/taskpane/state";
import { hitungRumus } from "../../src/core/audit/hitung-rumus";
import { kelompokkanSel, rentangSel } from "../../src/core/audit/kelompok-sel";
import { perSel } from "../../src/core/temuan-kelompok";
import { rumusRentang } from "../../src/core/audit/temuan";
import { a1, CellValue, Grid } from "../../src/core/grid";
import type { Temuan } from "../../src/core/model";
import path from "node:path";
import { bukaPaket, paketKeGrids, readGrids } from "../../src/xlsx/read";

const line = (t: TemuanAudit) => `${t.severity} ${t.code} '${t.sheet}'!${t.cell}`;
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe("the fixture of other agencies' shapes", () => {
  let bersih: Grid[];
  let tanam: Grid[];
  beforeAll(async () => {
    bersih = paketKeGrids(await bukaPaket(await bufferPresisi(false)));
    tanam = paketKeGrids(await bukaPaket(await bufferPresisi(true)));
  });

  test("the hidden sheet is flagged from workbook.xml, and is the one copy named, never audited", () => {
    expect(bersih.filter((g) => g.tersembunyi).map((g) => g.name)).toEqual(["Rekap Belanja (2)"]);
    expect(bersih.find((g) => g.name === "Rekap Belanja")!.tersembunyi).toBeUndefined();
    const h = periksaLaporan(bersih);
    expect(h.tabel.map((t) => t.sheet)).toEqual(["Rekap Belanja", "Puskesmas", "Evaluasi RPJMD", "Realisasi Kegiatan"]);
    expect(h.temuan.map(line)).toEqual(["info SALINAN_TERSEMBUNYI 'Rekap Belanja (2)'!A1"]);
    expect(h.temuan[0].message).toContain("'Rekap Belanja (2)' (Rekap Belanja)");
  });

  test("clean variant: no galat and no peringatan, though every shape is there", () => {
    const h = periksaLaporan(bersih);
    expect(h.temuan.filter((t) => t.severity !== "info")).toEqual([]);
    // The numbering rows "1 … 10" and "(1) … (6a) …" are no data: 19 + 10 rows of the rekap, 4 indicators, 17 rows.
    expect(h.tabel.map((t) => t.baris)).toEqual([19, 10, 4, 17]);
    // The cumulative column is the capaian to date against the RPJMD's end, never this year's capaian.
    expect(h.tabel[2].isian).toEqual([
      "target_renstra",
      "target",
      "realisasi",
      "capaian",
      "realisasi_sd",
      "capaian_renstra",
    ]);
    // Something was checked: every serapan, sisa and capaian of every row.
    expect(h.diperiksa).toBeGreaterThan(100);
  });

  test("without the hidden copy's flag it is still no source of galat: repeated and generic names are not compared", () => {
    const h = periksaLaporan(bersih.map((g) => ({ ...g, tersembunyi: undefined })));
    // The copy's unit rows (their own kode, an earlier realisasi) may differ from the visible sheet: that is provable.
    expect(h.temuan.filter((t) => t.severity === "error").every((t) => t.code === "ANTAR_TABEL")).toBe(true);
    for (const t of h.temuan.filter((x) => x.code === "ANTAR_TABEL")) expect(t.message).toMatch(/^1\.02\.0\.00/);
  });

  test("planted variant: each planted defect found once, at its cell, with the figures the fixture's data give", () => {
    const { planted } = fixturePresisi(true);
    const h = periksaLaporan(tanam);
    const galat = h.temuan.filter((t) => t.severity !== "info");
    expect(galat.map(line).sort()).toEqual(planted.map((p) => `${p.severity} ${p.code} '${p.sheet}'!${p.cell}`).sort());
    for (const p of planted) {
      const t = galat.find((x) => x.cell === p.cell)!;
      expect(t.tertulis).toBeCloseTo(p.tertulis, 6);
      expect(t.seharusnya).toBeCloseTo(p.seharusnya, 6);
    }
    // Recomputed independently from the fixture's figures.
    const [k1, k2, k3] = KEGIATAN_DATAR;
    const rentang = galat.find((t) => t.code === "RUMUS_RENTANG")!;
    expect(rentang.seharusnya).toBe(sum(k2.subs.map((s) => s.realisasi)));
    expect(rentang.tertulis).toBe(sum(k2.subs.slice(0, 3).map((s) => s.realisasi)));
    expect(rentang.message).toContain("=SUM(D11:D13) menjumlahkan 3 dari 7 baris rinciannya; baris 14–17");
    expect(rentang.message).toContain("padahal C10 =SUM(C11:C17) di baris yang sama menjumlahkan ke-7 baris itu");
    expect(rentang.message).toContain("Seharusnya =SUM(D11:D17): Rp 73.100.000, bukan Rp 35.900.000");
    const rata = galat.find((t) => t.cell === "D18")!;
    expect(rata.message).toContain("=AVERAGE(D19:D21)");
    expect(rata.penyebab).toBe("AVERAGE di tempat SUM: seharusnya =SUM(D19:D21)");
    expect(rata.seharusnya).toBe(sum(k3.subs.map((s) => s.realisasi)));
    const lebih = galat.find((t) => t.code === "REALISASI_LEBIHI_PAGU")!;
    expect(lebih.message).toBe(
      `${k1.subs[0].nama} 2024: realisasi anggaran Rp 4.400.000 melebihi pagu Rp 4.000.000 sebesar Rp 400.000 (serapan 110,00%).`,
    );
    const rasio = galat.find((t) => t.cell === "G15")!;
    expect(rasio.penyebab).toBe("Rumus =C14/$C$22*100 menunjuk baris lain; seharusnya =C15/$C$22*100");
    const ketik = galat.find((t) => t.code === "RUMUS_KONSTANTA")!;
    expect(ketik.message).toContain("G20 diketik 2,5, rumus kolomnya =C20/$C$22*100 = 3,62");
  });
});

describe("findings over a range are one", () => {
  const galat = (sheet: string, cell: string, error: string): Temuan => ({
    severity: "error",
    code: "SEL_GALAT",
    message: `Sel berisi galat ${error}; nilainya tidak dipakai.`,
    sheet,
    cell,
    found: error,
    expected: "angka",
  });

  test("282 error cells of two kinds in two sheets: four findings with their ranges and counts", () => {
    const list: Temuan[] = [];
    for (let r = 12; r <= 45; r++) list.push(galat("Cetak", a1(r, 10), "#REF!")); // K13:K46
    for (let r = 12; r <= 45; r++) list.push(galat("Cetak", a1(r, 11), "#REF!")); // L13:L46
    list.push(galat("Cetak", "D40", "#REF!"));
    for (let r = 11; r <= 103; r++) for (const c of [8, 9]) list.push(galat("1 Disdik", a1(r, c), "#DIV/0!"));
    for (let r = 0; r < 26; r++) list.push(galat("Input", `P${r * 2 + 1}`, "#DIV/0!"));
    list.push(galat("Cetak", "J12", "#DIV/0!"));
    expect(list.length).toBe(282);
    const g = kelompokkanSel(list);
    expect(g.map((t) => `${t.sheet}!${t.cell}`)).toEqual(["Cetak!D40", "1 Disdik!I12:J104", "Input!P1", "Cetak!J12"]);
    expect(g[0].message).toBe("69 sel berisi #REF! (D40, K13:L46); nilainya tidak dipakai.");
    expect(g[1].message).toBe("186 sel berisi #DIV/0! (I12:J104); nilainya tidak dipakai.");
    expect(g[2].message).toMatch(/^26 sel berisi #DIV\/0! \(P1, P3, P5, P7, P9, P11, …\)/);
    expect(g[3]).toBe(list[list.length - 1]);
  });

  test("ranges column by column, side-by-side columns of the same rows as one rectangle", () => {
    expect(rentangSel(["K13", "K14", "K15", "L13", "L14", "L15", "M20"])).toEqual(["K13:L15", "M20"]);
    expect(rentangSel(["B2", "B4"])).toEqual(["B2", "B4"]);
  });

  test("a suggested formula is written with ranges", () => {
    expect(rumusRentang("SUM", "K", [84, 85, 86, 87, 88, 89])).toBe("SUM(K85:K90)");
    expect(rumusRentang("SUM", "D", [10, 11, 12, 15])).toBe("SUM(D11:D13,D16)");
  });

  test("the real RFK's audit prints its cell errors in a few lines, counted (seen on the city's file)", async () => {
    // The layout's error cells, as the fixture of the RFK has none: a stale rekap column of #REF!.
    const values: CellValue[][] = [
      ["Uraian", "Pagu", "Realisasi", "Serapan"],
      ...Array.from({ length: 30 }, (_, i): CellValue[] => [`Sub ${i + 1}`, 100, 50, { error: "#REF!" }]),
    ];
    const h = periksaLaporan([{ name: "Cetak", values }]);
    expect(h.diagnostik.map((d) => `${d.code} ${d.cell}: ${d.message}`)).toEqual([
      "SEL_GALAT D2:D31: 30 sel berisi #REF! (D2:D31); nilainya tidak dipakai.",
    ]);
    expect(h.selTakTerbaca).toBe(30);
  });
});

describe("the CLI prints findings repeated on adjacent cells as one, and many others of one kind as a group", () => {
  test("six typed serapan down one column: one finding, its range and count, printed in one line", () => {
    const values: CellValue[][] = [
      ["Uraian", "Pagu", "Realisasi", "Serapan"],
      ...Array.from({ length: 6 }, (_, i): CellValue[] => [`Sub ${i + 1}`, 100, 50 + i, 0]),
      ...Array.from({ length: 8 }, (_, i): CellValue[] => [`Sub ${i + 7}`, 100, 50, 50]),
    ];
    const h = periksaLaporan([{ name: "RFK", values }]);
    expect(perSel(h.temuan).map(line)).toEqual(
      Array.from({ length: 6 }, (_, i) => `error SERAPAN_HITUNG 'RFK'!D${i + 2}`),
    );
    expect(h.temuan.map(line)).toEqual(["error SERAPAN_HITUNG 'RFK'!D2:D7"]);
    const [t] = h.temuan;
    expect([t.jumlah, t.rentang, t.cells]).toEqual([6, "D2:D7", ["D2", "D3", "D4", "D5", "D6", "D7"]]);
    // Each row's own figures: kept with its member; the group states those all six share (0 typed).
    expect(t.anggota!.map((x) => Number((x as TemuanAudit).seharusnya!.toFixed(9)))).toEqual([50, 51, 52, 53, 54, 55]);
    expect([t.tertulis, t.seharusnya]).toEqual([0, undefined]);
    expect(h.jumlah.SERAPAN_HITUNG).toBe(1);
    const baris = barisTemuan(h.temuan).join("\n").split("\n");
    expect(baris[0]).toBe(
      "  [GALAT] RFK!D2:D7 SERAPAN_HITUNG: 6 sel (D2:D7), temuan sejenis; yang pertama, D2: " +
        perSel(h.temuan)[0].message,
    );
    // The pagu and realisasi cells of the six rows, as ranges.
    expect(baris[1]).toBe("      sel lain: RFK!B2:C7");
    expect(baris).toHaveLength(2);
  });

  test("six typed serapan on rows apart: six findings, one head line with the count and ranges, the first three", () => {
    const values: CellValue[][] = [
      ["Uraian", "Pagu", "Realisasi", "Serapan"],
      ...Array.from({ length: 12 }, (_, i): CellValue[] =>
        i % 2 === 0 ? [`Sub ${i + 1}`, 100, 50 + i, 0] : [`Sub ${i + 1}`, 100, 50, 50],
      ),
    ];
    const h = periksaLaporan([{ name: "RFK", values }]);
    expect(h.temuan.map(line)).toEqual(Array.from({ length: 6 }, (_, i) => `error SERAPAN_HITUNG 'RFK'!D${2 * i + 2}`));
    const baris = barisTemuan(h.temuan);
    expect(baris[0]).toBe("  [GALAT] 'RFK' SERAPAN_HITUNG: 6 temuan (D2, D4, D6, D8, D10, D12)");
    expect(baris.slice(1, 4).map((x) => x.trim().split(" ")[1])).toEqual(["RFK!D2", "RFK!D4", "RFK!D6"]);
    expect(baris[baris.length - 1].trim()).toBe("… dan 3 temuan lain (lihat --json atau lembarnya)");
  });
});

test("the pane groups one severity's findings by code, the long groups collapsed", () => {
  const t = (code: Temuan["code"], cell: string): Temuan => ({
    severity: "error",
    code,
    message: "…",
    sheet: "S",
    cell,
  });
  const g = kelompokKode([
    t("SEL_GALAT", "A1"),
    t("SERAPAN_HITUNG", "B2"),
    t("SEL_GALAT", "A2"),
    t("SEL_GALAT", "A3"),
    t("SEL_GALAT", "A4"),
  ]);
  expect(g.map((x) => [x.code, x.items.map((d) => d.cell).join(","), x.lipat])).toEqual([
    ["SEL_GALAT", "A1,A2,A3,A4", true],
    ["SERAPAN_HITUNG", "B2", false],
  ]);
});

describe("figures in messages as their unit shows them", () => {
  test("an E.81 percentage kept as a fraction is written as a percentage (68,17%, not 0,6817)", async () => {
    const h = periksaLaporan(await readGrids(path.join(__dirname, "../../samples/fixtures/nyata/e81-periksa.xlsx")));
    const w22 = h.temuan.find((t) => t.cell === "W22")!;
    expect(w22.message).toContain("Tertulis 68,17%, seharusnya 67,92% (selisih 0,25%).");
    expect(w22.messageEn).toContain("Stated 68.17%, expected 67.92% (difference 0.25%).");
  });

  test("a tie between tables names no likely cause", () => {
    const t = (name: string, v: number): Grid => ({
      name,
      values: [["Tabel " + name], [], ["Uraian", "Pagu", "Realisasi"], ["Administrasi Keuangan", v, 100]],
    });
    const h = periksaLaporan([t("A", 200), t("B", 250)]);
    expect(h.temuan.map(line)).toEqual(["error ANTAR_TABEL 'A'!B4"]);
    expect(h.temuan[0].penyebab).toBeUndefined();
  });
});

describe("the formula evaluator", () => {
  const g: Grid = {
    name: "S",
    values: [
      [10, 4, 0, null, "x"],
      [20, 5, 2, null, null],
    ],
  };
  test.each([
    ["=A1/B1*100", 250],
    ["=SUM(A1:A2)", 30],
    ["=AVERAGE(A1:B2)", 9.75],
    ["=IF(C1=0,0,A1/C1*100)", 0],
    ["=IF(C2=0,0,A2/C2*100)", 1000],
    ["=IFERROR(A1/C1,-1)", -1],
    ["=IFERROR(A2/C2,-1)", 10],
    ["=(A1-B1)/A1*100", 60],
    ["=ROUND(A1/3,2)", 3.33],
    ["=A1+D1", 10],
  ])("%s = %d", (f, v) => {
    expect(hitungRumus(g, f)).toBeCloseTo(v, 9);
  });
  test.each(["=A1/C1", "=E1+1", "=VLOOKUP(A1,A1:B2,2)", "='Other'!A1+1", "=A1/"])("%s cannot be computed", (f) => {
    expect(hitungRumus(g, f)).toBeUndefined();
  });
});

describe("which rows ANTAR_TABEL compares", () => {
  const tabel = (name: string, judul: string, rows: CellValue[][]): Grid => ({
    name,
    values: [[judul], [], ["Kode", "Uraian", "Pagu", "Realisasi"], ...rows],
  });

  test("a unique name is compared; the same kode too, whatever the names; a different kode never", () => {
    const h = periksaLaporan([
      tabel("A", "Tabel 3.5 Anggaran", [
        ["1.02.01.2.01", "Perencanaan Perangkat Daerah", 100, 90],
        ["1.02.01.2.02", "Administrasi Keuangan", 200, 150],
        ["1.02.01.2.03", "Administrasi Umum", 300, 250],
      ]),
      tabel("B", "Tabel 3.6 Efisiensi", [
        ["1.02.01.2.01", "Perencanaan, Penganggaran dan Evaluasi", 120, 90],
        ["1.02.01.2.09", "Administrasi Keuangan", 250, 150],
        ["1.02.01.2.03", "Administrasi Umum", 300, 250],
      ]),
    ]);
    expect(h.temuan.map(line)).toEqual(["error ANTAR_TABEL 'A'!C4"]);
    expect(h.temuan[0].message).toContain("100 (A!C4) dan 120 (B!C4)");
  });

  test("the same sub kegiatan under two organisations, in sheets titled alike, is two items", () => {
    const sheet = (name: string, unit: string, pagu: number) =>
      tabel(name, "LAPORAN REALISASI ANGGARAN", [
        [null, unit, pagu, 90],
        [null, "Penyusunan Dokumen Perencanaan Perangkat Daerah", pagu, 90],
      ]);
    const h = periksaLaporan([sheet("Dinkes", "DINAS KESEHATAN", 100), sheet("PKM", "UPTD PUSKESMAS SUKAMAJU", 120)]);
    expect(h.temuan.filter((t) => t.code === "ANTAR_TABEL")).toEqual([]);
    // The same organisation in both: compared.
    const sama = periksaLaporan([sheet("Dinkes", "DINAS KESEHATAN", 100), sheet("Dinkes (2)", "DINAS KESEHATAN", 120)]);
    expect(perSel(sama.temuan.filter((t) => t.code === "ANTAR_TABEL")).map(line)).toEqual([
      "error ANTAR_TABEL 'Dinkes'!C4",
      "error ANTAR_TABEL 'Dinkes'!C5",
    ]);
  });

  test("generic names and names repeated under several units are never compared by name alone", () => {
    const h = periksaLaporan([
      tabel("A", "Tabel 3.5 Anggaran", [
        [null, "Dinas Kesehatan", 300, 280],
        [null, "Belanja Pegawai", 100, 90],
        [null, "Belanja Barang dan Jasa", 200, 190],
        [null, "RSUD", 500, 450],
        [null, "Belanja Pegawai", 150, 150],
        [null, "Belanja Barang dan Jasa", 350, 300],
      ]),
      tabel("B", "Tabel 3.6 Efisiensi", [
        [null, "Puskesmas", 80, 75],
        [null, "Belanja Pegawai", 30, 30],
        [null, "Belanja Barang", 50, 45],
      ]),
    ]);
    expect(h.temuan.filter((t) => t.code === "ANTAR_TABEL")).toEqual([]);
  });
});

test("a parent of another shape (a program adding its kegiatan by a list) ends a kegiatan's run: no galat", () => {
  const f = (formula: string, v: number) => ({ formula, v });
  const rows: [string, number | { formula: string; v: number }][] = [
    ["Program A", f("=B3+B7", 60)],
    ["Administrasi Keuangan", f("=SUM(B4:B6)", 30)],
    ["Penyediaan Gaji", 10],
    ["Penyediaan Honor", 10],
    ["Koordinasi Akuntansi", 10],
    ["Administrasi Umum", f("=SUM(B8:B9)", 30)],
    ["Penyediaan ATK", 15],
    ["Penyediaan Cetakan", 15],
    ["Program B", f("=B11", 40)],
    ["Pemeliharaan BMD", f("=SUM(B12:B13)", 40)],
    ["Pemeliharaan Kendaraan", 25],
    ["Pemeliharaan Gedung", 15],
  ];
  const values: CellValue[][] = [
    ["Uraian", "Pagu"],
    ...rows.map(([n, x]): CellValue[] => [n, typeof x === "number" ? x : x.v]),
  ];
  const formulas = [[null, null], ...rows.map(([, x]) => [null, typeof x === "number" ? null : x.formula])];
  const h = periksaLaporan([{ name: "S", values, formulas }]);
  expect(h.temuan.filter((t) => t.severity !== "info").map(line)).toEqual([]);
});

test("children guessed from the rows' order only (no kode, prefix or indentation) make a parent's sum a warning", () => {
  const values: CellValue[][] = [
    ["Uraian", "Pagu"],
    ["Program A", 60],
    ["Administrasi Keuangan", 30],
    ["Penyediaan Gaji", 10],
    ["Penyediaan Honor", 10],
    ["Koordinasi Akuntansi", 10],
    ["Administrasi Umum", 30], // the next kegiatan, read as one more sub kegiatan
    ["Penyediaan ATK", 15],
    ["Penyediaan Cetakan", 15],
  ];
  const h = periksaLaporan([{ name: "S", values }]);
  expect(h.temuan.map(line)).toEqual(["warning JUMLAH_INDUK 'S'!B2", "warning JUMLAH_INDUK 'S'!B3"]);
  expect(h.temuan[0].penyebab).toMatch(/^Tingkat baris-baris ini ditebak dari urutannya/);
});
