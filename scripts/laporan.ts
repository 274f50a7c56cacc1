/**
 * The seed report's own tables (LKIP DKUM Depok 2023, sections 3.1–3.6 and D), typed into a workbook the way the
 * report prints them: text exactly as stated ("173,14%", "9,384,257,538", "70.20", "2 dokumen"), title lines above
 * each table, two-row headers with merged groups. This is the input of `kinerja audit`, so nothing is corrected here.
 * Figures come from samples/dkum-depok-2023.json; where the JSON keeps a number without its printed form, the
 * printed decimals are restored (70,10 not 70,1) as the report text shows them.
 */
import * as fs from "fs";
import * as path from "path";
import { CellInput, SheetInput } from "./workbook-builder";

const ROOT = path.resolve(__dirname, "..");
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, "samples/dkum-depok-2023.json"), "utf8"));

/** Indonesian text with `d` decimals: 70.1 → "70,10". */
const id = (n: number | null, d = 2, suffix = ""): string | null =>
  n === null ? null : `${n.toFixed(d).replace(".", ",")}${suffix}`;
/** English grouping as the report's budget columns print it: 9384257538 → "9,384,257,538". */
const en = (n: number | null): string | null => (n === null ? null : n.toLocaleString("en-US"));
/** Indonesian grouping: "9.742.688.724". */
const idr = (n: number): string => n.toLocaleString("id-ID");

interface Baris36 {
  level: string;
  name: string;
  indikator: string | null;
  raw: Record<string, string>;
  keterangan: string | null;
}
interface Baris35 {
  level: string;
  name: string;
  indikator: string;
  raw: { target: string; realisasi: string; capaian: string };
}

function tabel31(): SheetInput {
  const rows = seed.iku_capaian_2023.primary_section_3_1 as {
    indikator: string;
    sasaran_no: number;
    sumber_data: string;
    raw: Record<string, string>;
  }[];
  const sasaran = seed.multi_year_2021_2023.rows as { sasaran: string }[];
  const raw = (r: (typeof rows)[number]) => [r.raw.target, r.raw.realisasi, r.raw.capaian];
  return {
    name: "3.1 Capaian IKU",
    rows: [
      ["3.1 Capaian Kinerja Organisasi: perbandingan target dan realisasi kinerja tahun 2023"],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Sumber Data", "Target", "Realisasi", "% Capaian"],
      ["1.", sasaran[0].sasaran, rows[0].indikator, rows[0].sumber_data, "70.20", "70.85", "100.92%"],
      ["2.", sasaran[1].sasaran, rows[1].indikator, rows[1].sumber_data, ...raw(rows[1])],
      [null, null, rows[2].indikator, rows[2].sumber_data, ...raw(rows[2])],
    ],
    merges: ["B5:B6"],
    widths: [5, 44, 28, 30, 10, 10, 12],
    boldRows: [1, 3],
  };
}

function tabel32(): SheetInput {
  const rows = seed.multi_year_2021_2023.rows as {
    sasaran_no: number;
    sasaran: string;
    indikator_2016_2021: string;
    indikator_2021_2026: string | null;
    satuan: string;
    target: Record<string, number | null>;
    realisasi: Record<string, number | null>;
    capaian_pct: Record<string, number | null>;
  }[];
  const years = ["2021", "2022", "2023"];
  // As printed: 2021 capaian of the older indicators with a point ("76.30%"), whole numbers without decimals.
  const capaian = (n: number | null, k: number, y: string) =>
    n === null ? null : k >= 2 && y === "2021" ? `${n.toFixed(2)}%` : Number.isInteger(n) ? `${n}%` : id(n, 2, "%");
  const target = (n: number | null) => (n === null ? null : n === 105 ? "105" : id(n));
  return {
    name: "3.2 Perbandingan Tahun",
    rows: [
      ["3.2 Perbandingan realisasi dan capaian kinerja tahun ini dengan tahun lalu dan beberapa tahun terakhir"],
      [],
      [
        "No.",
        "Sasaran Strategis",
        null,
        null,
        "Satuan",
        "Target",
        null,
        null,
        "Realisasi",
        null,
        null,
        "Capaian",
        null,
        null,
      ],
      [
        null,
        "Uraian",
        "Indikator Kinerja 2016-2021",
        "Indikator Kinerja 2021-2026",
        null,
        2021,
        2022,
        2023,
        2021,
        2022,
        2023,
        2021,
        2022,
        2023,
      ],
      ...rows.map((r, k) => [
        k === 0 ? "1." : k === 1 ? "2." : null,
        k <= 1 ? r.sasaran : null,
        r.indikator_2016_2021,
        r.indikator_2021_2026,
        r.satuan,
        ...years.map((y) => target(r.target[y])),
        ...years.map((y) => id(r.realisasi[y])),
        ...years.map((y) => capaian(r.capaian_pct[y], k, y)),
      ]),
    ],
    merges: ["A3:A4", "B3:D3", "E3:E4", "F3:H3", "I3:K3", "L3:N3", "B6:B9"],
    widths: [5, 40, 26, 24, 8, 8, 8, 8, 8, 8, 8, 10, 10, 10],
    boldRows: [1, 3, 4],
  };
}

function tabel33(): SheetInput {
  const rows = seed.renstra_end_target.rows as {
    indikator: string;
    satuan: string;
    target_renstra_2026: number;
    realisasi_sd_2023: number;
    capaian_pct: number;
  }[];
  const sasaran = seed.multi_year_2021_2023.rows as { sasaran: string }[];
  return {
    name: "3.3 Renstra",
    rows: [
      ["3.3 Perbandingan realisasi kinerja sampai dengan tahun ini dengan target jangka menengah (Renstra)"],
      [],
      ["No.", "Sasaran Strategis", null, "Satuan", "Target Renstra", "Realisasi", "%"],
      [null, "Uraian", "Indikator Kinerja", null, "s/d 2026", "s/d 2026", "Capaian"],
      ["1.", sasaran[0].sasaran, rows[0].indikator, rows[0].satuan, "70,50", "70,85", "100,49"],
      ["2.", sasaran[1].sasaran, rows[1].indikator, rows[1].satuan, "30", "33,33", "111,1"],
      [null, null, rows[2].indikator, rows[2].satuan, "2", "0,74", "37"],
    ],
    merges: ["A3:A4", "B3:C3", "D3:D4", "B6:B7"],
    widths: [5, 40, 26, 8, 14, 12, 10],
    boldRows: [1, 3, 4],
  };
}

function tabel34(): SheetInput {
  const rows = seed.national_standard_comparison.rows as { sasaran_no: number; sasaran: string; indikator: string }[];
  const printed: [string, string, string | null, string | null][] = [
    ["7,5%", "8,5%", "21%", "36,36%"],
    ["10%", "8,51%", null, null],
    ["150", "150", null, null],
    ["2,57%", "1,34%", "2%", "0,74%"],
    ["100", "125", null, null],
  ];
  let nomor = 0;
  let lalu = 0;
  return {
    name: "3.4 Standar Nasional",
    rows: [
      ["3.4 Perbandingan realisasi kinerja tahun ini dengan standar nasional"],
      [],
      [
        "No.",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target Nasional",
        "Realisasi Nasional",
        "Target DKUM",
        "Realisasi DKUM",
      ],
      ...rows.map((r, k) => {
        const baru = r.sasaran_no !== lalu;
        lalu = r.sasaran_no;
        nomor = baru ? 1 : nomor + 1;
        return [baru ? `${r.sasaran_no}.` : null, baru ? r.sasaran : null, `${nomor}) ${r.indikator}`, ...printed[k]];
      }),
      [],
      ["Sumber : Capaian Kinerja Kementerian Koperasi & UKM"],
    ],
    widths: [5, 40, 36, 14, 14, 12, 12],
    boldRows: [1, 3],
  };
}

function tabel35Sasaran(): SheetInput {
  const iku = seed.iku_capaian_2023.section_3_5 as { indikator: string; ket: string }[];
  const b = seed.budget_by_sasaran.section_3_5;
  const header = ["No", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Ket"];
  const programHeader = [
    "No",
    "Sasaran Strategis",
    "Program",
    "Target 2023",
    "Realisasi 2023",
    "%",
    "Anggaran",
    "Realisasi",
    "%",
  ];
  const program = (r: {
    program: string;
    target_2023: number;
    realisasi_2023: number;
    capaian_pct: number | null;
    anggaran: number;
    realisasi_anggaran: number;
    serapan_pct: number;
  }) => [
    r.program,
    id(r.target_2023, r.target_2023 % 1 ? 2 : 0, "%"),
    id(r.realisasi_2023, 2, "%"),
    r.capaian_pct === null ? null : `${String(r.capaian_pct).replace(".", ",")}%`,
    en(r.anggaran),
    en(r.realisasi_anggaran),
    id(r.serapan_pct, 2, "%"),
  ];
  const kop = b.sasaran_2_koperasi_berkualitas.rows;
  const wir = b.sasaran_2_persentase_wirausaha.rows;
  const s1 = b.sasaran_1.rows[0];
  return {
    name: "3.5 Sasaran",
    rows: [
      ["Sasaran Strategis Ketiga: Meningkatnya Kualitas Manajemen Pemerintahan yang Akutabel"],
      header,
      ["1.", iku[0].indikator, "70,20", "70,85", "100,92", iku[0].ket],
      [],
      ["Sasaran 1: anggaran program"],
      ["No", "Sasaran Strategis", "Program", "Target 2023", "Realisasi 2023", "Anggaran", "Realisasi", "%"],
      ["1.", s1.sasaran, s1.program, "100%", "98,18%", en(s1.anggaran), en(s1.realisasi_anggaran), "83,52 %"],
      [],
      ["Sasaran Strategis Kedua: Meningkatnya daya saing koperasi dan Usaha Mikro — Koperasi Berkualitas"],
      header,
      ["1.", iku[1].indikator, "21%", "36,36%", "173,14%", iku[1].ket],
      [],
      ["Persentase Wirausaha"],
      header,
      ["2.", iku[2].indikator, "2%", "0,74%", "37%", iku[2].ket],
      [],
      ["Koperasi Berkualitas: anggaran program"],
      programHeader,
      ...kop.map((r: Parameters<typeof program>[0], k: number) => [
        k === 0 ? "1." : null,
        k === 0 ? "Meningkatnya Daya Saing Koperasi dan Usaha Mikro" : null,
        ...program(r),
      ]),
      [],
      ["Persentase Wirausaha: anggaran program"],
      programHeader,
      ...wir.map((r: Parameters<typeof program>[0], k: number) => [
        k === 0 ? "1." : null,
        k === 0 ? "Meningkatnya Daya Saing Koperasi dan Usaha Mikro" : null,
        ...program(r),
      ]),
    ],
    widths: [5, 36, 44, 12, 12, 16, 16, 10, 10],
    boldRows: [1, 2, 5, 6, 9, 10, 13, 14, 17, 18, 24, 25],
  };
}

function tabel35Kegiatan(): SheetInput {
  const tables = seed.program_tables_3_5.tables as Record<string, { rows: Baris35[] }>;
  const rows: CellInput[][] = [];
  const bold: number[] = [];
  for (const t of Object.values(tables)) {
    if (rows.length) rows.push([]);
    rows.push([`${t.rows[0].name}: kegiatan dan sub kegiatan`]);
    rows.push(["No.", "PROGRAM/ KEGIATAN/ SUB KEGIATAN", "INDIKATOR KINERJA", "TARGET", "REALISASI", "% CAPAIAN"]);
    bold.push(rows.length - 1, rows.length);
    t.rows.forEach((r, k) =>
      rows.push([`${k + 1}.`, r.name, r.indikator, r.raw.target, r.raw.realisasi, r.raw.capaian]),
    );
  }
  return { name: "3.5 Program Kegiatan", rows, widths: [5, 60, 50, 16, 16, 12], boldRows: bold };
}

function tabel36(): SheetInput {
  const rows = seed.program_kegiatan_subkegiatan_3_6.rows as Baris36[];
  return {
    name: "3.6 Efisiensi",
    rows: [
      ["3.6 Analisis atas efisiensi penggunaan sumber daya"],
      [],
      [
        "No.",
        "PROGRAM/ KEGIATAN/ SUBKEGIATAN",
        "INDIKATOR KINERJA PROGRAM Program (outcome)/ Kegiatan (output)",
        "KINERJA PROGRAM/ KEGIATAN/ SUBKEGIATAN",
        null,
        null,
        "KINERJA KEUANGAN",
        null,
        null,
        "EFISIENSI ANGGARAN",
        "KETERANGAN",
      ],
      [null, null, null, "Target", "Realisasi", "%", "Target", "Realisasi", "%", null, null],
      ...rows.map((r) => [
        null,
        r.name,
        r.indikator,
        r.raw.target || null,
        r.raw.realisasi || null,
        r.raw.capaian || null,
        r.raw.anggaran,
        r.raw.realisasi_anggaran,
        r.raw.serapan,
        r.raw.efisiensi_anggaran || null,
        r.keterangan,
      ]),
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:J4", "K3:K4"],
    widths: [5, 60, 44, 8, 10, 9, 16, 16, 9, 16, 40],
    boldRows: [1, 3, 4],
  };
}

function tabelEfisiensiSasaran(): SheetInput {
  const rows = seed.budget_by_sasaran.section_3_6_efficiency_table.rows as {
    sasaran_no: number;
    indikator: string;
    target_anggaran: number;
    realisasi_anggaran: number;
    efisiensi_anggaran_pct: number;
  }[];
  const sasaran = [
    "Meningkatnya Kualitas Manajemen Pemerintahan yang Akuntabel",
    "Meningkatnya Daya Saing Koperasi dan Usaha Mikro",
  ];
  const printed = [
    ["70.20", "70.85", "100,9"],
    ["21%", "33,33%", "157,15"],
    ["2%", "0,74%", "37"],
  ];
  return {
    name: "3.6 Efisiensi Sasaran",
    rows: [
      [
        "Berdasarkan Pengukuran Kinerja Tahun 2023 dan Laporan Keuangan Dinas Koperasi dan Usaha Mikro Kota Depok Tahun 2023",
      ],
      [],
      ["No.", "Sasaran Strategis", "Indikator Sasaran", "Tahun 2023", null, null, null, null, null],
      [null, null, null, "Target", "Realisasi", "%", "Target Anggaran", "Realisasi Anggaran", "Efisiensi Anggaran"],
      ...rows.map((r, k) => [
        k < 2 ? `${k + 1}.` : null,
        k < 2 ? sasaran[k] : null,
        r.indikator,
        ...printed[k],
        idr(r.target_anggaran),
        idr(r.realisasi_anggaran),
        id(r.efisiensi_anggaran_pct, 2, "%"),
      ]),
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:I3", "B6:B7"],
    widths: [5, 40, 24, 8, 10, 8, 16, 16, 12],
    boldRows: [1, 3, 4],
  };
}

function tabelD(): SheetInput {
  const d = seed.budget_by_sasaran.section_D_realisasi_anggaran.rows as {
    sasaran_no: number;
    sasaran: string;
    indikator: string;
    anggaran: number;
    realisasi_anggaran: number;
  }[];
  const printed = [
    ["70,20", "70,85"],
    ["21%", "36,36%"],
    ["2%", "0,74%"],
  ];
  return {
    name: "D Realisasi Anggaran",
    rows: [
      ["D. Realisasi Anggaran"],
      [],
      ["NO.", "SASARAN", "INDIKATOR KINERJA", "TARGET", "REALISASI", "ANGGARAN", "REALISASI"],
      [1, 2, 3, 4, 5, 6, 7],
      ...d.map((r, k) => [
        k < 2 ? `${k + 1}.` : null,
        k < 2 ? r.sasaran : null,
        r.indikator,
        ...printed[k],
        en(r.anggaran),
        en(r.realisasi_anggaran),
      ]),
    ],
    merges: ["B6:B7"],
    widths: [5, 40, 24, 8, 10, 16, 16],
    boldRows: [1, 3],
  };
}

/**
 * Two paragraphs of the report's prose, verbatim (LKIP DKUM Depok 2023, section 3.1 on Persentase Wirausaha and
 * section 3.2 on sasaran 1 and 2): they say 37% "telah memenuhi target" and give 173,16% where the tables say 173,14%.
 */
const URAIAN_3_1 =
  "Dalam Indikator Persentase wirausaha dilihat berdasarkan jumlah penduduk usia produktif yang berwirausaha dibagi dengan jumlah total usia produktif se-Kota Depok, tahun 2023 terealisasi 10.167 jiwa jumlah penduduk produktif yang berwirausaha dibagi dengan total jumlah usia produktif 1.371.808 jiwa menghasilkan realisasi 0,74%. Hal tersebut berarti telah memenuhi target yang telah ditetapkan 2%, dengan kata lain capaiannya 37%.";
const URAIAN_3_2 = [
  "Sasaran strategis pertama, meningkatnya kualitas manajemen pemerintahan yang akutabel memiliki 1 (satu) indikator kinerja, Nilai Sakip DKUM. Pada Tahun 2023, untuk indikator Nilai Sakip DKUM dengan target 70,20. realisasinya nilai SAKIP Dkum yaitu 70.85. Artinya capaiannya 100,92%.",
  "Sasaran kedua meningkatnya daya saing koperasi dan usaha mikro memiliki 2 indikator kinerja, koperasi berkualitas dan persentase wirausaha. Pada tahun 2023, realisasi indikator Koperasi berkualitas 60 unit dengan perbandingan 165 jumlah total seluruh koperasi di Kota Depok. Artinya realisasinya 36,36% dari target tahun 2023 sebesar 21%. Hal tersebut menunjukkan tingkat capaian 173,16%. Dalam Indikator Persentase wirausaha, realisasi 10.167 jiwa jumlah penduduk produktif yang berwirausaha dibagi dengan total jumlah usia produktif 1.371.808 jiwa menghasilkan realisasi 0,74%. Hal tersebut berarti telah memenuhi target yang telah ditetapkan 2%, dengan kata lain capaiannya hanya 37%.",
];

function uraian(): SheetInput {
  return {
    name: "Uraian Bab III",
    rows: [
      ["Uraian capaian kinerja (Bab III), sebagaimana tertulis di laporan"],
      [],
      ["3.1"],
      [URAIAN_3_1],
      [],
      ["3.2"],
      ...URAIAN_3_2.map((p) => [p]),
    ],
    widths: [120],
    boldRows: [1, 3, 6],
  };
}

/** Section 1.5's staff tables, typed as printed ("20 Orang"); two Jumlah rows are not the sum of their rows (e: 12 for 19, f: 34 for 32). */
function tabelPegawai(): SheetInput {
  const tabel = (judul: string, kolom: string, rows: [string, number][], jumlah: number): (string | null)[][] => [
    [judul],
    ["No.", kolom, "Jumlah Pegawai"],
    ...rows.map(([nama, n], i) => [`${i + 1}.`, nama, `${n} Orang`]),
    [null, "Jumlah", `${jumlah} Orang`],
    [],
  ];
  return {
    name: "1.5 Sumber Daya Manusia",
    rows: [
      ...tabel(
        "Tabel a. Data PNS berdasarkan Jenis Kelamin",
        "Jenis Kelamin",
        [
          ["Laki – Laki", 20],
          ["Perempuan", 14],
        ],
        34,
      ),
      ...tabel(
        "Tabel b. Data Pegawai berdasarkan status",
        "Status Pegawai",
        [
          ["PNS", 34],
          ["NON PNS", 26],
        ],
        60,
      ),
      ...tabel(
        "Tabel c. Data PNS berdasarkan tingkat pendidikan",
        "Tingkat Pendidikan",
        [
          ["Pasca Sarjana / S2", 5],
          ["Sarjana / S1", 18],
          ["Sarjana Muda / D3", 5],
          ["SMU / SLTA", 6],
          ["SMA / SLTP", 0],
        ],
        34,
      ),
      ...tabel(
        "Tabel d. Data PNS berdasarkan golongan",
        "Golongan",
        [
          ["Golongan IV", 6],
          ["Golongan III", 25],
          ["Golongan II", 3],
          ["Golongan I", 0],
        ],
        34,
      ),
      ...tabel(
        "Tabel d. Data Pegawai berdasarkan jabatan struktural",
        "Jabatan Struktural",
        [
          ["Eselon IIb", 1],
          ["Eselon IIIa", 1],
          ["Eselon IIIb", 3],
          ["Eselon IVa", 8],
          ["Eselon IVb", 0],
        ],
        13,
      ),
      ...tabel(
        "Tabel e. Data Pegawai berdasarkan pendidikan penjenjangan",
        "Pendidikan Penjenjangan",
        [
          ["Diklat Pim II", 1],
          ["Diklat Pim III", 5],
          ["Diklat Pim IV", 13],
        ],
        12,
      ),
      ...tabel(
        "Tabel f. Data PNS Per Bidang / Sekretariat",
        "Bidang",
        [
          ["Sekretariat", 10],
          ["Bidang Kelembagaan dan SDM", 8],
          ["Bidang Pemberdayaan dan Pengembangan Usaha Mikro", 9],
          ["Bidang Pengawasan dan Bina Usaha", 5],
        ],
        34,
      ),
    ],
    widths: [6, 50, 18],
  };
}

export function laporanSheets(): SheetInput[] {
  return [
    tabelPegawai(),
    uraian(),
    tabel31(),
    tabel32(),
    tabel33(),
    tabel34(),
    tabel35Sasaran(),
    tabel35Kegiatan(),
    tabel36(),
    tabelEfisiensiSasaran(),
    tabelD(),
  ];
}
