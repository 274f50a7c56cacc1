/**
 * Column and row words that agencies of other kabupaten write and that misled the reader (blind tests, our own
 * grids with hand-made figures): "SUMBER DANA" is no pagu; "Realisasi s.d. Tahun Lalu" is no realisasi of the year;
 * "s.d. Bulan Ini" beats "Bulan Lalu" and "Bulan Ini"; a TOTAL written in the kode column closes the table; an LRA by
 * rekening (5 / 5.1 / 5.1.01) holds no program; "Negatif (↓)" is a polarity.
 */
import { bacaWorkbook } from "../../src/core/read";
import { CellValue, Grid } from "../../src/core/grid";
import { fieldOf, LALU, normalLabel } from "../../src/core/read/columns";
import { parsePolaritas } from "../../src/core/rules/capaian";

const g = (name: string, values: CellValue[][], merges: Grid["merges"] = []): Grid => ({ name, values, merges });

test("field words: sumber dana, a previous year, a polarity with its arrow", () => {
  expect(fieldOf("SUMBER DANA")).toBeUndefined();
  expect(fieldOf("PAGU ANGGARAN (Rp)")).toBe("pagu");
  expect(LALU.test(normalLabel("Realisasi Kinerja s.d. Tahun Lalu Rp"))).toBe(true);
  expect(fieldOf("Realisasi Kinerja Tahun Berjalan Rp")).toBe("realisasi_anggaran");
  expect(parsePolaritas("Negatif (↓)")).toBe("negatif");
  expect(parsePolaritas("Positif (↑)")).toBe("positif");
});

test("an RFK with SUMBER DANA and Bulan Lalu | Bulan Ini | s.d. Bulan Ini: pagu from PAGU, realisasi to date", () => {
  const m = bacaWorkbook([
    g(
      "RFK OKT",
      [
        ["LAPORAN REALISASI FISIK DAN KEUANGAN KEADAAN BULAN OKTOBER TAHUN ANGGARAN 2024"],
        [],
        [
          "NO",
          "PROGRAM / KEGIATAN / SUB KEGIATAN",
          "SUMBER DANA",
          "PAGU ANGGARAN (Rp)",
          "REALISASI KEUANGAN",
          null,
          null,
        ],
        [null, null, null, null, "BULAN LALU", "BULAN INI", "S.D. BULAN INI"],
        ["1", "Program Penyelenggaraan Lalu Lintas", null, 500, 300, 50, 350],
        ["a", "Kegiatan Penyediaan Perlengkapan Jalan", null, 500, 300, 50, 350],
        ["1)", "Sub Kegiatan Pengadaan Rambu Lalu Lintas", "DAU", 200, 100, 20, 120],
        ["2)", "Sub Kegiatan Pemeliharaan Marka Jalan", "PAD", 300, 200, 30, 230],
      ],
      [
        // NO, uraian, sumber dana and pagu merged down both header rows; REALISASI KEUANGAN across its three.
        ...[0, 1, 2, 3].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
        { top: 2, left: 4, bottom: 2, right: 6 },
      ],
    ),
  ]);
  expect(m.anggaran.map((p) => [p.pagu, p.realisasi])).toEqual([[500, 350]]);
  expect(m.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

test("TOTAL written in the kode column closes the table: never a sub kegiatan, never counted twice", () => {
  const m = bacaWorkbook([
    g("RFK TW IV", [
      ["LAPORAN REALISASI FISIK DAN KEUANGAN TAHUN ANGGARAN 2024"],
      [],
      ["KODE", "PROGRAM/KEGIATAN/SUB KEGIATAN", "PAGU DPA (Rp)", "REALISASI (Rp)"],
      ["3.27.01", "PROGRAM PENUNJANG URUSAN", 300, 250],
      ["3.27.01.2.02", "Administrasi Keuangan", 300, 250],
      ["3.27.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 300, 250],
      ["TOTAL", null, 300, 250],
    ]),
  ]);
  expect(m.anggaran.map((p) => [p.kode, p.pagu, p.realisasi])).toEqual([["3.27.01", 300, 250]]);
  expect(m.diagnostics.filter((d) => d.severity !== "info" && d.code !== "TABEL_TAK_DITEMUKAN")).toEqual([]);
});

test("an LRA by rekening only holds no program: none invented, no galat against programs it lacks", () => {
  const m = bacaWorkbook([
    g("LRA", [
      ["LAPORAN REALISASI ANGGARAN TAHUN ANGGARAN 2024"],
      [],
      ["Kode Rekening", "Uraian", "Anggaran", "Realisasi"],
      ["5", "BELANJA DAERAH", 1000, 900],
      ["5.1", "BELANJA OPERASI", 700, 650],
      ["5.1.01", "Belanja Pegawai", 400, 390],
      ["5.1.02", "Belanja Barang dan Jasa", 300, 260],
      ["5.2", "BELANJA MODAL", 300, 250],
      ["5.2.02", "Belanja Modal Peralatan dan Mesin", 300, 250],
    ]),
  ]);
  expect(m.anggaran).toEqual([]);
  expect(m.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

test("an IKU with a target per Renstra year gives this year's target, the year the realisasi sheet states", () => {
  const iku = g(
    "IKU",
    [
      ["INDIKATOR KINERJA UTAMA DINAS PENDIDIKAN"],
      ["PERIODE RENSTRA 2021 - 2026"],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Target Kinerja Tahun", null, null, null],
      [null, null, null, null, 2023, 2024, 2025, 2026],
      [1, "Meningkatnya akses pendidikan", "Angka Partisipasi Kasar SMP", "%", 96, 96.5, 97, 97.5],
    ],
    [{ top: 3, left: 4, bottom: 3, right: 7 }, ...[0, 1, 2, 3].map((c) => ({ top: 3, left: c, bottom: 4, right: c }))],
  );
  const realisasi = g("Realisasi IKU 2023", [
    ["REALISASI INDIKATOR KINERJA UTAMA TAHUN 2023"],
    [],
    ["No", "Indikator Kinerja Utama", "Satuan", "Target 2023", "Realisasi 2023"],
    [1, "Angka Partisipasi Kasar SMP", "%", 96, 96.8],
  ]);
  const m = bacaWorkbook([iku, realisasi]);
  const ind = m.sasaran.flatMap((s) => s.indikator);
  expect(ind.map((i) => [i.nama, i.target, i.realisasi?.nilai])).toEqual([["Angka Partisipasi Kasar SMP", 96, 96.8]]);
  expect(m.tahun).toBe(2023);
});
