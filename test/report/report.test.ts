/** The report specs of the sample, checked as plain data: golden figures, formulas, and text safety. */
import * as path from "path";
import { bacaWorkbook } from "../../src/core/read";
import { buatLaporan, fmtNilai, Laporan } from "../../src/core/report";
import { instansiDariJudul } from "../../src/core/report/instansi";
import { barisTeks, HURUF_MIN, ukuranCetak } from "../../src/core/report/lembar";
import { cetakLembar, tataKolom, ukuranHuruf } from "../../src/core/report/gaya";
import { susunLaporan } from "../../src/core/report/susun";
import { SheetSpec, SpecCell } from "../../src/core/report/spec";
import { formatPersen } from "../../src/core/numbers";
import { readGrids } from "../../src/xlsx/read";
import { Model } from "../../src/core/model";
import { Grid } from "../../src/core/grid";

let model: Model;
let laporan: Laporan;
let grids: Grid[];
beforeAll(async () => {
  grids = await readGrids(path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx"));
  model = bacaWorkbook(grids);
  laporan = buatLaporan(model);
});

const sheet = (id: string): SheetSpec => laporan.sheets.find((s) => s.id === id)!;
/** The cells of the row whose column `col` holds `label`. */
const rowOf = (s: SheetSpec, label: string, col = 2): readonly (SpecCell | null)[] => {
  const row = s.rows.find((r) => r[col]?.v === label);
  if (!row) throw new Error(`no row "${label}" in ${s.nama}`);
  return row;
};

test("ten sheets: the sample holds 2022 figures, Renstra end targets and national standards; the narrative last", () => {
  expect(laporan.sheets.map((s) => s.nama)).toEqual([
    "Pengukuran Kinerja",
    "Program Pendukung",
    "Capaian IKU",
    "Perbandingan Antar Tahun",
    "Capaian Renstra",
    "Standar Nasional",
    "Realisasi Anggaran",
    "Efisiensi",
    "Efisiensi Program",
    "Narasi",
  ]);
  // The sample has no quarterly realisasi: no E.81 and no Monitoring Triwulan, said why.
  expect(laporan.dilewati.map((d) => d.id)).toEqual(["e81", "monitoring"]);
  expect(laporan.opsi.tahun).toBe(2023);
});

test("without the data, items 2–4 and the budget sheets are skipped and said why, never emitted empty", () => {
  const bare: Model = {
    ...model,
    anggaran: [],
    sasaran: model.sasaran.map((s) => ({
      ...s,
      indikator: s.indikator.map((i) => ({
        ...i,
        realisasi: i.realisasi && { nilai: i.realisasi.nilai, sumber: i.realisasi.sumber },
      })),
    })),
  };
  const r = buatLaporan(bare);
  expect(r.sheets.map((s) => s.id)).toEqual(["pengukuran", "capaian-iku", "narasi"]);
  expect(r.dilewati.map((d) => [d.id, d.alasan])).toEqual([
    ["perbandingan", "Buku kerja tidak memuat target dan realisasi tahun-tahun sebelumnya."],
    ["renstra", "Buku kerja tidak memuat target akhir Renstra."],
    ["standar-nasional", "Buku kerja tidak memuat standar nasional untuk indikatornya."],
    ["realisasi-anggaran", "Tabel anggaran (DPA) tidak ditemukan."],
    ["efisiensi", "Tabel anggaran (DPA) tidak ditemukan."],
    ["e81", "Buku kerja tidak memuat realisasi per triwulan program, kegiatan atau sub kegiatan."],
    ["monitoring", "Buku kerja tidak memuat realisasi per triwulan (indikator atau sub kegiatan)."],
  ]);
});

test("Perbandingan Antar Tahun: 2022 beside 2023; Koperasi Berkualitas 2022 is 56,36 / 18,18 = 310,01%", () => {
  const row = rowOf(sheet("perbandingan"), "Koperasi Berkualitas", 1);
  expect(row.slice(3, 6).map((c) => c?.v ?? c?.hasil)).toEqual([18.18, 56.36, 56.36 / 18.18]);
  expect(formatPersen(row[5]!.hasil as number)).toBe("310,01%"); // the report states 310%
  expect(formatPersen(row[8]!.hasil as number)).toBe("173,16%");
});

test("Capaian Renstra: percentages are stocks, never summed: Koperasi 36,36 of 30 → 121,21%", () => {
  const row = rowOf(sheet("renstra"), "Koperasi Berkualitas", 1);
  expect(row[3]!.v).toBe("stok (nilai akhir)");
  expect(row[7]!.f).toBe("=G7");
  expect(formatPersen(row[8]!.hasil as number)).toBe("121,21%"); // the report states 111,1% from 33,33
});

test("Standar Nasional: 0,74% wirausaha is below the national 1,34%", () => {
  const row = rowOf(sheet("standar-nasional"), "Persentase Wirasaha", 1);
  expect(row[5]!.hasil).toBeCloseTo(-0.6, 12);
  expect(row[6]!.hasil).toBe("Di bawah standar nasional");
});

test("Pengukuran Kinerja: 173,16% for Koperasi Berkualitas (from 60/165), 37% for Persentase Wirausaha", () => {
  const pk = sheet("pengukuran");
  const kop = rowOf(pk, "Koperasi Berkualitas");
  expect(formatPersen(kop[7]!.hasil as number)).toBe("173,16%");
  expect(kop[8]!.hasil).toBe("Melebihi Target");
  // Live links: the target was typed as text "21%" (written as the value 21); the realisasi is the formula 60/165.
  expect(kop[5]).toMatchObject({ v: 21 });
  expect(kop[6]!.f).toBe(`=IF(ISBLANK('Realisasi TW IV'!$G$7),"",'Realisasi TW IV'!$G$7*100)`);
  expect(kop[7]!.f).toBe('=IF(OR(F8="",G8=""),"–",IF(F8=0,"–",G8/F8))');
  const wir = rowOf(pk, "Persentase Wirasaha");
  expect(formatPersen(wir[7]!.hasil as number)).toBe("37,00%");
  expect(wir[8]!.hasil).toBe("Tidak Tercapai");
  const sakip = rowOf(pk, "Nilai evaluasi AKIP");
  expect(sakip[5]!.f).toBe(`=IF(ISBLANK('PK 2023'!$E$5),"",'PK 2023'!$E$5)`);
});

test("capaian sasaran is the mean of its indicators, as a formula", () => {
  const rows = sheet("pengukuran").rows.filter((r) => r[2]?.v === "Capaian sasaran");
  expect(rows.map((r) => formatPersen(r[7]!.hasil as number))).toEqual(["100,93%", "105,08%"]);
  expect(rows[1][7]!.f).toBe('=IF(COUNT(H8:H9)<ROWS(H8:H9),"–",AVERAGE(H8:H9))');
});

test("Realisasi Anggaran: the agency total 32.300.612.788 / 29.231.216.957, serapan 90,50%; parents sum their children", () => {
  const ra = sheet("realisasi-anggaran");
  const total = rowOf(ra, "Jumlah", 1);
  expect(total[2]!.hasil).toBe(32300612788);
  expect(total[3]!.hasil).toBe(29231216957);
  expect(formatPersen(total[4]!.hasil as number)).toBe("90,50%");
  expect(total[5]!.hasil).toBe(3069395831);
  const penunjang = ra.rows.find((r) => r[0]?.v === "2.17.01")!;
  expect(penunjang[2]).toMatchObject({ hasil: 9384257538 });
  // Blank when no kegiatan reports, else the sum.
  expect(penunjang[2]!.f).toMatch(/^=IF\(COUNT\((C\d+,){4}C\d+\)=0,"",SUM\((C\d+,){4}C\d+\)\)$/);
  const sub = ra.rows.find((r) => r[0]?.v === "2.17.01.2.01.0001")!;
  expect(sub[2]!.f).toBe(`=IF(ISBLANK('DPA 2023'!$G$10),"",'DPA 2023'!$G$10)`);
});

test("Efisiensi names its method and sets kinerja beside anggaran per sasaran and per program", () => {
  const ef = sheet("efisiensi");
  expect(
    ef.rows.some((r) => String(r[0]?.v).startsWith("Metode: Efisiensi = (pagu − realisasi anggaran) ÷ pagu")),
  ).toBe(true);
  const s1 = ef.rows.find((r) => r[1]?.v === "Meningkatnya Kualitas Manajemen Pemerintahan yang Akutabel")!;
  expect(s1[2]!.f).toMatch(/^='Pengukuran Kinerja'!H\d+$/);
  expect(s1[3]!.hasil).toBe(9384257538);
  expect(s1[7]!.hasil).toBeCloseTo(1 - 7837758545 / 9384257538, 12);
});

test("text from user cells is always a value: a name like a formula stays text", () => {
  const evil = '=HYPERLINK("http://x","klik")';
  const m: Model = {
    ...model,
    sasaran: [{ ...model.sasaran[0], nama: evil, indikator: [{ ...model.sasaran[0].indikator[0], nama: evil }] }],
  };
  const pk = buatLaporan(m).sheets[0];
  const cells = pk.rows.flat().filter((c) => c?.v === evil);
  expect(cells).toHaveLength(2);
  expect(pk.rows.flat().some((c) => c?.f?.includes("HYPERLINK"))).toBe(false);
});

test("options: scale, negative method, efficiency method, SAKIP functions, English", () => {
  const en = buatLaporan(model, {
    bahasa: "en",
    skala: "lima",
    metodeEfisiensi: "selisih",
    rumus: "sakip",
    tahun: 2024,
  });
  expect(en.sheets.map((s) => s.nama)).toEqual([
    "Performance Measurement",
    "Supporting Programs",
    "KPI Achievement",
    "Year-on-year Comparison",
    "Strategic Plan Achievement",
    "National Standard",
    "Budget Realisation",
    "Efficiency",
    "Program Efficiency",
    "Narrative",
  ]);
  const kop = en.sheets[0].rows.find((r) => r[2]?.v === "Koperasi Berkualitas")!;
  expect(kop[7]!.f).toBe('=SAKIP.CAPAIAN(G8,F8,"positif","selisih")');
  expect(kop[8]!.hasil).toBe("Sangat Baik");
  expect(en.sheets[7].rows[0][0]!.v).toBe("TABLE 3.8 EFFICIENCY OF RESOURCE USE");
  expect(en.sheets[0].rows[1][0]!.v).toBe("YEAR 2024");
});

test("the agency for the title block is read from the PK sheet's title, above its header row only", () => {
  const grid = {
    name: "PK 2023",
    values: [
      ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2023 DINAS KOPERASI DAN USAHA MIKRO KOTA DEPOK"],
      [],
      ["No", "Sasaran", "Indikator"],
      [1, "Badan usaha", "x"],
    ],
  };
  expect(instansiDariJudul(grid, 3)).toBe("DINAS KOPERASI DAN USAHA MIKRO KOTA DEPOK");
  expect(instansiDariJudul(grid, 1)).toBeUndefined();
  expect(
    instansiDariJudul({
      name: "x",
      values: [["Laporan"], ["Badan Perencanaan Pembangunan Daerah — Pemerintah Kota Bogor"]],
    }),
  ).toBe("Badan Perencanaan Pembangunan Daerah");
  expect(
    instansiDariJudul(
      {
        name: "x",
        values: [
          ["No", "Sasaran"],
          [1, "Dinas X meningkat"],
        ],
      },
      1,
    ),
  ).toBeUndefined();
  // The sample's own PK sheet: its title names the agency; an agency given by the user wins.
  expect(susunLaporan(grids, []).laporan.sheets[0].rows[1][0]!.v).toBe(
    "DINAS KOPERASI DAN USAHA MIKRO KOTA DEPOK — TAHUN 2023",
  );
  expect(susunLaporan(grids, [], { instansi: " Dinas Contoh " }).laporan.sheets[0].rows[1][0]!.v).toBe(
    "DINAS CONTOH — TAHUN 2023",
  );
});

test("the budget tree is indented with the cell's indent, never with spaces", () => {
  const ra = sheet("realisasi-anggaran");
  const kegiatan = ra.rows.find((r) => r[0]?.v === "2.17.01.2.01")!;
  const sub = ra.rows.find((r) => r[0]?.v === "2.17.01.2.01.0001")!;
  expect([ra.rows.find((r) => r[0]?.v === "2.17.01")![1]!.indent, kegiatan[1]!.indent, sub[1]!.indent]).toEqual([
    undefined,
    1,
    2,
  ]);
  expect(ra.rows.flatMap((r) => r.filter((c) => typeof c?.v === "string" && /^\s/.test(c.v)))).toEqual([]);
});

test("row heights fit the wrapped text: lines by words into the column's width", () => {
  expect(barisTeks("Nilai evaluasi AKIP", 40)).toBe(1);
  // About 355 pt of Calibri 11 against lines of 230.75 pt (44 wide: 313 px, less 4 pt of padding): two lines,
  // three at 40 wide (209.75 pt). The old estimate (every letter a digit wide or more) said three at 44.
  const panjang = "Koordinasi dan Sinkronisasi dengan Para Pemangku Kepentingan dalam Pemberdayaan Usaha Mikro";
  expect(barisTeks(panjang, 44)).toBe(2);
  expect(barisTeks(panjang, 40)).toBe(3);
  expect(barisTeks("a\nb", 40)).toBe(2);
  expect(barisTeks("a\n", 40)).toBe(2); // an empty paragraph is a line
  // A run of spaces is one space: 8 × M (1.69 digits of 5.575 pt) + a space (0.45) = 77.9 pt fits 15 wide
  // ((7 × 15 + 5) × 0.75 − 4 = 78.5 pt), not 14.8 (77.45 pt).
  expect(barisTeks("MMMM    MMMM", 15)).toBe(1);
  expect(barisTeks("MMMM    MMMM", 14.8)).toBe(2);
  // A character is a code point, 1.2 digits outside ASCII: eight emoji (53.5 pt) fit 11 wide (57.5 pt), nine
  // (60.2 pt) are one word broken over two lines.
  expect(barisTeks("😀".repeat(8), 11)).toBe(1);
  expect(barisTeks("😀".repeat(9), 11)).toBe(2);
  // An indent narrows the line: the same text needs more lines three levels in.
  const t = "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor";
  expect(barisTeks(t, 65)).toBe(1);
  expect(barisTeks(t, 65 - 3 * 3)).toBe(2);
  const pk = sheet("pengukuran");
  const r = pk.rows.findIndex((x) => x[2]?.v === "Koperasi Berkualitas");
  // "Meningkatnya daya saing Koperasi dan Usaha Mikro", merged down its three rows, needs two lines of them.
  expect(pk.tinggi[r] + pk.tinggi[r + 1] + pk.tinggi[r + 2]).toBeGreaterThanOrEqual(30);
  const one = {
    ...model,
    sasaran: [
      {
        ...model.sasaran[1],
        nama: "Meningkatnya daya saing Koperasi dan Usaha Mikro di seluruh kecamatan Kota Depok dan sekitarnya",
        indikator: [model.sasaran[1].indikator[0]],
      },
    ],
  };
  const pk1 = buatLaporan(one).sheets.find((s) => s.id === "capaian-iku")!;
  const r1 = pk1.rows.findIndex((x) => x[2]?.v === "Koperasi Berkualitas");
  expect(pk1.tinggi[r1]).toBeGreaterThanOrEqual(45); // alone in its row, the long name takes three lines there
});

describe("number formats by the meaning of the column, right in Excel and LibreOffice", () => {
  /** The header label of each column of a sheet, from its header row. */
  const kolom = (s: SheetSpec) => s.rows[s.barisJudulCetak[0] - 1].map((c) => String(c?.v ?? ""));
  const makna = (label: string): "rupiah" | "persen" | "nilai" | undefined =>
    /\(Rp\)/.test(label)
      ? "rupiah"
      : /^(Capaian|Serapan|Efisiensi)/.test(label)
        ? "persen"
        : /^(Target|Realisasi|Standar Nasional|Selisih)/.test(label)
          ? "nilai"
          : undefined;

  test("every number cell of every sheet has its meaning's format", () => {
    const seen = new Set<string>();
    for (const s of laporan.sheets.filter((x) => x.id !== "narasi")) {
      const labels = kolom(s);
      // The table's rows: up to the blank row before a summary (Capaian IKU's counts are not under their headers).
      const body = s.rows.slice(s.barisJudulCetak[1]);
      const end = body.findIndex((r) => r.length === 0);
      body.slice(0, end < 0 ? undefined : end).forEach((row) =>
        row.forEach((c, col) => {
          const m = makna(labels[col] ?? "");
          const num = typeof (c?.hasil ?? c?.v) === "number";
          if (!c || !m || !num) return;
          seen.add(`${m} ${c.fmt}`);
          if (m === "rupiah") expect([s.nama, labels[col], c.fmt]).toEqual([s.nama, labels[col], "#,##0"]);
          if (m === "persen") expect([s.nama, labels[col], c.fmt]).toEqual([s.nama, labels[col], "0.00%"]);
          if (m === "nilai")
            expect([s.nama, labels[col], ["#,##0", "#,##0.00"].includes(c.fmt ?? "")]).toEqual([
              s.nama,
              labels[col],
              true,
            ]);
        }),
      );
    }
    expect([...seen].sort()).toEqual(["nilai #,##0", "nilai #,##0.00", "persen 0.00%", "rupiah #,##0"]);
  });

  test("no format leaves a trailing separator in Excel (optional decimals after the point)", () => {
    const formats = new Set(
      laporan.sheets.flatMap((s) => s.rows.flatMap((r) => r.map((c) => c?.fmt)).filter((f): f is string => !!f)),
    );
    expect([...formats].filter((f) => /\.[#?]|\.$/.test(f))).toEqual([]);
  });

  test("an indicator's value: a count without decimals, a percentage, index or score with two", () => {
    expect(fmtNilai("Dokumen", 2, 19)).toBe("#,##0");
    expect(fmtNilai("%", 21, 36.36)).toBe("#,##0.00");
    expect(fmtNilai("%", 100, 100)).toBe("#,##0.00");
    expect(fmtNilai("Nilai", 70, 71)).toBe("#,##0.00");
    expect(fmtNilai("Orang", 250, 300.5)).toBe("#,##0.00");
    const kop = rowOf(sheet("pengukuran"), "Koperasi Berkualitas");
    expect([kop[5]!.fmt, kop[6]!.fmt, kop[7]!.fmt]).toEqual(["#,##0.00", "#,##0.00", "0.00%"]);
  });
});

test("every sheet prints one page wide only where its text stays at least 8 pt", () => {
  for (const s of laporan.sheets) expect([s.nama, s.muatLebar]).toEqual([s.nama, ukuranCetak(s.lebar) >= HURUF_MIN]);
  expect(laporan.sheets.every((s) => s.muatLebar)).toBe(true);
  // Many years side by side make Perbandingan Antar Tahun too wide for A4: F4, then A3, then A3 over pages across
  // (the No and indikator repeated), always at 8 pt or more.
  expect(ukuranCetak([6, 40, 9, ...Array(24).fill(11)])).toBeLessThan(HURUF_MIN);
  const tahun = (n: number) => [6, 40, 9, ...Array<number>(3 * n).fill(11)];
  const pilih = (n: number) => {
    const t = tataKolom(tahun(n), [1, 2]);
    return [t.kertas, t.muatLebar, t.halaman.length];
  };
  expect([2, 4, 6, 8].map(pilih)).toEqual([
    ["A4", true, 1],
    ["F4", true, 1],
    ["A3", true, 1],
    ["A3", false, 2],
  ]);
  for (const n of [2, 4, 6, 8])
    expect(ukuranHuruf({ lebar: tahun(n), kolomJudulCetak: [1, 2] })).toBeGreaterThanOrEqual(HURUF_MIN);
  expect(tataKolom(tahun(8), [1, 2])).toMatchObject({
    skala: 73,
    halaman: [
      [0, 21],
      [22, 26],
    ],
  });
  // Perbandingan's No, indikator and satuan are the columns repeated on such pages.
  expect(laporan.sheets.find((s) => s.id === "perbandingan")?.kolomJudulCetak).toEqual([1, 3]);
  // Nine earlier years: two pages across, each under its own numbered title, right of the repeated columns.
  const lama = Array.from({ length: 9 }, (_, k) => ({
    tahun: 2014 + k,
    target: { nilai: 10 + k },
    realisasi: { nilai: 11 + k },
  }));
  const lebar = {
    ...model,
    sasaran: model.sasaran.map((s) => ({ ...s, indikator: s.indikator.map((i) => ({ ...i, tahunLalu: lama })) })),
  };
  const pb = buatLaporan(lebar).sheets.find((s) => s.id === "perbandingan")!;
  const c = cetakLembar(pb);
  expect([c.kertas, c.muatLebar, c.putusKolom.length]).toEqual(["A3", false, 1]);
  const judul = pb.rows[0].flatMap((x, col) => (x ? [[col, x.v]] : []));
  expect(judul).toEqual([
    [3, "TABEL 3.4 PERBANDINGAN REALISASI DAN CAPAIAN KINERJA ANTAR TAHUN"],
    [c.putusKolom[0], "TABEL 3.4 PERBANDINGAN REALISASI DAN CAPAIAN KINERJA ANTAR TAHUN"],
  ]);
});

test("English sheets with native formulas: English ratings in the formulas and results, no Indonesian label", () => {
  const en = buatLaporan(model, { bahasa: "en", metodeEfisiensi: "selisih" });
  const kop = en.sheets[0].rows.find((r) => r[2]?.v === "Koperasi Berkualitas")!;
  expect(kop[8]!.hasil).toBe("Above Target");
  expect(kop[8]!.f).toContain('"Above Target"');
  expect(en.sheets[0].rows.find((r) => r[2]?.v === "Persentase Wirasaha")![8]!.hasil).toBe("Not Met");
  expect(en.sheets[0].warna[0].aturan.map((a) => a.teks)).toEqual(["Above Target", "On Target", "Not Met"]);
  // Every text the English sheets write themselves (the narrative and the user's own names aside) is English.
  const INDONESIA =
    /\b(Tercapai|Melebihi|Sesuai|Sasaran|Indikator|Kinerja|Anggaran|Realisasi|Capaian|Serapan|Efisiensi|Metode|Jumlah|Tahun|Tabel|Kategori|Efisien|Skala|kategori|belum|tidak|dan)\b/;
  const userText = new Set([
    ...model.sasaran.flatMap((x) => [x.nama, ...x.indikator.flatMap((i) => [i.nama, i.satuan ?? ""])]),
  ]);
  const leaks = en.sheets
    .filter(
      (x) => x.id !== "narasi" && x.id !== "pendukung" && x.id !== "realisasi-anggaran" && x.id !== "efisiensi-program",
    )
    .flatMap((x) =>
      x.rows.flatMap((r) => r.map((c) => (typeof (c?.v ?? c?.hasil) === "string" ? String(c?.v ?? c?.hasil) : ""))),
    )
    .filter((v) => v !== "" && !userText.has(v) && !/^DINAS|^Meningkatnya/.test(v) && INDONESIA.test(v));
  expect(leaks).toEqual([]);
});
