/**
 * Stock values are not summed across quarters: a level, rate or ratio (%, indeks, hari of a waiting time, ku/ha,
 * orang/bulan, per 100.000, "Jumlah puskesmas yang memenuhi standar") takes the last quarter reported; a flow
 * (dokumen, Rp, "yang diadakan") the sum; when neither the satuan nor the name tells, the sum with a warning that names
 * the indicator. The audit does not call a typed E.81 (13)/(14) that equals the last quarter a galat on such a row.
 * Layouts of the blind test's W5 (Rencana Aksi) and W1 v_twword (E.81), uji2.
 */
import { jenisAkumulasiIndikator, jenisAkumulasiDariKeterangan } from "../../src/core/rules/agregasi";
import { bacaWorkbook } from "../../src/core/read";
import { periksaLaporan } from "../../src/core/audit";
import { CellValue, columnIndex, Grid } from "../../src/core/grid";
import { GayaTriwulan, NodeAnggaran } from "../../src/core/model";
import { jenisNode } from "../../src/core/report/e81";

test("the kind of an indicator from its satuan and name", () => {
  const kasus: [string | null, string, string | undefined][] = [
    ["%", "Persentase ibu hamil yang mendapat pelayanan kesehatan", "nilai_akhir"],
    ["indeks", "Indeks Profesionalitas ASN", "nilai_akhir"],
    ["hari", "Rata-rata waktu penyelesaian layanan kepegawaian", "nilai_akhir"],
    ["ku/ha", "Produktivitas padi", "nilai_akhir"],
    ["orang/bulan", "Jumlah orang yang menerima gaji dan tunjangan ASN", "nilai_akhir"],
    ["per 100.000 KH", "Angka Kematian Ibu (per 100.000 kelahiran hidup)", "nilai_akhir"],
    ["unit", "Jumlah puskesmas yang sarana, prasarana dan alat kesehatannya memenuhi standar", "nilai_akhir"],
    ["kejadian", "Angka kecelakaan lalu lintas per 10.000 kendaraan", "nilai_akhir"],
    ["unit", "Jumlah alat kesehatan/alat penunjang medik yang diadakan", "kumulatif"],
    ["dokumen", "Jumlah dokumen penatausahaan", "kumulatif"],
    ["orang", "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan", "kumulatif"],
    ["Rp", "Nilai investasi", "kumulatif"],
    ["ton GKG", "Produksi padi", "kumulatif"],
    ["hari", "Jumlah hari layanan keliling", undefined],
    ["orang", "Jumlah penyuluh pertanian", undefined],
    [null, "Jumlah wirausaha baru", undefined],
  ];
  expect(kasus.map(([s, n]) => jenisAkumulasiIndikator(s, n))).toEqual(kasus.map((k) => k[2]));
  expect(
    ["nilai terakhir", "kumulatif", "tidak kumulatif", "Indikator negatif: capaian = (2×target − realisasi)"].map(
      jenisAkumulasiDariKeterangan,
    ),
  ).toEqual(["nilai_akhir", "kumulatif", "nilai_akhir", undefined]);
});

// W5: realisasi per quarter to TW III, no annual column.
const renaksi: Grid = {
  name: "Renaksi TW III",
  values: [
    ["MONITORING RENCANA AKSI PENCAPAIAN KINERJA TAHUN 2025"],
    [],
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Keterangan",
    ],
    [
      1,
      "Meningkatnya kualitas layanan",
      "Jumlah usulan kenaikan pangkat yang diproses",
      "dokumen",
      640,
      171,
      148,
      155,
      "kumulatif",
    ],
    [
      null,
      null,
      "Rata-rata waktu penyelesaian layanan kepegawaian (semakin kecil semakin baik)",
      "hari",
      5,
      6,
      5.5,
      4.8,
      null,
    ],
    [null, null, "Jumlah pegawai yang naik pangkat tepat waktu", "orang", 300, 80, 70, 90, "nilai terakhir"],
    [null, null, "Jumlah penyuluh kepegawaian", "orang", 12, 10, 11, 12, null],
  ] as CellValue[][],
};

test("W5: 'Rata-rata waktu penyelesaian layanan' (hari) is the last quarter, 4,8 (not 16,3): capaian 2 − 4,8/5 = 104%", () => {
  const m = bacaWorkbook([renaksi]);
  const ind = m.sasaran.flatMap((s) => s.indikator);
  expect(ind.map((i) => i.realisasi?.nilai)).toEqual([
    171 + 148 + 155, // dokumen: a flow, 474
    4.8,
    90, // Keterangan "nilai terakhir"
    10 + 11 + 12, // cannot be told: summed, with a warning
  ]);
  expect(ind[1].polaritas).toBe("negatif");
  const w = m.diagnostics.filter((d) => d.code === "REALISASI_DARI_TW" && d.severity === "warning");
  expect(w.map((d) => d.cell)).toEqual(["C7"]);
  expect(w[0].message).toContain("Jumlah penyuluh kepegawaian");
  expect(w[0].message).toContain("jenis akumulasi");
});

// W1 v_twword: the E.81 with K|Rp pairs per quarter; (14) = SUM of the quarters on every row but one, typed as the
// last quarter on "orang/bulan".
const KOLOM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("").concat(["AA", "AB", "AC", "AD"]);
const kanan = (c: string) => KOLOM[columnIndex(c)! + 1];
function e81(satuan13: string, indikator13: string): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const set = (r: number, col: string, v: CellValue, f?: string) => {
    const c = columnIndex(col)!;
    values[r] ??= [];
    values[r][c] = v;
    if (f) {
      formulas[r] ??= [];
      formulas[r][c] = f;
    }
  };
  set(0, "A", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN");
  set(1, "A", "DINAS KESEHATAN");
  set(2, "A", "Periode Pelaksanaan: Triwulan IV Tahun Anggaran 2024");
  const h1: Record<string, string> = {
    A: "No",
    B: "Sasaran",
    C: "Kode",
    D: "Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub Kegiatan",
    E: "Indikator Kinerja Program (outcome) / Kegiatan (output)",
    F: "Satuan",
  };
  const blok: [string, string][] = [
    ["G", "Target Kinerja dan Anggaran Renstra Perangkat Daerah Tahun 2021-2026 (Akhir Periode Renstra)"],
    ["I", "Realisasi Capaian Kinerja dan Anggaran Renstra Perangkat Daerah sampai dengan Renja Tahun Lalu (2023)"],
    ["K", "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2024)"],
    ["M", "Realisasi Kinerja Pada Triwulan"],
    ["O", "Realisasi Kinerja Pada Triwulan"],
    ["Q", "Realisasi Kinerja Pada Triwulan"],
    ["S", "Realisasi Kinerja Pada Triwulan"],
    ["U", "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi (2024)"],
    ["W", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)"],
    ["Y", "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun 2024"],
    ["AA", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun 2024 (%)"],
  ];
  const tw = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  for (const r of [5, 6, 7]) {
    for (const [c, v] of Object.entries(h1)) set(r, c, v);
    blok.forEach(([c, v], i) => {
      const c2 = kanan(c);
      const sub = r === 6 && i >= 3 && i <= 6 ? tw[i - 3] : v;
      set(r, c, r === 7 ? (i >= 8 && i !== 9 ? "K (%)" : "K") : sub);
      set(r, c2, r === 7 ? (i >= 8 && i !== 9 ? "Rp (%)" : "Rp") : sub);
    });
    set(r, "AC", "Unit Penanggung Jawab");
    set(r, "AD", "Ket.");
  }
  // Rows 10–15: program, kegiatan, four sub kegiatan; the last one the indicator under test.
  const subs: [string, string, string, number[], number][] = [
    ["1.02.01.2.02.0002", "Jumlah dokumen perencanaan", "dokumen", [3, 3, 3, 3], 12],
    ["1.02.01.2.02.0003", "Jumlah dokumen penatausahaan", "dokumen", [3, 4, 3, 2], 12],
    ["1.02.01.2.02.0004", "Jumlah laporan keuangan", "laporan", [1, 1, 1, 1], 4],
    ["1.02.01.2.02.0001", indikator13, satuan13, [408, 410, 410, 411], 412],
  ];
  set(9, "C", "1.02.01");
  set(9, "D", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota");
  set(10, "C", "1.02.01.2.02");
  set(10, "D", "Administrasi Keuangan Perangkat Daerah");
  for (const [r, ind, sat, k] of [
    [9, "Nilai SAKIP Dinas Kesehatan", "nilai", 72],
    [10, "Persentase laporan keuangan yang disusun tepat waktu", "%", 100],
  ] as const) {
    set(r, "E", ind);
    set(r, "F", sat);
    set(r, "K", k);
    set(r, "L", 4_000_000);
    set(r, "V", 4_000_000);
  }
  subs.forEach(([kode, ind, sat, q, target], i) => {
    const r = 11 + i;
    const n = r + 1;
    set(r, "C", kode);
    set(r, "D", `Sub kegiatan ${i + 1}`);
    set(r, "E", ind);
    set(r, "F", sat);
    set(r, "K", target);
    set(r, "L", 1_000_000);
    ["M", "O", "Q", "S"].forEach((c, j) => {
      set(r, c, q[j]);
      set(r, kanan(c), 250_000);
    });
    const jumlah = q.reduce((s, x) => s + x, 0);
    if (i < 3) set(r, "U", jumlah, `SUM(M${n},O${n},Q${n},S${n})`);
    else set(r, "U", q[3]);
    set(r, "V", 1_000_000, `SUM(N${n},P${n},R${n},T${n})`);
  });
  const padat = <T>(rows: T[][]) => Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
  return { name: "E.81 TW IV", values: padat(values), formulas: padat(formulas) };
}

const konstanta = (g: Grid) =>
  periksaLaporan([g])
    .temuan.filter((t) => t.code === "RUMUS_KONSTANTA")
    .map((t) => `${t.severity} ${t.cell}`);

test("W1 v_twword U13: (13) typed 411 = TW IV on an 'orang/bulan' row among SUM formulas: info, not galat", () => {
  const g = e81("orang/bulan", "Jumlah orang yang menerima gaji dan tunjangan ASN");
  expect(konstanta(g)).toEqual(["info U15"]);
  const t = periksaLaporan([g]).temuan.find((x) => x.code === "RUMUS_KONSTANTA")!;
  expect(t.message).toContain("sama dengan S15 (nilai terakhir)");
  expect(t.message).toContain("1.639"); // 408 + 410 + 410 + 411
});

test("the same typed last quarter on a flow (dokumen) is still a galat", () => {
  expect(konstanta(e81("dokumen", "Jumlah dokumen pelaksanaan anggaran"))).toEqual(["error U15"]);
});

test("E.81 quarters derived from a cumulative progress are increments: summed even on a stock row (a real form: 4 × 11,25 = 45 orang/bulan)", () => {
  const node = (gaya: GayaTriwulan) =>
    ({
      kinerja: {
        indikator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
        satuan: "Orang / Bulan",
        target: 45,
        realisasi: null,
      },
      triwulan: { gaya, k: [11.25, 11.25, 11.25, 11.25], rp: [null, null, null, null] },
    }) as unknown as NodeAnggaran;
  expect(jenisNode(node("tambahan"))).toBe("nilai_akhir");
  expect(jenisNode(node("kumulatif_dikurangi"))).toBe("kumulatif");
  expect(jenisNode(node("kumulatif_fraksi"))).toBe("kumulatif");
});
