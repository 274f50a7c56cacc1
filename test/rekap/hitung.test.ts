/**
 * The rekap's arithmetic on plain data, every figure worked by hand: kelengkapan (lapor, kosong, periode lain, tidak
 * terbaca, belum lapor, ganda), each OPD's DPA, realisasi, %, sisa, pagu-weighted fisik and deviasi, the Pemda total
 * weighted by DPA (not a mean of percentages) with and without the others at 0, categories by named bands, matching
 * to the list by kode, name and short name, the sub kegiatan that need attention.
 */
import {
  BacaanOpd,
  EntriDaftar,
  SubKegiatanOpd,
  angkaOpd,
  kategori,
  kunciNama,
  bulanTahunDariJudul,
  susunRekap,
} from "../../src/core/rekap";

const M = 1_000_000;
const sub = (nama: string, pagu: number, realisasi: number, fisik: number | null, x: Partial<SubKegiatanOpd> = {}) => ({
  nama,
  row: 11,
  pagu,
  rencana: pagu,
  realisasi,
  fisikRencana: fisik === null ? null : 100,
  fisik,
  ...x,
});
const opd = (
  sheet: string,
  nama: string | null,
  subs: readonly SubKegiatanOpd[],
  x: Partial<BacaanOpd> = {},
): BacaanOpd => ({
  berkas: "kota.xlsx",
  sheet,
  nama,
  kode: null,
  periode: { tahun: 2024, bulan: 12, teks: "KONDISI DESEMBER 2024" },
  bentuk: "rfk",
  sub: subs,
  temuan: [],
  ...x,
});

const A = opd("1 Dinkes", "DINAS KESEHATAN", [sub("a", 900 * M, 450 * M, 60), sub("b", 100 * M, 100 * M, 100)]);
const B = opd("2 Kec Utara", "KECAMATAN UTARA", [sub("c", 10 * M, 9 * M, 90)]);
const KOSONG = opd("3 Disdik", null, []);
const LAIN = opd("4 DLH", "DINAS LINGKUNGAN HIDUP", [sub("d", 50 * M, 10 * M, 20)], {
  periode: { tahun: 2024, bulan: 11, teks: "KONDISI NOVEMBER 2024" },
});
const RUSAK = opd("data", null, [], { berkas: "bpbd.xlsx", bentuk: "tak_terbaca", alasan: "tidak ada tabel" });

test("one OPD: DPA, realisasi, % of the DPA, sisa, fisik weighted by pagu (not the mean of the rows' fisik)", () => {
  const a = angkaOpd(A.sub);
  expect(a).toMatchObject({
    dpa: 1000 * M,
    realisasi: 550 * M,
    sisa: 450 * M,
    rencana: 1000 * M,
    bobotFisik: 1000 * M,
  });
  expect(a.persen).toBeCloseTo(0.55, 12);
  // (900 × 60 + 100 × 100) / 1000 = 64, where the mean of the rows would say 80.
  expect(a.fisik).toBeCloseTo(0.64, 12);
  expect(a.deviasiKeu).toBeCloseTo(0.55 - 1, 12);
  expect(a.deviasiFisik).toBeCloseTo(0.64 - 1, 12);
  expect(a.kategori).toBe("Kurang");
  // No DPA: no percentage, never a division by zero; a sub kegiatan without fisik leaves the weight.
  expect(angkaOpd([sub("x", 0, 0, null)])).toMatchObject({
    persen: null,
    fisik: null,
    kategori: null,
    deviasiKeu: null,
  });
  expect(angkaOpd([sub("x", 100, 50, null), sub("y", 300, 300, 100)]).fisik).toBe(1);
});

test("categories by named bands, the boundary inclusive to 1e-9", () => {
  expect(
    [0.9, 0.8999999999999, 0.8, 0.65, 0.6499, null].map((p) =>
      kategori(p, [
        { min: 0.9, label: "Sangat Baik", warna: "" },
        { min: 0.8, label: "Baik", warna: "" },
        { min: 0.65, label: "Cukup", warna: "" },
        { min: -Infinity, label: "Kurang", warna: "" },
      ]),
    ),
  ).toEqual(["Sangat Baik", "Sangat Baik", "Baik", "Cukup", "Kurang", null]);
  expect(
    kategori(0.7, [
      { min: 0.75, label: "Hijau", warna: "" },
      { min: -Infinity, label: "Merah", warna: "" },
    ]),
  ).toBe("Merah");
});

test("kelengkapan and the Pemda total over the OPD that reported, weighted by DPA", () => {
  const r = susunRekap([A, B, KOSONG, LAIN, RUSAK]);
  expect(r.periode).toEqual({ tahun: 2024, bulan: 12 });
  expect(r.kelengkapan.map((k) => [k.nama, k.status, k.dpa])).toEqual([
    ["DINAS KESEHATAN", "lapor", 1000 * M],
    ["KECAMATAN UTARA", "lapor", 10 * M],
    ["Disdik", "kosong", null],
    ["DINAS LINGKUNGAN HIDUP", "periode_lain", 50 * M],
    ["data", "tidak_terbaca", null],
  ]);
  expect(r.kelengkapan[3].keterangan).toBe(
    'periode November 2024 ("KONDISI NOVEMBER 2024"), bukan Desember 2024: tidak dijumlahkan',
  );
  expect(r.kelengkapan[4].keterangan).toBe("tidak ada tabel");
  expect(r.jumlah).toEqual({ lapor: 2, kosong: 1, periode_lain: 1, tidak_terbaca: 1, belum_lapor: 0, ganda: 0 });
  const t = r.total;
  expect(t).toMatchObject({
    jumlahOpd: 2,
    dpa: 1010 * M,
    realisasi: 559 * M,
    sisa: 451 * M,
    dpaLain: 50 * M,
    lainTanpaDpa: 2,
  });
  // 559 / 1010 = 55,35%; the mean of the two OPD's % (55% and 90%) would say 72,5%.
  expect(t.persen).toBeCloseTo(559 / 1010, 12);
  // (1000 × 64 + 10 × 90) / 1010
  expect(t.fisik).toBeCloseTo((640 + 9) / 1010, 12);
  // With DLH (its own DPA of 50) at 0; Disdik and the unreadable file have no DPA anyone states.
  expect(t.persenSemua).toBeCloseTo(559 / 1060, 12);
  expect(t.fisikSemua).toBeCloseTo(649 / 1060, 12);
  expect(t.kategori).toBe("Kurang");
});

test("the list: matched by kode, by name, by short name (the sheet's name); an OPD without a file is belum lapor", () => {
  const daftar: EntriDaftar[] = [
    { nama: "Dinas Kesehatan", kode: "1.02", singkatan: "Dinkes", dpa: 1000 * M, kelompok: "Asisten I" },
    { nama: "Kec. Utara", kode: null, singkatan: null, dpa: 10 * M },
    { nama: "Dinas Pendidikan", kode: "1.01", singkatan: "Disdik", dpa: 300 * M },
    { nama: "Dinas Lingkungan Hidup", kode: null, singkatan: "DLH", dpa: 60 * M },
    { nama: "Badan Pendapatan", kode: "5.02", singkatan: "Bapenda", dpa: 200 * M },
    { nama: "Inspektorat", kode: "6.01", singkatan: null, dpa: 40 * M },
  ];
  const diKode = opd("x", "DINKES KOTA", A.sub, { kode: "1.02" });
  const r = susunRekap([diKode, B, KOSONG, LAIN, opd("y", "BADAN PENDAPATAN DAERAH", [], { bentuk: "tak_terbaca" })], {
    daftar,
  });
  expect(r.kelengkapan.map((k) => [k.nama, k.status, k.dpa, k.kelompok])).toEqual([
    ["Dinas Kesehatan", "lapor", 1000 * M, "Asisten I"],
    ["Kec. Utara", "lapor", 10 * M, null],
    ["Dinas Pendidikan", "kosong", 300 * M, null],
    ["Dinas Lingkungan Hidup", "periode_lain", 50 * M, null],
    ["BADAN PENDAPATAN DAERAH", "tidak_terbaca", null, null],
    ["Badan Pendapatan", "belum_lapor", 200 * M, null],
    ["Inspektorat", "belum_lapor", 40 * M, null],
  ]);
  expect(r.kelengkapan[4].keterangan).toContain("tidak ada di daftar OPD");
  expect(r.kelengkapan[0].keterangan).toBe("");
  // The same DPA from two sources: the list's and the report's rows, compared.
  const beda = susunRekap([A], { daftar: [{ ...daftar[0], dpa: 1_200 * M }] });
  expect(beda.kelengkapan[0].keterangan).toBe("DPA di daftar Rp 1.200.000.000, di laporan Rp 1.000.000.000");
  expect(r.kelengkapan[3].keterangan).toContain("tidak dijumlahkan");
  // The others at 0: 300 (Disdik, the list's) + 50 (DLH, its own rows) + 200 + 40.
  expect(r.total.dpaLain).toBe(590 * M);
  expect(r.total.lainTanpaDpa).toBe(1);
  expect(r.total.persenSemua).toBeCloseTo(559 / 1600, 12);
  expect(r.jumlah.belum_lapor).toBe(2);
});

test("two reports of one OPD: the one with rows counts, the other is ganda and is not added", () => {
  const salinan = opd("pagu", "DINAS KESEHATAN", [sub("PAGU", 5000 * M, 6000 * M, 100)]);
  const r = susunRekap([salinan, A]);
  expect(r.kelengkapan.map((k) => [k.sheet, k.status])).toEqual([
    ["pagu", "ganda"],
    ["1 Dinkes", "lapor"],
  ]);
  expect(r.total.dpa).toBe(1000 * M);
  expect(r.total.dpaLain).toBe(0);
});

test("the period: the one most reports state, or the one given; a report without a period is taken with a note", () => {
  expect(susunRekap([A, B, LAIN], { periode: { tahun: 2024, bulan: 11 } }).kelengkapan.map((k) => k.status)).toEqual([
    "periode_lain",
    "periode_lain",
    "lapor",
  ]);
  const r = susunRekap([A, opd("z", "BAGIAN UMUM", [sub("e", 1, 1, 100)], { periode: null })]);
  expect(r.kelengkapan[1]).toMatchObject({
    status: "lapor",
    keterangan: "periode tidak tertulis di judul; dianggap periode rekap",
  });
  expect(
    [
      "KONDISI DESEMBER 2023",
      "S/D TANGGAL 30 SEPTEMBER 2023",
      "Triwulan III Tahun 2024",
      "Semester I 2025",
      "Keadaan Okt 2022",
      "TAHUN 2023",
    ].map((s) => ((p) => (p ? [p.tahun, p.bulan] : null))(bulanTahunDariJudul(s))),
  ).toEqual([[2023, 12], [2023, 9], [2024, 9], [2025, 6], [2022, 10], null]);
});

test("sub kegiatan that need attention", () => {
  const X = opd("5 Dishub", "DINAS PERHUBUNGAN", [
    sub("lebih", 80 * M, 85 * M, 100),
    sub("fisik lebih", 10 * M, 5 * M, 120),
    sub("tanpa rp", 20 * M, 0, 100),
    sub("nol", 30 * M, 0, 0),
  ]);
  const Y = opd("6 Kec", "KECAMATAN SELATAN", [
    sub("p", 40 * M, 30 * M, 75),
    sub("q", 40 * M, 20 * M, 50),
    sub("r", 20 * M, 20 * M, 100),
  ]);
  const r = susunRekap([X, Y]);
  expect(r.perhatian.map((p) => [p.jenis, p.opd, p.sub?.nama ?? null])).toEqual([
    ["realisasi_lebihi_dpa", "DINAS PERHUBUNGAN", "lebih"],
    ["fisik_lebihi_100", "DINAS PERHUBUNGAN", "fisik lebih"],
    ["fisik_100_tanpa_rp", "DINAS PERHUBUNGAN", "tanpa rp"],
    ["keuangan_nol", "DINAS PERHUBUNGAN", "nol"],
    ["fisik_sama_keuangan", "KECAMATAN SELATAN", null],
  ]);
  expect(r.perhatian[0].message).toBe("realisasi Rp 85.000.000 melebihi DPA Rp 80.000.000");
});

test("names are compared normalised", () => {
  expect(kunciNama("Kec. Banjarmasin  Utara")).toBe(kunciNama("KECAMATAN BANJARMASIN UTARA"));
  expect(kunciNama("Dinas Koperasi & UKM")).toBe(kunciNama("DINAS KOPERASI DAN UKM"));
  expect(kunciNama("RSUD Sultan")).toBe(kunciNama("Rumah Sakit Umum Daerah Sultan"));
});
