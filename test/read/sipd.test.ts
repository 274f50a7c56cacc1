/**
 * SIPD forms read by their descriptions (core/formulir): the rekap belanja of a Dinas Kesehatan with two units, kode
 * split or glued, rekening rows, the agency's working columns, a hidden filtered copy and a dropdown list sheet; the
 * anggaran kas kept one sub kegiatan per sheet. Figures are checked to the rupiah against sums done by hand; a
 * property test varies one layout property at a time over the same model.
 */
import * as path from "path";
import fc from "fast-check";
import {
  MODEL_SIPD,
  MODEL_KAS,
  SubSipd,
  TATA_DASAR,
  TataLetak,
  UnitSipd,
  bukuRekap,
  lembarKas,
  lembarRekap,
} from "../../scripts/fixtures-sipd";
import { buildWorkbook } from "../../scripts/workbook-builder";
import { CellValue, Grid } from "../../src/core/grid";
import { gridDari } from "../support/tata-letak";
import { Model, jumlahAnggaran, semuaNode } from "../../src/core/model";
import { bacaWorkbook } from "../../src/core/read";
import { readGrids } from "../../src/xlsx/read";
import { bacaDirektori, teksEntri, tulisZip } from "../../src/xlsx/zip";
import type ExcelJS from "exceljs";

const DIR = path.resolve(__dirname, "../../samples/fixtures");
const baca = async (wb: ExcelJS.Workbook) => bacaWorkbook(await readGrids(new Uint8Array(await wb.xlsx.writeBuffer())));
const of = (m: Model, level: string) => semuaNode(m.anggaran).filter((n) => n.level === level);
const codes = (m: Model) =>
  m.diagnostics.map((d) => `${d.severity} ${d.code}${d.sheet ? ` ${d.sheet}!${d.cell ?? ""}` : ""}`);
const bukanInfo = (m: Model) => m.diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.code} ${d.cell}`);

// Sums by hand from the fixture's figures (scripts/fixtures-sipd.ts).
const PROGRAM = [
  // unit, kode, name, pagu, realisasi, sub kegiatan
  ["DINAS KESEHATAN", "1.02.01", 12_725_250_000, 12_200_254_821, 3],
  ["DINAS KESEHATAN", "1.02.02", 5_565_000_000, 5_388_749_999, 4],
  ["RUMAH SAKIT UMUM DAERAH", "1.02.01", 8_935_000_000, 8_365_373_456, 2],
];
const SUB = [
  ["1.02.01.2.01.0001", 150_000_000, 142_500_000],
  ["1.02.01.2.01.0006", 75_250_000, 70_100_500],
  ["1.02.01.2.02.0001", 12_500_000_000, 11_987_654_321],
  ["1.02.02.2.01.0014", 1_950_000_000, 1_870_000_000],
  ["1.02.02.2.01.0020", 120_000_000, 118_750_000],
  ["1.02.02.2.02.0001", 95_000_000, 0],
  ["1.02.02.2.02.0040", 3_400_000_000, 3_399_999_999],
  ["1.02.01.2.10.0001", 8_900_000_000, 8_331_123_456],
  ["1.02.01.2.06.0001", 35_000_000, 34_250_000],
];
const KEGIATAN = ["1.02.01.2.01", "1.02.01.2.02", "1.02.02.2.01", "1.02.02.2.02", "1.02.01.2.10", "1.02.01.2.06"];
const TOTAL = { pagu: 27_225_250_000, realisasi: 25_954_378_276 };

function cekRekap(m: Model): void {
  expect(
    m.anggaran.map((p) => [
      p.unit,
      p.kode,
      p.pagu,
      p.realisasi,
      semuaNode([p]).filter((n) => n.level === "sub_kegiatan").length,
    ]),
  ).toEqual(PROGRAM);
  expect(of(m, "kegiatan")).toHaveLength(6);
  expect(of(m, "sub_kegiatan").map((s) => [s.kode, s.pagu, s.realisasi])).toEqual(SUB);
  expect(jumlahAnggaran(m.anggaran)).toEqual(TOTAL);
  expect(m.totalTertulis).toMatchObject(TOTAL);
  expect(m.tahun).toBe(2024);
  expect(m.perangkatDaerah).toBe("DINAS KESEHATAN");
  expect(m.induk?.map((u) => [u.level, u.kode, u.children.map((b) => [b.kode, b.program.length])])).toEqual([
    ["urusan", "1", [["1.02", 3]]],
  ]);
}

describe("SIPD rekapitulasi belanja", () => {
  test("kode split over seven columns under a merged Kode, three header rows, numbers row: two units, 3 programs, 9 sub kegiatan to the rupiah", async () => {
    const m = bacaWorkbook(await readGrids(path.join(DIR, "sipd-rekap-belanja.xlsx")));
    cekRekap(m);
    expect(m.pemetaan.lembar).toEqual({ anggaran: "Rekap Belanja" });
    expect(codes(m)).toEqual([
      "info LEMBAR_DAFTAR Daftar Program!A1",
      "info LEMBAR_SALINAN_TERSEMBUNYI Rekap Belanja (2)!A1",
      "info TABEL_TAK_DITEMUKAN",
      "info TABEL_TAK_DITEMUKAN",
      "info BARIS_REKENING Rekap Belanja!H10",
      "info KOLOM_TAK_DIKENAL Rekap Belanja!P6",
      "info KOLOM_TAK_DIKENAL Rekap Belanja!Q6",
      "info UNIT_ORGANISASI Rekap Belanja!H12",
    ]);
    // 11 sub kegiatan rows of rekening (a group row over two details, plus modal for two) = 33 rows, none a sub kegiatan.
    expect(m.diagnostics.find((d) => d.code === "BARIS_REKENING")?.message).toMatch(/^33 baris/);
  });

  test("one glued kode column, two header rows, amounts typed as text: the same model", async () => {
    const m = bacaWorkbook(await readGrids(path.join(DIR, "sipd-rekap-belanja-kode-gabung.xlsx")));
    cekRekap(m);
    expect(bukanInfo(m)).toEqual([]);
  });

  test("a program's stated pagu that is not the sum of its sub kegiatan is a galat at its cell; its sub kegiatan decide", async () => {
    const wb = bukuRekap(MODEL_SIPD, { ...TATA_DASAR, salinanTersembunyi: false, kode: "gabung", barisNomor: false });
    const ws = wb.getWorksheet("Rekap Belanja")!;
    // Program 1.02.02 of the Dinas: its TOTAL Anggaran typed Rp 1.000 too high.
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === "1.02.01" && row === 0) row = n;
    });
    const total = ws.getRow(row).getCell(7);
    total.value = (total.value as number) + 1000;
    const m = await baca(wb);
    expect(jumlahAnggaran(m.anggaran)).toEqual(TOTAL);
    expect(
      m.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.cell} ${d.found} ${d.expected}`),
    ).toEqual([`JUMLAH_INDUK_BERBEDA G${row} 12725251000 12725250000`]);
  });
});

describe("SIPD rekapitulasi belanja, rows agencies add", () => {
  test("a 'Jumlah' subtotal after each unit does not end the table; 'JUMLAH' written across the kode columns is the grand total", () => {
    const [sheet] = lembarRekap(MODEL_SIPD, { ...TATA_DASAR, salinanTersembunyi: false, kolomKerja: false });
    const g = gridDari(sheet);
    const values = g.values.map((r) => [...r]);
    const rsud = values.findIndex((r) => r[7] === "RUMAH SAKIT UMUM DAERAH");
    const sub = [...values[rsud]];
    sub.splice(0, 8, null, null, null, null, null, null, null, "Jumlah");
    values.splice(rsud, 0, sub);
    const grand = values.findIndex((r) => r[7] === "JUMLAH");
    values[grand] = ["JUMLAH", ...values[grand].slice(1, 7), null, ...values[grand].slice(8)];
    const m = bacaWorkbook([{ ...g, values }]);
    expect(jumlahAnggaran(m.anggaran)).toEqual(TOTAL);
    expect(m.totalTertulis).toMatchObject({ ...TOTAL, sumber: { row: grand } });
    expect(bukanInfo(m)).toEqual([]);
  });
});

describe("SIPD rekapitulasi belanja, columns it is not sure of", () => {
  test("anggaran before and after perubahan: the one after is the year's, and both columns are named", () => {
    const g: Grid = {
      name: "Rekap",
      values: [
        [
          "REKAPITULASI REALISASI BELANJA MENURUT URUSAN PEMERINTAHAN DAERAH, ORGANISASI, PROGRAM, KEGIATAN, SUB KEGIATAN",
        ],
        ["Kode", "Uraian", "Jumlah", null, null, "Catatan"],
        [null, null, "Anggaran Sebelum Perubahan", "Anggaran Setelah Perubahan", "Realisasi", null],
        ["1.02.01", "PROGRAM PENUNJANG", 90, 100, 80, "ok"],
        ["1.02.01.2.01", "Perencanaan", 90, 100, 80, null],
        ["1.02.01.2.01.0001", "Penyusunan Dokumen", 90, 100, 80, null],
      ],
    };
    const m = bacaWorkbook([g]);
    expect(m.anggaran.map((p) => [p.pagu, p.realisasi])).toEqual([[100, 80]]);
    expect(codes(m).filter((c) => /KOLOM/.test(c))).toEqual([
      "info KOLOM_TAK_DIKENAL Rekap!F2",
      "info KOLOM_GANDA Rekap!C2",
    ]);
    expect(bukanInfo(m)).toEqual([]);
  });
});

describe("sheets that are not data", () => {
  const names = Array.from({ length: 225 }, (_, i) => `PROGRAM CONTOH ${i + 1}`);
  const dpa = (): Grid => ({
    name: "DPA",
    values: [
      ["Kode", "Uraian", "Pagu"],
      ["1.02.01", "Program A", 10],
      ["1.02.01.2.01", "Kegiatan A", 10],
      ["1.02.01.2.01.0001", "Sub A", 10],
    ],
  });
  test("a hand-kept list sheet (program names, kegiatan, sumber dana side by side, no figures) is never the budget", () => {
    const ref: Grid = {
      name: "Ref",
      values: [
        ["No", "Program", "Kegiatan", "Sumber Dana"],
        ...names.map((n, i): CellValue[] => [
          i + 1,
          n,
          i < 40 ? `Kegiatan Contoh ${i + 1}` : null,
          i < 3 ? ["PAD", "DAU", "DAK"][i] : null,
        ]),
      ],
    };
    const alone = bacaWorkbook([ref]);
    expect(alone.pemetaan.lembar).toEqual({});
    expect(codes(alone)[0]).toBe("info LEMBAR_DAFTAR Ref!A1");
    const m = bacaWorkbook([ref, dpa()]);
    expect(m.anggaran.map((p) => p.uraian)).toEqual(["Program A"]);
  });

  test("the range a list validation points to is a list, whatever it holds", () => {
    const daftar: Grid = { name: "Pilihan", values: [["Sumber"], ["PAD"], ["DAU"], ["DAK"]] };
    const m = bacaWorkbook([{ ...dpa(), sumberDaftar: ["Pilihan!$A$2:$A$4"] }, daftar]);
    expect(codes(m)).toContain("info LEMBAR_DAFTAR Pilihan!A1");
  });

  test("a page of notes, a sheet of figures and a hidden sheet of the same template with its own figures stay sheets", () => {
    const catatan: Grid = {
      name: "Catatan",
      values: names.slice(0, 6).map((_, i) => [`Catatan rapat ke-${i + 1} tentang anggaran`]),
    };
    const template = (name: string, pagu: number, hidden: boolean): Grid => ({
      name,
      values: [
        ["Kode", "Uraian", "Pagu"],
        ["1.02.01", "Program A", pagu],
        ["1.02.01.2.01", "Kegiatan A", pagu],
        ["1.02.01.2.01.0001", "Sub A", pagu],
      ],
      ...(hidden ? { tersembunyi: true } : {}),
    });
    const m = bacaWorkbook([catatan, template("DPA", 10, false), template("DPA lama", 7, true)]);
    expect(m.diagnostics.filter((d) => /LEMBAR_(DAFTAR|SALINAN)/.test(d.code))).toEqual([]);
    expect(codes(m)).toContain("info PILIHAN_LEMBAR DPA!");
  });
});

describe(".xlsx reader: what tells a sheet is not data", () => {
  test("a hidden sheet's state, a list validation's source in <formula1> and in Excel 2010's x14 <xm:f>", async () => {
    const wb = buildWorkbook([
      {
        name: "Isian",
        rows: [
          ["Program", "Pagu"],
          ["Program A", { f: "=1+1", v: 2 }],
        ],
      },
      { name: "Daftar Program", rows: [["Program"], ["Program A"], ["Program B"]] },
    ]);
    wb.getWorksheet("Daftar Program")!.state = "veryHidden";
    wb.getWorksheet("Isian")!.getCell("A2").dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ["'Daftar Program'!$A$2:$A$3"],
    };
    const zip = new Uint8Array(await wb.xlsx.writeBuffer());
    const [isian, daftar] = await readGrids(zip);
    expect([isian.sumberDaftar, isian.tersembunyi, daftar.tersembunyi]).toEqual([
      ["'Daftar Program'!$A$2:$A$3"],
      undefined,
      true,
    ]);
    // The same validation as Excel 2010+ writes a list from another sheet: inside extLst, its source in <xm:f>.
    const entri = bacaDirektori(zip);
    const part = entri.find((e) => e.nama === "xl/worksheets/sheet1.xml")!;
    const xml = teksEntri(zip, part)
      .replace(/<dataValidations[\s\S]*?<\/dataValidations>/, "")
      .replace(
        "</worksheet>",
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Daftar!$A$2:$A$9</xm:f></x14:formula1><xm:sqref>A2:A9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>',
      );
    const x14 = tulisZip(
      zip,
      entri.map((e) => (e === part ? { nama: e.nama, isi: xml } : { nama: e.nama, salin: e })),
    );
    const [lagi] = await readGrids(x14);
    expect(lagi.sumberDaftar).toEqual(["Daftar!$A$2:$A$9"]);
    expect([lagi.values[1], lagi.formulas?.[1]]).toEqual([
      ["Program A", 2],
      [null, "=1+1"],
    ]);
  });
});

describe("SIPD anggaran kas, one sub kegiatan per sheet", () => {
  const KAS = [
    // kode, pagu, plan per quarter
    ["1.02.01.2.01.0001", 90_000_000, [13_000_000, 29_500_000, 29_500_000, 18_000_000]],
    ["1.02.01.2.01.0006", 10_000_000, [1_250_000, 2_000_000, 2_000_000, 4_750_000]],
    ["1.02.01.2.02.0001", 6_600_000_000, [1_650_000_000, 1_650_000_000, 1_650_000_000, 1_650_000_000]],
    ["1.02.02.2.01.0014", 1_850_000_000, [0, 50_000_000, 1_050_000_000, 750_000_000]],
    ["1.02.02.2.01.0020", 120_000_000, [30_000_000, 30_000_000, 30_000_000, 30_000_000]],
  ];
  test("five sheets (quarters, months, a two-row header) read and combined: 2 programs, 3 kegiatan, 5 sub kegiatan", async () => {
    const m = bacaWorkbook(await readGrids(path.join(DIR, "sipd-anggaran-kas-per-sub.xlsx")));
    expect(of(m, "sub_kegiatan").map((s) => [s.kode, s.pagu, s.rencana?.rp])).toEqual(KAS);
    expect(m.anggaran.map((p) => [p.kode, p.pagu, p.children.map((k) => [k.kode, k.children.length])])).toEqual([
      [
        "1.02.01",
        6_700_000_000,
        [
          ["1.02.01.2.01", 2],
          ["1.02.01.2.02", 1],
        ],
      ],
      ["1.02.02", 1_970_000_000, [["1.02.02.2.01", 2]]],
    ]);
    expect(jumlahAnggaran(m.anggaran).pagu).toBe(8_670_000_000);
    expect(m.tahun).toBe(2024);
    expect(m.perangkatDaerah).toBe("DINAS KESEHATAN");
    expect(codes(m)).toEqual([
      "info TABEL_TAK_DITEMUKAN",
      "info TABEL_TAK_DITEMUKAN",
      "info ANGGARAN_KAS_PER_LEMBAR 0001 Perencanaan!A1",
    ]);
  });

  test("the same sub kegiatan on a second sheet is not counted twice; a total that is not its rekening rows is named", async () => {
    const copy = { ...MODEL_KAS[1], lembar: "0006 (ulang)" };
    const sheets = [...MODEL_KAS, copy].map(lembarKas);
    const jumlah = sheets[0].rows.findIndex((r) => r[1] === "JUMLAH");
    sheets[0].rows[jumlah][2] = { v: 91_000_000, fmt: "#,##0" };
    const m = await baca(buildWorkbook(sheets));
    expect(jumlahAnggaran(m.anggaran).pagu).toBe(8_670_000_000);
    expect(bukanInfo(m)).toEqual([`JUMLAH_INDUK_BERBEDA C${jumlah + 1}`, "SUB_KEGIATAN_GANDA A9"]);
  });
});

describe("SIPD anggaran kas, title and month variants", () => {
  test("title value in the cells after ': ' with kode and name apart; months headed 'Bulan 1' … 'Bulan 12'", async () => {
    const sheet = lembarKas(MODEL_KAS[1]);
    const sub = sheet.rows.findIndex((r) => r[0] === "Sub Kegiatan");
    sheet.rows[sub] = ["Sub Kegiatan", ":", MODEL_KAS[1].sub[0], MODEL_KAS[1].sub[1]];
    const header = sheet.rows.findIndex((r) => r[0] === "Kode Rekening");
    sheet.rows[header] = sheet.rows[header].map((c, i) => (i >= 3 ? `Bulan ${i - 2}` : c));
    const m = await baca(buildWorkbook([sheet, lembarKas(MODEL_KAS[4])]));
    expect(of(m, "sub_kegiatan").map((s) => [s.kode, s.uraian, s.pagu, s.rencana?.rp])).toEqual([
      [MODEL_KAS[1].sub[0], MODEL_KAS[1].sub[1], 10_000_000, [1_250_000, 2_000_000, 2_000_000, 4_750_000]],
      [MODEL_KAS[4].sub[0], MODEL_KAS[4].sub[1], 120_000_000, [30_000_000, 30_000_000, 30_000_000, 30_000_000]],
    ]);
    expect(bukanInfo(m)).toEqual([]);
  });
});

describe("layout generator: one property varied at a time over a known model", () => {
  // Each a one-property change from the base layout; `excel`: read as the add-in's host reads (no merged areas).
  const VARIASI: (Partial<TataLetak> & { excel?: boolean })[] = [
    {},
    { barisJudul: 1 },
    { barisJudul: 2 },
    { kode: "gabung" },
    { rekening: false },
    { salinanTersembunyi: false },
    { barisNomor: false },
    { kolomKerja: false },
    { teks: true },
    { kodeAngka: true },
    { excel: true },
  ];
  const jumlah = (us: readonly UnitSipd[]) => {
    const subs = us.flatMap((u) => u.program.flatMap((p) => p.kegiatan.flatMap((k) => k.sub)));
    return {
      pagu: subs.reduce((s, x) => s + x.operasi[0] + (x.modal?.[0] ?? 0), 0),
      realisasi: subs.reduce((s, x) => s + x.operasi[1] + (x.modal?.[1] ?? 0), 0),
    };
  };
  /** The fixture's model with its figures replaced: realisasi never above anggaran. */
  const model = (xs: readonly number[]): UnitSipd[] => {
    let i = 0;
    const pair = (): [number, number] => {
      const a = xs[i++ % xs.length];
      return [a, Math.floor(a * ((xs[i++ % xs.length] % 100) / 100))];
    };
    return MODEL_SIPD.map((u) => ({
      ...u,
      program: u.program.map((p) => ({
        ...p,
        kegiatan: p.kegiatan.map((k) => ({
          ...k,
          sub: k.sub.map((s): SubSipd => ({ ...s, operasi: pair(), ...(s.modal ? { modal: pair() } : {}) })),
        })),
      })),
    }));
  };
  test.each(VARIASI.map((v) => [JSON.stringify(v), v] as const))(
    "%s: totals read equal the model's, 3 programs and 9 sub kegiatan, no galat and no warning",
    async (_, variasi) => {
      let dicoba = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 1_000_000, max: 50_000_000_000 }), { minLength: 22, maxLength: 22 }),
          async (angka) => {
            const us = model(angka);
            const { excel, ...tata } = variasi;
            const wb = bukuRekap(us, { ...TATA_DASAR, ...tata });
            const grids = await readGrids(new Uint8Array(await wb.xlsx.writeBuffer()));
            const m = bacaWorkbook(excel ? grids.map((g) => ({ ...g, merges: [] })) : grids);
            dicoba++;
            expect(m.anggaran).toHaveLength(3);
            expect(of(m, "sub_kegiatan").map((x) => x.kode)).toEqual(SUB.map((x) => x[0]));
            expect(of(m, "kegiatan").map((x) => x.kode)).toEqual(KEGIATAN);
            expect(jumlahAnggaran(m.anggaran)).toEqual(jumlah(us));
            expect(bukanInfo(m)).toEqual([]);
            // Only the agency's own two columns are left unread; every form column found its group.
            expect(m.diagnostics.filter((d) => d.code === "KOLOM_TAK_DIKENAL")).toHaveLength(
              tata.kolomKerja === false ? 0 : 2,
            );
          },
        ),
        { numRuns: 3, seed: 20 },
      );
      expect(dicoba).toBe(3);
    },
  );
});
