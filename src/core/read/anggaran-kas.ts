/**
 * SIPD anggaran kas kept one sub kegiatan per sheet (core/formulir/sipd-anggaran-kas.ts): each sheet's title rows
 * name its program, kegiatan and sub kegiatan with their kode; its rekening rows hold the anggaran and the plan per
 * month or quarter. Every such sheet is read and the sub kegiatan are combined under their kegiatan and program;
 * a sub kegiatan's pagu is the sum of its deepest rekening rows (group rows above them are not added again).
 */
import { kutip } from "../errors";
import { Grid, cell, columnCount, rowCount, text } from "../grid";
import { NodeAnggaran, PerTriwulan, Sumber } from "../model";
import { formatRupiah } from "../numbers";
import { cocok, labelNormal } from "../formulir/bentuk";
import { ANGGARAN_KAS as F, Judul } from "../formulir/sipd-anggaran-kas";
import { HasilAnggaran, rollUp } from "./anggaran";
import { DaftarTemuan, daftarBaris } from "./diagnostics";
import { isBarisNomor, isTandaTangan } from "./judul";
import { bacaKode, kodeInduk, pisahKode, tingkatKode } from "./kode";
import { Nomenklatur } from "./nomenklatur";
import { headerLabels } from "./tables";
import { SkalaKolom, angkaDikali, laporSkala, skalaTabel } from "./skala";
import { columnStyle, readAngka } from "./values";

export interface LembarKas {
  readonly sheet: string;
  readonly judul: Partial<Record<Judul, { kode: string | null; nama: string; sumber: Sumber }>>;
  readonly headerRows: readonly number[];
  readonly kolom: {
    readonly kode?: number;
    readonly uraian?: number;
    readonly anggaran?: number;
    /** Twelve month columns, or none. */
    readonly bulan: readonly number[];
    /** Four quarter columns, or none. */
    readonly triwulan: readonly number[];
  };
}

const MAX_JUDUL = 30;

/** A sheet of one sub kegiatan's cash plan: "Sub Kegiatan : …" above a rekening table with months or quarters. */
export function cariLembarKas(grid: Grid): LembarKas | undefined {
  const width = columnCount(grid);
  const judul: LembarKas["judul"] = {};
  let namaForm = false;
  for (let r = 0; r < Math.min(MAX_JUDUL, rowCount(grid)); r++) {
    const row = grid.values[r] ?? [];
    const line = row.map((v) => text(v)).join(" ");
    if (F.judul.test(line)) namaForm = true;
    for (let c = 0; c < row.length; c++) {
      const j = judulSel(grid, r, c);
      if (j && !judul[j.kunci]) judul[j.kunci] = j;
    }
  }
  const sub = judul.sub_kegiatan;
  if (!sub || (sub.kode && tingkatKode(sub.kode) !== "sub_kegiatan")) return undefined;
  for (let r = sub.sumber.row + 1; r < Math.min(rowCount(grid), sub.sumber.row + 20); r++) {
    for (const rows of [[r, r + 1], [r]]) {
      const kolom = kolomKas(grid, rows, width);
      if (!kolom || (kolom.bulan.length === 0 && kolom.triwulan.length === 0)) continue;
      if (!namaForm && kolom.bulan.length === 0 && kolom.triwulan.length === 0) continue;
      return { sheet: grid.name, judul, headerRows: rows, kolom };
    }
  }
  return undefined;
}

/**
 * A title line's key and value at a cell: "Sub Kegiatan : 1.02.02.2.01.0014 Pengadaan …" in one cell, or the key here
 * and the value in the cells after it ("Sub Kegiatan | : | 1.02.02.2.01.0014 | Pengadaan …"). Shared by the forms
 * kept one item per sheet (anggaran kas, RKA/DPA).
 */
export function judulSel(
  grid: Grid,
  r: number,
  c: number,
): { kunci: Judul; kode: string | null; nama: string; sumber: Sumber } | undefined {
  const row = grid.values[r] ?? [];
  const t = text(row[c]);
  const m = /^([^:]{2,40}?)\s*:\s*(.*)$/.exec(t) ?? (t.length <= 40 ? [t, t, ""] : null);
  if (!m) return undefined;
  const kunci = cocok(F.kunciJudul, labelNormal(m[1]));
  if (!kunci) return undefined;
  const rest = row
    .slice(c + 1)
    .map((v) => text(v).replace(/^:\s*/, ""))
    .filter((x) => x !== "");
  const value = m[2].trim() || (bacaKode(rest[0] ?? null) && rest[1] ? `${rest[0]} ${rest[1]}` : (rest[0] ?? ""));
  if (value === "") return undefined;
  const { kode, nama } = pisahKode(value);
  return { kunci, kode, nama, sumber: { sheet: grid.name, row: r, col: c } };
}

function kolomKas(grid: Grid, rows: number[], width: number): LembarKas["kolom"] | undefined {
  if (rows.some((r) => (grid.values[r] ?? []).some((v) => typeof v === "number"))) return undefined;
  const labels = headerLabels(grid, rows, width, (v) => text(v));
  let kode: number | undefined;
  let uraian: number | undefined;
  const anggaran: number[] = [];
  const bulan: number[] = [];
  const triwulan: number[] = [];
  for (let c = 0; c < width; c++) {
    const l = labelNormal(labels[c] ?? "");
    if (l === "") continue;
    const own = labelNormal(text(cell(grid, rows[rows.length - 1], c)) || text(cell(grid, rows[0], c)));
    const nomor = /^(?:bulan|bln) ?(\d{1,2})$/.exec(own);
    const b = nomor && Number(nomor[1]) <= 12 ? Number(nomor[1]) - 1 : F.bulan.findIndex((re) => re.test(own));
    const tw = F.triwulan.exec(l) ?? (/\b(triwulan|tw|trw)\b/.test(l) ? /^(i{1,3}|iv|[1-4])$/.exec(own) : null);
    if (b >= 0) bulan[b] ??= c;
    else if (tw) {
      const n = { i: 1, ii: 2, iii: 3, iv: 4 }[tw[tw.length - 1] as "i"] ?? Number(tw[tw.length - 1]);
      triwulan[n - 1] ??= c;
    } else if (F.kode.test(l)) kode ??= c;
    else if (F.uraian.test(l)) uraian ??= c;
    else if (F.anggaran.test(l)) anggaran.push(c);
  }
  if (kode === undefined && uraian === undefined) return undefined;
  const full = (xs: number[], n: number) => (xs.filter((x) => x !== undefined).length === n ? xs : []);
  return {
    ...(kode !== undefined ? { kode } : {}),
    ...(uraian !== undefined ? { uraian } : {}),
    ...(anggaran.length > 0 ? { anggaran: anggaran[0] } : {}),
    bulan: full(bulan, 12),
    triwulan: full(triwulan, 4),
  };
}

interface BarisKas {
  readonly row: number;
  readonly kode: string | null;
  readonly nilai: number | null;
  readonly tw: number[];
}

/** Every sheet's sub kegiatan, combined under kegiatan and program from their title rows (or their kode). */
export function bacaLembarKas(
  grids: readonly Grid[],
  forms: readonly LembarKas[],
  nomenklatur: Nomenklatur,
  diag: DaftarTemuan,
): HasilAnggaran & { perangkatDaerah?: string } {
  // A scale stated alike on every sheet is said once, at the first sheet that states it.
  const skalaDilapor = new Set<string>();
  const laporSekali = (grid: Grid, skala: Record<number, SkalaKolom>) => {
    const baru = Object.entries(skala).filter(([, s]) => !skalaDilapor.has(`${s.kali}|${s.teks}`));
    baru.forEach(([, s]) => skalaDilapor.add(`${s.kali}|${s.teks}`));
    laporSkala(grid, Object.fromEntries(baru), diag);
  };
  const program = gabungSub(
    forms.map((f) => ({
      sheet: f.sheet,
      judul: f.judul,
      sub: bacaSatu(
        grids.find((g) => g.name === f.sheet)!,
        f,
        diag,
        laporSekali,
      ),
    })),
    nomenklatur,
    diag,
  );
  for (const p of program) rollUp(p, forms[0].sheet, undefined, undefined, diag);
  if (forms.length > 1)
    diag.info(
      "ANGGARAN_KAS_PER_LEMBAR",
      {
        id: `${forms.length} lembar anggaran kas (satu sub kegiatan per lembar) dibaca dan digabung: ${forms
          .slice(0, 8)
          .map((f) => `"${f.sheet}"`)
          .join(", ")}${forms.length > 8 ? ", …" : ""}.`,
        en: `${forms.length} cash plan sheets (one sub-activity per sheet) are read and combined: ${forms
          .slice(0, 8)
          .map((f) => `"${f.sheet}"`)
          .join(", ")}${forms.length > 8 ? ", …" : ""}.`,
      },
      { sheet: forms[0].sheet, row: 0 },
    );
  const pd = forms.map((f) => f.judul.organisasi?.nama).find((x) => x);
  return { program, ...(pd ? { perangkatDaerah: pd } : {}) };
}

/** A sub kegiatan read from a sheet (or a document on it), with the title lines that name its parents. */
export interface SubDariLembar {
  readonly sheet: string;
  readonly judul: LembarKas["judul"];
  readonly sub: NodeAnggaran;
}

/**
 * Sub kegiatan read one per sheet (or document), combined under the kegiatan and program their title lines name (else
 * their kode's, named by the nomenclature); the same sub kegiatan a second time is not counted twice
 * (`SUB_KEGIATAN_GANDA`). Parents are not rolled up here.
 */
export function gabungSub(
  items: readonly SubDariLembar[],
  nomenklatur: Nomenklatur,
  diag: DaftarTemuan,
): NodeAnggaran[] {
  const program: NodeAnggaran[] = [];
  const byKey = new Map<string, NodeAnggaran>();
  const subKode = new Map<string, string>();
  for (const { sheet, judul: j, sub } of items) {
    const kode = sub.kode;
    if (kode && subKode.has(kode)) {
      diag.warning(
        "SUB_KEGIATAN_GANDA",
        {
          id: `Sub kegiatan ${kode} di lembar "${sheet}" sudah dibaca dari lembar "${subKode.get(kode)}"; tidak dijumlahkan dua kali.`,
          en: `Sub-activity ${kode} on sheet "${sheet}" was already read from sheet "${subKode.get(kode)}"; it is not counted twice.`,
        },
        sub.sumber,
      );
      continue;
    }
    if (kode) subKode.set(kode, sheet);
    const induk = (level: "program" | "kegiatan", parent?: NodeAnggaran): NodeAnggaran => {
      const t = j[level];
      const k = t?.kode ?? (kode ? kodeInduk(kode, level) : null);
      const nama = t?.nama || (k ? (nomenklatur.cariKode(k)?.nama ?? k) : `(tanpa ${level})`);
      const key = `${level}|${k ?? nama}`;
      let node = byKey.get(key);
      if (!node) {
        node = {
          level,
          kode: k,
          uraian: nama,
          pagu: null,
          realisasi: null,
          paguTertulis: null,
          realisasiTertulis: null,
          children: [],
          sumber: t?.sumber ?? sub.sumber,
          dasarLevel: t ? "judul" : "nomenklatur",
        };
        byKey.set(key, node);
        if (parent) parent.children.push(node);
        else program.push(node);
      }
      return node;
    };
    induk("kegiatan", induk("program")).children.push(sub);
  }
  return program;
}

function bacaSatu(
  grid: Grid,
  f: LembarKas,
  diag: DaftarTemuan,
  lapor: (grid: Grid, skala: Record<number, SkalaKolom>) => void,
): NodeAnggaran {
  const k = f.kolom;
  const ctx = { grid, diag };
  const start = f.headerRows[f.headerRows.length - 1] + 1;
  const rows: number[] = [];
  for (let r = start; r < rowCount(grid); r++) {
    if ((grid.values[r] ?? []).every((v) => text(v) === "")) continue;
    if (isBarisNomor(grid, r)) continue;
    if (isTandaTangan(grid, r)) break;
    rows.push(r);
  }
  const amountCols = [k.anggaran, ...k.bulan, ...k.triwulan].filter((c): c is number => c !== undefined);
  const style = new Map(amountCols.map((c) => [c, columnStyle(grid, rows, c)]));
  // Rupiah in thousands or millions: held in rupiah.
  const skala = skalaTabel(grid, f.headerRows, amountCols);
  lapor(grid, skala);
  const angka = (r: number, c: number) =>
    angkaDikali(readAngka(ctx, r, c, "anggaran kas", style.get(c)), skala[c]?.kali ?? 1).value;
  const baris: BarisKas[] = [];
  let tertulis: { nilai: number | null; row: number } | undefined;
  const tanpaKode: number[] = [];
  for (const r of rows) {
    const uraian = k.uraian !== undefined ? text(cell(grid, r, k.uraian)) : "";
    const kodeSel = k.kode !== undefined ? text(cell(grid, r, k.kode)).replace(/\s+/g, "") : "";
    const kode = kodeSel || pisahKode(uraian).kode;
    const months = k.bulan.map((c) => angka(r, c));
    const tw =
      k.bulan.length === 12
        ? [0, 1, 2, 3].map((q) => months.slice(q * 3, q * 3 + 3).reduce<number>((s, m) => s + (m ?? 0), 0))
        : k.triwulan.map((c) => angka(r, c) ?? 0);
    const plan = [...months, ...(k.bulan.length === 12 ? [] : k.triwulan.map((c) => angka(r, c)))];
    const dariRencana = plan.some((m) => m !== null) ? tw.reduce((s, x) => s + x, 0) : null;
    const nilai = k.anggaran !== undefined ? (angka(r, k.anggaran) ?? dariRencana) : dariRencana;
    if (!kode && (F.total.test(uraian) || (k.kode !== undefined && F.total.test(text(cell(grid, r, k.kode)))))) {
      tertulis = { nilai, row: r };
      break;
    }
    if (!kode) {
      if (nilai !== null) tanpaKode.push(r);
      continue;
    }
    baris.push({ row: r, kode, nilai, tw });
  }
  // The deepest rows: a row whose kode heads another's is that one's group.
  const pakai = baris.length > 0 ? baris.filter((b) => !baris.some((x) => x.kode!.startsWith(`${b.kode}.`))) : [];
  const dipakai = pakai;
  const sum = dipakai.some((b) => b.nilai !== null) ? round2(dipakai.reduce((s, b) => s + (b.nilai ?? 0), 0)) : null;
  const rencana = [0, 1, 2, 3].map((q) => round2(dipakai.reduce((s, b) => s + (b.tw[q] ?? 0), 0)));
  const j = f.judul.sub_kegiatan!;
  const colNilai = k.anggaran ?? k.bulan[0] ?? k.triwulan[0];
  if (tanpaKode.length > 0)
    diag.info(
      "BARIS_TANPA_KODE",
      {
        id: `${tanpaKode.length} baris beranggaran tanpa kode rekening di lembar anggaran kas (baris ${daftarBaris(tanpaKode)}); dibaca sebagai rincian, tidak dijumlahkan lagi.`,
        en: `${tanpaKode.length} rows with amounts have no account kode on the cash plan sheet (rows ${daftarBaris(tanpaKode)}); read as detail, not summed again.`,
      },
      { sheet: grid.name, row: tanpaKode[0], col: k.uraian },
    );
  if (tertulis && tertulis.nilai !== null && sum !== null && Math.abs(tertulis.nilai - sum) > 0.5)
    diag.warning(
      "JUMLAH_INDUK_BERBEDA",
      {
        id: `Jumlah anggaran kas sub kegiatan ${kutip(j.nama, 60)} tertulis ${formatRupiah(tertulis.nilai)}, jumlah rekeningnya ${formatRupiah(sum)} (selisih ${formatRupiah(tertulis.nilai - sum)}); dipakai jumlah rekeningnya.`,
        en: `The cash plan total of sub-activity ${kutip(j.nama, 60)} is written ${formatRupiah(tertulis.nilai, "en")}, the sum of its accounts ${formatRupiah(sum, "en")} (difference ${formatRupiah(tertulis.nilai - sum, "en")}); the sum of its accounts is used.`,
      },
      { sheet: grid.name, row: tertulis.row, col: colNilai },
      String(tertulis.nilai),
      String(sum),
    );
  return {
    level: "sub_kegiatan",
    kode: j.kode,
    uraian: j.nama,
    pagu: sum,
    realisasi: null,
    paguTertulis: tertulis?.nilai ?? null,
    realisasiTertulis: null,
    children: [],
    sumber: j.sumber,
    dasarLevel: "judul",
    rencana: { rp: rencana as unknown as PerTriwulan },
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
