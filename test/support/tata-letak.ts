/**
 * The layout generator (issue 20), shared by the reading and the audit tests: a known budget model (programs →
 * kegiatan → sub kegiatan with pagu and realisasi, fast-check), writers that lay it out as agencies do (a generic
 * DPA table, an RFK sheet, an SIPD anggaran kas kept in one sheet or one sheet per sub kegiatan), each layout
 * property varied on its own from a base layout, and a counter that prints the share of layouts read right.
 * Sheets are built as Grids in memory (no .xlsx round trip), so hundreds of layouts stay cheap.
 */
import fc from "fast-check";
import { MODEL_KAS, SubKas, lembarKas } from "../../scripts/fixtures-sipd";
import { ProgramDpa, TataDokumen, perProgram, perSub, ringkasan } from "../../scripts/fixtures-dpa";
import { CellInput, SheetInput } from "../../scripts/workbook-builder";
import { CellValue, Grid, parseArea, text } from "../../src/core/grid";

/** A sheet of the fixture builders as a Grid: values (a formula's cached value), formulas, formats, merges, hidden rows. */
export function gridDari(sheet: SheetInput, extra: Partial<Grid> = {}): Grid {
  const isi = (c: CellInput): CellValue =>
    c === undefined || c === null
      ? null
      : typeof c === "object"
        ? "error" in c
          ? null
          : (c.v ?? null)
        : typeof c === "boolean"
          ? null
          : c;
  const formulas = sheet.rows.map((row) =>
    Array.from(row, (c) => (c && typeof c === "object" && "f" in c ? `=${c.f.replace(/^=/, "")}` : null)),
  );
  const numberFormats = sheet.rows.map((row) =>
    Array.from(row, (c) => (c && typeof c === "object" && "fmt" in c ? (c.fmt ?? null) : null)),
  );
  return {
    name: sheet.name,
    values: sheet.rows.map((row) => Array.from(row, isi)),
    ...(formulas.some((r) => r.some((f) => f)) ? { formulas } : {}),
    numberFormats,
    merges: (sheet.merges ?? []).map((m) => parseArea(m)!),
    ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows.map((r) => r - 1) } : {}),
    ...extra,
  };
}

// ---- The model ----

export interface SubModel {
  readonly kode: string;
  readonly nama: string;
  readonly pagu: number;
  readonly realisasi: number;
}
export interface KegiatanModel {
  readonly kode: string;
  readonly nama: string;
  readonly sub: readonly SubModel[];
}
export interface ProgramModel {
  readonly kode: string;
  readonly nama: string;
  readonly kegiatan: readonly KegiatanModel[];
}

const NAMA_PROGRAM = ["PROGRAM PENUNJANG URUSAN", "PROGRAM PELAYANAN KESEHATAN", "PROGRAM SUMBER DAYA MANUSIA"];
const NAMA_KEGIATAN = ["Perencanaan dan Evaluasi", "Administrasi Keuangan", "Penyediaan Fasilitas", "Pengelolaan Data"];
const NAMA_SUB = ["Penyusunan Dokumen", "Penyediaan Gaji", "Pengadaan Alat", "Pemeliharaan Rutin", "Koordinasi Teknis"];

/** Whole thousands of rupiah (so a layout in thousands holds whole numbers), realisasi 40–100% of the pagu. */
const sub = fc
  .record({ ribu: fc.integer({ min: 1_000, max: 9_000_000 }), persen: fc.integer({ min: 40, max: 100 }) })
  .map(({ ribu, persen }) => ({ pagu: ribu * 1000, realisasi: Math.floor((ribu * persen) / 100) * 1000 }));

/** 1–3 programs of 1–3 kegiatan of 1–4 sub kegiatan, kode and names by position. */
export const modelAnggaran: fc.Arbitrary<ProgramModel[]> = fc
  .array(fc.array(fc.array(sub, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((ps) =>
    ps.map((ks, p) => {
      const kp = `1.02.${String(p + 1).padStart(2, "0")}`;
      return {
        kode: kp,
        nama: `${NAMA_PROGRAM[p]} ${p + 1}`,
        kegiatan: ks.map((ss, k) => {
          const kk = `${kp}.2.${String(k + 1).padStart(2, "0")}`;
          return {
            kode: kk,
            nama: `${NAMA_KEGIATAN[k]} ${p + 1}.${k + 1}`,
            sub: ss.map((x, s) => ({
              ...x,
              kode: `${kk}.${String(s + 1).padStart(4, "0")}`,
              nama: `${NAMA_SUB[s]} ${p + 1}.${k + 1}.${s + 1}`,
            })),
          };
        }),
      };
    }),
  );

export const semuaSub = (m: readonly ProgramModel[]): SubModel[] => m.flatMap((p) => p.kegiatan.flatMap((k) => k.sub));
const jumlah = (xs: readonly SubModel[], f: "pagu" | "realisasi") => xs.reduce((s, x) => s + x[f], 0);

// ---- Layout properties shared by the forms ----

/** Rupiah as written: plain, in thousands by a title line, by "(Rp 000)" in the header, in millions, "Rp 000" in the units row. */
export type Skala = "" | "judul" | "rp000" | "juta" | "satuan";
const KALI: Record<Skala, number> = { "": 1, judul: 1000, rp000: 1000, juta: 1_000_000, satuan: 1000 };
/** The header words a scale adds to a rupiah column. */
const SKALA_KOLOM: Record<Skala, string> = { "": "", judul: "", rp000: " (Rp 000)", juta: " (Rp juta)", satuan: "" };
/** The units row's rupiah cell. */
const SATUAN_RP = (k: Skala) => (k === "satuan" ? "Rp 000" : "Rp");

/** The dropdown list sheet and the validation that points to it. */
function lembarDaftar(): Grid {
  return {
    name: "Daftar",
    values: [["Pilihan Program"], ...NAMA_PROGRAM.map((n, i) => [`${n} ${i + 1}`]), ...NAMA_SUB.map((n) => [n])],
  };
}
const SUMBER_DAFTAR = [`Daftar!$A$2:$A$${1 + NAMA_PROGRAM.length + NAMA_SUB.length}`];

// ---- A generic DPA / budget table ----

export interface TataDpa {
  /** Header rows: 1 (one label a column), 2 (a group over Pagu | Realisasi), 3 (+ a units row), 4 (+ column numbers). */
  readonly kepala: 1 | 2 | 3 | 4;
  /**
   * The kode in its own column, split over five under a merged "Kode" (1 | 02 | 01 | 2.01 | 0001), glued to the
   * name, or absent (levels named by "Program …" / "Kegiatan …").
   */
  readonly kode: "kolom" | "pisah" | "gabung" | "tanpa";
  readonly skala: Skala;
  /** Wording of the headers: 0–2. */
  readonly kata: 0 | 1 | 2;
  /** A JUMLAH row at the end; or a Sub Total under each program as well. */
  readonly ringkasan: "" | "jumlah" | "subtotal";
  readonly daftar: boolean;
  readonly salinan: boolean;
  /** One sheet for the whole table, or one sheet per program (each with its title, header and JUMLAH). */
  readonly lembar?: "satu" | "program";
  /** With one sheet per program: a summary sheet first, each program's pagu and realisasi and their JUMLAH. */
  readonly rekap?: boolean;
}

export const DPA_DASAR: TataDpa = {
  kepala: 1,
  kode: "kolom",
  skala: "",
  kata: 0,
  ringkasan: "jumlah",
  daftar: false,
  salinan: false,
};

/** Each a one-property change from DPA_DASAR. */
export const VARIASI_DPA: readonly Partial<TataDpa>[] = [
  {},
  { kepala: 2 },
  { kepala: 3 },
  { kepala: 4 },
  { kode: "pisah" },
  { kode: "gabung" },
  { kode: "tanpa" },
  { skala: "judul" },
  { skala: "rp000" },
  { skala: "juta" },
  { kepala: 3, skala: "satuan" },
  { kata: 1 },
  { kata: 2 },
  { ringkasan: "" },
  { ringkasan: "subtotal" },
  { daftar: true },
  { salinan: true },
];

/** One sheet per program: the base layout and its properties varied on it (issue 20). */
export const VARIASI_DPA_PER_PROGRAM: readonly Partial<TataDpa>[] = [
  { lembar: "program" },
  { lembar: "program", rekap: true },
  { lembar: "program", kepala: 3 },
  { lembar: "program", kode: "gabung" },
  { lembar: "program", ringkasan: "" },
  { lembar: "program", skala: "judul" },
];

const KATA_DPA = [
  { uraian: "Uraian", pagu: "Pagu", real: "Realisasi", grup: "Anggaran" },
  { uraian: "Program / Kegiatan / Sub Kegiatan", pagu: "Anggaran", real: "Realisasi Anggaran", grup: "Keuangan" },
  { uraian: "Nama Program/Kegiatan", pagu: "Pagu Anggaran", real: "Realisasi Keuangan", grup: "Belanja" },
] as const;

/**
 * A planted error: realisasi above the pagu at a sub kegiatan, a kegiatan's realisasi SUM short of its last row, a
 * typed JUMLAH pagu Rp 1.000.000 off (the cells computed from it agree with it, as Excel would show).
 */
export type Cacat = "lebih" | "pendek" | "ketik";

export interface Tanam {
  readonly jenis: Cacat;
  /** Index of the sub kegiatan (lebih) or the kegiatan (pendek) it is planted at, modulo their count. */
  readonly di: number;
}

export interface LembarDibuat {
  readonly grids: Grid[];
  /** The planted error's cell, "D12", when one was planted and the layout has its place. */
  readonly sel?: string;
}

/** The model laid out as a budget table; parents and totals are formulas with their cached values. */
export function bukuDpa(model: readonly ProgramModel[], tata: TataDpa, tanam?: Tanam): LembarDibuat {
  if (tata.lembar === "program") return dpaPerProgram(model, tata);
  const kali = KALI[tata.skala];
  const w = KATA_DPA[tata.kata];
  const sk = SKALA_KOLOM[tata.skala];
  const kk = tata.kode === "kolom" ? 1 : tata.kode === "pisah" ? 5 : 0; // columns before Uraian
  /** The kode cells of a row: one column, or five parts (urusan, bidang, program, kegiatan, sub kegiatan). */
  const kodeSel = (kode: string): Record<number, CellInput> => {
    if (tata.kode === "kolom") return { 0: kode };
    if (tata.kode !== "pisah") return {};
    const x = kode.split(".");
    const parts = [x[0], x[1], x[2], x.length >= 5 ? `${x[3]}.${x[4]}` : undefined, x[5]];
    return Object.fromEntries(parts.flatMap((v, i) => (v === undefined ? [] : [[i, v]])));
  };
  const [cU, cP, cR, cS] = [kk, kk + 1, kk + 2, kk + 3];
  const L = (c: number) => String.fromCharCode(65 + c);
  const rows: CellInput[][] = [
    ["DOKUMEN PELAKSANAAN ANGGARAN"],
    ["DINAS KESEHATAN KABUPATEN CONTOH"],
    ["TAHUN ANGGARAN 2024"],
  ];
  if (tata.skala === "judul") rows.push(["(dalam ribuan rupiah)"]);
  rows.push([]);
  const merges: string[] = [];
  const h0 = rows.length + 1;
  const baris = (cells: Record<number, CellInput>): CellInput[] => {
    const r: CellInput[] = [];
    for (const [c, v] of Object.entries(cells)) r[Number(c)] = v;
    return r;
  };
  const pagu = `${w.pagu}${sk}`;
  const real = `${w.real}${sk}`;
  if (tata.kepala === 1 && kk > 1) merges.push(`A${h0}:${L(kk - 1)}${h0}`);
  if (tata.kepala === 1)
    rows.push(baris({ ...(kk ? { 0: "Kode" } : {}), [cU]: w.uraian, [cP]: pagu, [cR]: real, [cS]: "Serapan (%)" }));
  else {
    rows.push(baris({ ...(kk ? { 0: "Kode" } : {}), [cU]: w.uraian, [cP]: `${w.grup}${sk}`, [cS]: "Serapan" }));
    rows.push(baris({ [cP]: w.pagu, [cR]: w.real }));
    const bawah = h0 + 1;
    if (kk) merges.push(`A${h0}:${L(kk - 1)}${bawah}`);
    merges.push(`${L(cU)}${h0}:${L(cU)}${bawah}`, `${L(cP)}${h0}:${L(cR)}${h0}`, `${L(cS)}${h0}:${L(cS)}${bawah}`);
    if (tata.kepala >= 3) rows.push(baris({ [cP]: SATUAN_RP(tata.skala), [cR]: SATUAN_RP(tata.skala), [cS]: "%" }));
    if (tata.kepala >= 4)
      rows.push(baris({ ...(kk ? { 0: 1 } : {}), [cU]: kk + 1, [cP]: kk + 2, [cR]: kk + 3, [cS]: kk + 4 }));
  }
  const rp = (n: number): CellInput => ({ v: n / kali, fmt: "#,##0.###" });
  const f = (formula: string, v: number): CellInput => ({ f: formula, v: v / kali, fmt: "#,##0.###" });
  const nama = (level: "Program" | "Kegiatan" | "Sub Kegiatan", kode: string, n: string) =>
    tata.kode === "gabung" ? `${kode} ${n}` : tata.kode === "tanpa" ? `${level} ${n}` : n;
  const lebih = tanam?.jenis === "lebih" ? tanam.di % semuaSub(model).length : -1;
  const kegPendek = tanam?.jenis === "pendek" ? tanam.di % model.flatMap((p) => p.kegiatan).length : -1;
  let sel: string | undefined;
  let nSub = 0;
  let nKeg = 0;
  const programRows: number[] = [];
  const total = { pagu: 0, realisasi: 0 };
  const serapan = (r: number, pg: number, rl: number): CellInput => ({
    f: `${L(cR)}${r}/${L(cP)}${r}*100`,
    v: Math.round((rl / pg) * 1e6) / 1e4,
    fmt: "0.00",
  });
  for (const p of model) {
    const pr = rows.length + 1; // 1-based
    rows.push([]); // filled after its kegiatan
    const kegRows: number[] = [];
    const pv = { pagu: 0, realisasi: 0 };
    for (const k of p.kegiatan) {
      const kr = rows.length + 1;
      rows.push([]);
      const kv = { pagu: 0, realisasi: 0 };
      const [a, b] = [kr + 1, kr + k.sub.length];
      for (const s of k.sub) {
        const r = rows.length + 1;
        const rl = nSub === lebih ? s.pagu + 1_000_000 : s.realisasi;
        if (nSub === lebih) sel = `${L(cR)}${r}`;
        nSub++;
        rows.push(
          baris({
            ...kodeSel(s.kode),
            [cU]: nama("Sub Kegiatan", s.kode, s.nama),
            [cP]: rp(s.pagu),
            [cR]: rp(rl),
            [cS]: serapan(r, s.pagu, rl),
          }),
        );
        kv.pagu += s.pagu;
        if (r < b || nKeg !== kegPendek || k.sub.length < 2) kv.realisasi += rl;
      }
      const pendek = nKeg === kegPendek && k.sub.length >= 2;
      if (pendek) sel = `${L(cR)}${kr}`;
      nKeg++;
      rows[kr - 1] = baris({
        ...kodeSel(k.kode),
        [cU]: nama("Kegiatan", k.kode, k.nama),
        [cP]: f(`SUM(${L(cP)}${a}:${L(cP)}${b})`, kv.pagu),
        [cR]: f(`SUM(${L(cR)}${a}:${L(cR)}${pendek ? b - 1 : b})`, kv.realisasi),
        [cS]: serapan(kr, kv.pagu, kv.realisasi),
      });
      kegRows.push(kr);
      pv.pagu += kv.pagu;
      pv.realisasi += kv.realisasi;
    }
    const sum = (c: number) => kegRows.map((r) => `${L(c)}${r}`).join("+");
    rows[pr - 1] = baris({
      ...kodeSel(p.kode),
      [cU]: nama("Program", p.kode, p.nama),
      [cP]: f(sum(cP), pv.pagu),
      [cR]: f(sum(cR), pv.realisasi),
      [cS]: serapan(pr, pv.pagu, pv.realisasi),
    });
    if (tata.ringkasan === "subtotal") {
      const r = rows.length + 1;
      rows.push(
        baris({
          [cU]: "Sub Total",
          [cP]: f(`${L(cP)}${pr}`, pv.pagu),
          [cR]: f(`${L(cR)}${pr}`, pv.realisasi),
          [cS]: serapan(r, pv.pagu, pv.realisasi),
        }),
      );
    }
    programRows.push(pr);
    total.pagu += pv.pagu;
    total.realisasi += pv.realisasi;
  }
  if (tata.ringkasan !== "") {
    const r = rows.length + 1;
    const sum = (c: number) => programRows.map((x) => `${L(c)}${x}`).join("+");
    const ketik = tanam?.jenis === "ketik";
    if (ketik) sel = `${L(cP)}${r}`;
    rows.push(
      baris({
        [cU]: "JUMLAH",
        [cP]: ketik ? rp(total.pagu + 1_000_000) : f(sum(cP), total.pagu),
        [cR]: f(sum(cR), total.realisasi),
        [cS]: serapan(r, total.pagu + (ketik ? 1_000_000 : 0), total.realisasi),
      }),
    );
  }
  rows.push([], [null, "Kepala Dinas Kesehatan"]);
  const sheet: SheetInput = { name: "DPA", rows, merges };
  const grids = [gridDari(sheet, tata.daftar ? { sumberDaftar: SUMBER_DAFTAR } : {})];
  if (tata.salinan) grids.push(gridDari({ ...sheet, name: "DPA (2)" }, { tersembunyi: true }));
  if (tata.daftar) grids.push(lembarDaftar());
  return { grids, ...(sel && tanam && (tanam.jenis !== "ketik" || tata.ringkasan !== "") ? { sel } : {}) };
}

/** One sheet per program ("DPA 1.02.01" …), each the one-sheet layout of its program; a summary sheet first if asked. */
function dpaPerProgram(model: readonly ProgramModel[], tata: TataDpa): LembarDibuat {
  const satu = { ...tata, lembar: "satu" as const, daftar: false, salinan: false };
  const grids = model.map((p) => ({ ...bukuDpa([p], satu).grids[0], name: `DPA ${p.kode}` }));
  if (tata.rekap) {
    const kali = KALI[tata.skala];
    const rp = (n: number): CellInput => ({ v: n / kali, fmt: "#,##0.###" });
    const jml = (p: ProgramModel, f: "pagu" | "realisasi") => jumlah(semuaSub([p]), f);
    const rows: CellInput[][] = [
      ["REKAPITULASI DPA PER PROGRAM"],
      ["DINAS KESEHATAN KABUPATEN CONTOH"],
      ["TAHUN ANGGARAN 2024"],
      ...(tata.skala === "judul" ? [["(dalam ribuan rupiah)"]] : []),
      [],
      [
        "Kode",
        "Program",
        `${KATA_DPA[tata.kata].pagu}${SKALA_KOLOM[tata.skala]}`,
        `${KATA_DPA[tata.kata].real}${SKALA_KOLOM[tata.skala]}`,
      ],
    ];
    const first = rows.length + 1;
    for (const p of model) rows.push([p.kode, p.nama, rp(jml(p, "pagu")), rp(jml(p, "realisasi"))]);
    const last = rows.length;
    const tot = (f: "pagu" | "realisasi") => model.reduce((s, p) => s + jml(p, f), 0);
    rows.push([
      null,
      "JUMLAH",
      { f: `SUM(C${first}:C${last})`, v: tot("pagu") / kali, fmt: "#,##0.###" },
      { f: `SUM(D${first}:D${last})`, v: tot("realisasi") / kali, fmt: "#,##0.###" },
    ]);
    grids.unshift(gridDari({ name: "Rekap DPA", rows }));
  }
  if (tata.salinan)
    grids.push({ ...grids[grids.length - 1], name: `${grids[grids.length - 1].name} (2)`, tersembunyi: true });
  if (tata.daftar) grids.push(lembarDaftar());
  return { grids };
}

/** The model's figures a reading must give: each sub kegiatan's pagu and realisasi, and the counts. */
export function kebenaran(model: readonly ProgramModel[]): {
  sub: [string, number, number][];
  jumlah: [number, number, number];
  pagu: number;
  realisasi: number;
} {
  const subs = semuaSub(model);
  return {
    sub: subs.map((s) => [s.kode, s.pagu, s.realisasi]),
    jumlah: [model.length, model.flatMap((p) => p.kegiatan).length, subs.length],
    pagu: jumlah(subs, "pagu"),
    realisasi: jumlah(subs, "realisasi"),
  };
}

// ---- RFK: one sub kegiatan per row, under "Kegiatan : …" rows or none ----

export interface TataRfk {
  /** Header rows: 1, 2 (KEUANGAN over Rp | %), 3 (+ units row), 4 (+ column numbers). */
  readonly kepala: 1 | 2 | 3 | 4;
  /** The kode glued before the sub kegiatan's name, or absent ("Sub Kegiatan …"). */
  readonly kode: "gabung" | "tanpa";
  /** A "NAMA KEGIATAN : …" row over each kegiatan's sub kegiatan. */
  readonly kegiatanJudul: boolean;
  readonly skala: Skala;
  readonly kata: 0 | 1 | 2;
  readonly total: boolean;
  readonly daftar: boolean;
  readonly salinan: boolean;
}

export const RFK_DASAR: TataRfk = {
  kepala: 3,
  kode: "gabung",
  kegiatanJudul: false,
  skala: "",
  kata: 0,
  total: true,
  daftar: false,
  salinan: false,
};

export const VARIASI_RFK: readonly Partial<TataRfk>[] = [
  {},
  { kepala: 1 },
  { kepala: 2 },
  { kepala: 4 },
  { kode: "tanpa" },
  { kegiatanJudul: true },
  { skala: "judul" },
  { skala: "rp000" },
  { skala: "juta" },
  { skala: "satuan" },
  { kata: 1 },
  { kata: 2 },
  { total: false },
  { daftar: true },
  { salinan: true },
];

const KATA_RFK = [
  { uraian: "URAIAN KEGIATAN", pagu: "NILAI ANGGARAN", grup: "KEUANGAN", real: "REALISASI" },
  { uraian: "Program/Kegiatan/Sub Kegiatan", pagu: "Pagu DPA", grup: "Realisasi Keuangan", real: "Realisasi" },
  { uraian: "Nama Sub Kegiatan", pagu: "Anggaran", grup: "Keuangan", real: "Realisasi" },
] as const;

/**
 * An RFK sheet: NO | URAIAN | NILAI ANGGARAN | KEUANGAN REALISASI Rp | % | SISA; a TOTAL of SUMs (its sisa = pagu −
 * realisasi). Planted: a sub kegiatan's realisasi above its pagu, the TOTAL realisasi's SUM short of the last row, the
 * TOTAL pagu typed Rp 1.000.000 off (the TOTAL's % and sisa computed from what it shows).
 */
export function bukuRfk(model: readonly ProgramModel[], tata: TataRfk, tanam?: Tanam): LembarDibuat {
  const kali = KALI[tata.skala];
  const w = KATA_RFK[tata.kata];
  const sk = SKALA_KOLOM[tata.skala];
  const rows: CellInput[][] = [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    ["DINAS KESEHATAN"],
    ["TAHUN ANGGARAN 2024"],
    ["KONDISI DESEMBER 2024"],
  ];
  if (tata.skala === "judul") rows.push(["(dalam ribuan rupiah)"]);
  rows.push([]);
  const h0 = rows.length + 1;
  const merges: string[] = [];
  if (tata.kepala === 1)
    rows.push(["NO", w.uraian, `${w.pagu}${sk}`, `${w.real} ${w.grup}${sk}`, `% ${w.real}`, `SISA ANGGARAN${sk}`]);
  else {
    rows.push(["NO", w.uraian, `${w.pagu}${sk}`, `${w.grup}${sk}`, null, `SISA ANGGARAN${sk}`]);
    rows.push([null, null, null, w.real, "%", null]);
    merges.push(`A${h0}:A${h0 + 1}`, `B${h0}:B${h0 + 1}`, `C${h0}:C${h0 + 1}`, `D${h0}:E${h0}`, `F${h0}:F${h0 + 1}`);
    if (tata.kepala >= 3)
      rows.push([null, null, ...[SATUAN_RP(tata.skala), SATUAN_RP(tata.skala), "%", SATUAN_RP(tata.skala)]]);
    if (tata.kepala >= 4) rows.push([1, 2, 3, 4, 5, 6]);
  }
  const rp = (n: number): CellInput => ({ v: n / kali, fmt: "#,##0.###" });
  const first = rows.length + 1;
  let no = 0;
  const subRows: number[] = [];
  const lebih = tanam?.jenis === "lebih" ? tanam.di % semuaSub(model).length : -1;
  let sel: string | undefined;
  const nyata: SubModel[] = [];
  for (const p of model)
    for (const k of p.kegiatan) {
      if (tata.kegiatanJudul) rows.push([null, `NAMA KEGIATAN : ${k.kode} ${k.nama}`]);
      for (const s of k.sub) {
        const r = rows.length + 1;
        if (subRows.length === lebih) sel = `D${r}`;
        const x = subRows.length === lebih ? { ...s, realisasi: s.pagu + 1_000_000 } : s;
        nyata.push(x);
        subRows.push(r);
        rows.push([
          ++no,
          tata.kode === "gabung" ? `${s.kode} ${s.nama}` : `Sub Kegiatan ${s.nama}`,
          rp(x.pagu),
          rp(x.realisasi),
          { f: `D${r}/C${r}*100`, v: Math.round((x.realisasi / x.pagu) * 1e6) / 1e4, fmt: "0.00" },
          { f: `C${r}-D${r}`, v: (x.pagu - x.realisasi) / kali, fmt: "#,##0.###" },
        ]);
      }
    }
  if (tata.total) {
    const r = rows.length + 1;
    const last = r - 1;
    const pendek = tanam?.jenis === "pendek" && nyata.length >= 2;
    const ketik = tanam?.jenis === "ketik";
    const tp = jumlah(nyata, "pagu") + (ketik ? 1_000_000 : 0);
    const tr = jumlah(pendek ? nyata.slice(0, -1) : nyata, "realisasi");
    if (pendek) sel = `D${r}`;
    if (ketik) sel = `C${r}`;
    rows.push([
      null,
      "TOTAL",
      ketik ? rp(tp) : { f: `SUM(C${first}:C${last})`, v: tp / kali, fmt: "#,##0.###" },
      { f: `SUM(D${first}:D${pendek ? last - 1 : last})`, v: tr / kali, fmt: "#,##0.###" },
      { f: `D${r}/C${r}*100`, v: Math.round((tr / tp) * 1e6) / 1e4, fmt: "0.00" },
      { f: `C${r}-D${r}`, v: (tp - tr) / kali, fmt: "#,##0.###" },
    ]);
  }
  rows.push([], [null, "Kepala Dinas Kesehatan"]);
  const sheet: SheetInput = { name: "RFK", rows, merges };
  const grids = [gridDari(sheet, tata.daftar ? { sumberDaftar: SUMBER_DAFTAR } : {})];
  if (tata.salinan) grids.push(gridDari({ ...sheet, name: "RFK (2)" }, { tersembunyi: true }));
  if (tata.daftar) grids.push(lembarDaftar());
  return { grids, ...(sel ? { sel } : {}) };
}

// ---- SIPD anggaran kas: one sheet per sub kegiatan (scripts/fixtures-sipd.ts's lembarKas) ----

export interface TataKas {
  readonly gaya: SubKas["gaya"];
  readonly skala: "" | "judul";
  /** The title value in its own cells after ": " ("Sub Kegiatan | : | 1.02… | Nama"), kode and name apart. */
  readonly judulPisah: boolean;
  /** Months headed "Bulan 1" … "Bulan 12". */
  readonly bulanAngka: boolean;
  readonly daftar: boolean;
  readonly salinan: boolean;
}

export const KAS_DASAR: TataKas = {
  gaya: "triwulan",
  skala: "",
  judulPisah: false,
  bulanAngka: false,
  daftar: false,
  salinan: false,
};

export const VARIASI_KAS: readonly Partial<TataKas>[] = [
  {},
  { gaya: "triwulan2" },
  { gaya: "bulan" },
  { gaya: "bulan", bulanAngka: true },
  { skala: "judul" },
  { judulPisah: true },
  { daftar: true },
  { salinan: true },
];

/** Each sub kegiatan's plan: its pagu in four quarters, split over two rekening rows (whole thousands). */
export function rencanaKas(s: SubModel): [number, number, number, number] {
  const q = Math.floor(s.pagu / 4000) * 1000;
  return [q, q, q, s.pagu - 3 * q];
}

/** One sheet per sub kegiatan, titles naming program, kegiatan and sub kegiatan with their kode. */
export function bukuKas(model: readonly ProgramModel[], tata: TataKas): LembarDibuat {
  const kali = tata.skala === "judul" ? 1000 : 1;
  const grids: Grid[] = [];
  for (const p of model)
    for (const k of p.kegiatan)
      for (const s of k.sub) {
        const q = rencanaKas(s);
        const a = q.map((x) => Math.floor(x / 2000) * 1000);
        const b = q.map((x, i) => x - a[i]);
        const kas: SubKas = {
          ...MODEL_KAS[0],
          lembar: `${s.kode.slice(5)} ${s.nama.slice(0, 12)}`,
          program: [p.kode, p.nama],
          kegiatan: [k.kode, k.nama],
          sub: [s.kode, s.nama],
          rekening: [
            ["5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", a.map((x) => x / kali) as never],
            ["5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", b.map((x) => x / kali) as never],
          ],
          gaya: tata.gaya,
        };
        const sheet = lembarKas(kas);
        if (tata.skala === "judul") sheet.rows.splice(3, 1, ["(dalam ribuan rupiah)"]);
        if (tata.judulPisah) {
          const i = sheet.rows.findIndex((r) => r[0] === "Sub Kegiatan");
          sheet.rows[i] = ["Sub Kegiatan", ":", s.kode, s.nama];
        }
        if (tata.bulanAngka) {
          const i = sheet.rows.findIndex((r) => r[0] === "Kode Rekening");
          sheet.rows[i] = sheet.rows[i].map((c, j) => (j >= 3 ? `Bulan ${j - 2}` : c));
        }
        grids.push(gridDari(sheet, tata.daftar && grids.length === 0 ? { sumberDaftar: SUMBER_DAFTAR } : {}));
      }
  if (tata.salinan) grids.push({ ...grids[0], name: `${grids[0].name} (2)`, tersembunyi: true });
  if (tata.daftar) grids.push(lembarDaftar());
  return { grids };
}

// ---- SIPD anggaran kas in one sheet: one row per rekening, each level in its own columns, twelve months ----

export interface TataKasDatar {
  /** Kode and name in their own columns (kode_program | nama_program …), or the kode glued to the name. */
  readonly kode: "pisah" | "gabung";
  /** Levels: program, kegiatan and sub kegiatan; or the sub kegiatan alone. */
  readonly tingkat: 3 | 1;
  /** Title rows above the header ("RENCANA ANGGARAN KAS … TAHUN ANGGARAN 2024"), with or without a scale line. */
  readonly judul: "" | "ada" | "ribuan";
  readonly daftar: boolean;
  readonly salinan: boolean;
}

export const KAS_DATAR_DASAR: TataKasDatar = { kode: "pisah", tingkat: 3, judul: "ada", daftar: false, salinan: false };

export const VARIASI_KAS_DATAR: readonly Partial<TataKasDatar>[] = [
  {},
  { kode: "gabung" },
  { tingkat: 1 },
  { judul: "" },
  { judul: "ribuan" },
  { daftar: true },
  { salinan: true },
];

/** The export as SIPD writes it: bulan_1 … bulan_12, kode_ / nama_ columns, two rekening rows per sub kegiatan. */
export function bukuKasDatar(model: readonly ProgramModel[], tata: TataKasDatar): LembarDibuat {
  const kali = tata.judul === "ribuan" ? 1000 : 1;
  const bulan = Array.from({ length: 12 }, (_, i) => `bulan_${i + 1}`);
  const level = (k: string) => (tata.kode === "pisah" ? [`kode_${k}`, `nama_${k}`] : [`nama_${k}`]);
  const header = [
    ...bulan,
    "kode_skpd",
    "nama_skpd",
    ...(tata.tingkat === 3 ? [...level("program"), ...level("giat")] : []),
    ...level("sub_giat"),
    "kode_akun",
    "nama_akun",
  ];
  const rows: CellInput[][] = [];
  if (tata.judul !== "") rows.push(["RENCANA ANGGARAN KAS SKPD"], ["TAHUN ANGGARAN 2024"]);
  if (tata.judul === "ribuan") rows.push(["(dalam ribuan rupiah)"]);
  rows.push(header);
  const nilai = (kode: string, nama: string) => (tata.kode === "pisah" ? [kode, nama] : [`${kode} ${nama}`]);
  for (const p of model)
    for (const k of p.kegiatan)
      for (const s of k.sub) {
        const q = rencanaKas(s);
        const a = q.map((x) => Math.floor(x / 2000) * 1000);
        const b = q.map((x, i) => x - a[i]);
        for (const [akun, nama, per] of [
          ["5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", a],
          ["5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", b],
        ] as const) {
          // A quarter over its three months: 0, 0, all (the plan drawn at the quarter's end).
          const bulanan = per.flatMap((x) => [0, 0, x / kali]);
          rows.push([
            ...bulanan,
            "1.02.0.00.0.00.01.0000",
            "DINAS KESEHATAN",
            ...(tata.tingkat === 3 ? [...nilai(p.kode, p.nama), ...nilai(k.kode, k.nama)] : []),
            ...nilai(s.kode, s.nama),
            akun,
            nama,
          ]);
        }
      }
  const sheet: SheetInput = { name: "Anggaran Kas", rows };
  const grids = [gridDari(sheet, tata.daftar ? { sumberDaftar: SUMBER_DAFTAR } : {})];
  if (tata.salinan) grids.push(gridDari({ ...sheet, name: "Anggaran Kas (2)" }, { tersembunyi: true }));
  if (tata.daftar) grids.push(lembarDaftar());
  return { grids };
}

// ---- SIPD RKA/DPA-SKPD 2.2.1: one document per sub kegiatan (scripts/fixtures-dpa.ts), one sheet per item ----

export interface TataRkaDpa extends TataDokumen {
  /** One sheet per sub kegiatan, or per program (its documents stacked). */
  readonly lembar: "sub" | "program";
  /** The summary DPA-SKPD 2.2 / RKA-SKPD 2.2 sheet first. */
  readonly ringkasan: boolean;
}

export const RKA_DPA_DASAR: TataRkaDpa = { jenis: "dpa", tahun: 2024, lembar: "sub", ringkasan: false };

export const VARIASI_RKA_DPA: readonly Partial<TataRkaDpa>[] = [
  {},
  { lembar: "program" },
  { ringkasan: true },
  { lembar: "program", ringkasan: true },
  { jenis: "rka", tahun: 2025 },
  { kepalaSatu: true },
  { judulSatuSel: true },
  { jumlahDiUraian: true },
  { ribuan: true },
  { ribuan: true, ringkasan: true },
  { tanpaItem: true },
];

/** The model as documents: each sub kegiatan's pagu over two rekening (barang and modal), one item each. */
export function modelDpa(model: readonly ProgramModel[]): ProgramDpa[] {
  return model.map((p) => ({
    ...p,
    kegiatan: p.kegiatan.map((k) => ({
      ...k,
      sub: k.sub.map((x) => {
        const a = Math.floor(x.pagu / 2000) * 1000;
        return {
          kode: x.kode,
          nama: x.nama,
          rekening: [
            { kode: "5.1.02.01.01.0024", nama: "Belanja Alat Tulis Kantor", item: [["Alat Tulis", 1, "Paket", a, 0]] },
            {
              kode: "5.2.02.05.01.0001",
              nama: "Belanja Modal Alat Kedokteran Umum",
              item: [["Alat Kedokteran", 1, "Unit", x.pagu - a, 0]],
            },
          ],
        };
      }),
    })),
  }));
}

/**
 * The documents as sheets. A planted error (`tata.pendek`, a sub kegiatan's kode): its Jumlah typed Rp 10.000.000
 * short of its rincian; `sel` is that cell ("G40"), on the sheet that holds it (`lembar`).
 */
export function bukuRkaDpa(model: readonly ProgramModel[], tata: TataRkaDpa): LembarDibuat & { lembar?: string } {
  const m = modelDpa(model);
  const sheets = [
    ...(tata.ringkasan ? [ringkasan(m, tata)] : []),
    ...(tata.lembar === "sub" ? perSub(m, tata) : perProgram(m, tata)),
  ];
  const grids = sheets.map((x) => gridDari(x));
  if (!tata.pendek) return { grids };
  // The planted document's total row: the first "Jumlah …" row after its "Sub Kegiatan" line, column G.
  for (const g of grids) {
    const sub = g.values.findIndex(
      (r) =>
        r.some((v) => typeof v === "string" && v.includes(tata.pendek!)) && /sub kegiatan/i.test(text(r[0] ?? null)),
    );
    if (sub < 0) continue;
    const j = g.values.findIndex(
      (r, i) => i > sub && /^(jumlah anggaran sub kegiatan|jumlah)\b/i.test(text(r[0] ?? null) || text(r[1] ?? null)),
    );
    return { grids, sel: `G${j + 1}`, lembar: g.name };
  }
  return { grids };
}

// ---- Counting ----

/** fast-check's samples of an arbitrary, fixed by a seed: the same layouts on every run. */
export function contoh<T>(arb: fc.Arbitrary<T>, numRuns: number, seed: number): T[] {
  return fc.sample(arb, { numRuns, seed });
}

/**
 * Checks each case (`cek` returns what is wrong, or null), prints the share read right with the first failures,
 * and returns it.
 */
export function ukur<T>(
  nama: string,
  kasus: readonly T[],
  cek: (k: T) => string | null,
): { rate: number; gagal: string[] } {
  const gagal: string[] = [];
  for (const k of kasus) {
    const salah = cek(k);
    if (salah !== null) gagal.push(salah);
  }
  const rate = (kasus.length - gagal.length) / kasus.length;
  console.log(
    `${nama}: ${kasus.length - gagal.length}/${kasus.length} layouts right (${(rate * 100).toFixed(1)}%)${gagal.length ? `\n  ${gagal.slice(0, 5).join("\n  ")}` : ""}`,
  );
  return { rate, gagal };
}
