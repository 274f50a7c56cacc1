/**
 * Fixtures in the layouts agencies and their systems really produce: the E.81 Evaluasi Renja form (with the
 * quirks of hand-kept copies: formulas with cached values, a bidang total that adds another bidang, a SUM that
 * stops short, an unnumbered block below the table, a signature block), a variant with a Kode column and no
 * numbering row, SIPD/RKPD/anggaran-kas exports, an LKIP table with numbered labels, e-monev split kode. The
 * layouts follow real files; every name and figure here is made up or taken from the public nomenclature.
 * Written to samples/fixtures/nyata/ by scripts/build-sample.ts; pinned in test/read/nyata.test.ts.
 */
import { columnIndex, columnLetter } from "../src/core/grid";
import { CellInput, SheetInput } from "./workbook-builder";

export interface FixtureNyata {
  readonly file: string;
  readonly kesulitan: string;
  readonly sheets: SheetInput[];
}

const RP = "#,##0";
const PCT = "0%";

/** Cached values for a sheet of formulas, as Excel would store them (blank = 0). */
function hitung(cells: Map<string, number | string | { f: string }>): Map<string, number> {
  const out = new Map<string, number>();
  const val = (ref: string, seen: Set<string>): number => {
    if (out.has(ref)) return out.get(ref)!;
    const c = cells.get(ref);
    let v = 0;
    if (typeof c === "number") v = c;
    else if (c && typeof c === "object") {
      if (seen.has(ref)) throw new Error(`circular ${ref}`);
      seen.add(ref);
      const range = (a: string, b: string) => {
        const [ca, ra] = [/[A-Z]+/.exec(a)![0], Number(/\d+/.exec(a)![0])];
        const rb = Number(/\d+/.exec(b)![0]);
        const xs: number[] = [];
        for (let r = ra; r <= rb; r++) xs.push(val(`${ca}${r}`, seen));
        return xs;
      };
      const js = c.f
        .replace(/^=/, "")
        // A chained range "T23:T25:T27" is the span of its corners, as Excel reads it.
        .replace(
          /([A-Z]+)(\d+):[A-Z]+(\d+):[A-Z]+(\d+)/g,
          (_, col, a, b, d) => `${col}${Math.min(+a, +b, +d)}:${col}${Math.max(+a, +b, +d)}`,
        )
        .replace(/AVERAGE\(([A-Z]+\d+):([A-Z]+\d+)\)/g, (_, a, b) => {
          const xs = range(a, b);
          return `(${xs.reduce((s, x) => s + x, 0) / xs.length})`;
        })
        .replace(/SUM\(([A-Z]+\d+):([A-Z]+\d+)\)/g, (_, a, b) => `(${range(a, b).reduce((s, x) => s + x, 0)})`)
        .replace(/SUM\(/g, "(")
        .replace(/[A-Z]+\d+/g, (ref2) => `(${val(ref2, seen)})`);
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the fixture's own arithmetic, built above from its formulas
      v = Function(`return ${js}`)() as number;
    }
    out.set(ref, v);
    return v;
  };
  for (const ref of cells.keys()) val(ref, new Set());
  return out;
}

export interface Sub {
  nama: string;
  indikator: string;
  satuan: string;
  renstra: [number, number, number, number];
  targetK: number;
  pagu: number;
  rp: [number, number, number, number];
  progres: [number, number, number, number];
}
export interface Keg {
  nama: string;
  indikator: string;
  subs: Sub[];
  /** Children the parent's SUM leaves out (a SUM that stops short). */
  sumKurang?: number;
}
export interface Prog {
  nama: string;
  indikator: string;
  satuan: string;
  keg: Keg[];
}
export interface Bidang {
  nama: string;
  prog: Prog[];
}

const sub = (
  nama: string,
  indikator: string,
  satuan: string,
  targetK: number,
  pagu: number,
  rp: Sub["rp"],
  progres: Sub["progres"],
): Sub => ({
  nama,
  indikator,
  satuan,
  renstra: [targetK * 5, pagu * 5, targetK * 3, Math.round(pagu * 2.6)],
  targetK,
  pagu,
  rp,
  progres,
});

/** The E.81 fixture's figures, for tests to recompute from. */
export const BIDANG: Bidang[] = [
  {
    nama: "PERENCANAAN",
    prog: [
      {
        nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        indikator: "Nilai LHE AKIP Perangkat Daerah",
        satuan: "Nilai",
        keg: [
          {
            nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            indikator: "Persentase dokumen perencanaan tepat waktu",
            subs: [
              sub(
                "Penyusunan Dokumen Perencanaan Perangkat Daerah",
                "Jumlah dokumen perencanaan",
                "Dok",
                4,
                80_000_000,
                [8_000_000, 12_500_000, 20_000_000, 25_000_000],
                [0.25, 0.5, 0.75, 1],
              ),
              sub(
                "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
                "Jumlah dokumen RKA-SKPD",
                "Dok",
                1,
                30_000_000,
                [0, 0, 9_000_000, 12_000_000],
                [0, 0, 0.5, 1],
              ),
              sub(
                "Evaluasi Kinerja Perangkat Daerah",
                "Jumlah laporan evaluasi kinerja",
                "Lap",
                8,
                25_500_000,
                [2_000_000, 4_000_000, 6_000_000, 8_000_000],
                [0.25, 0.5, 0.75, 1],
              ),
            ],
          },
          {
            nama: "Administrasi Keuangan Perangkat Daerah",
            indikator: "Persentase administrasi keuangan tepat waktu",
            subs: [
              sub(
                "Penyediaan Gaji dan Tunjangan ASN",
                "Jumlah orang yang menerima gaji",
                "Orang / Bulan",
                45,
                7_000_000_000,
                [1_500_000_000, 1_500_000_000, 1_600_000_000, 1_900_000_000],
                [0.25, 0.5, 0.75, 1],
              ),
              sub(
                "Penyediaan Administrasi Pelaksanaan Tugas ASN",
                "Jumlah dokumen administrasi tugas ASN",
                "Dok",
                1,
                500_000_000,
                [80_000_000, 100_000_000, 120_000_000, 150_000_000],
                [0.25, 0.5, 0.75, 1],
              ),
              sub(
                "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
                "Jumlah laporan keuangan akhir tahun",
                "Lap",
                1,
                75_000_000,
                [0, 0, 30_000_000, 40_000_000],
                [0, 0, 0.5, 1],
              ),
            ],
          },
        ],
      },
      {
        nama: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
        indikator: "Persentase dokumen perencanaan pembangunan yang ditetapkan tepat waktu",
        satuan: "%",
        keg: [
          {
            nama: "Penyusunan Perencanaan dan Pendanaan",
            indikator: "Persentase dokumen perencanaan yang tersusun",
            subs: [
              sub(
                "Analisis Kondisi Daerah, Permasalahan, dan Isu Strategis",
                "Jumlah dokumen analisis",
                "Dok",
                2,
                130_000_000,
                [0, 40_000_000, 30_000_000, 50_000_000],
                [0, 0.4, 0.6, 1],
              ),
              sub(
                "Pelaksanaan Musrenbang Kabupaten/Kota",
                "Jumlah berita acara musrenbang",
                "Berita Acara",
                2,
                140_000_000,
                [0, 60_000_000, 40_000_000, 15_000_000],
                [0.5, 0.7, 1, 1],
              ),
              sub(
                "Koordinasi Penyusunan dan Penetapan Dokumen RKPD",
                "Jumlah dokumen RKPD",
                "Dok",
                3,
                600_000_000,
                [0, 150_000_000, 90_000_000, 100_000_000],
                [0, 0.4, 0.45, 1],
              ),
            ],
          },
          {
            nama: "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah",
            indikator: "Persentase laporan pengendalian yang tersusun",
            sumKurang: 1,
            subs: [
              sub(
                "Monitoring dan Evaluasi Pelaksanaan Rencana Pembangunan",
                "Jumlah laporan monitoring",
                "Lap",
                4,
                150_000_000,
                [10_000_000, 30_000_000, 40_000_000, 60_000_000],
                [0.25, 0.5, 0.75, 1],
              ),
              sub(
                "Penyusunan Laporan Kinerja Pembangunan Daerah",
                "Jumlah laporan kinerja",
                "Lap",
                1,
                45_000_000,
                [0, 5_000_000, 15_000_000, 20_000_000],
                [0, 0.2, 0.6, 1],
              ),
            ],
          },
        ],
      },
    ],
  },
  {
    nama: "Keuangan",
    prog: [
      {
        nama: "Program Pengelolaan Keuangan Daerah",
        indikator: "Persentase dokumen anggaran tepat waktu",
        satuan: "%",
        keg: [
          {
            nama: "Koordinasi dan Penyusunan Rencana Anggaran Daerah",
            indikator: "Persentase dokumen rencana anggaran yang tersusun",
            subs: [
              sub(
                "Koordinasi dan Penyusunan KUA dan PPAS",
                "Jumlah dokumen KUA dan PPAS",
                "Dok",
                2,
                47_000_000,
                [0, 6_000_000, 6_000_000, 7_000_000],
                [0, 0.3, 0.5, 1],
              ),
              sub(
                "Koordinasi dan Penyusunan Perubahan KUA dan Perubahan PPAS",
                "Jumlah dokumen perubahan KUA dan PPAS",
                "Dok",
                2,
                47_500_000,
                [0, 5_000_000, 7_000_000, 8_000_000],
                [0, 0.3, 1, 1],
              ),
            ],
          },
        ],
      },
    ],
  },
];

/** Column letters of the E.81 as the real form lays it out (A No … AG (15) Rp). */
const C = {
  no: "A",
  uraian: "G",
  indikator: "H",
  satuan: "I",
  k6: "J",
  rp6: "K",
  k7: "L",
  rp7: "M",
  k8: "N",
  rp8: "O",
  tw: [
    ["P", "Q", "R"],
    ["S", "T", "U"],
    ["V", "W", "X"],
    ["Y", "Z", "AA"],
  ] as const,
  k13: "AB",
  rp13: "AC",
  k14: "AD",
  rp14: "AE",
  k15: "AF",
  rp15: "AG",
};
const MONEY = [C.rp6, C.rp7, C.rp8, ...C.tw.map((t) => t[2]), C.rp13];

/**
 * The E.81 sheet. `tanam`: the errors the consistency check must find, of the kinds found by hand in a real working
 * file (docs/AUDIT.md), planted on top of the form's own quirks (the short SUM, the bidang that adds the others).
 */
function e81Sheet(tanam = false): SheetInput {
  const cells = new Map<string, number | string | { f: string }>();
  const text = new Map<string, string>();
  const fmts = new Map<string, string>();
  let r = 11;
  let no = 1;
  const put = (col: string, row: number, v: number | string | { f: string } | null, fmt?: string) => {
    if (v === null) return;
    if (typeof v === "string") text.set(`${col}${row}`, v);
    else cells.set(`${col}${row}`, v);
    if (fmt) fmts.set(`${col}${row}`, fmt);
  };
  const rowOf = (nama: string, indikator: string | null, satuan: string | null) => {
    put(C.no, r, no++);
    put(C.uraian, r, nama);
    put(C.indikator, r, indikator);
    put(C.satuan, r, satuan);
    return r++;
  };
  /** K and % per quarter, the form's way: % typed as progress to date, K = progress × target − earlier quarters. */
  const quarters = (row: number, progres: readonly (number | { f: string })[]) => {
    const earlier: string[] = [];
    for (let q = 0; q < 4; q++) {
      const [k, p] = C.tw[q];
      put(p, row, progres[q], PCT);
      put(k, row, { f: `=${p}${row}*${C.k8}${row}${earlier.map((e) => `-${e}${row}`).join("")}` });
      earlier.push(k);
    }
    put(C.k13, row, { f: `=${C.tw.map((t) => `${t[0]}${row}`).join("+")}` });
    put(C.k14, row, { f: `=${C.k7}${row}+${C.k13}${row}` });
    put(C.rp14, row, { f: `=${C.rp7}${row}+${C.rp13}${row}` });
    put(C.k15, row, { f: `=(${C.k14}${row}/${C.k6}${row})*100` });
    put(C.rp15, row, { f: `=${C.rp14}${row}/${C.rp6}${row}*100` });
  };
  const parentSums = (row: number, children: number[], range: boolean) => {
    for (const col of MONEY) {
      const f = range
        ? `=SUM(${col}${children[0]}:${col}${children[children.length - 1]})`
        : `=SUM(${children.map((c) => `${col}${c}`).join("+")})`;
      put(col, row, { f }, RP);
    }
  };
  const subAll: number[] = [];
  const kegAll: number[] = [];
  const progAll: number[] = [];
  const unsur = rowOf("UNSUR PENUNJANG URUSAN PEMERINTAHAN", null, null);
  const bidangRows: number[] = [];
  for (const b of BIDANG) {
    const bRow = rowOf(b.nama, null, null);
    bidangRows.push(bRow);
    const progRows: number[] = [];
    for (const p of b.prog) {
      const pRow = rowOf(p.nama, p.indikator, p.satuan);
      progRows.push(pRow);
      progAll.push(pRow);
      const kegRows: number[] = [];
      for (const k of p.keg) {
        const kRow = rowOf(k.nama, k.indikator, "%");
        kegRows.push(kRow);
        kegAll.push(kRow);
        const subRows: number[] = [];
        for (const s of k.subs) {
          const sRow = rowOf(s.nama, s.indikator, s.satuan);
          subRows.push(sRow);
          subAll.push(sRow);
          put(C.k6, sRow, s.renstra[0]);
          put(C.rp6, sRow, s.renstra[1], RP);
          put(C.k7, sRow, s.renstra[2]);
          put(C.rp7, sRow, s.renstra[3], RP);
          put(C.k8, sRow, s.targetK);
          put(C.rp8, sRow, s.pagu, RP);
          for (let q = 0; q < 4; q++) put(C.tw[q][2], sRow, s.rp[q], RP);
          put(C.rp13, sRow, { f: `=${C.tw.map((t) => `${t[2]}${sRow}`).join("+")}` }, RP);
          quarters(sRow, s.progres);
        }
        parentSums(kRow, subRows.slice(0, subRows.length - (k.sumKurang ?? 0)), true);
        for (const [col, v] of [
          [C.k6, 100],
          [C.k7, 60],
          [C.k8, 100],
        ] as const)
          put(col, kRow, v);
        quarters(
          kRow,
          C.tw.map((t) => ({ f: `=AVERAGE(${t[1]}${subRows[0]}:${t[1]}${subRows[subRows.length - 1]})` })),
        );
      }
      parentSums(pRow, kegRows, false);
      for (const [col, v] of [
        [C.k6, 100],
        [C.k7, 60],
        [C.k8, 100],
      ] as const)
        put(col, pRow, v);
      quarters(
        pRow,
        C.tw
          .map((t) => ({ f: `=AVERAGE(${kegRows.map((x) => `${t[1]}${x}`).join(",")})` }))
          .map((x) => ({
            f: x.f.replace(/AVERAGE\((.*)\)/, (_, a: string) => `(${a.split(",").join("+")})/${kegRows.length}`),
          })),
      );
    }
    parentSums(bRow, progRows, false);
  }
  // The quirk of the real form: the first bidang's quarterly totals also add the other bidang.
  for (const t of C.tw)
    put(
      t[2],
      bidangRows[0],
      { f: `=SUM(${[...progRowsOf(bidangRows[0]), ...bidangRows.slice(1)].map((x) => `${t[2]}${x}`).join("+")})` },
      RP,
    );
  function progRowsOf(bRow: number): number[] {
    const rows: number[] = [];
    for (const [key, v] of text) if (/^G\d+$/.test(key) && /^Program /.test(v)) rows.push(Number(key.slice(1)));
    return rows.filter((x) => x > bRow && (bidangRows.find((b) => b > bRow) ?? Infinity) > x).sort((a, b) => a - b);
  }
  parentSums(unsur, bidangRows, false);
  if (tanam) tanamGalat(put, subAll, kegAll, progAll);
  // Below the numbered rows: a program typed in for later, no number, no formula reaching it.
  put(C.uraian, r, "Program Riset dan Inovasi Daerah");
  put(C.satuan, r, "%");
  put(C.rp8, r, 0, RP);
  r++;
  put(C.uraian, r, "Invensi dan Inovasi");
  put(C.satuan, r, "%");
  r++;
  const totalRow = r;
  for (const col of MONEY) put(col, totalRow, { f: `=SUM(${bidangRows.map((b) => `${col}${b}`).join("+")})` }, RP);
  const values = hitung(cells);

  const rows: CellInput[][] = [];
  const setCell = (ref: string, v: CellInput) => {
    const col = columnIndex(/[A-Z]+/.exec(ref)![0])!;
    const row = Number(/\d+/.exec(ref)![0]) - 1;
    (rows[row] ??= [])[col] = v;
  };
  setCell("A1", "Evaluasi Terhadap Hasil RKPD");
  setCell("A2", "Kabupaten Sukamaju");
  setCell("A3", "Tahun 2025");
  const header: [string, string][] = [
    ["A6", "No"],
    ["F6", "Sasaran Perangkat daerah"],
    ["G6", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
    ["H6", "Indikator Kinerja Program (Outcome)/Kegiatan (Output)"],
    ["I6", "Satuan"],
    ["J6", "Target Renstra Perangkat Daerah Pada Tahun 2030  (Akhir Periode Renstra Perangkat Daerah)"],
    ["L6", "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun 2024"],
    ["N6", "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2025) yang dievaluasi"],
    ["P6", "Realisasi Kinerja Pada Triwulan"],
    ["AB6", "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi"],
    [
      "AD6",
      "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah  s/d Tahun 2025 (Akhir Tahun Pelaksanaan Renja Perangkat Daerah)",
    ],
    ["AF6", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2030 (%)"],
    ["B7", "Visi"],
    ["C7", "Misi"],
    ["D7", "Sasaran RPJMD/ NSPK"],
    ["E7", "Tujuan Perangkat Daerah"],
    ["P7", "I"],
    ["S7", "II"],
    ["V7", "III"],
    ["Y7", "IV"],
  ];
  for (const [ref, v] of header) setCell(ref, v);
  const numbers: [string, CellInput][] = [
    ["A8", 1],
    ["F8", 2],
    ["G8", 3],
    ["H8", 4],
    ["I8", 5],
    ["J8", 6],
    ["L8", 7],
    ["N8", 8],
    ["P8", 9],
    ["S8", 10],
    ["V8", 11],
    ["Y8", 12],
    ["AB8", "13 = 9 + 10 + 11 + 12"],
    ["AD8", "14 = 7 + 13"],
    ["AF8", "15 = 14 / 6 x 100"],
  ];
  for (const [ref, v] of numbers) setCell(ref, v);
  const units = [
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "%",
    "Rp.",
    "K",
    "%",
    "Rp.",
    "K",
    "%",
    "Rp.",
    "K",
    "%",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
  ];
  units.forEach((u, i) => setCell(`${columnLetter(columnIndex("J")! + i)}9`, u));
  setCell("A10", " ");
  setCell("F10", "Perangkat Daerah : Badan Perencanaan Pembangunan Daerah Kabupaten Sukamaju");
  for (const [ref, t] of text) setCell(ref, t);
  for (const [ref, c] of cells) {
    const fmt = fmts.get(ref);
    if (typeof c === "object") setCell(ref, { f: c.f, v: values.get(ref)!, ...(fmt ? { fmt } : {}) });
    else setCell(ref, fmt ? { v: c, fmt } : c);
  }
  setCell(`A${totalRow}`, " ");
  const sign = totalRow + 3;
  setCell(`X${sign}`, "Sukamaju,      Desember 2025");
  setCell(`X${sign + 2}`, "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH");
  setCell(`X${sign + 3}`, "KABUPATEN SUKAMAJU");
  setCell(`X${sign + 6}`, "Dra. SITI AMINAH, M.Si");
  setCell(`X${sign + 7}`, "PEMBINA UTAMA MUDA");
  setCell(`X${sign + 8}`, "NIP. 19700101 199503 2 001");
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return {
    name: "Realisasi TW IV",
    rows,
    merges: [
      "A1:AG1",
      "A2:AG2",
      "A3:AG3",
      "A6:A7",
      "F6:F7",
      "G6:G7",
      "H6:H7",
      "I6:I7",
      "J6:K7",
      "L6:M7",
      "N6:O7",
      "P6:AA6",
      "P7:R7",
      "S7:U7",
      "V7:X7",
      "Y7:AA7",
      "AB6:AC7",
      "AD6:AE7",
      "AF6:AG7",
      "J8:K8",
      "L8:M8",
      "N8:O8",
      "P8:R8",
      "S8:U8",
      "V8:X8",
      "Y8:AA8",
      "AB8:AC8",
      "AD8:AE8",
      "AF8:AG8",
      "A8:A9",
      "F8:F9",
      "G8:G9",
      "H8:H9",
      "I8:I9",
      "F10:G10",
    ],
  };
}

/**
 * The planted errors, each of a kind found by hand in a real E.81 working file:
 * - first kegiatan: AE = M + AF (percent added into rupiah);
 * - second program: T = AVERAGE(Tk1:Tk1+2:Tk2), a chained range across levels; W = AVERAGE(Wk1:Wk2), a range across levels;
 * - sub kegiatan 3: no target this year (N and O 0, quarters' Rp 0) but TW IV K typed 1;
 * - sub kegiatan 4: realisasi K (AB) typed 0 though TW IV progress is 100%;
 * - sub kegiatan 5: every quarter K typed 0 though TW IV progress is 100%;
 * - sub kegiatan 6: progress falls from 50% (TW II) to 40% (TW III);
 * - sub kegiatan 7: AE typed, not M + AC like its siblings;
 * - sub kegiatan 9: TW IV Rp raised so the year's realisasi is above the pagu.
 */
function tanamGalat(
  put: (col: string, row: number, v: number | string | { f: string } | null, fmt?: string) => void,
  sub: number[],
  keg: number[],
  prog: number[],
): void {
  put(C.rp14, keg[0], { f: `=${C.rp7}${keg[0]}+${C.k15}${keg[0]}` }, RP);
  const [k1, k2] = [keg[2], keg[3]];
  put(C.tw[1][1], prog[1], { f: `=AVERAGE(${C.tw[1][1]}${k1}:${C.tw[1][1]}${k1 + 2}:${C.tw[1][1]}${k2})` }, PCT);
  put(C.tw[2][1], prog[1], { f: `=AVERAGE(${C.tw[2][1]}${k1}:${C.tw[2][1]}${k2})` }, PCT);
  const s3 = sub[2];
  put(C.k8, s3, 0);
  put(C.rp8, s3, 0, RP);
  for (let q = 0; q < 4; q++) {
    put(C.tw[q][2], s3, 0, RP);
    put(C.tw[q][1], s3, 0, PCT);
    put(C.tw[q][0], s3, q === 3 ? 1 : 0);
  }
  put(C.k13, sub[3], 0);
  for (let q = 0; q < 4; q++) put(C.tw[q][0], sub[4], 0);
  put(C.tw[1][1], sub[5], 0.5, PCT);
  put(C.tw[2][1], sub[5], 0.4, PCT);
  put(C.rp14, sub[6], 123_456_789, RP);
  put(C.tw[3][2], sub[8], 500_000_000, RP);
}

export const FIXTURES_NYATA: FixtureNyata[] = [
  {
    file: "e81-evaluasi-renja.xlsx",
    kesulitan:
      "Formulir E.81 seperti salinan nyata: judul 3 baris, judul kolom 4 baris dengan baris nomor dan baris satuan, baris Perangkat Daerah, tanpa kode, rumus induk (satu SUM kurang satu baris, total bidang menjumlah bidang lain), % kumulatif dan K = % × target − TW sebelumnya, blok tak bernomor, tanda tangan",
    sheets: [e81Sheet()],
  },
  {
    file: "e81-periksa.xlsx",
    kesulitan:
      "Formulir E.81 yang sama dengan galat yang ditemukan pada berkas kerja nyata: persen dijumlahkan ke rupiah, rentang AVERAGE berantai melintasi tingkat, realisasi tanpa target, progres 100% dengan realisasi K 0 (diketik dan per triwulan), progres kumulatif turun, angka ketikan di antara rumus, realisasi melebihi pagu",
    sheets: [e81Sheet(true)],
  },
  {
    file: "e81-berkode.xlsx",
    kesulitan:
      "Formulir E.81 dengan kolom Kode, judul kolom dua baris tanpa baris nomor, K per TW diketik sebagai tambahan, tanpa kolom %; dievaluasi sampai TW III (TW IV kosong)",
    sheets: [
      {
        name: "E81 TW III",
        rows: [
          ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH"],
          ["DINAS KOPERASI DAN USAHA MIKRO KOTA SUKAMAJU, TRIWULAN III 2024"],
          [],
          [
            "No",
            "Kode",
            "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan",
            "Indikator Kinerja",
            "Satuan",
            "Target Renstra (Akhir Periode)",
            null,
            "Realisasi Renstra s/d Tahun Lalu",
            null,
            "Target Renja Tahun 2024",
            null,
            "Realisasi Triwulan I",
            null,
            "Realisasi Triwulan II",
            null,
            "Realisasi Triwulan III",
            null,
            "Realisasi Triwulan IV",
            null,
            "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
            null,
            "Realisasi Kinerja dan Anggaran Renstra s/d Tahun 2024",
            null,
            "Tingkat Capaian Renstra (%)",
            null,
            "Unit Penanggung Jawab",
            "Keterangan",
          ],
          [
            null,
            null,
            null,
            null,
            null,
            "K",
            "Rp",
            "K",
            "Rp",
            "K",
            "Rp",
            "K",
            "Rp",
            "K",
            "Rp",
            "K",
            "Rp",
            "K",
            "Rp",
            "K",
            "Rp",
            "K",
            "Rp",
            "K",
            "Rp",
          ],
          [
            1,
            "2.17.03",
            "Program Pengawasan dan Pemeriksaan Koperasi",
            "Persentase koperasi yang patuh",
            "%",
            60,
            { v: 1_500_000_000, fmt: RP },
            36,
            { v: 700_000_000, fmt: RP },
            56,
            { v: 350_000_000, fmt: RP },
            10,
            { v: 40_000_000, fmt: RP },
            20,
            { v: 90_000_000, fmt: RP },
            36,
            { v: 110_000_000, fmt: RP },
            null,
            null,
            36,
            { v: 240_000_000, fmt: RP },
            null,
            null,
            null,
            null,
            "Bidang Pengawasan",
            null,
          ],
          [
            2,
            "2.17.03.2.01",
            "Pemeriksaan dan Pengawasan Koperasi",
            "Jumlah koperasi yang diperiksa",
            "Unit",
            800,
            { v: 1_500_000_000, fmt: RP },
            490,
            { v: 700_000_000, fmt: RP },
            165,
            { v: 350_000_000, fmt: RP },
            30,
            { v: 40_000_000, fmt: RP },
            60,
            { v: 90_000_000, fmt: RP },
            45,
            { v: 110_000_000, fmt: RP },
            null,
            null,
            135,
            { v: 240_000_000, fmt: RP },
            null,
            null,
            null,
            null,
            "Bidang Pengawasan",
            null,
          ],
          [
            3,
            "2.17.03.2.01.0001",
            "Pemeriksaan dan Pengawasan Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota",
            "Jumlah koperasi yang diawasi",
            "Unit",
            500,
            { v: 1_000_000_000, fmt: RP },
            300,
            { v: 480_000_000, fmt: RP },
            100,
            { v: 200_000_000, fmt: RP },
            20,
            { v: 25_000_000, fmt: RP },
            40,
            { v: 50_000_000, fmt: RP },
            25,
            { v: 60_000_000, fmt: RP },
            null,
            null,
            85,
            { v: 135_000_000, fmt: RP },
            null,
            null,
            null,
            null,
            "Bidang Pengawasan",
            null,
          ],
          [
            4,
            "2.17.03.2.01.0002",
            "Penilaian Kesehatan Koperasi Simpan Pinjam",
            "Jumlah koperasi yang dinilai",
            "Unit",
            300,
            { v: 500_000_000, fmt: RP },
            190,
            { v: 220_000_000, fmt: RP },
            65,
            { v: 150_000_000, fmt: RP },
            10,
            { v: 15_000_000, fmt: RP },
            20,
            { v: 40_000_000, fmt: RP },
            20,
            { v: 50_000_000, fmt: RP },
            null,
            null,
            50,
            { v: 105_000_000, fmt: RP },
            null,
            null,
            null,
            null,
            "Bidang Pengawasan",
            "TW IV belum dilaporkan",
          ],
        ],
        merges: [
          "F4:G4",
          "H4:I4",
          "J4:K4",
          "L4:M4",
          "N4:O4",
          "P4:Q4",
          "R4:S4",
          "T4:U4",
          "V4:W4",
          "X4:Y4",
          "A4:A5",
          "B4:B5",
          "C4:C5",
          "D4:D5",
          "E4:E5",
          "Z4:Z5",
          "AA4:AA5",
        ],
      },
    ],
  },
  {
    file: "sipd-belanja-datar.xlsx",
    kesulitan:
      "Ekspor SIPD per rincian belanja: kode menempel di nama setiap tingkat, pagu sub kegiatan = jumlah baris belanjanya, JUMLAH dan JUMLAH PERUBAHAN, jumlah berisi teks None, angka dengan derau pecahan",
    sheets: [
      {
        name: "Sheet1",
        rows: [
          ["SKPD", "PROGRAM", "KEGIATAN", "SUBKEGIATAN", "URAIAN BELANJA", "JUMLAH", "JUMLAH PERUBAHAN"],
          [
            "1.1.01.0000 - DINAS PENDIDIKAN",
            "1.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "1.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "1.01.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah",
            "5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
            4_950_000,
            4_950_000,
          ],
          [
            "1.1.01.0000 - DINAS PENDIDIKAN",
            "1.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "1.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "1.01.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah",
            "5.1.02.01.01.0052 Belanja Makanan dan Minuman Rapat",
            8_850_000,
            7_850_000,
          ],
          [
            "1.1.01.0000 - DINAS PENDIDIKAN",
            "1.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "1.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "1.01.01.2.01.0002 Koordinasi dan Penyusunan Dokumen RKA-SKPD",
            "5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
            2_400_000,
            "None",
          ],
          [
            "1.1.01.0000 - DINAS PENDIDIKAN",
            "1.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "1.01.01.2.02 Administrasi Keuangan Perangkat Daerah",
            "1.01.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN",
            "5.1.01.01.01.0001 Belanja Gaji Pokok PNS",
            59_911_114.129999995,
            59_911_114.129999995,
          ],
          [
            "1.1.01.0000 - DINAS PENDIDIKAN",
            "1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN",
            "1.01.02.2.01 Pengelolaan Pendidikan Sekolah Dasar",
            "1.01.02.2.01.0001 Pembangunan Unit Sekolah Baru (USB)",
            "5.2.03.01.01.0001 Belanja Modal Bangunan Gedung Sekolah",
            1_500_000_000,
            1_650_000_000,
          ],
        ],
      },
    ],
  },
  {
    file: "rkpd-kode-terpisah.xlsx",
    kesulitan:
      "Ekspor RKPD: kode di kolomnya sendiri (kode_subkegiatan, kode_subkeluaran) tanpa nama program/kegiatan, target sebagai teks, anggaran dan menjadi_anggaran",
    sheets: [
      {
        name: "Sheet1",
        rows: [
          [
            "kode_opd",
            "kode_subkegiatan",
            "kode_subkeluaran",
            "uraian",
            "target",
            "satuan",
            "anggaran",
            "menjadi_anggaran",
          ],
          [
            "5.01.0.00.0.00.01.0000",
            "5.01.01.2.01.0001",
            "5.01.01.2.01.0001.1",
            "Dokumen perencanaan",
            "1",
            "Dokumen",
            22_500_000,
            22_500_000,
          ],
          [
            "5.01.0.00.0.00.01.0000",
            "5.01.01.2.01.0001",
            "5.01.01.2.01.0001.2",
            "Dokumen evaluasi",
            "2",
            "Dokumen",
            10_000_000,
            12_500_000,
          ],
          [
            "5.01.0.00.0.00.01.0000",
            "5.01.01.2.02.0001",
            "5.01.01.2.02.0001.1",
            "Gaji dan tunjangan ASN",
            "12",
            "Bulan",
            3_000_000_000.13,
            2_900_000_000.13,
          ],
          [
            "5.01.0.00.0.00.01.0000",
            "5.01.02.2.01.0001",
            "5.01.02.2.01.0001.1",
            "Dokumen RKPD",
            "1",
            "Dokumen",
            300_000_000,
            310_000_000,
          ],
        ],
      },
    ],
  },
  {
    file: "anggaran-kas-bulanan.xlsx",
    kesulitan:
      "Anggaran kas SIPD: bulan_1 … bulan_12 di depan, kode dan nama di kolom sendiri lebih ke kanan, rincian sub kegiatan diulang di setiap baris (tidak dijumlahkan)",
    sheets: [
      {
        name: "BAPPEDA",
        rows: [
          [
            ...Array.from({ length: 12 }, (_, i) => `bulan_${i + 1}`),
            "kode_program",
            "nama_program",
            "kode_giat",
            "nama_giat",
            "kode_sub_giat",
            "nama_sub_giat",
            "rincian",
            "kode_akun",
          ],
          [
            0,
            0,
            10_000_000,
            0,
            0,
            5_000_000,
            0,
            0,
            2_000_000,
            0,
            0,
            3_000_000,
            "5.01.01",
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "5.01.01.2.01",
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "5.01.01.2.01.0001",
            "Penyusunan Dokumen Perencanaan Perangkat Daerah",
            30_000_000,
            "5.1.02.01.01.0024",
          ],
          [
            1_000_000,
            1_000_000,
            1_000_000,
            1_000_000,
            1_000_000,
            1_000_000,
            1_000_000,
            1_000_000,
            1_000_000,
            1_000_000,
            0,
            0,
            "5.01.01",
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "5.01.01.2.01",
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "5.01.01.2.01.0001",
            "Penyusunan Dokumen Perencanaan Perangkat Daerah",
            30_000_000,
            "5.1.02.01.01.0052",
          ],
          [
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            4_000_000,
            4_000_000,
            "5.01.02",
            "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
            "5.01.02.2.01",
            "Penyusunan Perencanaan dan Pendanaan",
            "5.01.02.2.01.0005",
            "Pelaksanaan Musrenbang Kabupaten/Kota",
            8_000_000,
            "5.1.02.02.01.0003",
          ],
        ],
      },
    ],
  },
  {
    file: "lkip-label-bernomor.xlsx",
    kesulitan:
      'Tabel anggaran LKIP tanpa kode: "Program …", "Kegiatan …" lalu "1. Sub Kegiatan …" bernomor, pagu sebagai teks Rupiah, baris Jumlah',
    sheets: [
      {
        name: "Anggaran",
        rows: [
          ["Tabel 3.7 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan"],
          [],
          ["Uraian", "Pagu (Rp)", "Realisasi (Rp)"],
          [
            "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
            "Rp 600.000.000",
            "Rp 540.000.000",
          ],
          ["Kegiatan Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan", "Rp 250.000.000", "Rp 230.000.000"],
          ["1. Sub Kegiatan Fasilitasi Usaha Mikro Menjadi Wirausaha", "Rp 150.000.000", "Rp 140.000.000"],
          ["2. Sub Kegiatan Pendataan Potensi Usaha Mikro", "Rp 100.000.000", "Rp 90.000.000"],
          [
            "Kegiatan Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha",
            "Rp 350.000.000",
            "Rp 310.000.000",
          ],
          ["1. Sub Kegiatan Fasilitasi Pengembangan Usaha Mikro", "Rp 350.000.000", "Rp 310.000.000"],
          ["Jumlah", "Rp 600.000.000", "Rp 540.000.000"],
        ],
      },
    ],
  },
];
