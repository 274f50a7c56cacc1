/**
 * A SIPD rekap whose program rows are written "=SUM(D9:D12)/2" (the range holds kegiatan and sub kegiatan rows):
 * the check of a kegiatan's SUM must not take the next program for a detail row it left out. The kode says the
 * program is no child of the kegiatan. Figures as in a Dinas Kesehatan's rekap; in the planted variant the
 * short kegiatan SUM shows in its program, the one row arithmetic proves wrong.
 */
import { periksaLaporan } from "../../src/core/audit";
import { CellValue, Grid } from "../../src/core/grid";

type Baris = [kode: string, uraian: string, pagu: number | string, realisasi: number | string];

/** Rows from row 7 (1-based); a string figure is a formula over column D / E (the letter is put in). */
function lembar(baris: Baris[]): Grid {
  const values: CellValue[][] = [
    ["REKAPITULASI BELANJA MENURUT SUB UNIT, PROGRAM, KEGIATAN TAHUN ANGGARAN 2024"],
    [],
    [],
    [],
    [],
  ];
  const formulas: (string | null)[][] = values.map(() => []);
  values.push(["Kode", "Uraian", "Pagu Anggaran", "Realisasi"]);
  formulas.push([]);
  const nilai = new Map<string, number>();
  const hitung = (f: string, col: string): number => {
    const m = /^=SUM\((\w)(\d+):\w(\d+)\)(\/2)?$/.exec(f);
    if (!m) throw new Error(f);
    let s = 0;
    for (let r = Number(m[2]); r <= Number(m[3]); r++) s += nilai.get(`${col}${r}`) ?? 0;
    return m[4] ? s / 2 : s;
  };
  // Formulas refer to rows below: compute bottom-up.
  const isi: { v: CellValue[]; f: (string | null)[] }[] = baris.map(() => ({ v: [], f: [] }));
  for (let i = baris.length - 1; i >= 0; i--) {
    const r = i + 7;
    const [kode, uraian, ...angka] = baris[i];
    isi[i].v.push(kode, uraian);
    isi[i].f.push(null, null);
    angka.forEach((a, j) => {
      const col = "CD"[j];
      if (typeof a === "number") {
        nilai.set(`${col}${r}`, a);
        isi[i].v.push(a);
        isi[i].f.push(null);
      } else {
        const f = a.replace(/#/g, col);
        const v = hitung(f, col);
        nilai.set(`${col}${r}`, v);
        isi[i].v.push(v);
        isi[i].f.push(f);
      }
    });
  }
  for (const x of isi) {
    values.push(x.v);
    formulas.push(x.f);
  }
  return { name: "Rekap Belanja", values, formulas };
}

const PROGRAM_BAGI_DUA = (kegiatanSub3: string): Baris[] => [
  ["1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "=SUM(#8:#11)/2", "=SUM(#8:#11)/2"],
  ["1.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", "=SUM(#9:#9)", "=SUM(#9:#9)"],
  ["1.02.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 526_009_000, 424_316_476],
  ["1.02.01.2.07", "Pengadaan Barang Milik Daerah Penunjang Urusan", "=SUM(#11:#11)", "=SUM(#11:#11)"],
  ["1.02.01.2.07.0002", "Pengadaan Kendaraan Dinas Operasional", 193_584_000, 130_276_863],
  ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", "=SUM(#13:#17)/2", "=SUM(#13:#17)/2"],
  ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "=SUM(#14:#14)", "=SUM(#14:#14)"],
  ["1.02.02.2.01.0014", "Pengadaan Alat Kesehatan", 239_122_000, 211_733_495],
  ["1.02.02.2.02", "Penyediaan Layanan Kesehatan UKM dan UKP", kegiatanSub3, kegiatanSub3],
  ["1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 608_624_000, 402_278_733],
  ["1.02.02.2.02.0004", "Pengelolaan Pelayanan Kesehatan Balita", 319_458_000, 244_752_934],
  ["1.02.03", "PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN", "=SUM(#19:#20)/2", "=SUM(#19:#20)/2"],
  ["1.02.03.2.02", "Perencanaan Kebutuhan SDM Kesehatan", "=SUM(#20:#20)", "=SUM(#20:#20)"],
  ["1.02.03.2.02.0001", "Pemenuhan Kebutuhan SDM Kesehatan", 971_556_000, 668_557_538],
];

describe("program rows written =SUM(range)/2", () => {
  test("clean: no galat; the kegiatan before the next program left nothing out", () => {
    const h = periksaLaporan([lembar(PROGRAM_BAGI_DUA("=SUM(#16:#17)"))]);
    expect(h.tabel).toHaveLength(1);
    expect(h.temuan.filter((t) => t.severity === "error")).toEqual([]);
  });

  test("planted: a kegiatan SUM short of its second sub kegiatan shows in its program, whose rows it covers", () => {
    const h = periksaLaporan([lembar(PROGRAM_BAGI_DUA("=SUM(#16:#16)"))]);
    const galat = h.temuan.filter((t) => t.severity === "error");
    // The program's =SUM(C13:C17)/2 counts the short kegiatan and its two sub kegiatan: (239.122.000 × 2 +
    // 608.624.000 × 2 + 319.458.000) ÷ 2 = 1.007.475.000, against its kegiatan 239.122.000 + 608.624.000.
    expect(galat.map((t) => `${t.code} ${t.cell}`)).toEqual(["JUMLAH_INDUK C12", "JUMLAH_INDUK D12"]);
    expect(galat[0].message).toContain("tertulis 1.007.475.000, jumlah 2 kegiatan di bawahnya 847.746.000");
  });
});
