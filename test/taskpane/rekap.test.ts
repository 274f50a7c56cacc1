/**
 * The task pane's Rekap Pemda without a browser: its state, the files it reads (the page's own reading code, given
 * the fixture files as picked files), and what it shows, checked against hand-computed figures and against the CLI's
 * rekap of the same files.
 */
import * as fs from "fs";
import * as path from "path";
import { rekap as rekapCli } from "../../src/cli/rekap";
import {
  AWAL_REKAP,
  angkaPemda,
  barisKelengkapan,
  kelompokPerhatian,
  namaUnduhRekap,
  periodeDiketik,
  reducerRekap,
  susunRekapPane,
  temuanPerBerkas,
} from "../../src/taskpane/rekap";
import { BerkasPilihan, DaftarTakDikenali, bacaRekap, berkasOpd } from "../../src/taskpane/rekap-kerja";
import { STRINGS } from "../../src/taskpane/strings";
import { workbookBuffer } from "../../scripts/workbook-builder";

const DIR = path.join(__dirname, "../../samples/fixtures/rekap");

function pilih(file: string, nama = path.basename(file)): BerkasPilihan {
  const isi = fs.readFileSync(file);
  return {
    name: nama,
    size: isi.length,
    arrayBuffer: async () => isi.buffer.slice(isi.byteOffset, isi.byteOffset + isi.byteLength),
  };
}
const semuaOpd = () => fs.readdirSync(path.join(DIR, "opd")).map((f) => pilih(path.join(DIR, "opd", f)));
const tanpaBatal = () => new AbortController().signal;

test("every OPD file with the list: Kelengkapan first, then the Pemda's figures, hand-checked", async () => {
  const progres: string[] = [];
  const b = await bacaRekap(
    semuaOpd().reverse(),
    { daftar: pilih(path.join(DIR, "daftar-opd.xlsx")) },
    (ke, dari, nama) => progres.push(`${ke}/${dari} ${nama}`),
    tanpaBatal(),
  );
  // Read in name order, one at a time, each announced.
  expect(progres).toEqual([
    "1/7 01-disdik.xlsx",
    "2/7 02-dinkes.xlsx",
    "3/7 03-bpbd.xlsx",
    "4/7 04-dprkp.xlsx",
    "5/7 05-dishub.xlsx",
    "6/7 06-bag-umum.xlsx",
    "7/7 07-kec-sukamaju.xlsx",
  ]);
  const { rekap: h, specs } = susunRekapPane(b, "id");
  expect(barisKelengkapan(h, "id").map((x) => [x.nama, x.status])).toEqual([
    ["Dinas Pendidikan", "kosong"],
    ["Dinas Kesehatan", "lapor"],
    ["Badan Penanggulangan Bencana Daerah", "lapor"],
    ["Dinas Perkim", "lapor"],
    ["Dinas Perhubungan", "lapor"],
    ["Bagian Umum", "periode_lain"],
    ["Kecamatan Sukamaju", "lapor"],
    ["Dinas Lingkungan Hidup", "belum_lapor"],
  ]);
  const dlh = barisKelengkapan(h, "en").find((x) => x.nama === "Dinas Lingkungan Hidup")!;
  expect(dlh).toMatchObject({ sumber: null, dpa: "Rp 250,000,000" });
  const umum = barisKelengkapan(h, "id").find((x) => x.nama === "Bagian Umum")!;
  expect(umum).toMatchObject({ sumber: "06-bag-umum.xlsx › 6 Bag Umum", periode: "November 2024" });
  expect(umum.keterangan).toContain("bukan Desember 2024");
  // Realisasi 440 + 230 + 120 + 370 + 70 = 1.230 of a DPA of 500 + 300 + 200 + 400 + 100 = 1.500 (million): 82,00%.
  // Fisik by pagu: (500·92 + 300·80 + 200·65 + 400·100 + 100·70) / 1.500 = 86,67%. The others at 0: DPA + 1.310
  // (Disdik 1.000, DLH 250, Bagian Umum 60): 1.230 / 2.810 = 43,77%, 130.000 / 2.810 = 46,26%.
  expect(angkaPemda(h, "id")).toEqual({
    jumlahOpd: 5,
    dpa: "Rp 1.500.000.000",
    realisasi: "Rp 1.230.000.000",
    persen: "82,00%",
    fisik: "86,67%",
    dpaLain: "Rp 1.310.000.000",
    lainTanpaDpa: 0,
    persenSemua: "43,77%",
    fisikSemua: "46,26%",
  });
  expect(angkaPemda(h, "en")).toMatchObject({ realisasi: "Rp 1,230,000,000", persen: "82.00%", fisik: "86.67%" });
  expect(STRINGS.id.rekap.jumlah(h.jumlah)).toBe("5 lapor, 1 kosong, 1 periode lain, 0 tidak terbaca, 1 belum lapor");
  expect(namaUnduhRekap(h)).toBe("rekap-pemda-2024-12.xlsx");
  expect(specs.map((x) => x.id)).toEqual(expect.arrayContaining(["rekap-kelengkapan", "rekap-opd", "rekap-perhatian"]));
  expect(specs.find((x) => x.id === "rekap-kelengkapan")!.nama).toBe("Kelengkapan");
  expect(susunRekapPane(b, "en").specs.find((x) => x.id === "rekap-kelengkapan")!.nama).not.toBe("Kelengkapan");

  // The sub kegiatan that need attention, one group per kind, each item where it stands.
  const g = kelompokPerhatian(h.perhatian);
  expect(g.reduce((n, x) => n + x.items.length, 0)).toBe(h.perhatian.length);
  const lebih = g.find((x) => x.jenis === "realisasi_lebihi_dpa")!;
  expect(lebih.items).toEqual([
    {
      opd: "Dinas Perhubungan",
      teks: "realisasi Rp 85.000.000 melebihi DPA Rp 80.000.000",
      teksEn: expect.stringContaining("85,000,000") as string,
      sumber: "05-dishub.xlsx › 5 Dishub",
      baris: 14,
    },
  ]);
  expect(g.find((x) => x.jenis === "fisik_100_tanpa_rp")!.items.map((x) => x.baris)).toEqual([13]);

  // The findings on the way in, per file: the +0.01 of Dinkes, the short SUM of BPBD, the typed 0 of DPRKP.
  const t = temuanPerBerkas(b.bacaan, b.temuanRekap);
  const sel = (f: string) => t.find((x) => x.berkas === f)!.items.map((x) => `${x.sheet}!${x.cell}`);
  expect(sel("02-dinkes.xlsx")).toContain("2 Dinkes!N15");
  expect(sel("03-bpbd.xlsx")).toContain("3 BPBD!E16");
  expect(sel("04-dprkp.xlsx")).toContain("4 DPRKP!I12");
}, 60_000);

test("the pane's rekap of the files is the CLI's: every total and every status", async () => {
  const periode = { tahun: 2024, bulan: 11 };
  const b = await bacaRekap(
    semuaOpd(),
    { daftar: pilih(path.join(DIR, "daftar-opd.xlsx")), periode },
    () => undefined,
    tanpaBatal(),
  );
  const cli = await rekapCli([path.join(DIR, "opd")], undefined, {
    daftar: path.join(DIR, "daftar-opd.xlsx"),
    periode: "2024-11",
  });
  const pane = susunRekapPane(b, "id").rekap;
  expect(pane.total).toEqual(cli.rekap.total);
  expect(pane.kelengkapan.map((x) => [x.nama, x.status, x.dpa])).toEqual(
    cli.rekap.kelengkapan.map((x) => [x.nama, x.status, x.dpa]),
  );
  expect(pane.perhatian.length).toBe(cli.rekap.perhatian.length);
  // November: only Bagian Umum reported it.
  expect(pane.jumlah.lapor).toBe(1);
  expect(angkaPemda(pane, "id")).toMatchObject({ dpa: "Rp 60.000.000", persen: "50,00%", fisik: "50,00%" });
}, 60_000);

test("a file that is no workbook is tidak terbaca with why; lock files and the list itself are not OPD files", async () => {
  const rusak: BerkasPilihan = {
    name: "rusak.xlsx",
    arrayBuffer: async () => new TextEncoder().encode("bukan zip").buffer,
  };
  const kunci: BerkasPilihan = { name: "~$02-dinkes.xlsx", arrayBuffer: async () => new ArrayBuffer(0) };
  const daftar = pilih(path.join(DIR, "daftar-opd.xlsx"));
  const dinkes = pilih(path.join(DIR, "opd", "02-dinkes.xlsx"));
  expect(berkasOpd([rusak, kunci, dinkes, daftar], daftar).map((f) => f.name)).toEqual([
    "02-dinkes.xlsx",
    "rusak.xlsx",
  ]);
  const b = await bacaRekap([rusak, kunci, dinkes], {}, () => undefined, tanpaBatal());
  const h = susunRekapPane(b, "id").rekap;
  const baris = barisKelengkapan(h, "en");
  expect(baris.map((x) => [x.nama, x.status])).toEqual([
    ["DINAS KESEHATAN", "lapor"],
    ["rusak.xlsx", "tidak_terbaca"],
  ]);
  expect(baris[1].keterangan).toMatch(/rusak\.xlsx/);
  expect(angkaPemda(h, "id")).toMatchObject({
    jumlahOpd: 1,
    realisasi: "Rp 440.000.000",
    persen: "88,00%",
    fisik: "92,00%",
  });
  // Without the list, nobody is expected besides who sent a file: the "others at 0" figure equals the figure.
  expect(h.total.dpaLain).toBe(0);
});

test("a list that holds no OPD table is said, naming the file; a cancelled read stops before the next file", async () => {
  const isi = await workbookBuffer([{ name: "Catatan", rows: [["Catatan rapat TEPRA"], ["tanpa tabel"]] }]);
  const bukanDaftar: BerkasPilihan = { name: "catatan.xlsx", arrayBuffer: async () => isi.slice().buffer };
  await expect(bacaRekap(semuaOpd(), { daftar: bukanDaftar }, () => undefined, tanpaBatal())).rejects.toEqual(
    new DaftarTakDikenali("catatan.xlsx"),
  );
  const rusak: BerkasPilihan = { name: "daftar.xlsx", arrayBuffer: async () => new ArrayBuffer(8) };
  await expect(bacaRekap(semuaOpd(), { daftar: rusak }, () => undefined, tanpaBatal())).rejects.toEqual(
    new DaftarTakDikenali("daftar.xlsx"),
  );
  const c = new AbortController();
  const dibaca: string[] = [];
  const jalan = bacaRekap(
    semuaOpd(),
    {},
    (ke, _dari, nama) => {
      dibaca.push(nama);
      if (ke === 2) c.abort();
    },
    c.signal,
  );
  await expect(jalan).rejects.toThrow("Dibatalkan");
  expect(dibaca).toEqual(["01-disdik.xlsx", "02-dinkes.xlsx"]);
});

test("state: a new choice of files drops the rekap read from the earlier ones; the sheets' language only what is written next", () => {
  const hasil = { berkas: ["a.xlsx"], bacaan: [], dilewati: [], temuanRekap: [] };
  let s = reducerRekap(AWAL_REKAP, { type: "berkas", berkas: ["a.xlsx"] });
  s = reducerRekap(s, { type: "mulai" });
  expect(s.sibuk).toBe(true);
  s = reducerRekap(s, { type: "progres", ke: 1, dari: 1, nama: "a.xlsx" });
  expect(s.progres).toEqual({ ke: 1, dari: 1, nama: "a.xlsx" });
  s = reducerRekap(s, { type: "dibaca", hasil });
  expect(s).toMatchObject({ sibuk: false, progres: undefined, hasil });
  s = reducerRekap(s, { type: "ditulis", tulisan: { jenis: "excel", lembar: ["Kelengkapan"] } });
  s = reducerRekap(s, { type: "bahasaLembar", bahasa: "en" });
  expect(s).toMatchObject({ hasil, tulisan: undefined, bahasaLembar: "en" });
  s = reducerRekap(s, { type: "berkas", berkas: ["b.xlsx"] });
  expect(s.hasil).toBeUndefined();
  expect(AWAL_REKAP.bahasaLembar).toBe("id");
  expect(periodeDiketik("")).toBeUndefined();
  expect(periodeDiketik("Desember 2024")).toEqual({ tahun: 2024, bulan: 12 });
  expect(periodeDiketik("12/2024")).toEqual({ tahun: 2024, bulan: 12 });
  expect(periodeDiketik("2024-13")).toBe("salah");
  expect(periodeDiketik("kemarin")).toBe("salah");
});
