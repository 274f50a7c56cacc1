/**
 * The table layer (src/core/tabel) shared by the reader and the audit (issue 20): on the SIPD "Rekapitulasi
 * Belanja" (kode split over seven columns under a merged "Kode", or glued; Operasi/Modal × Anggaran/Realisasi then
 * TOTAL) the audit takes each row's level from the kode as the reader does, so a program total typed Rp 1.000.000
 * above its kegiatan is one galat at its cell for both, and the clean rekap gives none. Then the layer's pieces.
 */
import fc from "fast-check";
import type ExcelJS from "exceljs";
import { MODEL_SIPD, TATA_DASAR, TataLetak, bukuRekap } from "../../scripts/fixtures-sipd";
import { periksaLaporan, TemuanAudit } from "../../src/core/audit";
import { tabelLaporan } from "../../src/core/audit/tabel";
import { CellValue, Grid } from "../../src/core/grid";
import { bacaWorkbook } from "../../src/core/read";
import { DaftarTemuan } from "../../src/core/read/diagnostics";
import { dataRows, jenisBaris, kedalaman, kodeBaris, tingkatLabel } from "../../src/core/tabel";
import { readGrids } from "../../src/xlsx/read";

const grids = async (wb: ExcelJS.Workbook) => readGrids(new Uint8Array(await wb.xlsx.writeBuffer()));
const line = (t: TemuanAudit) => `${t.severity} ${t.code} ${t.cell}`;
const SELISIH = 1_000_000;
// Program 1.02.01 of the Dinas: 3 sub kegiatan in 2 kegiatan, Rp 150.000.000 + 75.250.000 + 12.500.000.000.
const PAGU_PROGRAM = 12_725_250_000;

/** The rekap, with the Dinas's first program's TOTAL Anggaran typed `tambah` higher; its row and column (1-based). */
function rekap(tata: TataLetak, tambah: number): { wb: ExcelJS.Workbook; row: number; col: number } {
  const wb = bukuRekap(MODEL_SIPD, { ...tata, salinanTersembunyi: false }, false);
  const ws = wb.getWorksheet("Rekap Belanja")!;
  const cu = tata.kode === "pisah" ? 8 : 2;
  const col = cu + 5; // Operasi A, R, Modal A, R, then TOTAL Anggaran
  let row = 0;
  ws.eachRow((r, n) => {
    const nama = r.getCell(cu).value;
    if (row === 0 && typeof nama === "string" && nama.startsWith("PROGRAM PENUNJANG")) row = n;
  });
  const c = ws.getRow(row).getCell(col);
  const v = typeof c.value === "number" ? c.value : Number((c.value as string).replace(/\./g, ""));
  expect(v).toBe(PAGU_PROGRAM);
  if (tambah !== 0) c.value = typeof c.value === "number" ? v + tambah : (v + tambah).toLocaleString("de-DE");
  return { wb, row, col };
}
const huruf = (col: number) => String.fromCharCode(64 + col);

describe("SIPD rekap belanja: the audit's levels are the reader's", () => {
  test.each([
    ["kode split over seven columns, three header rows", TATA_DASAR],
    [
      "one glued kode column, two header rows, no numbers row",
      { ...TATA_DASAR, kode: "gabung", barisJudul: 2, barisNomor: false },
    ],
  ] as [string, TataLetak][])(
    "%s: a program total typed Rp 1.000.000 above its kegiatan is a galat at its cell, with the amount, for both",
    async (_, tata) => {
      const { wb, row, col } = rekap(tata, SELISIH);
      const g = await grids(wb);
      const sel = `${huruf(col)}${row}`;
      // The reader: a galat at the cell.
      const m = bacaWorkbook(g);
      expect(m.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.cell}`)).toEqual([
        `JUMLAH_INDUK_BERBEDA ${sel}`,
      ]);
      // The audit: the same cell, stated against the sum of its 2 kegiatan.
      const h = periksaLaporan(g);
      const galat = h.temuan.filter((t) => t.severity === "error");
      expect(galat.map(line)).toEqual([`error JUMLAH_INDUK ${sel}`]);
      const program = galat[0];
      expect([program.tertulis, program.seharusnya]).toEqual([PAGU_PROGRAM + SELISIH, PAGU_PROGRAM]);
      expect(program.message).toContain("jumlah 2 kegiatan di bawahnya 12.725.250.000 (selisih 1.000.000)");
      // The unit's row above is right: one error, one galat; the unit's finding is info naming the program.
      const lain = h.temuan.filter((t) => t.severity !== "error");
      expect(lain.map(line)).toEqual([`info JUMLAH_INDUK ${huruf(col)}${row - 1}`]);
      expect([lain[0].tertulis, lain[0].seharusnya]).toEqual([18_290_250_000, 18_290_250_000 + SELISIH]);
      expect(lain[0].message).toContain("jumlah 2 program di bawahnya");
      expect(lain[0].penyebab).toContain(`berasal dari PROGRAM PENUNJANG`);
    },
  );

  test("the clean rekap in every layout: no finding at all (before: 4 galat and 12 peringatan on the split kode)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          barisJudul: fc.constantFrom(1 as const, 2 as const, 3 as const),
          kode: fc.constantFrom("pisah" as const, "gabung" as const),
          rekening: fc.boolean(),
          barisNomor: fc.boolean(),
          kolomKerja: fc.boolean(),
          teks: fc.boolean(),
          kodeAngka: fc.boolean(),
        }),
        async (tata) => {
          const { wb } = rekap({ ...TATA_DASAR, ...tata }, 0);
          expect(periksaLaporan(await grids(wb)).temuan.map(line)).toEqual([]);
        },
      ),
      { numRuns: 12, seed: 20 },
    );
  });

  test("each row's level and kode come from the split kode: urusan › bidang › unit › program › kegiatan › sub kegiatan › rincian", async () => {
    const { wb } = rekap(TATA_DASAR, 0);
    const g = (await grids(wb)).find((x) => x.name === "Rekap Belanja")!;
    const [t] = tabelLaporan(g, new DaftarTemuan());
    expect(t.baris.slice(0, 7).map((b) => [b.tingkat, b.dasarTingkat, b.kode])).toEqual([
      ["urusan", "kode", null],
      ["bidang_urusan", "kode", "1.02"],
      ["organisasi", "kode", "1.02.0.00.0.00.01.0000"],
      ["program", "kode", "1.02.0.00.0.00.01.0000.1.02.01"],
      ["kegiatan", "kode", "1.02.0.00.0.00.01.0000.1.02.01.2.01"],
      ["sub_kegiatan", "kode", "1.02.0.00.0.00.01.0000.1.02.01.2.01.0001"],
      ["rincian", "kode", "1.02.0.00.0.00.01.0000.5.1.02"],
    ]);
    expect(t.baris.at(-1)).toMatchObject({ jenis: "jumlah", tingkat: null });
  });

  test("without kode the levels are not proven: the same wrong total is info, and no parent is a galat", async () => {
    const { wb, row, col } = rekap({ ...TATA_DASAR, kode: "gabung", barisNomor: false, rekening: false }, SELISIH);
    // The kode column emptied: the names alone, in order.
    const ws = wb.getWorksheet("Rekap Belanja")!;
    ws.eachRow((r, n) => {
      if (n > 7) r.getCell(1).value = null;
    });
    const h = periksaLaporan(await grids(wb));
    expect(h.temuan.filter((t) => t.severity === "error").map(line)).toEqual([]);
    // Before: 10 galat here (the urusan, bidang and program rows against rows their order made their children).
    // Now each says its rows' levels are a guess: info, or a peringatan where an unnamed row was taken for a leaf.
    expect(h.temuan.every((t) => t.code === "JUMLAH_INDUK" && /ditebak dari urutannya/.test(t.penyebab ?? ""))).toBe(
      true,
    );
    expect(h.temuan.find((t) => t.cell === `${huruf(col)}${row}`)?.severity).toBe("info");
  });
});

describe("levels from a kode prove the children only where their kode extends the parent's", () => {
  test("a kegiatan of another program under a program: info there, a galat where the kode proves it", () => {
    const g: Grid = {
      name: "Program",
      values: [
        ["Tabel 3.6 Anggaran Program dan Kegiatan Tahun 2024"],
        ["Kode", "Uraian", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
        ["1.02.01", "Program A", 200_000_000, 190_000_000],
        ["1.02.01.2.01", "Kegiatan A1", 100_000_000, 95_000_000],
        ["1.02.01.2.02", "Kegiatan A2", 100_000_000, 95_000_000],
        ["1.03.02.2.01", "Kegiatan B1", 100_000_000, 100_000_000],
        ["1.02.02", "Program C", 50_000_000, 40_000_000],
        ["1.02.02.2.01", "Kegiatan C1", 60_000_000, 40_000_000],
      ],
    };
    // Before: C3 and D3 were galat too (Program A against B1, a kegiatan of program 1.03.02).
    const h = periksaLaporan([g]);
    expect(h.temuan.map(line)).toEqual(["error JUMLAH_INDUK C7", "info JUMLAH_INDUK C3", "info JUMLAH_INDUK D3"]);
    expect(h.temuan[0]).toMatchObject({ tertulis: 50_000_000, seharusnya: 60_000_000 });
    expect(h.temuan[1].penyebab).toMatch(/tidak berawal dengan kode baris ini/);
  });

  test("a row of column numbers beside a side form (the real Form RFK's INPUT): its '2' proves no children", () => {
    const g: Grid = {
      name: "INPUT",
      values: [
        ["No", "Kode Rekening", "Uraian Kegiatan", "DPA", null, "SKPD", ":", "DINAS PENDIDIKAN"],
        [1, 2, 3, 4, null, "NAMA PROGRAM", ":", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"],
        [1, "5.1.02.01.01.0036", "Belanja Alat / Bahan Untuk Kegiatan Kantor", 12_813_000],
        [2, "5.1.02.02.01.0028", "Belanja Jasa Tenaga Pelayanan Umum", 388_800_000],
        [3, "5.1.02.02.01.0030", "Belanja Jasa Tenaga Kebersihan", 259_200_000],
      ],
    };
    // Before: a galat at D2, "tertulis 4, jumlah 3 rincian di bawahnya 660.813.000".
    expect(periksaLaporan([g]).temuan.filter((t) => t.severity === "error")).toEqual([]);
  });
});

describe("the table layer's pieces", () => {
  const grid = (values: CellValue[][]): Grid => ({ name: "T", values });

  test("kodeBaris reads a kode split over columns (zeros lost to numbers) and a glued one, with its level", () => {
    const g = grid([
      ["1", "02", "1.02.0.00.0.00.01.0000", "01", "2.01", "0001", null, "Penyusunan Dokumen"],
      [1, 2, null, 1, 2.1, null, null, "Kegiatan X"],
      [null, null, null, null, null, null, null, "1.02.01.2.01 Perencanaan"],
      ["1", "02", "1.02.0.00.0.00.01.0000", "01", "2.01", "0001", "5.1.02.01.01.0024", "Belanja ATK"],
      ["JUMLAH", null, null, null, null, null, null, null],
    ]);
    const kolom = [0, 1, 2, 3, 4, 5, 6];
    expect(kodeBaris(g, 0, kolom, 7)).toMatchObject({
      kode: "1.02.01.2.01.0001",
      organisasi: "1.02.0.00.0.00.01.0000",
      tingkat: "sub_kegiatan",
      nama: "Penyusunan Dokumen",
    });
    expect(kodeBaris(g, 1, kolom, 7)).toMatchObject({ kode: "1.02.01.2.10", tingkat: "kegiatan" });
    expect(kodeBaris(g, 2, kolom, 7)).toMatchObject({ kode: "1.02.01.2.01", tingkat: "kegiatan", nama: "Perencanaan" });
    expect(kodeBaris(g, 3, kolom, 7)).toMatchObject({ kode: "5.1.02.01.01.0024", tingkat: "rincian" });
    expect(kodeBaris(g, 4, kolom, 7)).toMatchObject({ kode: null, tingkat: undefined, teks: "JUMLAH" });
  });

  test("one Tingkat: depth from urusan down, label words, and the kind of a row", () => {
    expect(
      ["urusan", "bidang_urusan", "organisasi", "program", "kegiatan", "sub_kegiatan", "rincian"].map((t) =>
        kedalaman(t as never),
      ),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(
      ["Program A", "1. Sub Kegiatan B", "a. Kegiatan C", "Unsur Penunjang", "Belanja Modal", "Pengadaan"].map(
        tingkatLabel,
      ),
    ).toEqual(["program", "sub_kegiatan", "kegiatan", "urusan", "rincian", undefined]);
    const label = ["JUMLAH", "Total", "Jumlah Total", "Jumlah Pegawai", "Jumlah Anggaran Program", "Rata-rata capaian"];
    label.push("Capaian rata-rata", "Nilai rata-rata", "Predikat kinerja", "Program A");
    expect(label.map((l) => jenisBaris(l))).toEqual([
      ...["jumlah", "jumlah", "jumlah", "item", "item", "rata"],
      ...["rata", "rata", "predikat", "item"],
    ]);
    // In the E.81 form every "Jumlah …" row sums.
    expect(jenisBaris("Jumlah Anggaran Program", { jumlahApaPun: true })).toBe("jumlah");
  });

  test("dataRows: the numbering row under the header and one further down are not data; a blank run or a signature ends", () => {
    const g = grid([
      ["No", "Uraian", "Pagu"],
      [1, 2, 3],
      [1, "A", 10],
      [null, "BELUM", "SEDANG"],
      ["(1)", "(2)", "(3)"],
      [2, "B", 20],
      [],
      [3, "C", 30],
      ["Kepala Dinas"],
      [4, "D", 40],
    ]);
    expect(dataRows(g, 0, g.values.length, 3, 2)).toEqual([2, 3, 5, 7]);
  });
});
