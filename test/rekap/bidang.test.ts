/**
 * One OPD's RFK kept one sheet per bidang: one OPD in the rekap, its sub kegiatan every sheet's (each keeping its
 * sheet), never three OPD ranked against each other. Figures hand-made.
 */
import { gabungBidang } from "../../src/core/rekap/bidang";
import type { BacaanOpd } from "../../src/core/rekap/jenis";

const JT = 1_000_000;
const lembar = (sheet: string, nama: string, pagu: number[], realisasi: number[]): BacaanOpd => ({
  berkas: "rfk-pupr.xlsx",
  sheet,
  nama,
  kode: null,
  periode: { tahun: 2024, bulan: 9, teks: "Keadaan s.d. 30 September 2024" },
  bentuk: "rfk",
  sub: pagu.map((p, i) => ({
    nama: `${sheet} ${i + 1}`,
    row: 12 + i,
    pagu: p,
    rencana: null,
    realisasi: realisasi[i],
    fisikRencana: null,
    fisik: null,
  })),
  barisTotal: 12 + pagu.length,
  temuan: [],
});

test("sheets per bidang of one OPD are one OPD; other OPD and lone units stay apart", () => {
  const { bacaan, temuan } = gabungBidang([
    lembar("Sekretariat", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG - SEKRETARIAT", [300 * JT], [200 * JT]),
    lembar(
      "Bid. Bina Marga",
      "Dinas Pekerjaan Umum dan Penataan Ruang – Bidang Bina Marga",
      [500 * JT, 400 * JT],
      [250 * JT, 100 * JT],
    ),
    lembar("Dinsos", "DINAS SOSIAL", [100 * JT], [90 * JT]),
    lembar("Kec", "KECAMATAN SUKAMAJU - SEKRETARIAT", [50 * JT], [10 * JT]),
  ]);
  expect(bacaan.map((b) => [b.nama, b.sheet, b.sub.length])).toEqual([
    ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Sekretariat, Bid. Bina Marga", 3],
    ["DINAS SOSIAL", "Dinsos", 1],
    // Alone, a "… - SEKRETARIAT" title is that OPD's report as it is.
    ["KECAMATAN SUKAMAJU - SEKRETARIAT", "Kec", 1],
  ]);
  const pupr = bacaan[0];
  expect(pupr.sub.reduce((s, x) => s + x.pagu, 0)).toBe(1200 * JT);
  expect(pupr.sub.reduce((s, x) => s + x.realisasi, 0)).toBe(550 * JT);
  expect(pupr.sub.map((s) => s.sheet)).toEqual(["Sekretariat", "Bid. Bina Marga", "Bid. Bina Marga"]);
  expect(temuan.map((t) => `${t.severity} ${t.code}`)).toEqual(["info LEMBAR_PER_BIDANG"]);
});

test("two periods of the same bidang sheets are not joined", () => {
  const a = lembar("Sekretariat", "DINAS PUPR - SEKRETARIAT", [300 * JT], [200 * JT]);
  const b = {
    ...lembar("Bid. SDA", "DINAS PUPR - BIDANG SDA", [100 * JT], [50 * JT]),
    periode: { tahun: 2024, bulan: 6, teks: "Juni" },
  };
  expect(gabungBidang([a, b]).bacaan).toHaveLength(2);
});
