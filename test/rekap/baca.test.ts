/**
 * Each OPD's report read and checked on the way in, on the fixtures of scripts/fixtures-rekap.ts (the real rekap's
 * layout and quirks): the title's OPD, kode and period, the RFK columns by their header paths, one sub kegiatan per
 * row, the empty template, the rekap sheet set aside, and each planted inconsistency named at its cell.
 */
import path from "node:path";
import { DAFTAR_REKAP, OPD_ANGKA_LIAR, OPD_KELURAHAN, OPD_REKAP, TANAM_REKAP } from "../../scripts/fixtures-rekap";
import { semuaNode } from "../../src/core/model";
import { bacaWorkbook } from "../../src/core/read";
import { bacaBerkasOpd, bacaDaftar, BacaanOpd, TemuanOpd } from "../../src/core/rekap";
import { readGrids } from "../../src/xlsx/read";

const DIR = path.join(__dirname, "../../samples/fixtures/rekap");
const M = 1_000_000;

let bacaan: BacaanOpd[];
let dilewati: { sheet: string; alasan: string }[];
let temuan: TemuanOpd[];
beforeAll(async () => {
  ({ bacaan, dilewati, temuan } = bacaBerkasOpd("rekap-kota.xlsx", await readGrids(path.join(DIR, "rekap-kota.xlsx"))));
});

test("every OPD sheet read with its title's name, kode and period; the hand-kept rekap sheet set aside", () => {
  expect(
    bacaan.map((b) => [b.sheet, b.nama, b.kode, b.periode && [b.periode.tahun, b.periode.bulan], b.sub.length]),
  ).toEqual([
    ["1 Disdik", null, null, [2024, 12], 0],
    ["2 Dinkes", "DINAS KESEHATAN", null, [2024, 12], 2],
    ["3 BPBD", "BADAN PENANGGULANGAN BENCANA DAERAH", null, [2024, 12], 3],
    ["4 DPRKP", "DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN", "1.04.2.10.0.00.01.0000", [2024, 12], 2],
    ["5 Dishub", "DINAS PERHUBUNGAN", null, [2024, 12], 3],
    ["6 Bag Umum", "BAGIAN UMUM", null, [2024, 11], 1],
    ["7 Kec Sukamaju", "KECAMATAN SUKAMAJU", null, [2024, 12], 3],
  ]);
  expect(dilewati).toEqual([
    {
      sheet: "Cetak",
      alasan: "lembar rekap: 7 dari 7 nilai anggaran adalah rumus ke lembar lain",
      alasanEn: "a rekap sheet: 7 of 7 budget figures are formulas into other sheets",
    },
  ]);
  expect(bacaan[1].kolom).toEqual({
    uraian: "B",
    pagu: "C",
    rencana: "E",
    realisasi: "H",
    serapan: "I",
    fisikRencana: "N",
    fisik: "P",
  });
});

test("each sub kegiatan's figures as the fixture wrote them", () => {
  for (const o of OPD_REKAP)
    expect(
      bacaan
        .find((b) => b.sheet === o.lembar)!
        .sub.map((s) => [s.nama, s.pagu, s.rencana, s.realisasi, s.fisikRencana, s.fisik]),
    ).toEqual(o.subs.map((s) => [s.nama, s.pagu, s.rencana ?? s.pagu, s.realisasi, s.fisikRencana, s.fisik]));
});

test("the planted inconsistencies, each at its cell with both figures; nothing else", () => {
  const temuan = bacaan.flatMap((b) =>
    b.temuan.map((t) => [t.severity, t.code, t.sheet, t.cell, t.tertulis, t.seharusnya]),
  );
  expect(temuan).toEqual([
    ["error", "KONSTANTA_DI_TOTAL", TANAM_REKAP.konstanta.lembar, TANAM_REKAP.konstanta.sel, 100.01, 100],
    // SUM(E12:E15) of rows 12–16: the last sub kegiatan's rencana of 40.000.000 left out.
    [
      "error",
      "JUMLAH_KURANG_BARIS",
      TANAM_REKAP.jumlahPendek.lembar,
      TANAM_REKAP.jumlahPendek.sel,
      250_000_000,
      290_000_000,
    ],
    // 50.000.000 of 100.000.000 spent.
    ["error", "SERAPAN_DIKETIK_NOL", TANAM_REKAP.serapanNol.lembar, TANAM_REKAP.serapanNol.sel, 0, 50],
    // The Terminal Tipe C planted for "perlu perhatian": Rp 85.000.000 spent of a DPA of Rp 80.000.000.
    ["error", "REALISASI_LEBIHI_PAGU", "5 Dishub", "H14", 85_000_000, 80_000_000],
  ]);
  const k = bacaan[1].temuan[0];
  expect(k.message).toBe(
    "'2 Dinkes'!N15: total ditulis =O15+0.01 — konstanta +0.01 ditambahkan ke O15: tertulis 100,01, tanpa konstanta 100.",
  );
  expect(k.berkas).toBe("rekap-kota.xlsx");
  expect(bacaan[2].temuan[0].message).toBe(
    "'3 BPBD'!E16: =SUM(E12:E13) tidak menjumlahkan baris 14 (1 baris berisi angka): tertulis 250.000.000, jumlah semua baris 290.000.000.",
  );
});

test("one OPD per file: the same readings, the file named", async () => {
  const satu = bacaBerkasOpd("opd/02-dinkes.xlsx", await readGrids(path.join(DIR, "opd", "02-dinkes.xlsx")));
  expect(satu.dilewati).toEqual([]);
  expect(satu.bacaan).toEqual([
    {
      ...bacaan[1],
      berkas: "opd/02-dinkes.xlsx",
      temuan: bacaan[1].temuan.map((t) => ({ ...t, berkas: "opd/02-dinkes.xlsx" })),
    },
  ]);
});

test("a file that holds no OPD report is one reading 'tidak terbaca' with why, never dropped", async () => {
  const r = bacaBerkasOpd("daftar-opd.xlsx", await readGrids(path.join(DIR, "daftar-opd.xlsx")));
  expect(r.bacaan).toHaveLength(1);
  expect(r.bacaan[0]).toMatchObject({
    bentuk: "tak_terbaca",
    sub: [],
    alasan: "tidak ada tabel anggaran/RFK yang dikenali",
  });
});

test("the list, read through the table layer: name, kode, short name, DPA and Asisten; the JUMLAH row left out", async () => {
  const d = bacaDaftar(await readGrids(path.join(DIR, "daftar-opd.xlsx")));
  expect(d).toEqual(
    DAFTAR_REKAP.map((x) => ({ nama: x.nama, kode: x.kode, singkatan: x.singkatan, dpa: x.dpa, kelompok: x.asisten })),
  );
});

test("an OPD's own RFK given as the list is no list: its URAIAN KEGIATAN names kegiatan, not OPD", async () => {
  expect(bacaDaftar(await readGrids(path.join(DIR, "opd", "05-dishub.xlsx")))).toBeUndefined();
});

test("the hand-kept rekap sheet checked against the OPD sheets: a row taking another OPD's DPA, a constant added", () => {
  expect(temuan.map((t) => [t.code, t.sheet, t.cell, t.tertulis, t.seharusnya])).toEqual([
    ["REKAP_SALAH_OPD", "Cetak", TANAM_REKAP.rekapSalahOpd.sel, undefined, undefined],
    // Dishub's realisasi 370.000.000 written with -1.
    ["KONSTANTA_DI_REKAP", "Cetak", TANAM_REKAP.konstantaRekap.sel, 369_999_999, 370_000_000],
  ]);
  expect(temuan[0].message).toBe(
    "Cetak!C9: sel ini mengambil angka lembar '2 Dinkes', sedangkan 2 sel lain di barisnya mengambil lembar '3 BPBD'.",
  );
  // One file per OPD has no rekap sheet: nothing to check there.
});

describe("two quirks of the real city RFK, in fixtures of our own", () => {
  test("a kecamatan's sub kegiatan with '(Kelurahan …)' appended: every row read, by the rekap and by the reader", async () => {
    const grids = await readGrids(path.join(DIR, OPD_KELURAHAN.berkas));
    const b = bacaBerkasOpd(OPD_KELURAHAN.berkas, grids).bacaan[0];
    expect(b.sub.map((s) => [s.nama, s.pagu, s.realisasi, s.fisik])).toEqual(
      OPD_KELURAHAN.subs.map((s) => [s.nama, s.pagu, s.realisasi, s.fisik]),
    );
    // The workbook reader: the place in brackets is not part of the name the nomenclature knows, so the penunjang
    // rows are sub kegiatan under their kegiatan and program (before: 0 rows, Rp 0, 7 TINGKAT_TAK_DIKENAL).
    const m = bacaWorkbook(grids);
    const subs = semuaNode(m.anggaran).filter((n) => n.level === "sub_kegiatan");
    expect(subs.length).toBe(7);
    // 10 + 6 + 2 + 2 + 20 + 30 + 30 = 100 and 8 + 6 + 1 + 2 + 15 + 24 + 0 = 56 (millions), as the TOTAL row says.
    expect(m.anggaran.reduce((s, p) => s + (p.pagu ?? 0), 0)).toBe(100 * M);
    expect(m.anggaran.reduce((s, p) => s + (p.realisasi ?? 0), 0)).toBe(56 * M);
    expect(m.diagnostics.filter((d) => d.code === "TINGKAT_TAK_DIKENAL" || d.code === "TOTAL_BERBEDA")).toEqual([]);
  });

  test("stray working figures beside the header (Z9, Z10, row 11): the RFK columns and rows read as without them", async () => {
    const grids = await readGrids(path.join(DIR, OPD_ANGKA_LIAR.berkas));
    const b = bacaBerkasOpd(OPD_ANGKA_LIAR.berkas, grids).bacaan[0];
    expect(b.kolom).toEqual({
      uraian: "B",
      pagu: "C",
      rencana: "E",
      realisasi: "H",
      serapan: "I",
      fisikRencana: "N",
      fisik: "P",
    });
    expect(b.sub.map((s) => [s.row + 1, s.pagu, s.realisasi, s.fisik])).toEqual([
      [12, 5 * M, 4 * M, 80],
      [13, 60 * M, 60 * M, 100],
      [14, 135 * M, 90 * M, 70],
    ]);
    expect(b.temuan).toEqual([]);
  });
});
