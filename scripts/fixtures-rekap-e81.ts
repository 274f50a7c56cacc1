/**
 * Fixtures for the E.79 (Evaluasi terhadap hasil RKPD) that `kinerja rekap` assembles from the OPD E.81s: three OPD
 * E.81 forms of Triwulan III 2024 (two in the RKPD wording, one in the Renstra wording, one with two programs), each
 * through the E.81 fixture generator (fixtures-e81-varian.ts), and an RPJMD table (kode, program, perangkat daerah,
 * target at the end of the period and realisasi to last year, K and Rp; one program matched by name only, one
 * program of Dinkes not in it). The figures are made up and round, so the E.79 can be checked by hand:
 * - Dinkes: P 1.02.01 (stock %, K 25/50/75, Rp 40/50/60 jt of 200 jt), P 1.02.02 (flow unit, K 1/2/1, Rp 150/400/400
 *   jt of 1.500 jt);
 * - Dishub: P 2.15.02 (flow, K 20/30/40, Rp 100/200/300 jt of 800 jt);
 * - Bappeda: P 5.01.02 (stock %, K 0/50/100, Rp 30/70/110 jt of 300 jt).
 * Writes samples/fixtures/rekap/e81/*.xlsx and samples/fixtures/rekap/rpjmd.xlsx. Run:
 * npx tsx scripts/fixtures-rekap-e81.ts
 */
import * as fs from "fs";
import * as path from "path";
import { OpsiVarian, ProgramVarian, sheetsVarian } from "./fixtures-e81-varian";
import { SheetInput, writeWorkbook } from "./workbook-builder";

const JT = 1_000_000;
const N = null;

const DINKES: ProgramVarian[] = [
  {
    kode: "1.02.01",
    uraian: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    sasaran: "Meningkatnya akuntabilitas kinerja",
    indikator: "Persentase dokumen perencanaan tepat waktu",
    satuan: "%",
    target: 100,
    k: [25, 50, 75, N],
    kegiatan: [
      {
        kode: "1.02.01.2.01",
        uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        sub: [
          {
            kode: "1.02.01.2.01.0001",
            uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
            indikator: "Jumlah dokumen perencanaan",
            satuan: "dokumen",
            target: 4,
            k: [1, 1, 1, N],
            pagu: 200 * JT,
            rp: [40 * JT, 50 * JT, 60 * JT, N],
          },
        ],
      },
    ],
  },
  {
    kode: "1.02.02",
    uraian: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    sasaran: "Meningkatnya mutu layanan kesehatan",
    indikator: "Jumlah puskesmas terakreditasi",
    satuan: "unit",
    target: 6,
    k: [1, 2, 1, N],
    kegiatan: [
      {
        kode: "1.02.02.2.01",
        uraian: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
        sub: [
          {
            kode: "1.02.02.2.01.0001",
            uraian: "Pembangunan Puskesmas",
            indikator: "Jumlah puskesmas dibangun",
            satuan: "unit",
            target: 1,
            k: [N, N, 1, N],
            pagu: 1000 * JT,
            rp: [100 * JT, 300 * JT, 250 * JT, N],
          },
          {
            kode: "1.02.02.2.01.0014",
            uraian: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
            indikator: "Jumlah alat kesehatan diadakan",
            satuan: "unit",
            target: 20,
            k: [5, 5, 5, N],
            pagu: 500 * JT,
            rp: [50 * JT, 100 * JT, 150 * JT, N],
          },
        ],
      },
    ],
  },
];

const DISHUB: ProgramVarian[] = [
  {
    kode: "2.15.02",
    uraian: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    sasaran: "Meningkatnya keselamatan lalu lintas",
    indikator: "Jumlah rambu lalu lintas terpasang",
    satuan: "unit",
    target: 120,
    k: [20, 30, 40, N],
    kegiatan: [
      {
        kode: "2.15.02.2.01",
        uraian: "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
        sub: [
          {
            kode: "2.15.02.2.01.0002",
            uraian: "Pengadaan dan Pemasangan Perlengkapan Jalan",
            indikator: "Jumlah rambu dipasang",
            satuan: "unit",
            target: 120,
            k: [20, 30, 40, N],
            pagu: 800 * JT,
            rp: [100 * JT, 200 * JT, 300 * JT, N],
          },
        ],
      },
    ],
  },
];

const BAPPEDA: ProgramVarian[] = [
  {
    kode: "5.01.02",
    uraian: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
    sasaran: "Meningkatnya kualitas perencanaan pembangunan",
    indikator: "Persentase dokumen perencanaan ditetapkan tepat waktu",
    satuan: "%",
    target: 100,
    k: [0, 50, 100, N],
    kegiatan: [
      {
        kode: "5.01.02.2.01",
        uraian: "Penyusunan Perencanaan dan Pendanaan",
        sub: [
          {
            kode: "5.01.02.2.01.0001",
            uraian: "Analisis Data dan Informasi Perencanaan Pembangunan Daerah",
            indikator: "Jumlah dokumen hasil analisis",
            satuan: "dokumen",
            target: 2,
            k: [N, 1, 1, N],
            pagu: 300 * JT,
            rp: [30 * JT, 70 * JT, 110 * JT, N],
          },
        ],
      },
    ],
  },
];

const judul = (rkpd: boolean) => [
  rkpd ? "EVALUASI TERHADAP HASIL RKPD KABUPATEN CONTOH" : "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
  "TAHUN ANGGARAN 2024",
  "Periode Pelaksanaan : Triwulan III 2024",
];

const OPD: { file: string; nama: string; opsi: OpsiVarian }[] = [
  {
    file: "01-dinkes-e81.xlsx",
    nama: "Dinas Kesehatan",
    opsi: { varian: "rkpd", nomor: true, kepala: 3, judul: judul(true), data: DINKES },
  },
  {
    file: "02-dishub-e81.xlsx",
    nama: "Dinas Perhubungan",
    opsi: { varian: "renstra", nomor: true, kepala: 2, judul: judul(false), data: DISHUB },
  },
  {
    file: "03-bappeda-e81.xlsx",
    nama: "Badan Perencanaan Pembangunan Daerah",
    opsi: {
      varian: "rkpd",
      nomor: true,
      kepala: 3,
      judul: judul(true),
      data: BAPPEDA,
    },
  },
];
export const OPD_E81 = OPD.map((x) => ({ ...x, opsi: { ...x.opsi, perangkatDaerah: x.nama, unit: "Sekretariat" } }));

/** The RPJMD table: Dinkes' 1.02.02, Dishub's 2.15.02 by kode, Bappeda's program by its name only. */
export function sheetRpjmd(): SheetInput {
  const rp = (v: number) => ({ v, fmt: "#,##0" });
  return {
    name: "Target RPJMD",
    rows: [
      ["TARGET RPJMD KABUPATEN CONTOH 2021-2026"],
      [],
      [
        "Kode",
        "Program",
        "Indikator Kinerja Program",
        "Satuan",
        "Perangkat Daerah",
        "Target Akhir Periode RPJMD",
        null,
        "Realisasi s.d. Tahun Lalu",
        null,
      ],
      [null, null, null, null, null, "K", "Rp", "K", "Rp"],
      [
        "1.02.02",
        DINKES[1].uraian,
        DINKES[1].indikator,
        "unit",
        "Dinas Kesehatan",
        30,
        rp(6000 * JT),
        20,
        rp(3500 * JT),
      ],
      [
        "2.15.02",
        DISHUB[0].uraian,
        DISHUB[0].indikator,
        "unit",
        "Dinas Perhubungan",
        600,
        rp(4000 * JT),
        350,
        rp(2100 * JT),
      ],
      [
        null,
        "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
        BAPPEDA[0].indikator,
        "%",
        "Bappeda",
        100,
        rp(1500 * JT),
        100,
        rp(900 * JT),
      ],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:I3"],
    widths: [12, 60, 40, 10, 30, 12, 18, 12, 18],
  };
}

if (require.main === module) {
  void (async () => {
    const dir = path.resolve(__dirname, "../samples/fixtures/rekap");
    fs.mkdirSync(path.join(dir, "e81"), { recursive: true });
    for (const f of OPD_E81) {
      await writeWorkbook(sheetsVarian(f.opsi), path.join(dir, "e81", f.file));
      console.log(`ditulis: samples/fixtures/rekap/e81/${f.file}`);
    }
    await writeWorkbook([sheetRpjmd()], path.join(dir, "rpjmd.xlsx"));
    console.log("ditulis: samples/fixtures/rekap/rpjmd.xlsx");
  })();
}
