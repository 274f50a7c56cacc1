/**
 * The E.81 Evaluasi Renja form (and the real working files kept in its layout) checked through its own formulas.
 * The form is found and its rows put in their hierarchy by the reader (src/core/read/e81.ts, hierarki.ts), so a
 * form the reader understands is a form the audit understands. Then:
 * - a parent's SUM/AVERAGE must cover exactly the rows listed under it (rows missing, rows of another branch, a
 *   chained range "T56:T64:T67" that Excel reads as T56:T67, across levels); an error when the value it gives
 *   differs from the right one, a warning when the rows left out change nothing today;
 * - an adding formula adds one unit (rupiah with rupiah, K with K): "=M64+AF64" adds a percentage into rupiah;
 * - a typed number among siblings that are all the same adding formula, when it differs from what that formula
 *   gives on its row ("AB51" typed 0 where =P51+S51+V51+Y51 gives 35);
 * - quarters: TW I–IV Rp against the year's realisasi; progress at 100% with realisasi K 0; a realisasi on a row
 *   whose year has no target; realisasi Rp above the pagu; cumulative progress that falls.
 */
import { a1, cell, columnIndex, columnLetter, Grid, isBlank, text } from "../grid";
import { kutip } from "../errors";
import { NodeAnggaran, NodeInduk } from "../model";
import { formatAngka, formatRupiah } from "../numbers";
import { DaftarTemuan } from "../read/diagnostics";
import { readE81, TabelE81 } from "../read/e81";
import { NAMA_TINGKAT } from "../read/hierarki";
import { TingkatKode as Tingkat } from "../read/kode";
import { Nomenklatur } from "../read/nomenklatur";
import { bacaRumus } from "../read/rumus";
import { readAngka } from "../read/values";
import { jenisAkumulasiIndikator } from "../rules/agregasi";
import { TOLERANSI } from "../rules/predikat";
import { dua, Pemeriksa, pendek, rumusRentang, SelTemuan, tampilEn } from "./temuan";

type Satuan = "k" | "rp" | "persen";

interface BarisE81 {
  readonly row: number;
  readonly nama: string;
  readonly tingkat: Tingkat;
  readonly induk?: number;
  readonly anak: number[];
}

const NAMA_SATUAN: Record<Satuan, string> = { k: "kinerja (K)", rp: "rupiah", persen: "persen" };
const NAMA_SATUAN_EN: Record<Satuan, string> = { k: "performance (K)", rp: "rupiah", persen: "percent" };
const NAMA_TINGKAT_EN: Record<Tingkat, string> = {
  urusan: "affair",
  bidang_urusan: "affair field",
  program: "programme",
  kegiatan: "activity",
  sub_kegiatan: "sub-activity",
  rincian: "spending line",
};
const NAMA_BLOK_EN: Record<number, string> = {
  6: "strategic plan target",
  7: "strategic plan actual to last year",
  8: "work plan target",
  9: "Q1",
  10: "Q2",
  11: "Q3",
  12: "Q4",
  13: "this year's actual",
  14: "strategic plan actual to this year",
  15: "strategic plan achievement",
};
const TW_EN = ["Q1", "Q2", "Q3", "Q4"];
const rupiahEn = (v: number) => `Rp ${tampilEn(v, 0)}`;
const angkaEn = (v: number, maks: number) => v.toLocaleString("en-US", { maximumFractionDigits: maks });
const NAMA_BLOK: Record<number, string> = {
  6: "target Renstra",
  7: "realisasi Renstra s.d. tahun lalu",
  8: "target Renja",
  9: "TW I",
  10: "TW II",
  11: "TW III",
  12: "TW IV",
  13: "realisasi tahun ini",
  14: "realisasi Renstra s.d. tahun ini",
  15: "tingkat capaian Renstra",
};

/** Every K/Rp/% column of the form with its block (6–15) and unit; block 15 (capaian, both columns) is a percentage. */
function kolomE81(t: TabelE81): Map<number, { blok: number; satuan: Satuan }> {
  const out = new Map<number, { blok: number; satuan: Satuan }>();
  for (const [b, kol] of Object.entries(t.kolom.blok)) {
    const blok = Number(b);
    for (const s of ["k", "rp", "persen"] as const) {
      const c = kol?.[s];
      if (c !== undefined) out.set(c, { blok, satuan: blok === 15 ? "persen" : s });
    }
  }
  return out;
}

/** The rows of the form in their hierarchy, as the reader decides it. */
function strukturE81(grid: Grid, t: TabelE81): Map<number, BarisE81> {
  const hasil = readE81(grid, t, Nomenklatur.dasar(), new DaftarTemuan());
  const out = new Map<number, BarisE81>();
  const tambah = (n: NodeInduk | NodeAnggaran, induk?: number) => {
    const anak: number[] = [];
    const b: BarisE81 = {
      row: n.sumber.row,
      nama: n.uraian,
      tingkat: n.level,
      ...(induk !== undefined ? { induk } : {}),
      anak,
    };
    out.set(b.row, b);
    const kids: (NodeInduk | NodeAnggaran)[] = "program" in n ? [...n.children, ...n.program] : n.children;
    for (const k of [...kids].sort((x, y) => x.sumber.row - y.sumber.row)) {
      anak.push(k.sumber.row);
      tambah(k, b.row);
    }
  };
  const puncak = new Set<NodeAnggaran>();
  const diInduk = (n: NodeInduk) => {
    n.program.forEach((p) => puncak.add(p));
    n.children.forEach(diInduk);
  };
  hasil.induk.forEach(diInduk);
  for (const n of hasil.induk) tambah(n);
  for (const p of hasil.program) if (!puncak.has(p)) tambah(p);
  return out;
}

const daftarBaris = (rows: readonly number[]) => {
  const s = [...rows].sort((a, b) => a - b).map((r) => r + 1);
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    out.push(j - i >= 2 ? `${s[i]}–${s[j]}` : s.slice(i, j + 1).join(", "));
    i = j;
  }
  return out.join(", ");
};

/** A formula that only adds and subtracts cells (SUM, +, −): its cells with their signs; undefined otherwise. */
function suku(formula: string): { row: number; col: number; tanda: number }[] | undefined {
  const isi = bacaRumus(formula);
  if (isi.keLembarLain || isi.irisan || isi.rujukan.length === 0 || isi.fungsi.some((f) => f !== "SUM"))
    return undefined;
  const body = formula.replace(/^=/, "");
  const sisa = body.replace(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g, "R").replace(/SUM/gi, "");
  if (!/^[\sR+\-(),;]*$/.test(sisa)) return undefined;
  // Signs only for a flat list without SUM(…) around a subtraction.
  const out: { row: number; col: number; tanda: number }[] = [];
  for (const m of body.matchAll(/([+-]?)\s*\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g)) {
    if (m[2].toUpperCase() === "SUM") continue;
    const tanda = m[1] === "-" ? -1 : 1;
    const c1 = columnIndex(m[2])!;
    const c2 = m[4] ? columnIndex(m[4])! : c1;
    const r1 = Number(m[3]) - 1;
    const r2 = m[5] ? Number(m[5]) - 1 : r1;
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++)
      for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) out.push({ row: r, col: c, tanda });
  }
  return out;
}

/** A formula with its row references made relative to its own row ("=P{0}+S{0}"), to compare siblings. */
function pola(formula: string, row: number): string {
  return formula.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_, d1, c, d2, r) => `${d1}${c}${d2}{${Number(r) - 1 - row}}`);
}

/** Cells read by a pattern on another row (parsed once per pattern). */
const templat = new Map<string, { drow: number; col: number; tanda: number }[] | undefined>();
function sukuDi(p: string, row: number): { row: number; col: number; tanda: number }[] | undefined {
  if (templat.size > 1000) templat.clear();
  if (!templat.has(p))
    templat.set(
      p,
      suku(p.replace(/\{(-?\d+)\}/g, (_, d) => String(Number(d) + 1_000_000 + 1)))?.map((x) => ({
        drow: x.row - 1_000_000,
        col: x.col,
        tanda: x.tanda,
      })),
    );
  return templat.get(p)?.map((x) => ({ row: row + x.drow, col: x.col, tanda: x.tanda }));
}

export function periksaE81(p: Pemeriksa, grid: Grid, t: TabelE81): void {
  const kolom = kolomE81(t);
  const baris = strukturE81(grid, t);
  const diag = { grid, diag: new DaftarTemuan() };
  const nilai = (row: number, col: number | undefined): number | null => {
    if (col === undefined) return null;
    const v = cell(grid, row, col);
    if (typeof v === "number") return Number.isFinite(v) ? v : null;
    if (isBlank(v)) return null;
    const a = readAngka(diag, row, col, "");
    return a.status === "ok" ? a.value : null;
  };
  const rumus = (row: number, col: number) => grid.formulas?.[row]?.[col] ?? null;
  const sel = (row: number, col: number): SelTemuan => ({ sheet: grid.name, cell: a1(row, col) });
  // A percentage column kept as a fraction (0,4869 formatted 48,69%) is shown as the percentage it is.
  const pecahan = new Map<number, boolean>();
  const pecahanDi = (col: number | undefined) => {
    if (col === undefined) return false;
    if (!pecahan.has(col)) {
      const vs = t.rows.map((r) => cell(grid, r, col)).filter((v): v is number => typeof v === "number");
      const fmt = t.rows.some((r) => /%/.test(grid.numberFormats?.[r]?.[col] ?? ""));
      pecahan.set(col, fmt || (vs.length > 0 && vs.every((v) => Math.abs(v) <= 1.5)));
    }
    return pecahan.get(col)!;
  };
  // Rupiah written in thousands (or millions) are shown in rupiah, saying the cell's scale.
  const kali = (col?: number) => (col !== undefined ? (t.skala[col]?.kali ?? 1) : 1);
  const skala = (col: number | undefined, id: boolean) =>
    kali(col) === 1
      ? ""
      : id
        ? `; sel dalam ${kali(col) === 1000 ? "ribuan" : "jutaan"}`
        : `; cell in ${kali(col) === 1000 ? "thousands" : "millions"}`;
  const tampil = (v: number, s: Satuan, col?: number) =>
    s === "rp"
      ? formatRupiah(v * kali(col))
      : s === "persen"
        ? `${formatAngka(pecahanDi(col) ? v * 100 : v, 2, 2)}%`
        : formatAngka(v, 2);
  const beda = (a: number, b: number, s: Satuan) =>
    Math.abs(a - b) > (s === "rp" ? 0.5 : 1e-6 * Math.max(1, Math.abs(b)));
  const tampilE = (v: number, s: Satuan, col?: number) =>
    s === "rp"
      ? rupiahEn(v * kali(col))
      : s === "persen"
        ? `${tampilEn(pecahanDi(col) ? v * 100 : v, 2)}%`
        : angkaEn(v, 2);
  const namaBaris = (b: BarisE81) => `${NAMA_TINGKAT[b.tingkat]} ${pendek(b.nama, 50)}`;
  const namaBarisEn = (b: BarisE81) => `${NAMA_TINGKAT_EN[b.tingkat]} ${pendek(b.nama, 50)}`;
  const dilaporkan = new Set<string>();

  // 1. A parent's SUM/AVERAGE over exactly its children.
  const kelompokRentang = new Map<
    string,
    {
      b: BarisE81;
      cols: number[];
      kurang: number[];
      lebih: number[];
      irisan: boolean;
      ganda: number[];
      rentang: [number, number];
      fungsi: string;
      selisih: { col: number; tertulis: number; seharusnya: number }[];
    }
  >();
  const targetAda = (row: number) =>
    (nilai(row, t.kolom.blok[8]?.k) ?? 0) !== 0 || (nilai(row, t.kolom.blok[8]?.rp) ?? 0) !== 0;
  for (const b of baris.values()) {
    if (b.anak.length === 0) continue;
    for (const [col, k] of kolom) {
      const f = rumus(b.row, col);
      // Only a sum or an average can be a parent's roll-up ("=Q13*N13", "=(AD13/J13)*100" are not).
      // A parent that links one of its several children ("=N11") leaves the others out as surely as a short SUM.
      const tunggal = !!f && /^=?\s*\$?[A-Z]{1,3}\$?\d+\s*$/i.test(f);
      if (!f || !(tunggal || /^=?\s*(?:SUM\(|AVERAGE\(|\$?[A-Z]{1,3}\$?\d+\s*\+)/i.test(f))) continue;
      const isi = bacaRumus(f);
      if (isi.keLembarLain || isi.rujukan.length === 0 || isi.rujukan.some((r) => r.col !== col)) continue;
      if (tunggal && !(b.anak.length > 1 && b.anak.includes(isi.rujukan[0].top))) continue;
      const rata = isi.fungsi.length > 0 && isi.fungsi.every((x) => x === "AVERAGE");
      if (!rata && !isi.penjumlahan && !tunggal) continue;
      if (rata && !/^=?\s*AVERAGE\([^()]*\)\s*$/i.test(f)) continue;
      // A chained range "T56:T64:T67" is the span of all its corners.
      const dirujuk = new Set<number>();
      if (isi.irisan) {
        const rs = [...f.matchAll(/\$?[A-Z]{1,3}\$?(\d+)/g)].map((m) => Number(m[1]) - 1);
        for (let r = Math.min(...rs); r <= Math.max(...rs); r++) dirujuk.add(r);
      }
      // A row referred to twice is counted twice (SUM(O14+O22+O14)).
      const ganda = new Set<number>();
      if (!isi.irisan)
        for (const r of isi.rujukan)
          for (let i = r.top; i <= r.bottom; i++) {
            if (dirujuk.has(i)) ganda.add(i);
            dirujuk.add(i);
          }
      // An average may leave out a row without target (not planned this year); a sum may not.
      const kurang = b.anak.filter((r) => !dirujuk.has(r) && !(rata && !targetAda(r)));
      const lebih = [...dirujuk].filter((r) => !b.anak.includes(r)).sort((x, y) => x - y);
      if (kurang.length === 0 && lebih.length === 0 && ganda.size === 0 && !isi.irisan) continue;
      const ikut = rata ? b.anak.filter((r) => targetAda(r) || dirujuk.has(r)) : b.anak;
      const vals = ikut.map((r) => nilai(r, col) ?? 0);
      const seharusnya = rata
        ? vals.reduce((s, v) => s + v, 0) / Math.max(1, vals.length)
        : vals.reduce((s, v) => s + v, 0);
      const tertulis = nilai(b.row, col);
      const key = `${b.row}|${rata}|${kurang.join(",")}|${lebih.join(",")}|${[...ganda].join(",")}|${isi.irisan}`;
      const g = kelompokRentang.get(key) ?? {
        b,
        cols: [],
        kurang,
        lebih,
        irisan: isi.irisan,
        ganda: [...ganda].sort((x, y) => x - y),
        rentang: [Math.min(...dirujuk), Math.max(...dirujuk)] as [number, number],
        fungsi: rata ? "AVERAGE" : "SUM",
        selisih: [],
      };
      kelompokRentang.set(key, g);
      g.cols.push(col);
      if (tertulis !== null && beda(tertulis, seharusnya, k.satuan)) g.selisih.push({ col, tertulis, seharusnya });
    }
  }
  const rentangDi = new Set<string>();
  for (const g of kelompokRentang.values()) {
    const utama = g.selisih[0]?.col ?? g.cols[0];
    const f = rumus(g.b.row, utama)!;
    const satuan = kolom.get(utama)!.satuan;
    const letter = columnLetter(utama);
    const tingkatAnakDari = (nama: Record<Tingkat, string>) =>
      [...new Set(g.b.anak.map((r) => baris.get(r)?.tingkat).filter((x): x is Tingkat => x !== undefined))]
        .map((x) => nama[x])
        .join("/");
    const bagian: string[] = [];
    const bagianEn: string[] = [];
    const lintas = g.lebih.some((r) => baris.get(r)?.induk !== undefined && baris.get(r)?.induk !== g.b.induk);
    const dibaca = `${letter}${g.rentang[0] + 1}:${letter}${g.rentang[1] + 1}`;
    if (g.irisan) {
      bagian.push(
        `memakai rentang berantai yang dibaca Excel sebagai ${dibaca}${lintas ? ", melintasi tingkat," : ""}`,
      );
      bagianEn.push(`uses a chained range Excel reads as ${dibaca}${lintas ? ", across levels," : ""}`);
    }
    if (g.kurang.length > 0) {
      bagian.push(`tidak meliputi baris ${daftarBaris(g.kurang)} (${tingkatAnakDari(NAMA_TINGKAT)} di bawahnya)`);
      bagianEn.push(`leaves out rows ${daftarBaris(g.kurang)} (${tingkatAnakDari(NAMA_TINGKAT_EN)} below it)`);
    }
    if (g.lebih.length > 0) {
      const asal = g.lebih.map((r) => baris.get(r)).filter((x): x is BarisE81 => x !== undefined);
      const jenisDari = (cucu: string, nama: Record<Tingkat, string>) =>
        [
          ...new Set(
            asal.map((x) =>
              x.induk === g.b.row
                ? ""
                : x.induk !== undefined && baris.get(x.induk)?.induk === g.b.row
                  ? cucu
                  : nama[x.tingkat],
            ),
          ),
        ].filter(Boolean);
      const [jenis, jenisEn] = [jenisDari("rincian cucu", NAMA_TINGKAT), jenisDari("grandchild rows", NAMA_TINGKAT_EN)];
      bagian.push(
        `ikut ${g.fungsi === "SUM" ? "menjumlahkan" : "merata-ratakan"} baris ${daftarBaris(g.lebih)} yang bukan rinciannya${jenis.length ? ` (${jenis.join(", ")})` : ""}`,
      );
      bagianEn.push(
        `also ${g.fungsi === "SUM" ? "adds" : "averages"} rows ${daftarBaris(g.lebih)}, which are not its details${jenisEn.length ? ` (${jenisEn.join(", ")})` : ""}`,
      );
    }
    if (g.ganda.length > 0) {
      bagian.push(`${g.fungsi === "SUM" ? "menjumlahkan" : "merata-ratakan"} baris ${daftarBaris(g.ganda)} dua kali`);
      bagianEn.push(`${g.fungsi === "SUM" ? "adds" : "averages"} rows ${daftarBaris(g.ganda)} twice`);
    }
    const anakRef = rumusRentang(g.fungsi, letter, g.b.anak);
    const s = g.selisih.find((x) => x.col === utama);
    // Ancestors whose own formula adds this row: the difference climbs to them.
    const naik: SelTemuan[] = [];
    if (s && g.fungsi === "SUM") {
      let cur: BarisE81 | undefined = g.b;
      while (cur?.induk !== undefined) {
        const up = baris.get(cur.induk);
        if (!up) break;
        const fu = rumus(up.row, utama);
        if (!fu || !suku(fu)?.some((x) => x.row === cur!.row && x.col === utama)) break;
        naik.push(sel(up.row, utama));
        cur = up;
      }
    }
    const lain = g.cols.filter((c) => c !== utama).map((c) => a1(g.b.row, c));
    const severity = g.selisih.length > 0 ? "error" : "warning";
    const msg = dua(
      `Rumus ${namaBaris(g.b)} di ${a1(g.b.row, utama)} ${f} ${bagian.join(" dan ")}; seharusnya meliputi tepat baris ${daftarBaris(g.b.anak)} (${anakRef}).` +
        (s
          ? ` Tertulis ${tampil(s.tertulis, satuan, utama)}, seharusnya ${tampil(s.seharusnya, satuan, utama)} (selisih ${tampil(s.tertulis - s.seharusnya, satuan, utama)}${skala(utama, true)}).`
          : " Nilainya kini kebetulan sama, tetapi rumusnya keliru.") +
        (naik.length ? ` Selisih ini terbawa ke ${naik.map((x) => x.cell).join(", ")}.` : "") +
        (lain.length ? ` Rumus yang sama di ${lain.join(", ")}.` : ""),
      `The formula of ${namaBarisEn(g.b)} in ${a1(g.b.row, utama)} ${f} ${bagianEn.join(" and ")}; it should cover exactly rows ${daftarBaris(g.b.anak)} (${anakRef}).` +
        (s
          ? ` Stated ${tampilE(s.tertulis, satuan, utama)}, expected ${tampilE(s.seharusnya, satuan, utama)} (difference ${tampilE(s.tertulis - s.seharusnya, satuan, utama)}${skala(utama, false)}).`
          : " Its value happens to be the same today, but the formula is wrong.") +
        (naik.length ? ` The difference carries up to ${naik.map((x) => x.cell).join(", ")}.` : "") +
        (lain.length ? ` The same formula in ${lain.join(", ")}.` : ""),
    );
    p.diperiksa += g.cols.length;
    p.tambah(
      "RUMUS_RENTANG",
      msg,
      [sel(g.b.row, utama), ...g.cols.filter((c) => c !== utama).map((c) => sel(g.b.row, c)), ...naik],
      {
        ...(s ? { tertulis: s.tertulis, seharusnya: s.seharusnya, desimal: satuan === "rp" ? 0 : 4 } : {}),
        severity,
        penyebab: g.irisan
          ? dua(
              "Rentang berantai (A1:A5:A9) yang menghasilkan rentang lain dari yang dimaksud",
              "A chained range (A1:A5:A9) that gives another range than meant",
            )
          : g.lebih.length > 0
            ? dua("Rumus induk merujuk baris cabang lain", "The parent's formula refers to rows of another branch")
            : g.ganda.length > 0
              ? dua("Baris yang sama dirujuk dua kali", "The same row is referred to twice")
              : dua(
                  "Rentang rumus tidak diperpanjang saat baris ditambah",
                  "The formula's range was not extended when rows were added",
                ),
      },
    );
    for (const x of g.selisih) rentangDi.add(a1(g.b.row, x.col));
  }

  // 1b. A summary row under a program ("Rata-rata capaian kinerja (%)") or under the table: its AVERAGE/SUM over
  // the rows of its block. Not data, but its formula is arithmetic: a row of the block it leaves out, of a kind it
  // takes elsewhere (a sub kegiatan when it takes sub kegiatan), is an error when the value changes.
  periksaRingkasan(p, grid, t, baris, nilai, sel, tampil, tampilE, beda);

  // 2. Units along an adding formula, and 3. a typed number among siblings that share one adding formula.
  const dominan = new Map<number, { pola: string; n: number }>();
  const daun = [...baris.values()].filter((b) => b.anak.length === 0);
  for (const [col] of kolom) {
    const hitung = new Map<string, number>();
    for (const b of daun) {
      const f = rumus(b.row, col);
      if (!f) continue;
      const x = pola(f, b.row);
      hitung.set(x, (hitung.get(x) ?? 0) + 1);
    }
    const best = [...hitung].sort((x, y) => y[1] - x[1])[0];
    if (best && best[1] >= 3 && best[1] >= daun.length / 2) dominan.set(col, { pola: best[0], n: best[1] });
  }
  // Formulas of the same shape (relative to their row) in a column have the same units: checked once.
  const satuanBersih = new Set<string>();
  for (const row of t.rows) {
    for (const [col, k] of kolom) {
      const f = rumus(row, col);
      if (!f) continue;
      // Units depend on the columns a formula reads and its operators, not on its rows.
      const bentuk = `${col}|${f.replace(/\d+/g, "")}`;
      if (satuanBersih.has(bentuk)) {
        p.diperiksa++;
        continue;
      }
      const s = suku(f);
      if (!s || s.some((x) => x.row !== row)) continue;
      const satuan = s.map((x) => ({ x, k: kolom.get(x.col) }));
      if (satuan.some((x) => !x.k)) continue;
      const asing = satuan.filter((x) => x.k!.satuan !== k.satuan);
      p.diperiksa++;
      if (asing.length === 0) {
        satuanBersih.add(bentuk);
        continue;
      }
      const d = dominan.get(col);
      const benar = d && d.pola !== pola(f, row) ? sukuDi(d.pola, row) : undefined;
      const seharusnya = benar ? benar.reduce((sum, x) => sum + x.tanda * (nilai(x.row, x.col) ?? 0), 0) : undefined;
      const b = baris.get(row);
      const tertulis = nilai(row, col);
      const polaLain = d && benar ? d.pola.replace(/\{(-?\d+)\}/g, (_, n) => String(row + Number(n) + 1)) : undefined;
      p.tambah(
        "RUMUS_SATUAN",
        dua(
          `Rumus ${b ? `${namaBaris(b)} ` : ""}di ${a1(row, col)} ${f} menjumlahkan ${NAMA_SATUAN[k.satuan]} (${NAMA_BLOK[k.blok] ?? ""}) dengan ${asing.map((x) => `${NAMA_SATUAN[x.k!.satuan]} ${a1(x.x.row, x.x.col)} (${NAMA_BLOK[x.k!.blok] ?? ""})`).join(", ")}.` +
            (polaLain
              ? ` Baris lain di kolom ini: ${polaLain}${seharusnya !== undefined ? ` = ${tampil(seharusnya, k.satuan, col)}` : ""}.`
              : ""),
          `The formula ${b ? `of ${namaBarisEn(b)} ` : ""}in ${a1(row, col)} ${f} adds ${NAMA_SATUAN_EN[k.satuan]} (${NAMA_BLOK_EN[k.blok] ?? ""}) to ${asing.map((x) => `${NAMA_SATUAN_EN[x.k!.satuan]} ${a1(x.x.row, x.x.col)} (${NAMA_BLOK_EN[x.k!.blok] ?? ""})`).join(", ")}.` +
            (polaLain
              ? ` The other rows of this column: ${polaLain}${seharusnya !== undefined ? ` = ${tampilE(seharusnya, k.satuan, col)}` : ""}.`
              : ""),
        ),
        [sel(row, col), ...asing.map((x) => sel(x.x.row, x.x.col))],
        {
          ...(tertulis !== null ? { tertulis } : {}),
          ...(seharusnya !== undefined ? { seharusnya } : {}),
          desimal: k.satuan === "rp" ? 0 : 2,
          penyebab: dua(
            "Rumus merujuk kolom yang salah (satuan berbeda)",
            "The formula refers to the wrong column (another unit)",
          ),
        },
      );
      dilaporkan.add(a1(row, col));
    }
  }

  // 4. Quarters of each sub kegiatan (and every row for TW I–IV Rp against the year).
  const b8 = t.kolom.blok[8] ?? {};
  const b13 = t.kolom.blok[13] ?? {};
  const tw = [9, 10, 11, 12].map((n) => t.kolom.blok[n] ?? {});
  for (const b of baris.values()) {
    const targetK = nilai(b.row, b8.k);
    const pagu = nilai(b.row, b8.rp);
    const realK = nilai(b.row, b13.k);
    const realRp = nilai(b.row, b13.rp);
    const rpTw = tw.map((x) => nilai(b.row, x.rp));
    const kTw = tw.map((x) => nilai(b.row, x.k));
    const progres = tw.map((x) => {
      const v = nilai(b.row, x.persen);
      return v === null ? null : v > 1 + TOLERANSI ? v / 100 : v;
    });
    // TW I–IV Rp against the year's.
    if (realRp !== null && b13.rp !== undefined && rpTw.some((v) => v !== null)) {
      const jumlah = rpTw.reduce<number>((s, v) => s + (v ?? 0), 0);
      p.diperiksa++;
      if (Math.abs(jumlah - realRp) > 0.5) {
        const cols = tw.map((x) => x.rp).filter((c): c is number => c !== undefined);
        const turunan = (x: BarisE81): number[] => [
          x.row,
          ...x.anak.flatMap((r) => (baris.get(r) ? turunan(baris.get(r)!) : [])),
        ];
        const sebab = turunan(b)
          .flatMap((r) => cols.map((c) => a1(r, c)))
          .filter((x) => rentangDi.has(x));
        const tws = cols.map((c) => a1(b.row, c)).join(" + ");
        p.tambah(
          "TRIWULAN_TAHUN",
          dua(
            `Realisasi Rp ${namaBaris(b)}: TW I–IV (${tws}) berjumlah ${formatRupiah(jumlah)}, realisasi tahun ini (${a1(b.row, b13.rp)}) ${formatRupiah(realRp)} (selisih ${formatRupiah(jumlah - realRp)}).` +
              (sebab.length ? ` Penyebabnya rumus ${sebab.join(", ")} (lihat temuan rumusnya).` : ""),
            `Actual Rp of ${namaBarisEn(b)}: Q1–Q4 (${tws}) add up to ${rupiahEn(jumlah)}, this year's actual (${a1(b.row, b13.rp)}) is ${rupiahEn(realRp)} (difference ${rupiahEn(jumlah - realRp)}).` +
              (sebab.length ? ` Caused by the formulas ${sebab.join(", ")} (see their findings).` : ""),
          ),
          [...cols.map((c) => sel(b.row, c)), sel(b.row, b13.rp)],
          {
            tertulis: jumlah,
            seharusnya: realRp,
            desimal: 0,
            penyebab: sebab.length
              ? dua(
                  "Rumus triwulan induk merujuk baris cabang lain",
                  "A parent's quarter formula refers to rows of another branch",
                )
              : dua(
                  "Total triwulan dan total tahun dihitung dari baris yang berbeda",
                  "The quarters' total and the year's total are computed from different rows",
                ),
          },
        );
      }
    }
    if (b.anak.length > 0) continue;
    // Realisasi Rp above the pagu.
    if (realRp !== null && pagu !== null && pagu > 0 && b13.rp !== undefined && b8.rp !== undefined) {
      p.diperiksa++;
      if (realRp > pagu + 0.5)
        p.tambah(
          "REALISASI_LEBIHI_PAGU",
          dua(
            `Realisasi Rp ${namaBaris(b)} ${formatRupiah(realRp)} melebihi pagunya ${formatRupiah(pagu)} (lebih ${formatRupiah(realRp - pagu)}).`,
            `Actual Rp of ${namaBarisEn(b)} ${rupiahEn(realRp)} exceeds its ceiling ${rupiahEn(pagu)} (by ${rupiahEn(realRp - pagu)}).`,
          ),
          [sel(b.row, b13.rp), sel(b.row, b8.rp)],
          { tertulis: realRp, seharusnya: pagu, desimal: 0 },
        );
    }
    // A realisasi where the year has no target.
    const adaReal = [realK, ...kTw].some((v) => v !== null && v > 0);
    if ((targetK === null || targetK === 0) && (pagu === null || pagu === 0) && adaReal && b8.k !== undefined) {
      const selReal = [b13.k, ...tw.map((x) => x.k)].flatMap((c, i) =>
        c !== undefined && ([realK, ...kTw][i] ?? 0) > 0 ? [sel(b.row, c)] : [],
      );
      p.diperiksa++;
      const pesanTanpaTarget = dua(
        `${namaBaris(b)}: realisasi K ${realK !== null ? formatAngka(realK, 2) : ""} tertulis, padahal target K tahun ini (${a1(b.row, b8.k)}) ${targetK === null ? "kosong" : "0"} dan pagunya ${pagu === null ? "kosong" : "Rp 0"}.`,
        `${namaBarisEn(b)}: an actual K ${realK !== null ? angkaEn(realK, 2) : ""} is stated, but this year's target K (${a1(b.row, b8.k)}) is ${targetK === null ? "blank" : "0"} and its ceiling ${pagu === null ? "blank" : "Rp 0"}.`,
      );
      p.tambah("REALISASI_TANPA_TARGET", pesanTanpaTarget, [...selReal, sel(b.row, b8.k)], {
        ...(realK !== null ? { tertulis: realK } : {}),
        seharusnya: 0,
        desimal: 2,
        penyebab: dua(
          "Realisasi diisi pada baris yang tidak direncanakan tahun ini (atau targetnya belum diisi)",
          "An actual on a row not planned this year (or whose target is not filled in)",
        ),
      });
      selReal.forEach((x) => dilaporkan.add(x.cell));
      continue;
    }
    // Progress at 100% with realisasi K 0.
    const q = [3, 2, 1, 0].find((i) => progres[i] !== null);
    if (q !== undefined && targetK !== null && targetK > 0 && progres[q]! >= 1 - TOLERANSI) {
      const jumlahK = kTw.reduce<number>((s, v) => s + (v ?? 0), 0);
      const nol = realK !== null ? realK === 0 : kTw.every((v) => v === null || v === 0);
      p.diperiksa++;
      if (nol && b13.k !== undefined) {
        const typed = realK !== null && !rumus(b.row, b13.k);
        const d = dominan.get(b13.k);
        const polaK = d ? d.pola.replace(/\{(-?\d+)\}/g, (_, n) => String(b.row + Number(n) + 1)) : undefined;
        const kosong = kTw.every((v) => v === null);
        const msg = typed
          ? `diketik 0, bukan rumus seperti baris lain (${polaK ?? "jumlah TW I–IV"} = ${formatAngka(jumlahK, 2)})`
          : `0: K setiap triwulan ${kosong ? "kosong" : "0"}`;
        const msgEn = typed
          ? `is a typed 0, not a formula as on the other rows (${polaK ?? "the sum of Q1–Q4"} = ${angkaEn(jumlahK, 2)})`
          : `is 0: every quarter's K is ${kosong ? "blank" : "0"}`;
        const pesanProgres = dua(
          `${namaBaris(b)}: progres ${["TW I", "TW II", "TW III", "TW IV"][q]} (${a1(b.row, tw[q].persen!)}) 100%, tetapi realisasi K tahun ini (${a1(b.row, b13.k)}) ${msg}; target K ${formatAngka(targetK, 2)}.`,
          `${namaBarisEn(b)}: progress at ${TW_EN[q]} (${a1(b.row, tw[q].persen!)}) is 100%, but this year's actual K (${a1(b.row, b13.k)}) ${msgEn}; target K ${angkaEn(targetK, 2)}.`,
        );
        p.tambah(
          "PROGRES_TANPA_REALISASI",
          pesanProgres,
          [
            sel(b.row, b13.k),
            sel(b.row, tw[q].persen!),
            ...tw.flatMap((x) => (x.k !== undefined ? [sel(b.row, x.k)] : [])),
          ],
          {
            tertulis: realK ?? 0,
            seharusnya: typed && jumlahK > 0 ? jumlahK : targetK,
            desimal: 2,
            penyebab: typed
              ? dua("Angka diketik menggantikan rumus", "A typed number replaced the formula")
              : dua(
                  "K per triwulan tidak diisi walau progresnya penuh",
                  "The quarters' K were not filled in although progress is full",
                ),
          },
        );
        dilaporkan.add(a1(b.row, b13.k));
      }
    }
    // Cumulative progress never falls.
    for (let i = 1; i < 4; i++) {
      const [a, c] = [progres[i - 1], progres[i]];
      if (a !== null && c !== null && c < a - TOLERANSI) {
        const pesanTurun = dua(
          `${namaBaris(b)}: progres kumulatif turun dari ${formatAngka(a * 100, 2)}% (${a1(b.row, tw[i - 1].persen!)}) ke ${formatAngka(c * 100, 2)}% (${a1(b.row, tw[i].persen!)}); progres s.d. triwulan tidak berkurang.`,
          `${namaBarisEn(b)}: cumulative progress falls from ${angkaEn(a * 100, 2)}% (${a1(b.row, tw[i - 1].persen!)}) to ${angkaEn(c * 100, 2)}% (${a1(b.row, tw[i].persen!)}); progress to date never decreases.`,
        );
        p.tambah("TRIWULAN_K", pesanTurun, [sel(b.row, tw[i].persen!), sel(b.row, tw[i - 1].persen!)], {
          tertulis: c * 100,
          seharusnya: a * 100,
          desimal: 2,
          severity: "warning",
        });
        break;
      }
    }
  }

  /** A typed K equal to the last filled term of its siblings' sum, on a row whose indicator is not a known flow. */
  const nilaiAkhirDiketik = (
    row: number,
    tertulis: number,
    s: readonly { row: number; col: number; tanda: number }[],
  ): { suku: { row: number; col: number }; alasan: { id: string; en: string } } | undefined => {
    if (s.length < 2 || s.some((x) => x.tanda !== 1)) return undefined;
    const terisi = s.filter((x) => nilai(x.row, x.col) !== null);
    const akhir = terisi[terisi.length - 1];
    if (!akhir || terisi.length < 2 || beda(tertulis, nilai(akhir.row, akhir.col)!, "k")) return undefined;
    const satuan = t.kolom.satuan !== undefined ? text(cell(grid, row, t.kolom.satuan)) || null : null;
    const indikator = t.kolom.indikator !== undefined ? text(cell(grid, row, t.kolom.indikator)) : "";
    const jenis = jenisAkumulasiIndikator(satuan, indikator);
    if (jenis === "kumulatif") return undefined;
    const sat = satuan ? `satuan "${satuan}"` : "tanpa satuan";
    return {
      suku: akhir,
      alasan:
        jenis === "nilai_akhir"
          ? { id: `Indikatornya (${sat}) stok atau tingkat`, en: `Its indicator (${sat}) is a stock or level` }
          : {
              id: `Satuan dan nama indikatornya (${sat}) tidak menunjukkan apakah nilainya dijumlahkan; bila stok`,
              en: `Its indicator's unit and name (${sat}) do not tell whether it adds up; if a stock`,
            },
    };
  };
  // 3. Typed numbers among siblings that share one adding formula.
  for (const [col, d] of dominan) {
    const k = kolom.get(col)!;
    for (const b of daun) {
      if (rumus(b.row, col) || dilaporkan.has(a1(b.row, col))) continue;
      const tertulis = nilai(b.row, col);
      const s = sukuDi(d.pola, b.row);
      if (tertulis === null || !s || s.some((x) => x.row !== b.row || !kolom.has(x.col))) continue;
      const seharusnya = s.reduce((sum, x) => sum + x.tanda * (nilai(x.row, x.col) ?? 0), 0);
      p.diperiksa++;
      if (!beda(tertulis, seharusnya, k.satuan)) continue;
      const f = d.pola.replace(/\{(-?\d+)\}/g, (_, n) => String(b.row + Number(n) + 1));
      // A K typed as the formula's last filled term (the last quarter's K; (13) in (14) = (7) + (13)) on an indicator
      // not known to be a flow: the sheet took the year's figure as a level (orang/bulan, %, per 100.000), not proven
      // wrong.
      const stok = k.satuan === "k" ? nilaiAkhirDiketik(b.row, tertulis, s) : undefined;
      if (stok) {
        p.tambah(
          "RUMUS_KONSTANTA",
          dua(
            `${namaBaris(b)}: ${a1(b.row, col)} diketik ${tampil(tertulis, k.satuan, col)}, sama dengan ${a1(stok.suku.row, stok.suku.col)} (nilai terakhir), sedangkan ${d.n} baris lain di kolom ini berumus ${f.replace(/^=?/, "=")}, yang di baris ini menjumlahkan ${tampil(seharusnya, k.satuan, col)}. ${stok.alasan.id}: nilai tahunannya nilai terakhir, bukan jumlah triwulan; tidak terbukti salah.`,
            `${namaBarisEn(b)}: ${a1(b.row, col)} holds a typed ${tampilE(tertulis, k.satuan, col)}, equal to ${a1(stok.suku.row, stok.suku.col)} (the last value), while ${d.n} other rows of this column hold ${f.replace(/^=?/, "=")}, which on this row adds up to ${tampilE(seharusnya, k.satuan, col)}. ${stok.alasan.en}: its yearly figure is the last value, not the sum of the quarters; not proven wrong.`,
          ),
          [sel(b.row, col), ...s.map((x) => sel(x.row, x.col))],
          { tertulis, seharusnya, desimal: 2, severity: "info" },
        );
        continue;
      }
      const pesanKonstanta = dua(
        `${namaBaris(b)}: ${a1(b.row, col)} diketik ${tampil(tertulis, k.satuan, col)}, padahal ${d.n} baris lain di kolom ini berumus ${f.replace(/^=?/, "=")}, yang di baris ini menghasilkan ${tampil(seharusnya, k.satuan, col)}.`,
        `${namaBarisEn(b)}: ${a1(b.row, col)} holds a typed ${tampilE(tertulis, k.satuan, col)}, but ${d.n} other rows of this column hold the formula ${f.replace(/^=?/, "=")}, which on this row gives ${tampilE(seharusnya, k.satuan, col)}.`,
      );
      p.tambah("RUMUS_KONSTANTA", pesanKonstanta, [sel(b.row, col), ...s.map((x) => sel(x.row, x.col))], {
        tertulis,
        seharusnya,
        desimal: k.satuan === "rp" ? 0 : 2,
        penyebab: dua("Angka diketik menggantikan rumus", "A typed number replaced the formula"),
      });
    }
  }
}

/** The summary rows' AVERAGE/SUM over the rows of their block (a program, or the whole table). */
function periksaRingkasan(
  p: Pemeriksa,
  grid: Grid,
  t: TabelE81,
  baris: ReadonlyMap<number, BarisE81>,
  nilai: (row: number, col: number | undefined) => number | null,
  sel: (row: number, col: number) => SelTemuan,
  tampil: (v: number, s: Satuan, col?: number) => string,
  tampilE: (v: number, s: Satuan, col?: number) => string,
  beda: (a: number, b: number, s: Satuan) => boolean,
): void {
  const data = [...t.rows].sort((a, b) => a - b);
  const program = [...baris.values()].filter((b) => b.tingkat === "program").map((b) => b.row);
  // A row's kind: its level, or "lanjutan" for a further indicator's row.
  const jenis = (r: number): string => baris.get(r)?.tingkat ?? "lanjutan";
  const namaJenis = (j: string, en: boolean): string =>
    j === "lanjutan"
      ? en
        ? "further indicator"
        : "indikator lanjutan"
      : en
        ? NAMA_TINGKAT_EN[j as Tingkat]
        : NAMA_TINGKAT[j as Tingkat];
  for (const s of t.ringkasan) {
    const fs = grid.formulas?.[s] ?? [];
    for (const [col, f] of fs.entries()) {
      if (!f || !/^=?\s*(SUM|AVERAGE)\([^()]*\)\s*$/i.test(f)) continue;
      const isi = bacaRumus(f);
      if (isi.keLembarLain || isi.irisan || isi.rujukan.length === 0 || isi.rujukan.some((r) => r.col !== col))
        continue;
      const rata = /^=?\s*AVERAGE/i.test(f);
      const dirujuk = new Set<number>();
      for (const r of isi.rujukan) for (let i = r.top; i <= r.bottom; i++) dirujuk.add(i);
      const min = Math.min(...dirujuk);
      if (min >= s) continue;
      // Its block: the program the summary follows, or the whole table when it reaches above that program.
      const awal = Math.max(-1, ...program.filter((r) => r < s));
      const lingkup = data.filter((r) => r < s && (min < awal || r >= awal));
      if (lingkup.length === 0 || ![...dirujuk].every((r) => lingkup.includes(r) || nilai(r, col) === null)) continue;
      const diambil = new Set([...dirujuk].filter((r) => lingkup.includes(r)).map(jenis));
      const kurang = lingkup.filter((r) => !dirujuk.has(r) && diambil.has(jenis(r)) && nilai(r, col) !== null);
      if (kurang.length === 0) continue;
      const ikut = lingkup.filter((r) => (dirujuk.has(r) || kurang.includes(r)) && nilai(r, col) !== null);
      const vals = ikut.map((r) => nilai(r, col)!);
      const seharusnya = rata
        ? vals.reduce((a, v) => a + v, 0) / Math.max(1, vals.length)
        : vals.reduce((a, v) => a + v, 0);
      const tertulis = nilai(s, col);
      const satuan: Satuan = rata ? "persen" : "k";
      const selisih = tertulis !== null && beda(tertulis, seharusnya, satuan);
      const label =
        text(cell(grid, s, t.kolom.uraian)) || text(grid.values[s]?.find((v) => typeof v === "string") ?? null);
      const jenisKurang = [...new Set(kurang.map(jenis))];
      const fungsi = rata ? "AVERAGE" : "SUM";
      p.diperiksa++;
      p.tambah(
        "RUMUS_RENTANG",
        dua(
          `Baris ringkasan ${kutip(label, 50)} di ${a1(s, col)} ${f} tidak meliputi baris ${daftarBaris(kurang)} (${jenisKurang.map((j) => namaJenis(j, false)).join("/")}) ${min < awal ? "tabel ini" : "program di atasnya"}; seharusnya ${fungsi} atas baris ${daftarBaris(ikut)}.` +
            (selisih
              ? ` Tertulis ${tampil(tertulis, satuan)}, seharusnya ${tampil(seharusnya, satuan)}.`
              : " Nilainya kini kebetulan sama, tetapi rumusnya keliru."),
          `The summary row ${kutip(label, 50)} in ${a1(s, col)} ${f} leaves out rows ${daftarBaris(kurang)} (${jenisKurang.map((j) => namaJenis(j, true)).join("/")}) of ${min < awal ? "this table" : "the programme above it"}; it should ${rata ? "average" : "add"} rows ${daftarBaris(ikut)}.` +
            (selisih
              ? ` Stated ${tampilE(tertulis, satuan)}, expected ${tampilE(seharusnya, satuan)}.`
              : " Its value happens to be the same today, but the formula is wrong."),
        ),
        [sel(s, col), ...kurang.map((r) => sel(r, col))],
        {
          ...(selisih ? { tertulis: tertulis, seharusnya, desimal: 4 } : {}),
          severity: selisih ? "error" : "warning",
          penyebab: dua(
            "Rentang rumus tidak diperpanjang saat baris ditambah",
            "The formula's range was not extended when rows were added",
          ),
        },
      );
    }
  }
}
