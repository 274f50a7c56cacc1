/**
 * Each check of Periksa Konsistensi on small tables given as plain data: what it finds, at which cells, with which
 * figures, and what it leaves alone. Then bad input: diagnostics, never a crash.
 */
import * as path from "path";
import { FIXTURES } from "../../scripts/fixtures";
import { CellValue, Grid } from "../../src/core/grid";
import { periksaLaporan, TemuanAudit } from "../../src/core/audit";
import { SheetInput, workbookBuffer } from "../../scripts/workbook-builder";
import { readGrids } from "../../src/xlsx/read";
import { perSel } from "../../src/core/temuan-kelompok";

const grid = (name: string, values: CellValue[][], numberFormats?: (string | null)[][]): Grid => ({
  name,
  values,
  ...(numberFormats ? { numberFormats } : {}),
});
const audit = (...grids: Grid[]) => periksaLaporan(grids);
// Cell by cell: a finding repeated on adjacent cells is one (test/audit/kelompok.test.ts).
const codes = (t: readonly TemuanAudit[]) => perSel(t).map((x) => `${x.code} ${x.sheet}!${x.cell}`);

describe("a row's own arithmetic", () => {
  test("capaian: rounded is fine, truncated is information, anything else an error with both figures", () => {
    const h = audit(
      grid("T", [
        ["Indikator", "Target", "Realisasi", "Capaian"],
        ["A", 3, 2, "66,67%"], // 66,666…: rounded
        ["B", 3, 2, "66,66%"], // truncated
        ["C", 3, 2, "67,5%"], // wrong
      ]),
    );
    expect(codes(h.temuan)).toEqual(["CAPAIAN_HITUNG T!D4", "PEMBULATAN_TERPOTONG T!D3"]);
    // Shown with the decimals the table used.
    expect(h.temuan[0]).toMatchObject({ severity: "error", tertulis: 67.5, found: "67,5", expected: "66,7" });
    expect(h.temuan[0].seharusnya).toBeCloseTo(200 / 3, 12);
    expect(h.temuan[1].severity).toBe("info");
  });

  test("the issue's case: =60/165 shown as 36,36% and a capaian computed from the shown 36,36", () => {
    const pct = [null, "0%", "0.00%", "0.00%"];
    const h = audit(
      grid(
        "T",
        [
          ["Indikator", "Target", "Realisasi", "Capaian"],
          ["Koperasi Berkualitas", 0.21, 60 / 165, 1.7314],
        ],
        [[], pct],
      ),
    );
    expect(codes(h.temuan)).toEqual(["CAPAIAN_TINGGI T!D2", "PEMBULATAN_ANTARA T!D2"]);
    const t = h.temuan[1];
    expect(t.severity).toBe("info");
    expect(t.tertulis).toBeCloseTo(173.14, 9);
    expect(t.seharusnya).toBeCloseTo((60 / 165 / 0.21) * 100, 9);
    expect(t.message).toContain("sudah dibulatkan");
  });

  test("serapan, sisa and efisiensi recomputed to the rupiah", () => {
    const h = audit(
      grid("A", [
        ["Program", "Pagu", "Realisasi Anggaran", "Serapan (%)", "Sisa Anggaran", "Efisiensi (%)"],
        ["Program X", 1000000, 900000, "90,00", 100000, "10,00"],
        ["Program Y", 1000000, 900000, "91,00", 100001, "9,00"],
      ]),
    );
    expect(codes(h.temuan)).toEqual(["SERAPAN_HITUNG A!D3", "SISA_HITUNG A!E3", "EFISIENSI_HITUNG A!F3"]);
    expect(h.temuan.map((t) => t.seharusnya)).toEqual([90, 100000, 10]);
  });

  test("negative indicators: either method fits; a positive formula on one does not", () => {
    const h = audit(
      grid("T", [
        ["Indikator", "Polaritas", "Target", "Realisasi", "Capaian"],
        ["Stunting", "negatif", 20, 18, "110,00"], // 2 − 18/20
        ["Kemiskinan", "negatif", 20, 16, "125,00"], // 20/16
        ["Inflasi", "negatif", 20, 18, "90,00"], // computed as positive
      ]),
    );
    expect(codes(h.temuan)).toEqual(["CAPAIAN_HITUNG T!E4"]);
    expect(h.temuan[0].seharusnya).toBeCloseTo(110, 9);
  });

  test("every polarity word of the rules: 'Minimal', '(-)', 'Menurun', a phrase; a positive formula on one is still found", () => {
    const h = audit(
      grid("T", [
        ["Indikator", "Polaritas", "Target", "Realisasi", "Capaian"],
        ["Angka kematian ibu", "Minimal", 1.5, 1.37, "108,67%"], // 2 − 1,37/1,5
        ["Angka pengangguran", "(-)", 20, 18, "110,00"],
        ["Angka kemiskinan", "Menurun", 20, 16, "125,00"], // 20/16
        ["Kasus DBD", "Negatif (semakin rendah semakin baik)", 40, 30, "125,00"],
        ["Inflasi", "Minimal", 4, 3, "75,00"], // computed as positive
      ]),
    );
    expect(codes(h.temuan)).toEqual(["CAPAIAN_HITUNG T!E6"]);
    expect(h.temuan[0].seharusnya).toBeCloseTo(125, 9);
  });
});

describe("parents, totals and averages", () => {
  const kegiatan = (jumlah: CellValue[]) =>
    grid("A", [
      ["Program/Kegiatan", "Pagu", "Realisasi Anggaran", "Serapan"],
      ["Program X", 300, 250, "83,33%"],
      ["Kegiatan A", 100, 90, "90,00%"],
      ["Kegiatan B", 150, 160, "106,67%"],
      ["Program Y", 50, 50, "100,00%"],
      ["Kegiatan C", 50, 50, "100,00%"],
      jumlah,
    ]);

  test("a program against its kegiatan, a total against its programs", () => {
    const h = audit(kegiatan(["Jumlah", 350, 300, "85,71%"]));
    // Kegiatan B spends 160 of a pagu of 150: a serapan of 106,67%, proven by its own row.
    expect(codes(h.temuan)).toEqual(["REALISASI_LEBIHI_PAGU A!C4", "JUMLAH_INDUK A!B2"]);
    expect(h.temuan[0]).toMatchObject({ tertulis: 160, seharusnya: 150 });
    expect(h.temuan[0].message).toBe(
      "Kegiatan B: realisasi anggaran Rp 160 melebihi pagu Rp 150 sebesar Rp 10 (serapan 106,67%).",
    );
    expect(h.temuan[1]).toMatchObject({ tertulis: 300, seharusnya: 250 });
    expect(h.temuan[1].sel.map((s) => s.cell)).toEqual(["B2", "B3", "B4"]);
  });

  test("a total row that is not the sum, and a percentage total that adds the percentages up", () => {
    const h = audit(kegiatan(["Jumlah", 360, 300, "183,33%"]));
    expect(codes(h.temuan)).toEqual([
      "REALISASI_LEBIHI_PAGU A!C4",
      "SERAPAN_HITUNG A!D7",
      "JUMLAH_INDUK A!B2",
      "JUMLAH_TOTAL A!B7",
      "PERSEN_DIJUMLAH A!D7",
    ]);
    expect(h.temuan[3]).toMatchObject({ tertulis: 360, seharusnya: 350 });
    expect(h.temuan[4].message).toContain("serapan total = total realisasi ÷ total pagu");
  });

  test("rupiah typed as text ('Rp 19.307.500.000') beside figures typed the English way count in the total", () => {
    const pk = (jumlah: CellValue) =>
      grid("PK 2023", [
        ["No", "Program", "Anggaran (Rp)"],
        [1, "Program A", "Rp 19.307.500.000"],
        [2, "Program B", "1,000,000,000"],
        [3, "Program C", 2_500_000_000],
        [null, "Jumlah", jumlah],
      ]);
    expect(audit(pk("Rp 22.807.500.000")).temuan).toEqual([]);
    const h = audit(pk("22,807,500,100"));
    expect(codes(h.temuan)).toEqual(["JUMLAH_TOTAL PK 2023!C5"]);
    expect([h.temuan[0].tertulis, h.temuan[0].seharusnya]).toEqual([22_807_500_100, 22_807_500_000]);
  });

  test("an average row", () => {
    const h = audit(
      grid("T", [
        ["Indikator", "Target", "Realisasi", "Capaian"],
        ["A", 10, 10, "100%"],
        ["B", 10, 8, "80%"],
        ["Rata-rata", null, null, "95%"],
      ]),
    );
    expect(codes(h.temuan)).toEqual(["RATA_RATA T!D4"]);
    expect(h.temuan[0].seharusnya).toBe(90);
  });

  test("quarterly percentages summed into the year", () => {
    const h = audit(
      grid("R", [
        ["Indikator", "Satuan", "TW I", "TW II", "TW III", "TW IV", "Realisasi"],
        ["Cakupan layanan", "%", "20%", "22%", "25%", "30%", "97%"],
        ["Cakupan lain", "%", "20%", "22%", "25%", "30%", "30%"],
        ["Jumlah pelatihan", "kali", 2, 3, 4, 5, 14],
      ]),
    );
    expect(codes(h.temuan)).toEqual(["PERSEN_DIJUMLAH R!G2"]);
    expect(h.temuan[0]).toMatchObject({ tertulis: 97, seharusnya: 30 });
  });
});

test("yearly percentages summed into a realisasi to date, in the row or from another table", () => {
  const h = audit(
    grid("Renstra", [
      ["Indikator", "Satuan", "Realisasi 2022", "Realisasi 2023", "Realisasi s/d 2023"],
      ["Cakupan layanan", "%", "40%", "45%", "85%"],
      ["Cakupan air", "%", "40%", "45%", "45%"],
      ["Jumlah pelatihan", "kali", 10, 12, 22],
    ]),
  );
  expect(codes(h.temuan)).toEqual(["PERSEN_DIJUMLAH Renstra!E2"]);
  expect(h.temuan[0]).toMatchObject({ tertulis: 85, seharusnya: 45 });
  const lintas = audit(
    grid("3.2", [
      ["Indikator", "Satuan", "Realisasi 2022", "Realisasi 2023"],
      ["Koperasi Berkualitas", "%", "18,18", "36,36"],
    ]),
    grid("3.3", [
      ["Indikator", "Satuan", "Target Renstra", "Realisasi s/d 2023"],
      ["Koperasi Berkualitas", "%", "30", "54,54"],
    ]),
  );
  expect(codes(lintas.temuan)).toContain("PERSEN_DIJUMLAH 3.3!D2");
});

test("'terdapat efisiensi anggaran' beside a sisa of Rp 0", () => {
  const h = audit(
    grid("3.6", [
      ["Sub Kegiatan", "Target", "Realisasi", "Capaian", "Pagu", "Realisasi Anggaran", "Sisa Anggaran", "Keterangan"],
      ["Penyediaan Gaji", 34, 34, "100%", 1000, 1000, 0, "Kegiatan terlaksana, terdapat efisiensi anggaran"],
      ["Penyediaan ATK", 5, 5, "100%", 1000, 900, 100, "Kegiatan terlaksana, terdapat efisiensi anggaran"],
    ]),
  );
  expect(codes(h.temuan)).toEqual(["KATA_BERTENTANGAN 3.6!H2"]);
});

describe("between tables", () => {
  const t1 = grid("Tabel 1", [
    ["Indikator", "Target", "Realisasi", "Capaian"],
    ["Indeks Kepuasan", 80, 82, "102,50"],
    ["Persentase wirausaha", 2, 0.74, "37"],
  ]);

  test("the same indicator with another realisasi; a typo in the name still joins, a shorter precision agrees", () => {
    const t2 = grid("Tabel 2", [
      ["Indikator", "Target", "Realisasi", "% Capaian"],
      ["Indeks Kepuasan", 80, 84, "105,00"],
      ["Presentase Wirausaha", "2,00", "0,74", "37,0"],
    ]);
    const h = audit(t1, t2);
    expect(codes(h.temuan)).toEqual(["ANTAR_TABEL Tabel 1!C2"]);
    // A tie names no likely cause (issue 23: "no value is stated more often" is no cause).
    expect(h.temuan[0].penyebab).toBeUndefined();
    expect(h.temuan[0].sel.map((s) => `${s.sheet}!${s.cell}`)).toEqual(["Tabel 1!C2", "Tabel 2!C2"]);
  });

  test("siblings with near names in one table stay apart", () => {
    const a = grid("A", [
      ["Sub Kegiatan", "Pagu", "Realisasi Anggaran"],
      ["Penerangan Jalan Desa", 400, 380],
      ["Penerangan Jalan Kota", 200, 170],
    ]);
    const b = grid("B", [
      ["Sub Kegiatan", "Pagu", "Realisasi Anggaran"],
      ["Penerangan Jalan Desa", 400, 380],
      ["Penerangan Jalan Kota", 200, 170],
    ]);
    expect(audit(a, b).temuan).toEqual([]);
  });

  test("capaian above 150% is said once per indicator, naming every table that states it", () => {
    const a = grid("A", [
      ["Indikator", "Target", "Realisasi", "Capaian"],
      ["Koperasi", 21, "36,36", "173,14%"],
    ]);
    const b = grid("B", [
      ["Indikator", "Capaian"],
      ["Koperasi", "173,14%"],
    ]);
    const h = audit(a, b);
    expect(codes(h.temuan)).toEqual(["CAPAIAN_TINGGI A!D2"]);
    expect(h.temuan[0].sel.map((s) => `${s.sheet}!${s.cell}`)).toEqual(["A!D2", "B!B2"]);
  });
});

describe("words against numbers", () => {
  test("keterangan and predikat", () => {
    const h = audit(
      grid("T", [
        ["Indikator", "Target", "Realisasi", "Capaian", "Predikat", "Keterangan"],
        ["A", 100, 105, "105%", "Sangat Baik", "Melampaui target"],
        ["B", 100, 60, "60%", "Sangat Baik", "Tercapai"],
        ["C", 100, 100, "100%", "Sesuai Target", "Tidak melampaui target"],
        ["D", 100, 90, "90%", "Melebihi Target", "Belum tercapai"],
      ]),
    );
    expect(codes(h.temuan)).toEqual(["KATA_BERTENTANGAN T!E3", "KATA_BERTENTANGAN T!F3", "KATA_BERTENTANGAN T!E5"]);
  });

  test("without a capaian column, the words are judged against the capaian of the row's polarity", () => {
    const h = audit(
      grid("T", [
        ["Indikator", "Polaritas", "Target", "Realisasi", "Keterangan"],
        ["Angka stunting", "Minimal", 10, 8, "Tercapai"], // (2 × 10 − 8) ÷ 10 = 120%: tercapai is right (8 ÷ 10 = 80% would call it wrong)
        ["Angka kemiskinan", "(-)", 10, 12, "Tercapai"], // (20 − 12) ÷ 10 = 80%: wrong
        ["Cakupan layanan", "Positif", 10, 8, "Tercapai"], // 80%: wrong
      ]),
    );
    expect(codes(h.temuan)).toEqual(["KATA_BERTENTANGAN T!E3", "KATA_BERTENTANGAN T!E4"]);
    expect(perSel(h.temuan)[0].tertulis).toBeCloseTo(80, 9);
  });

  test("a paragraph's capaian against its verdict", () => {
    const teks =
      "Indikator Persentase Wirausaha tahun ini terealisasi 0,74% dari target 2%. Hal tersebut berarti telah memenuhi target, dengan kata lain capaiannya 37%.";
    const ok =
      "Indikator Indeks Kepuasan terealisasi 82 dari target 80 sehingga melampaui target, dengan capaian sebesar 102,50%.";
    const h = audit(
      grid("Uraian", [[teks], [ok]]),
      grid("T", [
        ["Indikator", "Target", "Realisasi", "Capaian"],
        ["Indeks Kepuasan", 80, 82, "102,50"],
      ]),
    );
    expect(codes(h.temuan)).toEqual(["KATA_BERTENTANGAN Uraian!A1"]);
  });
});

test("the sample's input sheets: the audit finds what the reader finds, by another road", async () => {
  const h = periksaLaporan(await readGrids(path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx")));
  expect(codes(h.temuan)).toEqual([
    "JUMLAH_TOTAL PK 2023!C19", // the reader's TOTAL_BERBEDA: the PK's JUMLAH is Rp 9.000 off its programs
    "JUMLAH_INDUK DPA 2023!G8", // the reader's JUMLAH_INDUK_BERBEDA: 10.255.966.594 against 9.384.257.538
    "ANTAR_TABEL PK 2023!C11", // the PK states Program Penunjang at the kegiatan sum, the DPA at its own figure
    "ANTAR_TABEL PK 2023!C16", // the reader's ANGGARAN_PK_BERBEDA: 1.761.348.000 against 1.761.339.000
    "CAPAIAN_TINGGI Realisasi TW IV!H7", // the reader's CAPAIAN_TAK_WAJAR
    "PEMBULATAN_TERPOTONG Realisasi TW IV!H6",
    "PEMBULATAN_ANTARA Realisasi TW IV!H7", // 173,14% typed beside =60/165: computed from the shown 36,36%
    "JUMLAH_INDUK DPA 2023!G7", // info: the agency's pagu is right; the difference is G8's (as the reader says)
    "JUMLAH_TOTAL DPA 2023!G52", // info: the JUMLAH against the programs (the agency's row above only repeats it)
  ]);
  expect(h.temuan[0]).toMatchObject({ tertulis: 32_300_612_788, seharusnya: 32_300_621_788 });
  expect(h.temuan[7]).toMatchObject({ severity: "info", tertulis: 32_300_612_788 });
  // 32.300.612.788 against 33.172.321.844: the 871.709.056 that G8 is off its kegiatan, named as the cause.
  expect(h.temuan[8]).toMatchObject({ severity: "info", seharusnya: 33_172_321_844 });
  expect(h.temuan[8].penyebab).toContain("G8");
  expect(h.temuan[6].message).toContain("36,363636… ÷ 21 × 100 = 173,16%");
});

test.each(FIXTURES.map((f) => f.file))("the layout fixture %s, consistent as built, gives no finding", async (file) => {
  const h = periksaLaporan(await readGrids(path.resolve(__dirname, "../../samples/fixtures", file)));
  expect(h.tabel.length).toBeGreaterThan(0);
  expect(codes(h.temuan)).toEqual([]);
  expect(h.diagnostik).toEqual([]);
});

describe("bad input: diagnostics, never a crash", () => {
  const fromXlsx = async (sheets: SheetInput[]) => periksaLaporan(await readGrids(await workbookBuffer(sheets)));

  test("error cells, unreadable text and a 10,000-character cell", async () => {
    const h = await fromXlsx([
      {
        name: "T",
        rows: [
          ["Indikator", "Target", "Realisasi", "Capaian"],
          ["A", { error: "#DIV/0!" }, 5, "50%"],
          ["B", "sepuluh koma 5", 5, "50%"],
          ["x".repeat(10_000), 10, 5, "50%"],
        ],
      },
    ]);
    expect(h.diagnostik.map((d) => `${d.code} ${d.sheet}!${d.cell}`)).toEqual([
      "SEL_GALAT T!B2",
      "ANGKA_TAK_TERBACA T!B3",
    ]);
    expect(h.temuan).toEqual([]);
    expect(h.tabel[0].baris).toBe(3);
  });

  test("target 0, blank cells and dashes", () => {
    const h = audit(
      grid("T", [
        ["Indikator", "Target", "Realisasi", "Capaian"],
        ["A", 0, 5, "–"],
        ["B", null, null, "-"],
        ["C", "-", 4, null],
      ]),
    );
    expect(h.temuan).toEqual([]);
    expect(h.diagnostik).toEqual([]);
  });

  test("an empty workbook, a sheet of numbers, a header without rows", () => {
    expect(audit().tabel).toEqual([]);
    expect(
      audit(
        grid("Angka", [
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ).temuan,
    ).toEqual([]);
    const h = audit(grid("T", [["Indikator", "Target", "Realisasi", "Capaian"]]));
    expect(h.tabel).toEqual([{ sheet: "T", judul: "T", baris: 0, isian: ["target", "realisasi", "capaian"] }]);
  });

  test("a file whose formulas were never calculated says so", () => {
    const g: Grid = {
      name: "T",
      values: [
        ["Indikator", "Target", "Realisasi", "Capaian"],
        ["A", 10, 5, null],
      ],
      formulas: [[], [null, null, null, "=C2/B2"]],
    };
    expect(audit(g).diagnostik.map((d) => d.code)).toEqual(["RUMUS_BELUM_DIHITUNG"]);
  });

  test("a 20,000-row budget table is checked whole", () => {
    const rows: CellValue[][] = [["Kode", "Uraian", "Pagu", "Realisasi Anggaran", "Sisa"]];
    for (let p = 0; p < 200; p++) {
      rows.push([`1.01.${p}`, `Program ${p}`, 100 * 99, 90 * 99, 10 * 99]);
      for (let k = 0; k < 99; k++) rows.push([`1.01.${p}.${k}`, `Kegiatan ${p}-${k}`, 100, 90, 10]);
    }
    rows[2][4] = 11;
    const h = audit(grid("DPA", rows));
    expect(h.tabel[0].baris).toBe(20_000);
    expect(codes(h.temuan)).toEqual(["SISA_HITUNG DPA!E3"]);
  });
});
