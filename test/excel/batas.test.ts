/**
 * Excel's limits, enforced and counted by the fake (test/support/excel-fake.ts): no formula over 255 arguments or
 * 8,192 characters, no request or response over 5 MB of JSON, no multi-range call near where such calls fail, no
 * read past a table's end, at bench scale (2,000 sub kegiatan here, 20,000 in bench/excel-batas.bench.ts; a
 * text-heavy export).
 */
import { generateExcel } from "../../src/excel/generate";
import { readGrids } from "../../src/excel/read";
import { daftarRumus } from "../../src/core/report/formula";
import { jumlahRumus } from "../../src/core/report/e81";
import { buatLaporan } from "../../src/core/report";
import { modelE81 } from "../../scripts/fixture-e81";
import { dpaRows } from "../../scripts/synthetic";
import { BATAS, FakeBook, argumenTerbanyak } from "../support/excel-fake";

/** A DPA of `programs` programs, each with one kegiatan and one sub kegiatan (no sasaran: one group of all). */
function dpaProgram(programs: number): unknown[][] {
  const rows: unknown[][] = [["Kode Rekening", "Uraian", "Pagu", "Realisasi"]];
  for (let p = 1; p <= programs; p++) {
    const kp = `1.01.${String(p).padStart(3, "0")}`;
    rows.push(
      [kp, `Program ${p}`],
      [`${kp}.2.01`, `Kegiatan ${p}`],
      [`${kp}.2.01.0001`, `Sub ${p}`, 1000 + p, 900 + p],
    );
  }
  return rows;
}

function buku(dpa: unknown[][]): FakeBook {
  const book = new FakeBook();
  book.addSheet("PK", [
    ["Sasaran", "Indikator", "Target"],
    ["Meningkatnya pelayanan", "Indeks kepuasan", 80],
  ]);
  book.addSheet("Realisasi", [
    ["Indikator", "Realisasi"],
    ["Indeks kepuasan", 82],
  ]);
  book.addSheet("DPA", dpa);
  return book;
}

/** Every formula of the workbook within Excel's limits. */
function rumusDiLuarBatas(book: FakeBook): string[] {
  const out: string[] = [];
  for (const s of book.sheets)
    for (const [addr, c] of s.cells)
      if (c.formula && (c.formula.length > BATAS.panjangRumus || argumenTerbanyak(c.formula) > BATAS.argumen))
        out.push(`${s.name}!${addr}`);
  return out;
}

test("daftarRumus: a short list as it was; a long one in ranges of adjacent rows, nested by 255", () => {
  expect(daftarRumus("SUM", ["D7", "D9"])).toBe("SUM(D7,D9)");
  const cross = Array.from({ length: 300 }, (_, i) => `'Efisiensi Program'!D${7 + i}`);
  expect(daftarRumus("SUM", cross)).toBe("SUM('Efisiensi Program'!D7:D306)");
  // 300 children two rows apart (each has a child of its own): no range, so 255 + 45 in two calls.
  const apart = Array.from({ length: 300 }, (_, i) => `K${10 + 2 * i}`);
  const f = daftarRumus("COUNT", apart);
  expect(f.startsWith("SUM(COUNT(K10,K12,")).toBe(true);
  expect(f).toContain(`K518),COUNT(K520,`);
  expect(argumenTerbanyak(f)).toBe(255);
  expect(jumlahRumus(["K1", "K3"])).toBe('=IF(COUNT(K1,K3)=0,"",SUM(K1,K3))');
});

test("300 programs: Excel takes every formula (none past 255 arguments or 8,192 characters), none broken", async () => {
  const book = buku(dpaProgram(300));
  await generateExcel(book.context());
  expect(book.ditolak).toEqual([]);
  expect(rumusDiLuarBatas(book)).toEqual([]);
  // The programs' total on Efisiensi Program adds 300 rows; without sasaran links Efisiensi itself is not generated.
  expect(book.sheets.some((s) => s.name === "Efisiensi Program")).toBe(true);
  expect(book.rujukanRusak()).toEqual([]);
});

test("the E.81 total over 300 programs stays within 255 arguments and 8,192 characters", () => {
  const m = modelE81();
  const p = m.anggaran[0];
  const banyak = {
    ...m,
    induk: undefined,
    anggaran: Array.from({ length: 300 }, (_, i) => ({
      ...p,
      kode: `${p.kode}${i}`,
      sumber: { ...p.sumber, row: 1000 + i },
    })),
  };
  const e81 = buatLaporan(banyak, { tahun: 2025, triwulan: 2 }).sheets.find((s) => s.id === "e81")!;
  const rumus = e81.rows.flatMap((r) => r.flatMap((c) => (c?.f ? [c.f] : [])));
  expect(Math.max(...rumus.map(argumenTerbanyak))).toBe(255);
  expect(Math.max(...rumus.map((f) => f.length))).toBeLessThanOrEqual(BATAS.panjangRumus);
});

test("multi-range format calls stay small at 300 programs (each under 200 areas and 4,000 characters)", async () => {
  const book = buku(dpaProgram(300));
  await generateExcel(book.context());
  expect(book.multiRange.length).toBeGreaterThan(0);
  expect(Math.max(...book.multiRange.map((m) => m.areas))).toBeLessThanOrEqual(200);
  expect(Math.max(...book.multiRange.map((m) => m.panjang))).toBeLessThanOrEqual(4000);
});

test("a text-heavy SIPD export (100,000 cells of ~45 bytes): every response under 5 MB of JSON", async () => {
  const book = new FakeBook();
  const rows = Array.from({ length: 5000 }, (_, r) =>
    Array.from({ length: 20 }, (_, c) => `Belanja jasa tenaga – “${r}.${c}” pelayanan umum`),
  );
  book.addSheet("SIPD", rows);
  const grids = await readGrids(book.context());
  expect(grids[0].values[4999][19]).toBe("Belanja jasa tenaga – “4999.19” pelayanan umum");
  expect(book.maxResponse).toBeGreaterThan(1_000_000);
  expect(book.maxResponse).toBeLessThanOrEqual(BATAS.payload);
});

test("a stray value at AZ100000 is not read: the table is, and the pane is told where the read stopped", async () => {
  const book = buku(dpaRows(200));
  book.sheets[2].taruhJauh("AZ100000", "x");
  const r = await generateExcel(book.context());
  expect(r.model.anggaran.length).toBeGreaterThan(0);
  expect(book.selDimuat).toBeLessThan(400_000);
  expect(r.terpotong).toEqual([{ lembar: "DPA", sampai: expect.stringMatching(/^AZ\d+$/), ujung: "AZ100000" }]);
});

test("a stray value at XFD1048576: a handful of syncs, not 75,000", async () => {
  const book = buku(dpaRows(200));
  book.sheets[2].taruhJauh("XFD1048576", "x");
  const r = await generateExcel(book.context());
  expect(r.syncs).toBeLessThan(15);
  expect(r.terpotong.map((t) => [t.lembar, t.ujung])).toEqual([["DPA", "XFD1048576"]]);
});

// 20,000 sub kegiatan take some 40 s in the fake: bench/excel-batas.bench.ts runs them and prints the figures.
test.each([2_000])(
  "%i sub kegiatan: no formula, request, response or multi-range call past Excel's limits",
  async (n) => {
    const book = buku(dpaRows(n));
    const r = await generateExcel(book.context());
    expect(r.laporan.sheets.length).toBeGreaterThan(5);
    expect(book.ditolak).toEqual([]);
    expect(rumusDiLuarBatas(book)).toEqual([]);
    expect(book.rujukanRusak()).toEqual([]);
    expect(book.maxPayload).toBeLessThanOrEqual(BATAS.payload);
    expect(book.maxResponse).toBeLessThanOrEqual(BATAS.payload);
    expect(Math.max(...book.multiRange.map((m) => m.areas))).toBeLessThanOrEqual(200);
  },
  120_000,
);
