/**
 * Periksa Konsistensi on a city's RFK (realisasi fisik dan keuangan) in its real layout (scripts/fixtures-rfk.ts):
 * one sheet per SKPD, share-of-total, weighted, deviasi, plan and fisik percentages beside the one real serapan,
 * sub kegiatan without parents. Only the planted errors are galat, at their cells, with figures recomputed from
 * the fixture's data; what follows from them is information naming the cause.
 */
import path from "node:path";
import { REKAP_RFK, SKPD_RFK, TANAM_REKAP, TANAM_RFK } from "../../scripts/fixtures-rfk";
import { periksaLaporan, TemuanAudit } from "../../src/core/audit";
import { Grid } from "../../src/core/grid";
import { readGrids } from "../../src/xlsx/read";

const DIR = path.join(__dirname, "../../samples/fixtures/nyata");
const line = (t: TemuanAudit) => `${t.severity} ${t.code} '${t.sheet}'!${t.cell}`;
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe("the RFK per SKPD", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await readGrids(path.join(DIR, "rfk-per-skpd.xlsx"));
  });

  test("the planted serapan and the short SUM are the only galat; their consequences are info naming them", () => {
    const h = periksaLaporan(grids);
    expect(h.temuan.map(line)).toEqual([
      "error SERAPAN_HITUNG '1 Dinkop'!I13",
      "error JUMLAH_TOTAL '2 Kec Sukamaju'!H17",
      "info SERAPAN_HITUNG '1 Dinkop'!I19",
      "info SERAPAN_HITUNG '2 Kec Sukamaju'!I17",
      "info SISA_HITUNG '2 Kec Sukamaju'!M17",
    ]);
    const [serapan, jumlah, ...akibat] = h.temuan;
    expect(`'${serapan.sheet}'!${serapan.cell}`).toBe(`'${TANAM_RFK.serapan.lembar}'!${TANAM_RFK.serapan.sel}`);
    const rt = SKPD_RFK[0].subs[1];
    expect(serapan).toMatchObject({ tertulis: 0, seharusnya: (rt.realisasi / rt.pagu) * 100 });
    expect(serapan.seharusnya).toBe(80);
    expect(serapan.sel.map((s) => s.cell)).toEqual(["I13", "H13", "C13"]);
    const kec = SKPD_RFK[1].subs;
    expect(jumlah.cell).toBe(TANAM_RFK.jumlah.sel);
    expect(jumlah).toMatchObject({
      tertulis: sum(kec.slice(0, -1).map((s) => s.realisasi)),
      seharusnya: sum(kec.map((s) => s.realisasi)),
    });
    expect(jumlah.seharusnya).toBe(321_800_000);
    expect(akibat.map((t) => t.penyebab)).toEqual([
      "Akibat angka I13 yang keliru, yang ikut dijumlahkan (lihat temuannya)",
      "Akibat jumlah di H17 yang keliru (lihat temuannya)",
      "Akibat jumlah di H17 yang keliru (lihat temuannya)",
    ]);
  });

  test("each sheet states one pagu, realisasi, serapan and sisa; share, weighted, plan, deviasi and fisik % state nothing", () => {
    const h = periksaLaporan(grids);
    expect(h.tabel).toEqual(
      SKPD_RFK.map((s) => ({
        sheet: s.lembar,
        judul: s.lembar,
        baris: s.subs.length + 1,
        isian: ["pagu", "realisasi_anggaran", "serapan", "sisa"],
      })),
    );
  });

  test("with the two errors put right, nothing at all: the same sub kegiatan in two SKPD are not compared", () => {
    const [dinkop, kec] = grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
    const rt = SKPD_RFK[0].subs[1];
    dinkop.values[12][8] = (rt.realisasi / rt.pagu) * 100;
    kec.values[16][7] = sum(SKPD_RFK[1].subs.map((s) => s.realisasi));
    // The TOTAL serapan of Dinkop sums the weighted %, which carried the typed 0.
    dinkop.values[18][8] =
      (sum(SKPD_RFK[0].subs.map((s) => s.realisasi)) / sum(SKPD_RFK[0].subs.map((s) => s.pagu))) * 100;
    expect(periksaLaporan([dinkop, kec]).temuan).toEqual([]);
  });
});

test("the rekap with two sources side by side: the sisa is checked against Laporan RFK, the typed one found", async () => {
  const h = periksaLaporan(await readGrids(path.join(DIR, "rfk-rekap-dua-sumber.xlsx")));
  expect(h.temuan.map(line)).toEqual(["error SISA_HITUNG 'Input'!J13", "info SISA_HITUNG 'Input'!J16"]);
  const dishub = REKAP_RFK[2];
  expect(h.temuan[0]).toMatchObject({
    cell: TANAM_REKAP.sel,
    tertulis: TANAM_REKAP.tertulis,
    seharusnya: dishub.pagu - dishub.realisasi,
  });
  expect(h.temuan[0].seharusnya).toBe(TANAM_REKAP.seharusnya);
  expect(h.temuan[0].sel.map((s) => s.cell)).toEqual(["J13", "C13", "G13"]);
  expect(h.temuan[1].penyebab).toBe("Akibat angka J13 yang keliru, yang ikut dijumlahkan (lihat temuannya)");
});

test("Form-RFK's procurement sheet: the column-number row under a sub-header is no data row of the Jumlah", () => {
  // As the real form: the header's second row (BELUM | SEDANG | SELESAI) is not taken into the header, so the row
  // of column numbers "1 2 3 …" comes after it, inside the table.
  const g: Grid = {
    name: "PBJ",
    values: [
      ["NO", "URAIAN PAKET PEKERJAAN", "NILAI DPA ( Rp )", "JENIS PENGADAAN", "BARANG", null, null, "JUMLAH"],
      [null, null, null, null, "BELUM", "SEDANG", "SELESAI", "BELUM"],
      [1, 2, 3, 4, 5, 6, 7, 8],
      [1, "Belanja Pengadaan Makan Minum Harian Pegawai", 217_800_000, "Pengadaan Langsung", 0, 1, 0, 0],
      [2, "Belanja Pengadaan Alat Tulis Kantor", 45_000_000, "E-Purchasing", 0, 0, 1, 0],
      [null, "Jumlah", 262_800_000, null, 0, 1, 1, 0],
    ],
  };
  expect(periksaLaporan([g]).temuan).toEqual([]);
  // A Jumlah that leaves out the second package is found, against the two packages only (not the "3" above them).
  const salah = {
    ...g,
    values: g.values.map((r, i) => (i === 5 ? [null, "Jumlah", 217_800_000, null, 0, 1, 1, 0] : r)),
  };
  expect(periksaLaporan([salah]).temuan.map((t) => [t.code, t.cell, t.tertulis, t.seharusnya])).toEqual([
    ["JUMLAH_TOTAL", "C6", 217_800_000, 262_800_000],
  ]);
});

test("two tables of one report with the same header (Tabel 3.1, Tabel 3.2) are still compared; two units' copies are not", () => {
  const tabel = (sheet: string, judul: string[], realisasi: number): Grid => ({
    name: sheet,
    values: [
      ...judul.map((j) => [j]),
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"],
      [
        1,
        "Persentase UMKM naik kelas",
        "%",
        20,
        realisasi,
        `${((realisasi / 20) * 100).toFixed(2).replace(".", ",")}%`,
      ],
    ],
  });
  const satuLaporan = periksaLaporan([
    tabel("3.1", ["TABEL 3.1 PENGUKURAN KINERJA", "TAHUN 2024"], 18),
    tabel("3.2", ["TABEL 3.2 CAPAIAN IKU", "TAHUN 2024"], 19),
  ]);
  expect(satuLaporan.temuan.map((t) => `${t.severity} ${t.code} ${t.sheet}!${t.cell}`)).toEqual([
    "error ANTAR_TABEL 3.1!E5",
  ]);
  expect(satuLaporan.temuan[0].message).toContain(
    "realisasi 2024 berbeda antar tabel: 18 ('3.1'!E5) dan 19 ('3.2'!E5)",
  );
  const duaUnit = periksaLaporan([
    tabel("Dinkop", ["LAPORAN KINERJA", "DINAS KOPERASI", "TAHUN 2024"], 18),
    tabel("Kec", ["LAPORAN KINERJA", "KECAMATAN SUKAMAJU", "TAHUN 2024"], 19),
  ]);
  expect(duaUnit.temuan).toEqual([]);
});
