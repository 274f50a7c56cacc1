/**
 * A column's meaning from evidence, as the reader's bukti.ts reads it (issue 20, points 2 and 4): a column of
 * percentages is never an amount, whatever label sits over it ("% REALISASI" before the pagu, "Realisasi" merged over
 * Rp and %); its new meaning (a serapan) stands only where realisasi ÷ pagu of its own row proves it. Each grid is
 * ours; the figures are checked by hand in the comments.
 */
import { periksaLaporan, TemuanAudit } from "../../src/core/audit";
import { tabelLaporan } from "../../src/core/audit/tabel";
import { CellValue, Grid } from "../../src/core/grid";
import { buktiTabel } from "../../src/core/read/bukti";
import { DaftarTemuan } from "../../src/core/read/diagnostics";
import type { Table } from "../../src/core/read/tables";

const line = (t: TemuanAudit) => `${t.severity} ${t.code} '${t.sheet}'!${t.cell}`;
const arti = (g: Grid) =>
  tabelLaporan(g, new DaftarTemuan()).map((t) => t.kolom.map((k) => `${String.fromCharCode(65 + k.col)}:${k.isian}`));

// Program A: 90.000.000 of 100.000.000 = 90%; Program B: 40.000.000 of 50.000.000 = 80%; together 130 of 150 = 86,67%.
function realisasiDulu(persenB: number): Grid {
  return {
    name: "Realisasi",
    values: [
      ["Tabel 3.7 Realisasi Anggaran Tahun 2023"],
      ["No", "Program/Kegiatan", "Realisasi", null, "Pagu Anggaran (Rp)", "Sisa Anggaran (Rp)"],
      [null, null, "Rp", "%", null, null],
      [1, "Program A", 90_000_000, 90, 100_000_000, 10_000_000],
      [2, "Program B", 40_000_000, persenB, 50_000_000, 10_000_000],
      [null, "JUMLAH", 130_000_000, 86.67, 150_000_000, 20_000_000],
    ],
  };
}

describe("a percentage is never an amount", () => {
  test("'Realisasi › %' before the pagu is the serapan, not an indicator's realisasi to be added up", () => {
    const g = realisasiDulu(80);
    // Before: D was 'realisasi', and JUMLAH's 86,67 against 90 + 80 = 170 was a galat at D6.
    expect(arti(g)).toEqual([["C:realisasi_anggaran", "D:serapan", "E:pagu", "F:sisa"]]);
    expect(periksaLaporan([g]).temuan).toEqual([]);
  });

  test("read as the serapan, a wrong one is found: Program B's 85% where 40.000.000 ÷ 50.000.000 = 80%", () => {
    const h = periksaLaporan([realisasiDulu(85)]);
    expect(h.temuan.map(line)).toEqual(["error SERAPAN_HITUNG 'Realisasi'!D5"]);
    expect(h.temuan[0]).toMatchObject({ tertulis: 85, seharusnya: 80 });
  });

  test("'% REALISASI' as the first figure column, '% thd pagu' typed as plain numbers", () => {
    const g: Grid = {
      name: "Keuangan",
      values: [
        ["No", "Uraian", "% REALISASI", "REALISASI (Rp)", "ANGGARAN (Rp)"],
        [1, "Program A", 90, 90_000_000, 100_000_000],
        [2, "Program B", 80, 40_000_000, 50_000_000],
        [null, "JUMLAH", 86.67, 130_000_000, 150_000_000],
      ],
    };
    // Before: C was 'realisasi' and 'JUMLAH (realisasi): tertulis 86,67, jumlah 2 baris di atasnya 170,00' a galat.
    expect(arti(g)).toEqual([["C:serapan", "D:realisasi_anggaran", "E:pagu"]]);
    expect(periksaLaporan([g]).temuan).toEqual([]);
  });

  test("'Realisasi Keuangan' merged over Rp and a %-formatted column: the % is no realisasi to compare across tables", () => {
    const pct = [null, null, null, null, "0.00%"];
    const keuangan: Grid = {
      name: "Keuangan",
      values: [
        ["No", "Uraian", "Pagu Anggaran", "Realisasi Keuangan", null],
        [1, "Program Penunjang Urusan", 100_000_000, 90_000_000, 0.9],
        [2, "Program Pelayanan Publik", 50_000_000, 40_000_000, 0.8],
      ],
      numberFormats: [[], pct, pct],
      merges: [{ top: 0, left: 3, bottom: 0, right: 4 }],
    };
    const rekap: Grid = {
      name: "Rekap",
      values: [
        ["No", "Uraian", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
        [1, "Program Penunjang Urusan", 100_000_000, 90_000_000],
        [2, "Program Pelayanan Publik", 50_000_000, 40_000_000],
      ],
    };
    // Before: E was a second 'realisasi_anggaran' (the row's last), and '90,00 vs 90.000.000' two ANTAR_TABEL galat.
    expect(arti(keuangan)).toEqual([["C:pagu", "D:realisasi_anggaran", "E:serapan"]]);
    expect(periksaLaporan([keuangan, rekap]).temuan).toEqual([]);
  });

  test("a % column the arithmetic does not prove a serapan says nothing (a share of the total, not realisasi ÷ pagu)", () => {
    const g: Grid = {
      name: "Porsi",
      values: [
        ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Persentase Realisasi"],
        // 90/130 = 69,23% and 40/130 = 30,77% of the total realisasi: not 90% and 80%.
        [1, "Program A", 100_000_000, 90_000_000, 69.23],
        [2, "Program B", 50_000_000, 40_000_000, 30.77],
      ],
    };
    expect(arti(g)).toEqual([["C:pagu", "D:realisasi_anggaran"]]);
    expect(periksaLaporan([g]).temuan).toEqual([]);
  });

  test("an indicator's 'Realisasi (%)' stays its realisasi where the table has a target: its capaian is still checked", () => {
    const g: Grid = {
      name: "IKU",
      values: [
        ["No", "Indikator", "Target", "Realisasi (%)", "Capaian (%)", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
        [1, "Persentase jalan mantap", 80, 72, 90, 100_000_000, 90_000_000],
        // 45 ÷ 50 × 100 = 90, not 95.
        [2, "Persentase rumah layak huni", 50, 45, 95, 50_000_000, 40_000_000],
      ],
    };
    expect(arti(g)).toEqual([["C:target", "D:realisasi", "E:capaian", "F:pagu", "G:realisasi_anggaran"]]);
    expect(periksaLaporan([g]).temuan.map(line)).toEqual(["error CAPAIAN_HITUNG 'IKU'!E3"]);
  });

  test("'Nilai Anggaran %' (a share) and 'Sisa %' (an efisiensi) by their values", () => {
    const pct = [null, null, null, "0.00%", null, null, "0.00%"];
    const g = {
      name: "Efisiensi",
      values: [
        ["No", "Uraian", "Pagu", "Pagu", "Realisasi Anggaran (Rp)", "Sisa", "Sisa"],
        [1, "Program A", 100_000_000, 0.6667, 90_000_000, 10_000_000, 0.1],
        [2, "Program B", 50_000_000, 0.3333, 40_000_000, 10_000_000, 0.2],
      ] as CellValue[][],
      numberFormats: [[], pct, pct],
    } as Grid;
    expect(arti(g)).toEqual([["C:pagu", "E:realisasi_anggaran", "F:sisa", "G:efisiensi"]]);
    expect(periksaLaporan([g]).temuan).toEqual([]);
  });
});

describe("the reader's evidence says the same", () => {
  test("an amount field over a column of percentages is 'perlu dicek': isi_persen", () => {
    const pct = [null, null, "0.00%"];
    const g = {
      name: "Anggaran",
      values: [
        ["Uraian", "Pagu", "Realisasi"],
        ["Program A", 100_000_000, 0.9],
        ["Program B", 50_000_000, 0.8],
      ],
      numberFormats: [[], pct, pct],
    } as Grid;
    const table: Table = {
      kind: "anggaran",
      sheet: "Anggaran",
      headerRows: [0],
      columns: { uraian: 0, pagu: 1, realisasi_anggaran: 2 },
      rows: [1, 2],
      tahunan: {},
    };
    const b = buktiTabel(g, table, "anggaran");
    const real = b.bidang.find((x) => x.field === "realisasi_anggaran")!;
    expect(real.keraguan).toEqual(["isi_persen"]);
    expect(real.yakin).toBe(false);
    expect(b.bidang.find((x) => x.field === "pagu")!.keraguan).toEqual([]);
  });
});

describe("a row of column numbers beside other cells is no data row", () => {
  // The real Form RFK's INPUT: rows 1–3 hold the table's header and, at its right, a small input form.
  const input: Grid = {
    name: "INPUT",
    values: [
      ["No", "Kode Rekening", "Uraian Kegiatan", "DPA", null, "SKPD", ":", "DINAS PENDIDIKAN"],
      [1, 2, 3, 4, null, "NAMA PROGRAM", ":", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", " ← ( TULIS MANUAL )"],
      [
        1,
        "5.1.02.01.01.0036",
        "Belanja Alat / Bahan Untuk Kegiatan Kantor",
        12_813_000,
        null,
        "NAMA KEGIATAN",
        ":",
        "X",
      ],
      [2, "5.1.02.02.01.0028", "Belanja Jasa Tenaga Pelayanan Umum", 388_800_000],
      [3, "5.1.02.02.01.0030", "Belanja Jasa Tenaga Kebersihan", 259_200_000],
    ],
  };

  test("beside a side form: the table's rows start under it, and the '4' under DPA is no pagu", () => {
    const [t] = tabelLaporan(input, new DaftarTemuan());
    expect(t.baris.map((b) => b.row + 1)).toEqual([3, 4, 5]);
    // Before: row 2 was data and 'Pagu anggaran 3: tertulis 4, jumlah 3 rincian …' an info at D2.
    expect(periksaLaporan([input]).temuan).toEqual([]);
  });

  test("starting mid-sheet (the table in C:F, a note at its right) and further down the table", () => {
    const g: Grid = {
      name: "Renja",
      values: [
        [null, null, "No", "Program", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
        [null, null, "(1)", "(2)", "(3)", "(4)", null, "Catatan: diisi per program"],
        [null, null, 1, "Program A", 100_000_000, 90_000_000],
        [null, null, 2, "Program B", 50_000_000, 40_000_000],
        [null, null, 1, 2, 3, 4, null, "lanjutan"],
        [null, null, 3, "Program C", 25_000_000, 20_000_000],
        [null, null, null, "Jumlah", 175_000_000, 150_000_000],
      ],
    };
    const [t] = tabelLaporan(g, new DaftarTemuan());
    expect(t.baris.map((b) => b.row + 1)).toEqual([3, 4, 6, 7]);
    expect(periksaLaporan([g]).temuan).toEqual([]);
  });

  test("a data row whose name column holds a name is data, even after small whole numbers", () => {
    const g: Grid = {
      name: "Hitung",
      values: [
        ["No", "Kode", "Uraian", "Jumlah Pegawai", "Pagu Anggaran (Rp)"],
        [1, 2, "Sekretariat", 4, 10_000_000, null, "catatan"],
        [2, 3, "Bidang A", 5, 20_000_000],
      ],
    };
    const [t] = tabelLaporan(g, new DaftarTemuan());
    expect(t.baris.map((b) => b.row + 1)).toEqual([2, 3]);
  });
});

describe("a typed JUMLAH under a table's one program", () => {
  // Program 300.000.000 = its kegiatan 300.000.000 = sub kegiatan 200.000.000 + 100.000.000; realisasi 180 + 70 = 250.
  const program = (jumlah: number, pagu = 300_000_000, nama = "Kegiatan Perencanaan"): Grid => ({
    name: "Program",
    values: [
      ["No", "Program/Kegiatan/Sub Kegiatan", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
      [1, "Program Penunjang Urusan Pemerintahan", pagu, 250_000_000],
      [null, nama, 300_000_000, 250_000_000],
      [null, "Sub Kegiatan Penyusunan Dokumen", 200_000_000, 180_000_000],
      [null, "Sub Kegiatan Evaluasi Kinerja", 100_000_000, 70_000_000],
      [null, "JUMLAH", jumlah, 250_000_000],
    ],
  });

  test("levels stated by the names: JUMLAH 310.000.000 against the program's 300.000.000 is a galat at its cell", () => {
    const h = periksaLaporan([program(310_000_000)]);
    // Before: nothing (one top row, no two parts to add).
    expect(h.temuan.map(line)).toEqual(["error JUMLAH_TOTAL 'Program'!C6"]);
    expect(h.temuan[0]).toMatchObject({ tertulis: 310_000_000, seharusnya: 300_000_000 });
    expect(h.temuan[0].sel?.map((s) => s.cell)).toEqual(["C6", "C2"]);
    expect(periksaLaporan([program(300_000_000)]).temuan).toEqual([]);
  });

  test("levels stated by the kode: the same galat", () => {
    const g = program(310_000_000);
    const kode = ["Kode", "1.02.01", "1.02.01.2.01", "1.02.01.2.01.0001", "1.02.01.2.01.0002", null];
    const nama = (v: CellValue) => (typeof v === "string" ? v.replace(/^(Program|Kegiatan|Sub Kegiatan) /, "") : v);
    const k: Grid = { name: "Program", values: g.values.map((r, i) => [kode[i], nama(r[1]), r[2], r[3]]) };
    expect(periksaLaporan([k]).temuan.map(line)).toEqual(["error JUMLAH_TOTAL 'Program'!C6"]);
  });

  test("the program's own total wrong and JUMLAH right: one galat at the program, JUMLAH info naming it", () => {
    const h = periksaLaporan([program(300_000_000, 310_000_000)]);
    expect(h.temuan.map(line)).toEqual(["error JUMLAH_INDUK 'Program'!C2", "info JUMLAH_TOTAL 'Program'!C6"]);
    expect(h.temuan[1].penyebab).toContain("Program Penunjang Urusan Pemerintahan (Program!C2)");
  });

  test("a row whose level only its place gives: which rows JUMLAH adds is not proven, info", () => {
    const h = periksaLaporan([program(310_000_000, 300_000_000, "Perencanaan")]);
    expect(h.temuan.map(line)).toEqual(["info JUMLAH_TOTAL 'Program'!C6"]);
    expect(h.temuan[0].penyebab).toMatch(/ditebak dari urutannya/);
  });

  test("one row without levels and a Jumlah typed 0 (the Form RFK's PBJ sheet): info", () => {
    const g: Grid = {
      name: "PBJ",
      values: [
        ["NO", "URAIAN PAKET PEKERJAAN", "NILAI DPA ( Rp )", "JENIS PENGADAAN"],
        [null, "Belanja Pengadaan Makan Minum Harian Pegawai", 217_800_000, "Pengadaan Langsung (LS)"],
        [],
        ["Jumlah", null, 0],
      ],
    };
    const h = periksaLaporan([g]);
    expect(h.temuan.map(line)).toEqual(["info JUMLAH_TOTAL 'PBJ'!C4"]);
    expect(h.temuan[0]).toMatchObject({ tertulis: 0, seharusnya: 217_800_000 });
  });
});

describe("a JUMLAH over rows whose levels nothing states: galat only when no reading of the rows makes it right", () => {
  // Two programs written as plain rows over their kegiatan: 300 = 200 + 100 and 100 = 100 (pagu, millions); the
  // realisasi 250 = 180 + 70 and 50 = 50. JUMLAH 400 / 300 is the two programs' sum; all five rows add up to 800 / 600.
  const datar = (jumlahPagu: number): Grid => ({
    name: "Datar",
    values: [
      ["No", "Uraian", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
      [1, "Penunjang Urusan Pemerintahan", 300_000_000, 250_000_000],
      [null, "Perencanaan", 200_000_000, 180_000_000],
      [null, "Evaluasi", 100_000_000, 70_000_000],
      [2, "Pelayanan Publik", 100_000_000, 50_000_000],
      [null, "Pelayanan Loket", 100_000_000, 50_000_000],
      [null, "JUMLAH", jumlahPagu, 300_000_000],
    ],
  });

  test("the total of the rows that are not the sum of the rows under them: info naming those rows", () => {
    const h = periksaLaporan([datar(400_000_000)]);
    // Before: two galat, 'tertulis 400.000.000, jumlah 5 baris di atasnya 800.000.000' and the same for D7.
    expect(h.temuan.map(line)).toEqual(["info JUMLAH_TOTAL 'Datar'!C7", "info JUMLAH_TOTAL 'Datar'!D7"]);
    // The pagu alone is ambiguous (100 = 100 twice); the realisasi shows rows 2 and 5 as the parents.
    expect(h.temuan[0].penyebab).toContain("Baris Datar!C2, Datar!C5 tepat jumlah baris di bawahnya");
  });

  test("a total no reading makes right is still a galat: 410.000.000", () => {
    const h = periksaLaporan([datar(410_000_000)]);
    expect(h.temuan.map(line)).toEqual(["error JUMLAH_TOTAL 'Datar'!C7", "info JUMLAH_TOTAL 'Datar'!D7"]);
    expect(h.temuan[0]).toMatchObject({ tertulis: 410_000_000, seharusnya: 800_000_000 });
  });
});

describe("a target opens an indicator's figures: the realisasi after it is no rupiah, even after a pagu", () => {
  const anggaranKinerja = (capaianB: number): Grid => ({
    name: "Program",
    values: [
      ["No", "Program", "Indikator", "Anggaran", null, "Kinerja", null, null],
      [null, null, null, "Pagu", "Realisasi", "Target", "Realisasi", "Capaian"],
      [1, "Program Penunjang Urusan", "Persentase dokumen tepat waktu", 100_000_000, 90_000_000, 80, 72, 90],
      // 45 ÷ 50 × 100 = 90.
      [2, "Program Pelayanan Publik", "Persentase layanan tuntas", 50_000_000, 45_000_000, 50, 45, capaianB],
    ],
  });
  const rekap: Grid = {
    name: "Rekap",
    values: [
      ["No", "Uraian", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
      [1, "Program Penunjang Urusan", 100_000_000, 90_000_000],
      [2, "Program Pelayanan Publik", 50_000_000, 45_000_000],
    ],
  };

  test("'Anggaran › Pagu | Realisasi', then 'Kinerja › Target | Realisasi | Capaian'", () => {
    // Before: G was a second realisasi anggaran (the row's last: 72 and 45 against 90.000.000 and 45.000.000 in the
    // rekap, two ANTAR_TABEL galat) and the capaian had no target and realisasi to be checked against.
    expect(arti(anggaranKinerja(90))).toEqual([
      ["D:pagu", "E:realisasi_anggaran", "F:target", "G:realisasi", "H:capaian"],
    ]);
    expect(periksaLaporan([anggaranKinerja(90), rekap]).temuan).toEqual([]);
  });

  test("the capaian is checked again: 95 where 45 ÷ 50 × 100 = 90", () => {
    const h = periksaLaporan([anggaranKinerja(95), rekap]);
    expect(h.temuan.map(line)).toEqual(["error CAPAIAN_HITUNG 'Program'!H4"]);
    expect(h.temuan[0]).toMatchObject({ tertulis: 95, seharusnya: 90 });
  });
});

describe("a capaian guessed from a bare '%' stands only where realisasi ÷ target proves it", () => {
  const iku = (persen: readonly number[]): Grid => ({
    name: "IKU",
    values: [
      ["No", "Indikator", "Target", "Realisasi", "%"],
      [1, "Indeks kepuasan masyarakat", 80, 84, persen[0]],
      [2, "Persentase dokumen tepat waktu", 90, 81, persen[1]],
      [3, "Nilai SAKIP", 70, 63, persen[2]],
    ],
  });

  test("a weight column (40 + 35 + 25 = 100) is no capaian: nothing to find", () => {
    // Before: three CAPAIAN_HITUNG galat (40 where 84 ÷ 80 × 100 = 105, 35 where 90, 25 where 90).
    expect(periksaLaporan([iku([40, 35, 25])]).temuan).toEqual([]);
    expect(arti(iku([40, 35, 25]))).toEqual([["C:target", "D:realisasi"]]);
  });

  test("a capaian column with one wrong row: kept, and the row found (95 where 81 ÷ 90 × 100 = 90)", () => {
    const h = periksaLaporan([iku([105, 95, 90])]);
    expect(h.temuan.map(line)).toEqual(["error CAPAIAN_HITUNG 'IKU'!E3"]);
    expect(h.temuan[0]).toMatchObject({ tertulis: 95, seharusnya: 90 });
  });
});

describe("a quarter's target or capaian is not the year's", () => {
  test("'Target TW I … TW IV' after the year's target: the capaian is the year's realisasi ÷ the year's target", () => {
    const g: Grid = {
      name: "Triwulan",
      values: [
        [
          "No",
          "Indikator",
          "Target",
          "Target TW I",
          "Target TW II",
          "Target TW III",
          "Target TW IV",
          "Realisasi",
          "Capaian (%)",
        ],
        // 90 ÷ 100 × 100 = 90; 36 ÷ 40 × 100 = 90.
        [1, "Persentase dokumen tepat waktu", 100, 25, 25, 25, 25, 90, 90],
        [2, "Jumlah kajian", 40, 10, 10, 10, 10, 36, 90],
      ],
    };
    // Before: Target TW IV (25, 10) was the row's target: 'seharusnya 90 ÷ 25 × 100 = 360' on both rows.
    expect(arti(g)).toEqual([["C:target", "H:realisasi", "I:capaian"]]);
    expect(periksaLaporan([g]).temuan).toEqual([]);
  });

  test("'Capaian TW I' is no realisasi of the quarter to compare with another table's", () => {
    const a: Grid = {
      name: "Capaian",
      values: [
        ["No", "Indikator", "Target", "Realisasi TW I", "Capaian TW I"],
        [1, "Persentase dokumen tepat waktu", 100, 20, 80],
      ],
    };
    const b: Grid = {
      name: "Realisasi",
      values: [
        ["No", "Indikator", "Target", "Realisasi TW I", "Realisasi TW II"],
        [1, "Persentase dokumen tepat waktu", 100, 20, 45],
      ],
    };
    // Before: 'Capaian TW I' was tw1, the row's last: 80 against 20, an ANTAR_TABEL galat.
    expect(arti(a)).toEqual([["C:target", "D:tw1"]]);
    expect(periksaLaporan([a, b]).temuan).toEqual([]);
  });
});
