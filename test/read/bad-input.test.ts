/**
 * The bad-input corpus: each workbook ends in the right diagnostics (at the right cell) and a model of what could
 * be read — never a crash, never a silent 0, never a guess without a diagnostic.
 */
import { SheetInput, workbookBuffer } from "../../scripts/workbook-builder";
import { bacaWorkbook } from "../../src/core/read";
import { buatLaporan } from "../../src/core/report";
import { Model, NodeAnggaran } from "../../src/core/model";
import { readGrids } from "../../src/xlsx/read";
import { kataBahasa } from "../support/bahasa";

/** Every model the corpus read, for the check of its English at the end. */
const dibaca: Model[] = [];
const read = async (sheets: SheetInput[]): Promise<Model> => {
  const m = bacaWorkbook(await readGrids(await workbookBuffer(sheets)));
  dibaca.push(m);
  return m;
};
const at = (m: Model, code: string) =>
  m.diagnostics.filter((d) => d.code === code).map((d) => `${d.severity} ${d.sheet}!${d.cell}`);
const indikator = (m: Model) => m.sasaran.flatMap((s) => s.indikator);

const PK_HEAD = ["No", "Sasaran", "Indikator", "Satuan", "Target"];
const pk = (...rows: unknown[][]): SheetInput => ({ name: "PK", rows: [PK_HEAD, ...rows] as SheetInput["rows"] });
const realisasi = (...rows: unknown[][]): SheetInput => ({
  name: "Realisasi",
  rows: [["Indikator", "Realisasi"], ...rows] as SheetInput["rows"],
});
const dpa = (...rows: unknown[][]): SheetInput => ({
  name: "DPA",
  rows: [["Kode", "Uraian", "Pagu", "Realisasi"], ...rows] as SheetInput["rows"],
});

test("text where a number belongs: an error naming the text, target left empty, not 0", async () => {
  const m = await read([pk([1, "S", "Indeks A", "indeks", "tujuh puluh"])]);
  expect(at(m, "ANGKA_TAK_TERBACA")).toEqual(["error PK!E2"]);
  expect(m.diagnostics.find((d) => d.code === "ANGKA_TAK_TERBACA")?.found).toBe("tujuh puluh");
  expect(indikator(m)[0].target).toBeNull();
  expect(at(m, "TARGET_KOSONG")).toEqual([]);
});

test("a number with its unit typed in the cell is read, and said", async () => {
  const m = await read([pk([1, "S", "Jumlah dokumen", "dokumen", "2 dokumen"])]);
  expect(indikator(m)[0].target).toBe(2);
  expect(at(m, "ANGKA_DENGAN_SATUAN")).toEqual(["info PK!E2"]);
});

test("#N/A and other error values in cells", async () => {
  const m = await read([
    pk([1, "S", "Indeks A", "indeks", 80]),
    realisasi(["Indeks A", { error: "#N/A" }]),
    dpa(["1.01.01", "Program X", { error: "#REF!" }, 5]),
  ]);
  expect(at(m, "SEL_GALAT")).toEqual(["error Realisasi!B2", "error DPA!C2"]);
  expect(indikator(m)[0].realisasi?.nilai).toBeNull();
  expect(m.anggaran[0].pagu).toBeNull();
});

test("blank target and target 0", async () => {
  const m = await read([pk([1, "S", "Indeks A", "indeks", null], [null, null, "Indeks B", "indeks", 0])]);
  expect(at(m, "TARGET_KOSONG")).toEqual(["error PK!E2"]);
  expect(at(m, "TARGET_NOL")).toEqual(["error PK!E3"]);
  expect(indikator(m).map((i) => i.target)).toEqual([null, 0]);
});

test("negative pagu, and a parent summed from incomplete children", async () => {
  const m = await read([
    pk([1, "S", "Indeks A", "indeks", 80]),
    dpa(
      ["1.01.01", "Program X", 100, 50],
      ["1.01.01.2.01", "Kegiatan Y", 100, 50],
      ["1.01.01.2.01.0001", "Sub A", -40, 10],
      ["1.01.01.2.01.0002", "Sub B", "Rp ?", 40],
    ),
  ]);
  expect(at(m, "PAGU_NEGATIF")).toEqual(["error DPA!C4"]);
  expect(at(m, "ANGKA_TAK_TERBACA")).toEqual(["error DPA!C5"]);
  expect(at(m, "JUMLAH_INDUK_TAK_LENGKAP")).toEqual(["warning DPA!C3"]); // said once, where the gap is
});

test("duplicate indicator names", async () => {
  const m = await read([pk([1, "S", "Indeks A", "indeks", 80], [null, null, "indeks  a", "indeks", 90])]);
  expect(at(m, "INDIKATOR_GANDA")).toEqual(["error PK!C3"]);
});

test("a realisasi row with no PK indicator, and a PK indicator with no realisasi", async () => {
  const m = await read([
    pk([1, "S", "Indeks A", "indeks", 80], [null, null, "Cakupan B", "%", "90%"]),
    realisasi(["Indeks A", 82], ["Rasio C", 3]),
  ]);
  expect(at(m, "PK_TANPA_REALISASI")).toEqual(["warning PK!C3"]);
  expect(at(m, "REALISASI_TANPA_PK")).toEqual(["warning Realisasi!A3"]);
  expect(indikator(m)[0].realisasi?.nilai).toBe(82);
});

test("a sheet with no recognisable header", async () => {
  const m = await read([{ name: "PK 2024", rows: [["Catatan rapat"], ["tidak ada tabel di sini", 3, 4]] }]);
  expect(at(m, "KEPALA_TAK_DITEMUKAN")).toEqual(["warning PK 2024!A1"]);
  expect(m.diagnostics.find((d) => d.code === "TABEL_TAK_DITEMUKAN")?.severity).toBe("error");
  expect(m.sasaran).toEqual([]);
});

test("a 10,000-character cell is kept whole and quoted short", async () => {
  const long = `Indeks ${"panjang ".repeat(1250)}`.trim();
  const m = await read([pk([1, "S", long, "indeks", 80]), realisasi(["Lain", 1])]);
  expect(indikator(m)[0].nama).toBe(long);
  for (const d of m.diagnostics) expect(d.message.length).toBeLessThan(400);
});

test("strings that look like formulas stay text", async () => {
  const formula = '=HYPERLINK("http://x","klik")';
  const m = await read([pk([1, "+62 sasaran", formula, "indeks", "=1+1"])]);
  expect(indikator(m)[0].nama).toBe(formula);
  expect(m.sasaran[0].nama).toBe("+62 sasaran");
  expect(at(m, "ANGKA_TAK_TERBACA")).toEqual(["error PK!E2"]);
});

test("merged cells across the header: a label merged over two columns maps to the first", async () => {
  const m = await read([
    {
      name: "PK",
      rows: [
        ["PERJANJIAN KINERJA"],
        ["Indikator", null, "Target", null],
        ["Indeks A", "catatan", 80, "(delapan puluh)"],
      ],
      merges: ["A1:D1", "A2:B2", "C2:D2"],
    },
  ]);
  expect(indikator(m).map((i) => [i.nama, i.target])).toEqual([["Indeks A", 80]]);
  expect(m.pemetaan.tabel?.pk?.kolom).toEqual({ indikator: "A", target: "C" });
});

test("hidden rows and columns: read, and the hidden rows said", async () => {
  const m = await read([
    {
      ...pk([1, "S", "Indeks A", "indeks", 80], [null, null, "Indeks lama", "indeks", 60]),
      hiddenRows: [3],
      hiddenColumns: ["D"],
    },
  ]);
  expect(indikator(m).map((i) => [i.nama, i.satuan, i.target])).toEqual([
    ["Indeks A", "indeks", 80],
    ["Indeks lama", "indeks", 60],
  ]);
  expect(at(m, "BARIS_TERSEMBUNYI")).toEqual(["info PK!A3"]);
});

test("a 50,000-row budget sheet reads whole", async () => {
  const rows: unknown[][] = [["1.01.01", "Program Besar", null, null]];
  for (let k = 1; k <= 10; k++) {
    rows.push([`1.01.01.2.${String(k).padStart(2, "0")}`, `Kegiatan ${k}`, null, null]);
    for (let i = 1; i <= 5_000; i++)
      rows.push([
        `1.01.01.2.${String(k).padStart(2, "0")}.${String(i).padStart(4, "0")}`,
        `Sub ${k}.${i}`,
        1000,
        k === 3 && i === 7 ? null : 900,
      ]);
  }
  const m = await read([pk([1, "S", "Indeks A", "indeks", 80]), dpa(...rows)]);
  const kegiatan: NodeAnggaran[] = m.anggaran[0].children;
  expect(kegiatan.map((k) => k.children.length)).toEqual(new Array(10).fill(5_000));
  expect(m.anggaran[0].pagu).toBe(50_000_000);
  expect(m.anggaran[0].realisasi).toBe(49_999 * 900);
  expect(at(m, "JUMLAH_INDUK_TAK_LENGKAP")).toEqual([`warning DPA!D${2 + 2 * 5001 + 1}`]); // Kegiatan 3's row
  expect(m.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual([
    "TABEL_TAK_DITEMUKAN",
    "JUMLAH_INDUK_TAK_LENGKAP",
  ]);
}, 60_000);

test("nothing but noise: an empty workbook and a workbook of numbers", async () => {
  const empty = await read([{ name: "Sheet1", rows: [] }]);
  expect(empty.diagnostics.map((d) => d.code)).toEqual([
    "TABEL_TAK_DITEMUKAN",
    "TABEL_TAK_DITEMUKAN",
    "TABEL_TAK_DITEMUKAN",
  ]);
  const numbers = await read([
    {
      name: "Data",
      rows: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    },
  ]);
  expect(numbers.sasaran).toEqual([]);
  expect(numbers.anggaran).toEqual([]);
});

test("ten sheets holding a PK table: the first is used, the choice said, the list cut after eight", async () => {
  const m = await read(
    Array.from({ length: 10 }, (_, i) => ({
      ...pk([1, "S", "Indeks A", "indeks", 80 + i], [null, null, "Indeks B", "%", "10%"]),
      name: `PK ${i + 1}`,
    })),
  );
  expect(at(m, "PILIHAN_LEMBAR")).toEqual(["info PK 1!undefined"]); // a sheet, no cell
  const d = m.diagnostics.find((x) => x.code === "PILIHAN_LEMBAR")!;
  expect(d.message).toContain('"PK 8" dan 2 lembar lain); dipakai "PK 1"');
  expect(d.messageEn).toContain('"PK 8" and 2 more); "PK 1" is used');
});

test("a quarter's column label in English: 'target TW2' is 'target Q2'", async () => {
  const m = await read([
    {
      name: "PK",
      rows: [
        ["Indikator", "Satuan", "Target", "Target TW2"],
        ["Indeks A", "indeks", 80, "delapan"],
      ],
    },
  ]);
  expect(m.diagnostics.find((d) => d.code === "ANGKA_TAK_TERBACA")?.messageEn).toBe(
    'Target Q2 "delapan" is not a recognised number.',
  );
});

// Runs last: the models of every test above.
test("every diagnostic of the corpus has its English, with no Indonesian word outside the user's quoted names", () => {
  const semua = dibaca.flatMap((m) => m.diagnostics);
  expect(new Set(semua.map((d) => d.code)).size).toBeGreaterThanOrEqual(15);
  for (const d of semua) {
    expect([d.code, d.messageEn === undefined || d.messageEn === d.message]).toEqual([d.code, false]);
    expect([d.code, d.messageEn, kataBahasa(d.messageEn!, "id")]).toEqual([d.code, d.messageEn, []]);
    expect([d.code, d.message, kataBahasa(d.message, "en")]).toEqual([d.code, d.message, []]);
  }
  const unreadable = semua.find((d) => d.code === "ANGKA_TAK_TERBACA");
  expect(unreadable?.messageEn).toBe('Target "tujuh puluh" is not a recognised number.');
  const incomplete = semua.find((d) => d.code === "JUMLAH_INDUK_TAK_LENGKAP");
  expect(incomplete?.messageEn).toBe(
    'The budget (pagu) of activity (kegiatan) "Kegiatan Y" is summed from incomplete parts: 1 without a figure (rows 5).',
  );
});

test("a subnormal target (1e-308, typed or as text) is refused at its cell: no ratio turns to ∞ in any text", async () => {
  const m = await read([
    pk(
      [1, "S", "Indeks A", "indeks", 1e-308],
      [2, "S", "Indeks B", "indeks", "1e-308"],
      [3, "S", "Indeks C", "indeks", 80],
    ),
    realisasi(["Indeks A", 5], ["Indeks B", 5], ["Indeks C", 84]),
  ]);
  expect(at(m, "ANGKA_LUAR_JANGKAUAN")).toEqual(["error PK!E2", "error PK!E3"]);
  expect(m.diagnostics.find((d) => d.cell === "E2")?.message).toContain("terlalu kecil untuk dihitung");
  expect(indikator(m).map((i) => i.target)).toEqual([null, null, 80]);
  const l = buatLaporan(m);
  expect(JSON.stringify([l.sheets.map((s) => s.rows), l.narasi.map((p) => p.teks)])).not.toMatch(/∞|Infinity/);
});
