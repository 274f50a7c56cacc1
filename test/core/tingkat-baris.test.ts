/**
 * A row's level decided in one place (issue 20, point 1): src/core/tabel/tingkat-baris.ts, on plain data. The
 * expected levels are written by hand; the precedence is kode › numbering › label words › parent formula ›
 * indentation (when meaningful), and weaker evidence that disagrees is named. Then the reader's hierarchy and the
 * audit's report tables calling the same rule.
 */
import { periksaLaporan } from "../../src/core/audit";
import { tabelLaporan } from "../../src/core/audit/tabel";
import { Grid } from "../../src/core/grid";
import { DaftarTemuan } from "../../src/core/read/diagnostics";
import { BarisMasuk, susunHierarki } from "../../src/core/read/hierarki";
import { Nomenklatur } from "../../src/core/read/nomenklatur";
import { tingkatKolom, tingkatLabel } from "../../src/core/tabel/tingkat";
import {
  indentasiBerarti,
  nomorBaris,
  tingkatBaris,
  tingkatIndentasi,
  tingkatNomor,
  tingkatRumus,
} from "../../src/core/tabel/tingkat-baris";

describe("tingkatBaris: one rule, strongest evidence first", () => {
  test("kode says sub kegiatan, indentation says kegiatan: the kode decides, the indentation is named", () => {
    expect(tingkatBaris({ kode: "sub_kegiatan", nama: "Penyusunan Dokumen RKPD", indentasi: "kegiatan" })).toEqual({
      tingkat: "sub_kegiatan",
      dasar: "kode",
      bertentangan: [{ dasar: "indentasi", tingkat: "kegiatan" }],
    });
  });

  test("kode against a label word: the kode decides, the label is named; agreeing evidence is not", () => {
    expect(tingkatBaris({ kode: "kegiatan", nama: "Program Penunjang", indentasi: "kegiatan" })).toEqual({
      tingkat: "kegiatan",
      dasar: "kode",
      bertentangan: [{ dasar: "label", tingkat: "program" }],
    });
  });

  test("every kind of evidence at once: kode › nomor › label › rumus › indentasi", () => {
    const semua = {
      kode: "program",
      nomor: "kegiatan",
      nama: "Sub Kegiatan X",
      anak: ["sub_kegiatan", "sub_kegiatan"],
      indentasi: "urusan",
    } as const;
    expect(tingkatBaris(semua)?.bertentangan.map((b) => b.dasar)).toEqual(["nomor", "label", "rumus", "indentasi"]);
    expect(tingkatBaris({ ...semua, kode: undefined })).toMatchObject({ tingkat: "kegiatan", dasar: "nomor" });
    expect(tingkatBaris({ ...semua, kode: undefined, nomor: undefined })).toMatchObject({
      tingkat: "sub_kegiatan",
      dasar: "label",
    });
    expect(tingkatBaris({ anak: semua.anak, indentasi: "urusan" })).toMatchObject({
      tingkat: "kegiatan",
      dasar: "rumus",
    });
    expect(tingkatBaris({ indentasi: "urusan" })).toMatchObject({ tingkat: "urusan", dasar: "indentasi" });
    expect(tingkatBaris({ nama: "Penyusunan Dokumen" })).toBeUndefined();
    expect(tingkatBaris({})).toBeUndefined();
  });

  test('label words without kode: "Program", "Kegiatan", "Sub Kegiatan", numbered or not', () => {
    const dari = (nama: string) => tingkatBaris({ nama });
    expect(dari("Program Penunjang Urusan Pemerintahan Daerah")).toMatchObject({ tingkat: "program", dasar: "label" });
    expect(dari("Kegiatan : Perencanaan, Penganggaran")).toMatchObject({ tingkat: "kegiatan", dasar: "label" });
    expect(dari("Sub Kegiatan Penyusunan Dokumen")).toMatchObject({ tingkat: "sub_kegiatan", dasar: "label" });
    expect(dari("1. Sub Kegiatan Penyusunan Dokumen")?.tingkat).toBe("sub_kegiatan");
    expect(dari("a. Kegiatan Koordinasi")?.tingkat).toBe("kegiatan");
    expect(dari("SUB-KEGIATAN Koordinasi")?.tingkat).toBe("sub_kegiatan");
    // "Kegiatan" inside a name is no label word; "Giat" (SIPD's short form) names a column, not a row.
    expect(dari("Penyusunan Laporan Kegiatan")).toBeUndefined();
    expect(dari("Giat Koordinasi")).toBeUndefined();
  });

  test("parent formulas: one level above the children they add, by majority; a formula never makes a unit", () => {
    expect(tingkatRumus(["sub_kegiatan", "sub_kegiatan", "kegiatan"])).toBe("kegiatan");
    expect(tingkatRumus(["kegiatan", undefined])).toBe("program");
    // Above a program the ladder skips organisasi: a formula over programs is a bidang urusan's.
    expect(tingkatRumus(["program", "program"])).toBe("bidang_urusan");
    expect(tingkatRumus([undefined, undefined])).toBeUndefined();
    expect(tingkatRumus(["urusan"])).toBeUndefined();
    expect(tingkatBaris({ anak: ["rincian", "rincian"] })).toMatchObject({ tingkat: "sub_kegiatan", dasar: "rumus" });
  });
});

describe("numbering: 1 / 1.1 / 1.1.1, and a, b, c under a dotted number", () => {
  test("a row's numbering", () => {
    expect(["1", "1.", "1.1", "2.3.4", "12.1", "a", "b.", "c)", 3].map(nomorBaris)).toEqual([
      1,
      1,
      2,
      3,
      2,
      "huruf",
      "huruf",
      "huruf",
      1,
    ]);
    // A kode has zero-padded segments; a decimal is no number of a row.
    expect(["1.02", "1.02.01", "0", "1.1.1.1", "Rp", 2.5, null].map(nomorBaris)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test("numbering without kode gives the levels", () => {
    expect(tingkatNomor(["1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1", null])).toEqual([
      "program",
      "kegiatan",
      "sub_kegiatan",
      "sub_kegiatan",
      "kegiatan",
      "program",
      "kegiatan",
      undefined,
    ]);
    expect(tingkatNomor(["1", "1.1", "a", "b", "1.2", "a"])).toEqual([
      "program",
      "kegiatan",
      "sub_kegiatan",
      "sub_kegiatan",
      "kegiatan",
      "sub_kegiatan",
    ]);
  });

  test("a No column counting 1, 2, 3, or letters under plain numbers, says nothing", () => {
    expect(tingkatNomor([1, 2, 3, 4])).toEqual([undefined, undefined, undefined, undefined]);
    expect(tingkatNomor(["1", "a", "b", "2", "a"])).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(tingkatNomor(["1.1", "1.2", "1.3"])).toEqual([undefined, undefined, undefined]);
  });
});

describe("indentation, only when meaningful in the table", () => {
  test("steps of the smallest indent: none a program, one a kegiatan, two or more a sub kegiatan", () => {
    const baris = [0, 4, 8, 8, 4, 12].map((lekuk, i) => ({ nama: `Baris ${i}`, lekuk }));
    expect(tingkatIndentasi(baris)).toEqual([
      "program",
      "kegiatan",
      "sub_kegiatan",
      "sub_kegiatan",
      "kegiatan",
      "sub_kegiatan",
    ]);
  });

  test("all rows at one indentation are no hierarchy", () => {
    expect(tingkatIndentasi([4, 4, 4].map((lekuk) => ({ nama: "X", lekuk })))).toBeUndefined();
    expect(tingkatIndentasi([0, 0].map((lekuk) => ({ nama: "X", lekuk })))).toBeUndefined();
  });

  test("rows at two indentations naming the same level: the indents mean nothing", () => {
    const baris = [
      { nama: "Sub Kegiatan A", lekuk: 0 },
      { nama: "Sub Kegiatan B", lekuk: 2 },
      { nama: "Sub Kegiatan C", lekuk: 0 },
    ];
    expect(tingkatIndentasi(baris)).toBeUndefined();
    // The same with a glued kode of one depth.
    expect(
      indentasiBerarti([
        { nama: "1.02.01.2.01 Perencanaan", dalam: 1 },
        { nama: "1.02.01.2.02 Evaluasi", dalam: 2 },
      ]),
    ).toBe(false);
    expect(
      indentasiBerarti([
        { nama: "Program A", dalam: 1 },
        { nama: "Kegiatan A1", dalam: 2 },
        { nama: "Program B", dalam: 1 },
      ]),
    ).toBe(true);
  });

  test("a No column counting 1, 2, 3 through indented and unindented rows: a stray space, not a level", () => {
    const baris = [0, 1, 0, 0].map((lekuk, i) => ({ nama: `Penyediaan layanan ${i}`, lekuk }));
    expect(tingkatIndentasi(baris, [[1, 2, 3, 4]])).toBeUndefined();
    expect(tingkatIndentasi(baris, [[1, null, 2, 3]])).toEqual(["program", "kegiatan", "program", "program"]);
  });
});

describe("level words shared by names and SIPD column headers", () => {
  test("tingkatKolom: the flat export's headers (kode_/kd_/nama_/nm_, short forms)", () => {
    expect(tingkatKolom("kode_sub_giat")).toEqual({ tingkat: "sub_kegiatan", kode: true });
    expect(tingkatKolom("kd_giat")).toEqual({ tingkat: "kegiatan", kode: true });
    expect(tingkatKolom("nama_program")).toEqual({ tingkat: "program", kode: false });
    expect(tingkatKolom("subkegiatan")).toEqual({ tingkat: "sub_kegiatan", kode: false });
    expect(tingkatKolom("nm_sub_kegiatan")).toEqual({ tingkat: "sub_kegiatan", kode: false });
    expect(tingkatKolom("kode_bidang_urusan")).toEqual({ tingkat: "bidang_urusan", kode: true });
    expect(["uraian", "", "kode_", "program_prioritas", "jumlah"].map(tingkatKolom)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test("the same words at the start of a name (no short forms there)", () => {
    expect(tingkatLabel("Bidang Urusan Perencanaan")).toBe("bidang_urusan");
    expect(tingkatLabel("Unsur Pendukung")).toBe("urusan");
    expect(tingkatLabel("Belanja Pegawai")).toBe("rincian");
    expect(tingkatLabel("Sub Giat Koordinasi")).toBeUndefined();
  });
});

describe("the reader's hierarchy calls the rule", () => {
  const masuk = (row: number, nama: string, lain: Partial<BarisMasuk> = {}): BarisMasuk => ({
    row,
    nama,
    kode: null,
    nilai: null,
    indent: 0,
    ...lain,
  });
  const susun = (rows: BarisMasuk[]) => {
    const diag = new DaftarTemuan();
    const k = susunHierarki(rows, { nomenklatur: new Nomenklatur(), diag, sheet: "S" });
    return { k: k.map((x) => [x.tingkat, x.dasar, x.induk]), diag: diag.list.map((t) => t.code) };
  };

  test("numbering without kode, label or formula", () => {
    const rows = ["1", "1.1", "1.1.1", "1.1.2", "2", "2.1"].map((nomor, i) => masuk(i, `Uraian ${i}`, { nomor }));
    expect(susun(rows).k).toEqual([
      ["program", "nomor", undefined],
      ["kegiatan", "nomor", 0],
      ["sub_kegiatan", "nomor", 1],
      ["sub_kegiatan", "nomor", 1],
      ["program", "nomor", undefined],
      ["kegiatan", "nomor", 4],
    ]);
  });

  test("formulas giving children: a parent of sub kegiatan is a kegiatan, its parent a program", () => {
    const rows = [
      masuk(0, "Peningkatan Pelayanan", { anak: [1, 4] }),
      masuk(1, "Penyediaan Layanan", { anak: [2, 3] }),
      masuk(2, "Layanan A", { kode: "1.02.01.2.01.0001", tingkatKode: "sub_kegiatan" }),
      masuk(3, "Layanan B", { kode: "1.02.01.2.01.0002", tingkatKode: "sub_kegiatan" }),
      masuk(4, "Pemeliharaan", { anak: [5] }),
      masuk(5, "Sub Kegiatan Perbaikan"),
    ];
    expect(susun(rows).k.map((x) => x.slice(0, 2))).toEqual([
      ["program", "rumus"],
      ["kegiatan", "rumus"],
      ["sub_kegiatan", "kode"],
      ["sub_kegiatan", "kode"],
      ["kegiatan", "rumus"],
      ["sub_kegiatan", "label"],
    ]);
  });

  test("kode says sub kegiatan, indentation kegiatan: the kode; the label disagreeing is a warning", () => {
    const rows = [
      masuk(0, "Program A", { indent: 0 }),
      masuk(1, "Kegiatan A1", { indent: 4 }),
      masuk(2, "Penyusunan", { indent: 4, kode: "1.02.01.2.01.0001", tingkatKode: "sub_kegiatan" }),
      masuk(3, "Kegiatan Evaluasi", { indent: 8, kode: "1.02.01.2.01.0002", tingkatKode: "sub_kegiatan" }),
    ];
    const { k, diag } = susun(rows);
    expect(k.map((x) => x.slice(0, 2))).toEqual([
      ["program", "label"],
      ["kegiatan", "label"],
      ["sub_kegiatan", "kode"],
      ["sub_kegiatan", "kode"],
    ]);
    expect(diag).toEqual(["TINGKAT_BERTENTANGAN"]);
  });

  test("indentation alone, measured in steps over the whole table", () => {
    const rows = [0, 4, 8, 4, 8].map((indent, i) => masuk(i, `Uraian ${i}`, { indent }));
    expect(susun(rows).k).toEqual([
      ["program", "indentasi", undefined],
      ["kegiatan", "indentasi", 0],
      ["sub_kegiatan", "indentasi", 1],
      ["kegiatan", "indentasi", 0],
      ["sub_kegiatan", "indentasi", 3],
    ]);
  });
});

describe("the audit's report tables call the rule", () => {
  const tabel = (nomor: (string | number)[], pagu: number[]): Grid => ({
    name: "Anggaran",
    values: [
      ["Tabel 3.5 Realisasi Anggaran"],
      ["No", "Uraian", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
      ...nomor.map((n, i) => [n, `Uraian ${i + 1}`, pagu[i], pagu[i] - 1_000]),
    ],
  });

  test("a No column numbering 1 / 1.1 / 1.1.1 gives the levels, and a parent's sum is checked against them", () => {
    // 1.1 states 300.000.000 over 100.000.000 + 150.000.000: a galat at C4 (before: no levels, no check).
    const g = tabel(["1", "1.1", "1.1.1", "1.1.2"], [300_000_000, 300_000_000, 100_000_000, 150_000_000]);
    const [t] = tabelLaporan(g, new DaftarTemuan());
    expect(t.baris.map((b) => [b.tingkat, b.dasarTingkat])).toEqual([
      ["program", "nomor"],
      ["kegiatan", "nomor"],
      ["sub_kegiatan", "nomor"],
      ["sub_kegiatan", "nomor"],
    ]);
    const h = periksaLaporan([g]);
    expect(h.temuan.filter((x) => x.code === "JUMLAH_INDUK").map((x) => [x.severity, x.cell])).toEqual([
      ["error", "C4"],
      ["error", "D4"],
    ]);
  });

  test("rows without a number in a numbered table follow the rows above: a guess, never a galat", () => {
    // 1.1 states 300.000.000; its two unnumbered rows add up to 250.000.000.
    const g = tabel(["1", "1.1", "", "", "1.2"], [400_000_000, 300_000_000, 100_000_000, 150_000_000, 100_000_000]);
    const [t] = tabelLaporan(g, new DaftarTemuan());
    expect(t.baris.map((b) => [b.tingkat, b.dasarTingkat, b.tingkatDitebak])).toEqual([
      ["program", "nomor", false],
      ["kegiatan", "nomor", false],
      ["sub_kegiatan", "posisi", false],
      ["sub_kegiatan", "posisi", true],
      ["kegiatan", "nomor", false],
    ]);
    const induk = periksaLaporan([g]).temuan.filter((x) => x.code === "JUMLAH_INDUK");
    // The program's realisasi (399.999.000) against its numbered kegiatan (299.999.000 + 99.999.000): proven, a galat.
    expect(induk.map((x) => [x.severity, x.cell])).toEqual([
      ["error", "D3"],
      ["warning", "C4"],
      ["warning", "D4"],
    ]);
  });

  test("a No column counting 1, 2, 3: no levels, no parent", () => {
    const g = tabel([1, 2, 3], [300_000_000, 100_000_000, 150_000_000]);
    const [t] = tabelLaporan(g, new DaftarTemuan());
    expect(t.baris.map((b) => b.tingkat)).toEqual([null, null, null]);
    expect(periksaLaporan([g]).temuan.filter((x) => x.code === "JUMLAH_INDUK")).toEqual([]);
  });

  test("a row whose pagu is =SUM over labelled sub kegiatan is their kegiatan; a JUMLAH row's formula names no level", () => {
    const g: Grid = {
      name: "Anggaran",
      values: [
        ["Uraian", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
        ["Penyediaan Layanan Dasar", 300, 200],
        ["Sub Kegiatan Layanan Keliling", 100, 90],
        ["Sub Kegiatan Layanan Kantor", 200, 100],
        ["JUMLAH", 300, 200],
      ],
      formulas: [[], [null, "=SUM(B3:B4)", null], [], [], [null, "=SUM(B2)", "=SUM(C2)"]],
    };
    const [t] = tabelLaporan(g, new DaftarTemuan());
    // Before: only "Sub Kegiatan" prefixes, so one sub kegiatan per row and no levels at all.
    expect(t.baris.map((b) => [b.tingkat, b.dasarTingkat])).toEqual([
      ["kegiatan", "rumus"],
      ["sub_kegiatan", "label"],
      ["sub_kegiatan", "label"],
      [null, null],
    ]);
    // Its typed realisasi (200) against the two sub kegiatan its formula names (90 + 100): a galat; the pagu's own
    // formula is checked by its column's pattern, not here.
    const induk = periksaLaporan([g]).temuan.filter((x) => x.code === "JUMLAH_INDUK");
    expect(induk.map((x) => [x.severity, x.cell, x.tertulis, x.seharusnya])).toEqual([["error", "C2", 200, 190]]);
  });

  test("rule KODE_SAJA: in a table whose kode gives the levels, the kode beats indentation and a row without kode has none", () => {
    const g: Grid = {
      name: "Anggaran",
      values: [
        ["Kode", "Uraian", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
        ["1.02.01", "Program A", 300, 290],
        ["1.02.01.2.01", "    Kegiatan A1", 300, 290],
        // Indented like the kegiatan above, yet its kode is a sub kegiatan's.
        ["1.02.01.2.01.0001", "    Penyusunan Dokumen", 300, 290],
        [null, "        Kegiatan tanpa kode", 300, 290],
      ],
    };
    const [t] = tabelLaporan(g, new DaftarTemuan());
    expect(t.baris.map((b) => [b.tingkat, b.dasarTingkat])).toEqual([
      ["program", "kode"],
      ["kegiatan", "kode"],
      ["sub_kegiatan", "kode"],
      [null, null],
    ]);
  });

  test("indented names with label words: each row's label decides, the rest their indentation", () => {
    const g: Grid = {
      name: "Anggaran",
      values: [
        ["Uraian", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
        ["Program Perencanaan", 300, 290],
        ["    Kegiatan Penyusunan", 300, 290],
        ["        Dokumen RKPD", 100, 95],
        ["        Dokumen Renja", 200, 195],
      ],
    };
    const [t] = tabelLaporan(g, new DaftarTemuan());
    expect(t.baris.map((b) => [b.tingkat, b.dasarTingkat])).toEqual([
      ["program", "label"],
      ["kegiatan", "label"],
      ["sub_kegiatan", "indentasi"],
      ["sub_kegiatan", "indentasi"],
    ]);
  });
});

test("indents are typing, not levels, where a row at the outermost indent says it is a sub kegiatan", () => {
  // The city RFK's way: sub kegiatan written with and without "Sub Kegiatan", one with a leading space.
  const baris = [
    { nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah", lekuk: 0 },
    { nama: "Sub Kegiatan Penyediaan Peralatan Rumah Tangga", lekuk: 0 },
    { nama: "Penyediaan Bahan Logistik Kantor", lekuk: 1 },
    { nama: "Sub Kegiatan Fasilitasi Kunjungan Tamu", lekuk: 0 },
  ];
  expect(tingkatIndentasi(baris)).toBeUndefined();
  // The same indents under "Program …" / "Kegiatan …" rows are levels.
  expect(
    tingkatIndentasi([
      { nama: "Program Penunjang Urusan", lekuk: 0 },
      { nama: "Penyediaan Bahan Logistik Kantor", lekuk: 1 },
      { nama: "Program Pengelolaan Keuangan", lekuk: 0 },
      { nama: "Penyediaan Gaji", lekuk: 1 },
    ]),
  ).toEqual(["program", "kegiatan", "program", "kegiatan"]);
});
