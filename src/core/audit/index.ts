/**
 * Periksa Konsistensi: checks a finished report's tables against their own arithmetic and against each other.
 * Every stated capaian, serapan, sisa and efisiensi is recomputed from its own row; parents and totals from their
 * parts; the same indicator or program is compared across tables; percentages must not be summed; capaian above
 * 150% and words that contradict their number are flagged. A stated figure that is the exact one truncated, or the
 * result of computing from a rounded intermediate, is information, not an error.
 */
import { a1, Grid } from "../grid";
import type { Diagnostic, Severity } from "../model";
import { formatAngka } from "../numbers";
import { mirip, normalNama } from "../read/join";
import { Diagnostics } from "../read/diagnostics";
import { tahunTerakhir } from "../read/columns";
import { isStockUnit } from "../read/values";
import { Angka, BarisTabel, Isian, ISIAN_PERSEN, ISIAN_RUPIAH, tabelLaporan, TabelLaporan } from "./tabel";
import { kalimatCapaian } from "./uraian";
import { pitaUntuk, SKALA } from "../rules/predikat";
import { isSakipError } from "../errors";

export type KodeTemuan =
  | "CAPAIAN_HITUNG"
  | "SERAPAN_HITUNG"
  | "SISA_HITUNG"
  | "EFISIENSI_HITUNG"
  | "JUMLAH_INDUK"
  | "JUMLAH_TOTAL"
  | "RATA_RATA"
  | "PERSEN_DIJUMLAH"
  | "ANTAR_TABEL"
  | "CAPAIAN_TINGGI"
  | "KATA_BERTENTANGAN"
  | "PEMBULATAN_TERPOTONG"
  | "PEMBULATAN_ANTARA";

export interface SelTemuan {
  readonly sheet: string;
  readonly cell: string;
}

/** A finding: a Diagnostic (its first cell) with every cell involved, the figures and the rule. */
export interface Temuan extends Diagnostic {
  readonly code: KodeTemuan;
  readonly sheet: string;
  readonly cell: string;
  readonly sel: readonly SelTemuan[];
  /** The stated and the recomputed figure, in the column's unit (percentage points or rupiah). */
  readonly tertulis?: number;
  readonly seharusnya?: number;
  readonly aturan: string;
  readonly penyebab?: string;
}

export interface RingkasanTabel {
  readonly sheet: string;
  readonly judul: string;
  readonly baris: number;
  readonly isian: readonly string[];
}

export interface HasilPeriksa {
  readonly tahun: number | null;
  readonly tabel: readonly RingkasanTabel[];
  readonly temuan: readonly Temuan[];
  /** Problems reading the tables (unreadable numbers, error cells). */
  readonly diagnostik: readonly Diagnostic[];
  /** How many figures were recomputed from their row or compared with another table. */
  readonly diperiksa: number;
  /** Findings per code. */
  readonly jumlah: Readonly<Partial<Record<KodeTemuan, number>>>;
}

export interface OpsiPeriksa {
  /** The report's year; by default the latest year the tables' headers name. */
  readonly tahun?: number;
}

export const ATURAN: Readonly<Record<KodeTemuan, string>> = {
  CAPAIAN_HITUNG: "Capaian = realisasi ÷ target × 100%",
  SERAPAN_HITUNG: "Serapan = realisasi anggaran ÷ pagu × 100%",
  SISA_HITUNG: "Sisa (efisiensi) anggaran = pagu − realisasi",
  EFISIENSI_HITUNG: "Efisiensi = (pagu − realisasi) ÷ pagu × 100%",
  JUMLAH_INDUK: "Anggaran program/kegiatan = jumlah anggaran kegiatan/sub kegiatannya",
  JUMLAH_TOTAL: "Baris jumlah = jumlah baris di atasnya",
  RATA_RATA: "Baris rata-rata = rata-rata baris di atasnya",
  PERSEN_DIJUMLAH: "Persentase tidak dijumlahkan antar baris, triwulan atau tahun",
  ANTAR_TABEL: "Indikator atau program yang sama bernilai sama di setiap tabel",
  CAPAIAN_TINGGI: "Capaian di atas 150% perlu ditinjau: targetnya mungkin terlalu rendah",
  KATA_BERTENTANGAN: "Keterangan atau predikat sesuai dengan angkanya",
  PEMBULATAN_TERPOTONG: "Angka dibulatkan, bukan dipotong",
  PEMBULATAN_ANTARA: "Hitung dari angka yang belum dibulatkan",
};

const TINGKAT: Record<KodeTemuan, Severity> = {
  CAPAIAN_HITUNG: "error",
  SERAPAN_HITUNG: "error",
  SISA_HITUNG: "error",
  EFISIENSI_HITUNG: "error",
  JUMLAH_INDUK: "error",
  JUMLAH_TOTAL: "error",
  RATA_RATA: "error",
  PERSEN_DIJUMLAH: "error",
  ANTAR_TABEL: "error",
  CAPAIAN_TINGGI: "warning",
  KATA_BERTENTANGAN: "error",
  PEMBULATAN_TERPOTONG: "info",
  PEMBULATAN_ANTARA: "info",
};

const BATAS_TINGGI = 150;
/** Above this many candidate names for a near-miss, only names sharing both first and last word are tried. */
const BATAS_CALON = 200;
const EPS = 1e-9;

const NAMA_ISIAN: Record<Isian, string> = {
  target: "target",
  realisasi: "realisasi",
  realisasi_sd: "realisasi s.d. tahun ini",
  capaian: "capaian",
  tw1: "TW I",
  tw2: "TW II",
  tw3: "TW III",
  tw4: "TW IV",
  target_renstra: "target Renstra",
  capaian_renstra: "capaian terhadap Renstra",
  target_nasional: "target nasional",
  realisasi_nasional: "realisasi nasional",
  pagu: "pagu anggaran",
  realisasi_anggaran: "realisasi anggaran",
  serapan: "serapan",
  sisa: "sisa anggaran",
  efisiensi: "efisiensi",
};

// ---------- numbers as written ----------

const setengah = (desimal: number) => 0.5 * 10 ** -desimal;
/** The stated figure equals the exact one rounded to the decimals it was written with. */
const cocok = (a: Angka, exact: number) => Math.abs(a.nilai - exact) <= setengah(a.desimal) * (1 + 1e-9) + EPS;
/** The stated figure equals the exact one cut off (not rounded) at its decimals. */
const terpotong = (a: Angka, exact: number) => {
  const f = 10 ** a.desimal;
  return Math.abs(Math.trunc(exact * f + EPS * Math.sign(exact)) / f - a.nilai) < EPS * Math.max(1, Math.abs(exact));
};
const tampil = (n: number, desimal: number) => formatAngka(n, desimal, desimal);
const tampilA = (a: Angka) => tampil(a.nilai, a.desimal);
/** A figure as it shows: rounded to its decimals. */
const bulat = (a: Angka) => Math.round(a.nilai * 10 ** a.desimal) / 10 ** a.desimal;
const satuanIsian = (isian: Isian) => (ISIAN_PERSEN.has(isian) ? "%" : "");
const selDari = (a: { sheet: string; row: number; col: number }): SelTemuan => ({ sheet: a.sheet, cell: a1(a.row, a.col) });
const rujukan = (s: SelTemuan) => `'${s.sheet}'!${s.cell}`;
const pendek = (s: string | null, max = 60) => (s === null ? "(tanpa nama)" : s.length > max ? `${s.slice(0, max - 1)}…` : s);

// ---------- statements across tables ----------

/** A row of a table with its figures keyed by (isian, resolved year). */
interface Baris {
  readonly tabel: number;
  readonly t: TabelLaporan;
  readonly b: BarisTabel;
  readonly nilai: Map<string, Angka>;
  /** The entity the row is about (program/kegiatan name, else indicator), normalised; null when unnamed. */
  readonly entitas: string | null;
}

const k = (isian: Isian, tahun: number | null) => `${isian}|${tahun ?? ""}`;

function tahunLaporan(tables: readonly TabelLaporan[]): number | null {
  let best = 0;
  // The year of the figures themselves; a Renstra end target or a running total names a later year.
  const tahunan = new Set<Isian>(["target", "realisasi", "capaian", "pagu", "realisasi_anggaran", "serapan", "tw1", "tw2", "tw3", "tw4"]);
  for (const t of tables) for (const kol of t.kolom) if (kol.tahun && tahunan.has(kol.isian) && !/s\s*[./]?\s*d\b|sampai/i.test(kol.label)) best = Math.max(best, kol.tahun);
  if (best === 0) for (const t of tables) best = Math.max(best, tahunTerakhir(t.judul));
  return best || null;
}

/** Column → (isian, year) with the report's year filled in; in a Renstra table, capaian is against the Renstra. */
function resolusi(t: TabelLaporan, tahunLaporan: number | null): Map<number, { isian: Isian; tahun: number | null }> {
  // A sheet named for its year ("PK 2023") states that year's figures where its headers name none.
  const tahun = tahunTerakhir(t.sheet) || tahunLaporan;
  const renstra = t.kolom.some((c) => c.isian === "target_renstra") && !t.kolom.some((c) => c.isian === "target");
  return new Map(
    t.kolom.map((c) => {
      let isian = c.isian;
      if (renstra && isian === "capaian") isian = "capaian_renstra";
      // "Realisasi s/d 2026" in a Renstra table is the realisasi to date, i.e. of the report's year.
      const sd = /s\s*[./]?\s*d\b|sampai/i.test(c.label);
      const y = c.tahun === null || (sd && tahun !== null && c.tahun > tahun) ? tahun : c.tahun;
      return [c.col, { isian, tahun: isian === "target_renstra" ? null : y }];
    }),
  );
}

function kunciEntitas(nama: string): string {
  return normalNama(nama)
    .replace(/^(sub kegiatan|kegiatan)\s+/, "")
    .replace(/\busaha mikro kecil (dan )?menengah\b|\busaha menengah usaha kecil (dan )?usaha mikro( umkm)?\b/g, "umkm");
}

/** Names that denote the same item: equal after normalisation, a near-miss, or one the other's first words. */
function sama(a: string, b: string): boolean {
  if (a === b || mirip(a, b)) return true;
  const [x, y] = a.length < b.length ? [a, b] : [b, a];
  return x.split(" ").length >= 2 && y.startsWith(`${x} `);
}

// ---------- the audit ----------

class Pemeriksa {
  readonly temuan: Temuan[] = [];
  /** How many figures were recomputed or compared. */
  diperiksa = 0;
  /** Row-checked figures: true when consistent with its row (possibly rounded), false when not. */
  readonly cekBaris = new Map<Angka, boolean>();

  tambah(code: KodeTemuan, message: string, sel: SelTemuan[], extra: { tertulis?: number; seharusnya?: number; desimal?: number; penyebab?: string; severity?: Severity } = {}): void {
    const d = extra.desimal ?? 2;
    this.temuan.push({
      severity: extra.severity ?? TINGKAT[code],
      code,
      message,
      sheet: sel[0].sheet,
      cell: sel[0].cell,
      sel,
      ...(extra.tertulis !== undefined ? { tertulis: extra.tertulis, found: tampil(extra.tertulis, d) } : {}),
      ...(extra.seharusnya !== undefined ? { seharusnya: extra.seharusnya, expected: tampil(extra.seharusnya, d) } : {}),
      aturan: ATURAN[code],
      ...(extra.penyebab ? { penyebab: extra.penyebab } : {}),
    });
  }

  /**
   * A stated figure against the exact one from its row. `antara`: the interval the exact figure lies in when an
   * input was itself rounded (36,36 for 60/165), so a figure computed before rounding is recognised.
   */
  rumus(
    code: KodeTemuan,
    a: Angka,
    exact: number,
    nama: string,
    rumus: string,
    sel: SelTemuan[],
    opsi: { antara?: [number, number]; dariTampilan?: { nilai: number; rumus: string }; penyebab?: () => string | undefined } = {},
  ): void {
    if (!Number.isFinite(exact)) return;
    this.diperiksa++;
    const d = a.desimal;
    const s = satuanIsian(code === "SISA_HITUNG" ? "sisa" : "capaian");
    if (cocok(a, exact)) {
      this.cekBaris.set(a, true);
      return;
    }
    if (terpotong(a, exact)) {
      this.cekBaris.set(a, true);
      this.tambah("PEMBULATAN_TERPOTONG", `${nama}: ${tampilA(a)}${s} adalah ${rumus} = ${tampil(exact, d + 3)}${s} yang dipotong, bukan dibulatkan (${tampil(exact, d)}${s}).`, sel, { tertulis: a.nilai, seharusnya: exact, desimal: d, penyebab: "Angka dipotong, bukan dibulatkan" });
      return;
    }
    // The cell holds more decimals than it shows (=60/165 shown 36,36%) and the figure was computed from what it shows.
    if (opsi.dariTampilan && Math.abs(opsi.dariTampilan.nilai - exact) > EPS && cocok(a, opsi.dariTampilan.nilai)) {
      this.cekBaris.set(a, true);
      this.tambah("PEMBULATAN_ANTARA", `${nama}: ${tampilA(a)}${s} dihitung dari angka antara yang sudah dibulatkan (${opsi.dariTampilan.rumus}); dari nilai sel yang sebenarnya, ${rumus} = ${tampil(exact, d)}${s}.`, sel, { tertulis: a.nilai, seharusnya: exact, desimal: d, penyebab: "Dihitung dari angka antara yang sudah dibulatkan" });
      return;
    }
    if (opsi.antara && a.nilai >= opsi.antara[0] - setengah(d) - EPS && a.nilai <= opsi.antara[1] + setengah(d) + EPS) {
      this.cekBaris.set(a, true);
      this.tambah("PEMBULATAN_ANTARA", `${nama}: ${tampilA(a)}${s} dihitung dari angka sebelum dibulatkan; dari angka yang tertulis, ${rumus} = ${tampil(exact, d)}${s}. Keduanya benar; tuliskan satu saja secara konsisten.`, sel, { tertulis: a.nilai, seharusnya: exact, desimal: d, penyebab: "Dihitung dari angka antara yang berbeda pembulatannya" });
      return;
    }
    this.cekBaris.set(a, false);
    const penyebab = opsi.penyebab?.();
    this.tambah(code, `${nama}: tertulis ${tampilA(a)}${s}, seharusnya ${rumus} = ${tampil(exact, d)}${s}.${penyebab ? ` ${penyebab}.` : ""}`, sel, { tertulis: a.nilai, seharusnya: exact, desimal: d, penyebab });
  }
}

export function periksaLaporan(grids: readonly Grid[], opsi: OpsiPeriksa = {}): HasilPeriksa {
  const diag = new Diagnostics();
  const tables = grids.flatMap((g) => tabelLaporan(g, diag));
  const tahun = opsi.tahun ?? tahunLaporan(tables);
  const semua: Baris[] = [];
  tables.forEach((t, i) => {
    const res = resolusi(t, tahun);
    for (const b of t.baris) {
      const nilai = new Map<string, Angka>();
      for (const a of b.angka.values()) {
        const r = res.get(a.col)!;
        nilai.set(k(r.isian, r.tahun), a);
      }
      // For a stock (%, indeks, nilai) the realisasi to date is the year's own; for a flow it is a running total.
      for (const [key, a] of [...nilai]) {
        const [isian, y] = key.split("|");
        if (isian === "realisasi_sd" && (a.persen || isStockUnit(b.satuan)) && !nilai.has(`realisasi|${y}`)) nilai.set(`realisasi|${y}`, a);
      }
      semua.push({ tabel: i, t, b, nilai, entitas: b.nama && b.jenis === "item" ? kunciEntitas(b.nama) : null });
    }
  });
  const grup = kelompokkan(semua);
  const p = new Pemeriksa();
  for (const baris of semua) periksaBaris(p, baris, grup);
  tables.forEach((_, i) => periksaSusunan(p, semua.filter((b) => b.tabel === i)));
  periksaAntarTabel(p, grup);
  periksaTinggi(p, semua, grup);
  periksaUraian(p, grids, semua, tahun);
  const jumlah: Partial<Record<KodeTemuan, number>> = {};
  for (const x of p.temuan) jumlah[x.code] = (jumlah[x.code] ?? 0) + 1;
  return {
    tahun,
    tabel: tables.map((t) => ({ sheet: t.sheet, judul: t.judul, baris: t.baris.length, isian: [...new Set(t.kolom.map((c) => c.isian))] })),
    temuan: urutkan(p.temuan),
    diagnostik: diag.list.filter((d) => d.severity !== "info"),
    diperiksa: p.diperiksa,
    jumlah,
  };
}

const URUT_TINGKAT: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
function urutkan(t: Temuan[]): Temuan[] {
  return [...t].sort((a, b) => URUT_TINGKAT[a.severity] - URUT_TINGKAT[b.severity]);
}

/**
 * Rows grouped by the item they describe, across tables. A near-miss joins two names only when no table holds
 * both (siblings like "Penerangan Jalan Desa" and "… Kota" stay apart). Candidates are looked up by first and
 * last word, so a large report is not compared name by name.
 */
function kelompokkan(semua: readonly Baris[]): Map<Baris, Baris[]> {
  const anggota = new Map<string, Baris[]>();
  const namaTabel = new Map<number, Set<string>>();
  for (const b of semua) if (b.entitas) (namaTabel.get(b.tabel) ?? namaTabel.set(b.tabel, new Set()).get(b.tabel)!).add(b.entitas);
  const perTabel = [...namaTabel.values()];
  const berdampingan = (x: string, y: string) => perTabel.some((n) => n.has(x) && n.has(y));
  const indeks = new Map<string, Set<string>>();
  const kata = (e: string) => {
    const w = e.split(" ");
    return [`^${w[0]}`, `$${w[w.length - 1]}`];
  };
  for (const b of semua) {
    const e = b.entitas;
    if (!e) continue;
    let key = anggota.has(e) ? e : undefined;
    if (key === undefined) {
      const [awal, akhir] = kata(e).map((w) => indeks.get(w) ?? new Set<string>());
      // Usually a handful of names share a first or last word; in a long list of "Kegiatan …" rows, both.
      const [kecil, besar] = awal.size <= akhir.size ? [awal, akhir] : [akhir, awal];
      const calon = awal.size + akhir.size > BATAS_CALON ? [...kecil].filter((x) => besar.has(x)) : [...new Set([...awal, ...akhir])];
      const cocokNama = calon.filter((x) => !berdampingan(x, e) && sama(x, e));
      key = cocokNama.length === 1 ? cocokNama[0] : e;
    }
    if (!anggota.has(key)) {
      anggota.set(key, []);
      for (const w of kata(key)) (indeks.get(w) ?? indeks.set(w, new Set()).get(w)!).add(key);
    }
    anggota.get(key)!.push(b);
  }
  const out = new Map<Baris, Baris[]>();
  for (const rows of anggota.values()) for (const b of rows) out.set(b, rows);
  return out;
}

/** Two indicator names for the same measure: the same item by `sama`, or nearly the same words (≥ 75% shared). */
function samaIndikator(a: string, b: string): boolean {
  const [x, y] = [normalNama(a), normalNama(b)];
  if (sama(x, y)) return true;
  const [u, v] = [new Set(x.split(" ")), new Set(y.split(" "))];
  const bersama = [...u].filter((w) => v.has(w)).length;
  return bersama / new Set([...u, ...v]).size >= 0.75;
}

/** Other tables' rows about the same item, whose indicator (when both name one) is the same. */
function padanan(b: Baris, grup: Map<Baris, Baris[]>, isian: Isian): Baris[] {
  const indikatorIsian = isian === "target" || isian === "realisasi" || isian === "capaian";
  return (grup.get(b) ?? []).filter((o) => o.tabel !== b.tabel && (!indikatorIsian || !b.b.indikator || !o.b.indikator || samaIndikator(b.b.indikator, o.b.indikator)));
}

function namaBaris(b: Baris, tahun: number | null | undefined): string {
  const y = tahun ? ` ${tahun}` : "";
  return `${pendek(b.b.nama ?? b.b.sasaran)}${y}`;
}

function periksaBaris(p: Pemeriksa, b: Baris, grup: Map<Baris, Baris[]>): void {
  const years = new Set([...b.nilai.keys()].map((key) => key.split("|")[1]));
  for (const ys of years) {
    const y = ys === "" ? null : Number(ys);
    const get = (isian: Isian) => b.nilai.get(k(isian, y));
    const nama = namaBaris(b, y);
    const lain = (isian: Isian) =>
      padanan(b, grup, isian)
        .map((o) => ({ a: o.nilai.get(k(isian, y)), o }))
        .filter((x): x is { a: Angka; o: Baris } => x.a !== undefined);
    // Capaian (and capaian against the Renstra target).
    for (const [ci, ti] of [["capaian", "target"], ["capaian_renstra", "target_renstra"]] as const) {
      const c = get(ci);
      const t = ci === "capaian" ? get(ti) : b.nilai.get(k(ti, null));
      const r = ci === "capaian" ? get("realisasi") : (get("realisasi_sd") ?? get("realisasi"));
      if (!c || !t || !r || t.nilai === 0) continue;
      const pol = polaritasDari(b.b.polaritas ?? (grup.get(b) ?? []).find((o) => o.b.polaritas)?.b.polaritas ?? null);
      if (pol === "rentang" || (pol === "negatif" && r.nilai === 0)) continue;
      // Negative indicators: either accepted method (2 − r/t, or t/r); the one the table used is the one that fits.
      const exact = pol === "positif" ? (r.nilai / t.nilai) * 100 : cocok(c, (t.nilai / r.nilai) * 100) ? (t.nilai / r.nilai) * 100 : (2 - r.nilai / t.nilai) * 100;
      // A cell holding more than it shows (=60/165 shown 36,36%) is written with its hidden decimals.
      const rTeks = bulat(r) !== r.nilai ? `${formatAngka(r.nilai, r.desimal + 4, r.desimal)}…` : tampilA(r);
      const rumusTeks = pol === "positif" ? `${rTeks} ÷ ${tampilA(t)} × 100` : exact === (t.nilai / r.nilai) * 100 ? `${tampilA(t)} ÷ ${tampilA(r)} × 100 (indikator negatif)` : `(2 − ${tampilA(r)} ÷ ${tampilA(t)}) × 100 (indikator negatif)`;
      const hr = r.desimal >= 1 && pol === "positif" ? setengah(r.desimal) : 0;
      p.rumus("CAPAIAN_HITUNG", c, exact, `${NAMA_ISIAN[ci].replace(/^c/, "C")} ${nama}`, rumusTeks, [selDari(c), selDari(r), selDari(t)], {
        antara: hr > 0 ? [((r.nilai - hr) / t.nilai) * 100, ((r.nilai + hr) / t.nilai) * 100] : undefined,
        dariTampilan: pol === "positif" && bulat(r) !== r.nilai ? { nilai: (bulat(r) / t.nilai) * 100, rumus: `${tampilA(r)} ÷ ${tampilA(t)} × 100` } : undefined,
        penyebab: () => {
          if (pol !== "positif") return undefined;
          for (const { a, o } of ci === "capaian" ? lain(ti) : []) if (cocok(c, (r.nilai / a.nilai) * 100)) return `Angka ini sama dengan ${tampilA(r)} ÷ ${tampilA(a)}, memakai target ${tampilA(a)} dari ${rujukan(selDari(a))} (${pendek(o.t.judul, 40)})`;
          for (const { a, o } of lain("realisasi")) if (cocok(c, (a.nilai / t.nilai) * 100)) return `Angka ini sama dengan ${tampilA(a)} ÷ ${tampilA(t)}, memakai realisasi ${tampilA(a)} dari ${rujukan(selDari(a))} (${pendek(o.t.judul, 40)})`;
          return undefined;
        },
      });
    }
    // Budget: serapan, sisa, efisiensi.
    const pagu = get("pagu");
    const ra = get("realisasi_anggaran");
    if (pagu && ra) {
      const s = get("serapan");
      if (s && pagu.nilai !== 0) p.rumus("SERAPAN_HITUNG", s, (ra.nilai / pagu.nilai) * 100, `Serapan ${nama}`, `${tampilA(ra)} ÷ ${tampilA(pagu)} × 100`, [selDari(s), selDari(ra), selDari(pagu)]);
      const sisa = get("sisa");
      if (sisa)
        p.rumus("SISA_HITUNG", sisa, pagu.nilai - ra.nilai, `Sisa anggaran ${nama}`, `${tampilA(pagu)} − ${tampilA(ra)}`, [selDari(sisa), selDari(pagu), selDari(ra)], {
          penyebab: () => {
            const kembar = b.t.baris.find((o) => o !== b.b && [...o.angka.values()].some((x) => x.col === sisa.col && x.nilai === sisa.nilai));
            return kembar ? `Angka ini sama dengan sisa ${pendek(kembar.nama, 40)} di ${rujukan({ sheet: b.t.sheet, cell: a1(kembar.row, sisa.col) })}: tampaknya tersalin dari baris lain` : undefined;
          },
        });
      const e = get("efisiensi");
      if (e && pagu.nilai !== 0)
        p.rumus("EFISIENSI_HITUNG", e, ((pagu.nilai - ra.nilai) / pagu.nilai) * 100, `Efisiensi ${nama}`, `(${tampilA(pagu)} − ${tampilA(ra)}) ÷ ${tampilA(pagu)} × 100`, [selDari(e), selDari(pagu), selDari(ra)], {
          penyebab: () => {
            for (const { a } of lain("pagu"))
              for (const [atas, bawah] of [[a, pagu], [pagu, a]] as const)
                if (cocok(e, ((atas.nilai - ra.nilai) / bawah.nilai) * 100))
                  return `Angka ini sama dengan (${tampilA(atas)} − ${tampilA(ra)}) ÷ ${tampilA(bawah)} × 100: dua pagu yang berbeda dipakai (${rujukan(selDari(atas))} dan ${rujukan(selDari(bawah))})`;
            return undefined;
          },
        });
    }
    // Quarterly percentages added up into the annual figure.
    const tw = (["tw1", "tw2", "tw3", "tw4"] as const).map(get).filter((a): a is Angka => a !== undefined);
    const r = get("realisasi");
    if (r && tw.length >= 2 && (r.persen || tw.some((a) => a.persen) || /%|persen/i.test(b.b.satuan ?? ""))) {
      const jumlah = tw.reduce((s, a) => s + a.nilai, 0);
      const akhir = tw[tw.length - 1].nilai;
      if (Math.abs(jumlah - akhir) > setengah(r.desimal) && cocok(r, jumlah))
        p.tambah("PERSEN_DIJUMLAH", `Realisasi ${nama}: ${tampilA(r)}% adalah jumlah persentase triwulan (${tw.map(tampilA).join(" + ")}). Persentase tidak dijumlahkan; realisasi tahunan adalah nilai triwulan terakhir (${tampil(akhir, r.desimal)}%) atau dihitung ulang dari pembilang dan penyebutnya.`, [selDari(r), ...tw.map(selDari)], { tertulis: r.nilai, seharusnya: akhir, desimal: r.desimal });
    }
    // Yearly percentages added up into a realisasi "s.d." (to date) of a stock indicator.
    const sd = get("realisasi_sd");
    if (sd && y !== null && (sd.persen || isStockUnit(b.b.satuan))) {
      const tahunan = new Map<number, Angka>();
      for (const o of [b, ...padanan(b, grup, "realisasi")])
        for (const [key, a] of o.nilai) {
          const [isian, ty] = key.split("|");
          if (isian === "realisasi" && ty !== "" && Number(ty) <= y && a !== sd && !tahunan.has(Number(ty))) tahunan.set(Number(ty), a);
        }
      const tahun = [...tahunan.keys()].sort((u, v) => u - v);
      const jumlah = tahun.reduce((s, ty) => s + tahunan.get(ty)!.nilai, 0);
      const akhir = tahunan.get(y)?.nilai;
      if (tahun.length >= 2 && akhir !== undefined && cocok(sd, jumlah) && !cocok(sd, akhir))
        p.tambah("PERSEN_DIJUMLAH", `Realisasi s.d. ${y} ${nama}: ${tampilA(sd)} adalah jumlah realisasi ${tahun.join(", ")} (${tahun.map((ty) => tampilA(tahunan.get(ty)!)).join(" + ")}). Persentase tidak dijumlahkan antar tahun; realisasi s.d. tahun ini adalah nilai tahun ${y} (${tampil(akhir, sd.desimal)}).`, [selDari(sd), ...tahun.map((ty) => selDari(tahunan.get(ty)!))], { tertulis: sd.nilai, seharusnya: akhir, desimal: sd.desimal });
    }
    periksaKata(p, b, y, nama);
  }
}

/** A predikat that is a scale's label is checked by its scale above, not again as verdict words. */
function bukanLabelSkala(pred: BarisTabel["predikat"]): BarisTabel["predikat"] {
  return pred && Object.values(SKALA).some((sk) => sk.pita.some((x) => x.label.toLowerCase() === pred.teks.toLowerCase())) ? null : pred;
}

function polaritasDari(teks: string | null): "positif" | "negatif" | "rentang" {
  if (!teks) return "positif";
  if (/negatif|menurun|turun|rendah|minimi/i.test(teks)) return "negatif";
  if (/rentang|range|stabil/i.test(teks)) return "rentang";
  return "positif";
}

/** Words that state a verdict, with the range of capaian they require. */
const KATA: readonly { pola: RegExp; syarat: (c: number) => boolean; arti: string }[] = [
  { pola: /\b(tidak|belum)\s+(melampaui|melebihi)\b/i, syarat: (c) => c <= 100 + EPS, arti: "tidak melampaui target (≤ 100%)" },
  { pola: /\b(tidak|belum)\s+(mencapai|memenuhi|tercapai)\b|\btidak tercapai\b|\bdi bawah target\b/i, syarat: (c) => c < 100 - EPS, arti: "belum mencapai target (< 100%)" },
  { pola: /\b(melampaui|melebihi|di atas)\s+target\b/i, syarat: (c) => c > 100 + EPS, arti: "melampaui target (> 100%)" },
  { pola: /\b(tercapai|mencapai target|memenuhi target|sesuai target)\b/i, syarat: (c) => c >= 100 - EPS, arti: "mencapai target (≥ 100%)" },
];

function periksaKata(p: Pemeriksa, b: Baris, y: number | null, nama: string): void {
  const c = b.nilai.get(k("capaian", y));
  const t = b.nilai.get(k("target", y));
  const r = b.nilai.get(k("realisasi", y));
  const nilai = c?.nilai ?? (t && r && t.nilai !== 0 ? (r.nilai / t.nilai) * 100 : undefined);
  if (nilai === undefined) return;
  // A predikat of a ratio scale ("Sangat Baik", "Tinggi"…) must be the band the capaian falls in, on a scale that has it.
  const pred = b.b.predikat;
  if (pred) {
    const skala = Object.values(SKALA).filter((sk) => sk.masukan === "rasio" && sk.pita.some((x) => x.label.toLowerCase() === pred.teks.toLowerCase()));
    const pita = skala.map((sk) => pitaUntuk(nilai / 100, sk)).filter((x) => !isSakipError(x)).map((x) => (x as { label: string }).label);
    if (skala.length > 0 && pita.length > 0 && !pita.some((l) => l.toLowerCase() === pred.teks.toLowerCase())) {
      const sel = { sheet: b.t.sheet, cell: a1(b.b.row, pred.col) };
      p.tambah("KATA_BERTENTANGAN", `${nama}: predikat "${pred.teks}", padahal capaian ${tampil(nilai, 2)}% pada skala ${skala.map((sk) => sk.id).join("/")} berpredikat "${[...new Set(pita)].join("/")}".`, [sel, ...(c ? [selDari(c)] : [])], { tertulis: nilai });
    }
  }
  for (const teks of [b.b.keterangan, bukanLabelSkala(b.b.predikat)]) {
    if (!teks) continue;
    const kata = KATA.find((x) => x.pola.test(teks.teks));
    if (!kata || kata.syarat(nilai)) continue;
    const sel = { sheet: b.t.sheet, cell: a1(b.b.row, teks.col) };
    p.tambah("KATA_BERTENTANGAN", `${nama}: tertulis "${pendek(teks.teks, 50)}" (artinya ${kata.arti}), padahal capaiannya ${tampil(nilai, 2)}%.`, [sel, ...(c ? [selDari(c)] : [])], { tertulis: nilai });
  }
  // "terdapat efisiensi anggaran" with nothing left of the budget.
  const sisa = b.nilai.get(k("sisa", y));
  const ket = b.b.keterangan;
  if (ket && sisa && /\bterdapat (efisiensi|efesiensi)\b/i.test(ket.teks) && Math.abs(sisa.nilai) < 0.5)
    p.tambah("KATA_BERTENTANGAN", `${nama}: keterangan menyebut efisiensi anggaran, padahal sisanya Rp 0.`, [{ sheet: b.t.sheet, cell: a1(b.b.row, ket.col) }, selDari(sisa)], { tertulis: 0, desimal: 0 });
}

/** Parents against their children and totals/averages against their parts, within one table. */
function periksaSusunan(p: Pemeriksa, rows: readonly Baris[]): void {
  const isianDi = new Set(rows.flatMap((b) => [...b.nilai.keys()]));
  // Parents: every row with a level against the rows one level below it.
  rows.forEach((b, i) => {
    const L = b.b.tingkat;
    if (L === null || L >= 3) return;
    const anakIdx: number[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const t = rows[j].b.tingkat;
      if (t === null || t <= L) break;
      if (t === L + 1) anakIdx.push(j);
    }
    const anak = anakIdx.map((j) => rows[j]);
    if (anak.length === 0) return;
    for (const key of isianDi) {
      const isian = key.split("|")[0] as Isian;
      if (!ISIAN_RUPIAH.has(isian)) continue;
      // Sisa follows from pagu and realisasi; its own arithmetic is checked per row.
      if (isian === "sisa" && b.nilai.has(key.replace("sisa", "pagu"))) continue;
      const induk = b.nilai.get(key);
      const bagian = anak.map((a) => a.nilai.get(key));
      if (!induk || bagian.some((x) => x === undefined)) continue;
      p.diperiksa++;
      const jumlah = bagian.reduce((s, x) => s + x!.nilai, 0);
      if (Math.abs(jumlah - induk.nilai) <= 0.5) continue;
      // The parent may be right and one child's own total wrong: the same difference, the other way.
      const asal = anakIdx.find((j) => Math.abs(selisihAnak(rows, j, key) + (induk.nilai - jumlah)) <= 0.5);
      p.tambah("JUMLAH_INDUK", `${NAMA_ISIAN[isian][0].toUpperCase()}${NAMA_ISIAN[isian].slice(1)} ${pendek(b.b.nama)}: tertulis ${tampilA(induk)}, jumlah ${anak.length} ${L === 0 ? "program" : L === 1 ? "kegiatan" : "sub kegiatan"} di bawahnya ${tampil(jumlah, 0)} (selisih ${tampil(induk.nilai - jumlah, 0)}).`, [selDari(induk), ...bagian.map((x) => selDari(x!))], {
        tertulis: induk.nilai,
        seharusnya: jumlah,
        desimal: 0,
        penyebab: asal !== undefined ? `Selisih ini berasal dari ${pendek(rows[asal].b.nama, 40)} (${rujukan(selDari(rows[asal].nilai.get(key)!))}), yang tidak sama dengan jumlah rinciannya` : undefined,
      });
    }
  });
  // Total and average rows against the rows above them (since the previous total), at the top level present.
  let awal = 0;
  rows.forEach((b, i) => {
    if (b.b.jenis === "item") return;
    const bagianRows = rows.slice(awal, i).filter((x) => x.b.jenis === "item");
    awal = i + 1;
    const puncak = Math.min(...bagianRows.map((x) => x.b.tingkat ?? 0));
    const atas = bagianRows.filter((x) => (x.b.tingkat ?? 0) === puncak);
    for (const [key, a] of b.nilai) {
      const isian = key.split("|")[0] as Isian;
      const bagian = atas.map((x) => x.nilai.get(key)).filter((x): x is Angka => x !== undefined);
      if (bagian.length < 2) continue;
      p.diperiksa++;
      const jumlah = bagian.reduce((s, x) => s + x.nilai, 0);
      const rata = jumlah / bagian.length;
      const persen = ISIAN_PERSEN.has(isian) || a.persen || bagian.some((x) => x.persen);
      const sel = [selDari(a), ...bagian.map(selDari)];
      if (persen && cocok(a, jumlah) && !cocok(a, rata)) {
        p.tambah("PERSEN_DIJUMLAH", `${pendek(b.b.nama)} (${NAMA_ISIAN[isian]}): ${tampilA(a)}% adalah jumlah ${bagian.length} persentase di atasnya. Persentase tidak dijumlahkan${isian === "serapan" ? "; serapan total = total realisasi ÷ total pagu" : "; gunakan rata-rata atau hitung dari angka dasarnya"}.`, sel, { tertulis: a.nilai, seharusnya: rata, desimal: a.desimal });
      } else if (b.b.jenis === "rata" && !cocok(a, rata)) {
        p.tambah("RATA_RATA", `${pendek(b.b.nama)} (${NAMA_ISIAN[isian]}): tertulis ${tampilA(a)}, rata-rata ${bagian.length} baris di atasnya ${tampil(rata, a.desimal)}.`, sel, { tertulis: a.nilai, seharusnya: rata, desimal: a.desimal });
      } else if (b.b.jenis === "jumlah" && !persen && Math.abs(a.nilai - jumlah) > setengah(a.desimal) + EPS) {
        p.tambah("JUMLAH_TOTAL", `${pendek(b.b.nama)} (${NAMA_ISIAN[isian]}): tertulis ${tampilA(a)}, jumlah ${bagian.length} baris di atasnya ${tampil(jumlah, a.desimal)} (selisih ${tampil(a.nilai - jumlah, a.desimal)}).`, sel, { tertulis: a.nilai, seharusnya: jumlah, desimal: a.desimal });
      }
    }
  });
}

/** A row's figure minus the sum of its children's (0 when it has none or they lack the figure). */
function selisihAnak(rows: readonly Baris[], i: number, key: string): number {
  const L = rows[i].b.tingkat;
  const induk = rows[i].nilai.get(key);
  if (L === null || !induk) return 0;
  let jumlah = 0;
  let ada = false;
  for (let j = i + 1; j < rows.length; j++) {
    const t = rows[j].b.tingkat;
    if (t === null || t <= L) break;
    if (t !== L + 1) continue;
    const x = rows[j].nilai.get(key);
    if (!x) return 0;
    jumlah += x.nilai;
    ada = true;
  }
  return ada ? induk.nilai - jumlah : 0;
}

/**
 * The sets of rows to compare for one item and field: all of them, unless rows name different indicators for
 * the item (3.5 and 3.6 measure a sub kegiatan by different indicators); then one set per indicator, each with
 * the rows that name none.
 */
function himpunanBanding(semua: readonly Baris[], isian: Isian): Baris[][] {
  // A name repeated within a table (the same sub kegiatan under two kegiatan): pair the n-th with the n-th.
  const perTabel = new Map<number, Baris[]>();
  for (const r of semua) (perTabel.get(r.tabel) ?? perTabel.set(r.tabel, []).get(r.tabel)!).push(r);
  const ulang = Math.max(...[...perTabel.values()].map((x) => x.length));
  if (ulang > 1) return Array.from({ length: ulang }, (_, n) => [...perTabel.values()].flatMap((x) => (x[n] ? [x[n]] : []))).flatMap((x) => himpunanIndikator(x, isian));
  return himpunanIndikator(semua, isian);
}

function himpunanIndikator(rows: readonly Baris[], isian: Isian): Baris[][] {
  const indikatorIsian = isian === "target" || isian === "realisasi" || isian === "capaian";
  const bernama = rows.filter((r) => r.b.indikator);
  const wakil: string[] = [];
  for (const r of bernama) if (!wakil.some((w) => samaIndikator(w, r.b.indikator!))) wakil.push(r.b.indikator!);
  if (!indikatorIsian || wakil.length <= 1) return [[...rows]];
  return wakil.map((w) => rows.filter((r) => !r.b.indikator || samaIndikator(w, r.b.indikator)));
}

/** Values of the same item, field and year stated differently in different tables. */
function periksaAntarTabel(p: Pemeriksa, grup: Map<Baris, Baris[]>): void {
  const dilihat = new Set<string>();
  for (const rows of new Set(grup.values())) {
    const keys = new Set(rows.flatMap((r) => [...r.nilai.keys()]));
    for (const key of keys) {
      const [isianS, ys] = key.split("|");
      const isian = isianS as Isian;
      for (const himpunan of himpunanBanding(rows.filter((r) => r.nilai.has(key)), isian)) {
        if (new Set(himpunan.map((r) => r.tabel)).size < 2) continue;
        const id = `${key}|${himpunan.map((r) => `${r.tabel}:${r.b.row}`).join(",")}`;
        if (dilihat.has(id)) continue;
        dilihat.add(id);
        bandingkan(p, himpunan.map((o) => ({ o, x: o.nilai.get(key)! })), isian, ys);
      }
    }
  }
}

function bandingkan(p: Pemeriksa, semuaPernyataan: { o: Baris; x: Angka }[], isian: Isian, ys: string): void {
  p.diperiksa += semuaPernyataan.length - 1;
  // A percentage consistent with its own row follows its inputs; a difference there is reported on the inputs.
  const pernyataan = ISIAN_PERSEN.has(isian) ? semuaPernyataan.filter((v) => !p.cekBaris.has(v.x)) : semuaPernyataan;
  if (pernyataan.length === 0) return;
  // Clusters of agreeing values, the most precise first.
  const urut = [...semuaPernyataan].sort((u, v) => v.x.desimal - u.x.desimal);
  const kelompok: { wakil: Angka; anggota: typeof urut; terpotong: boolean }[] = [];
  for (const v of urut) {
    // A percentage may be the same figure shown with fewer decimals (100,9 and 100,92); an input is a value
    // someone set or counted, so 21 and 21,21 are two different targets.
    const setara = (c: Angka) => (ISIAN_PERSEN.has(isian) ? cocok(v.x, c.nilai) || terpotong(v.x, c.nilai) : Math.abs(v.x.nilai - c.nilai) <= setengah(Math.max(v.x.desimal, c.desimal)) + EPS);
    const g = kelompok.find((c) => setara(c.wakil));
    if (g) {
      g.anggota.push(v);
      if (!cocok(v.x, g.wakil.nilai)) g.terpotong = true;
    } else kelompok.push({ wakil: v.x, anggota: [v], terpotong: false });
  }
  const relevan = kelompok.filter((c) => c.anggota.some((v) => pernyataan.includes(v)));
  const b = semuaPernyataan[0].o;
  const nama = `${pendek(b.b.nama)}, ${NAMA_ISIAN[isian]}${ys ? ` ${ys}` : ""}`;
  const s = satuanIsian(isian);
  const daftar = (c: (typeof kelompok)[number]) => `${tampilA(c.wakil)}${s} (${c.anggota.map((v) => rujukan(selDari(v.x))).join(", ")})`;
  if (kelompok.length > 1 && relevan.length > 0) {
    const utama = [...kelompok].sort((u, v) => v.anggota.length - u.anggota.length)[0];
    const seri = kelompok.filter((c) => c.anggota.length === utama.anggota.length).length > 1;
    // The cells that differ from the most-stated value first: they are the ones to look at.
    const pos = (c: (typeof kelompok)[number]) => Math.min(...c.anggota.map((v) => semuaPernyataan.indexOf(v)));
    const urutSel = seri ? [...kelompok].sort((u, v) => pos(u) - pos(v)) : [...kelompok.filter((c) => c !== utama), utama];
    p.tambah("ANTAR_TABEL", `${nama} berbeda antar tabel: ${kelompok.map(daftar).join(" dan ")}.`, urutSel.flatMap((c) => c.anggota.map((v) => selDari(v.x))), {
      tertulis: urutSel[0].wakil.nilai,
      seharusnya: seri ? undefined : utama.wakil.nilai,
      desimal: Math.max(...kelompok.map((c) => c.wakil.desimal)),
      penyebab: seri ? "Tidak ada nilai yang lebih sering tertulis; periksa sumber datanya" : `Nilai yang paling sering tertulis: ${tampilA(utama.wakil)}${s}`,
    });
    return;
  }
  const g = kelompok.find((c) => c.terpotong && c.anggota.some((v) => pernyataan.includes(v)));
  if (g)
    p.tambah("PEMBULATAN_TERPOTONG", `${nama}: ${g.anggota.map((v) => `${tampilA(v.x)}${s} (${rujukan(selDari(v.x))})`).join(", ")} — nilai yang sama, sebagian dipotong, bukan dibulatkan.`, g.anggota.map((v) => selDari(v.x)), {
      tertulis: g.anggota[g.anggota.length - 1].x.nilai,
      seharusnya: g.wakil.nilai,
      desimal: g.wakil.desimal,
      penyebab: "Angka dipotong, bukan dibulatkan",
    });
}

/** Capaian above 150%: one finding per item and year, naming every cell that states it. */
function periksaTinggi(p: Pemeriksa, semua: readonly Baris[], grup: Map<Baris, Baris[]>): void {
  const sudah = new Set<Angka>();
  for (const b of semua) {
    for (const [key, a] of b.nilai) {
      if (!key.startsWith("capaian|") || a.nilai <= BATAS_TINGGI || sudah.has(a)) continue;
      const sel = [b, ...padanan(b, grup, "capaian")].map((o) => o.nilai.get(key)).filter((x): x is Angka => x !== undefined && x.nilai > BATAS_TINGGI);
      sel.forEach((x) => sudah.add(x));
      const ys = key.split("|")[1];
      p.tambah("CAPAIAN_TINGGI", `Capaian ${pendek(b.b.nama)}${ys ? ` ${ys}` : ""} ${tampilA(a)}% melebihi 150%: periksa apakah targetnya terlalu rendah atau realisasinya keliru.`, sel.map(selDari), { tertulis: a.nilai, desimal: a.desimal });
    }
  }
}

/** Sentences of the report's prose that state a capaian: their verdict words, and the tables' figure. */
function periksaUraian(p: Pemeriksa, grids: readonly Grid[], semua: readonly Baris[], tahun: number | null): void {
  const entitas = semua.flatMap((b) => [b.entitas, b.b.indikator ? kunciEntitas(b.b.indikator) : null]).filter((e): e is string => e !== null);
  for (const s of kalimatCapaian(grids, entitas)) {
    if (!s.capaian) continue;
    const sel = { sheet: s.sheet, cell: a1(s.row, s.col) };
    const c: Angka = { ...s.capaian, persen: true, sheet: s.sheet, row: s.row, col: s.col };
    const kata = KATA.find((x) => x.pola.test(s.teks));
    const kutipan = pendek(s.teks, 90);
    if (kata && !kata.syarat(c.nilai)) p.tambah("KATA_BERTENTANGAN", `Uraian "${kutipan}": menyatakan ${kata.arti}, padahal capaian yang disebut ${tampilA(c)}%.`, [sel], { tertulis: c.nilai, desimal: c.desimal });
    if (!s.entitas) continue;
    // A sentence about another year ("Dibandingkan tahun 2022 … capaian 310,01%") is checked against that year.
    const y = s.tahun ?? tahun;
    const key = k("capaian", y);
    const baris = semua.filter((b) => b.nilai.has(key) && (b.entitas && sama(b.entitas, s.entitas!) || (b.b.indikator && sama(kunciEntitas(b.b.indikator), s.entitas!))));
    if (baris.length === 0) continue;
    const tabel = baris.map((b) => b.nilai.get(key)!);
    if (tabel.some((t) => cocok(c, t.nilai) || cocok(t, c.nilai))) continue;
    const nama = pendek(baris[0].b.nama);
    const daftar = [...new Set(tabel.map((t) => tampilA(t)))].join(" / ");
    const selTabel = tabel.map(selDari);
    // Computed from the unrounded realisasi of a row whose realisasi is printed rounded (60/165 → 36,36%).
    const asal = baris.find((b) => {
      const r = b.nilai.get(k("realisasi", y));
      const t = b.nilai.get(k("target", y));
      if (!r || !t || t.nilai === 0 || r.desimal < 1) return false;
      const h = setengah(r.desimal);
      return c.nilai >= ((r.nilai - h) / t.nilai) * 100 - setengah(c.desimal) && c.nilai <= ((r.nilai + h) / t.nilai) * 100 + setengah(c.desimal);
    });
    if (asal) {
      const r = asal.nilai.get(k("realisasi", y))!;
      const t = asal.nilai.get(k("target", y))!;
      p.tambah("PEMBULATAN_ANTARA", `Uraian menyebut capaian ${nama} ${tampilA(c)}%, tabel ${daftar}% (${selTabel.map(rujukan).join(", ")}). ${tampilA(c)}% dihitung dari realisasi sebelum dibulatkan; dari realisasi yang tertulis ${tampilA(r)} ÷ ${tampilA(t)} × 100 = ${tampil((r.nilai / t.nilai) * 100, c.desimal)}%. Samakan angkanya.`, [sel, ...selTabel], { tertulis: c.nilai, seharusnya: (r.nilai / t.nilai) * 100, desimal: c.desimal, penyebab: "Dihitung dari angka antara yang berbeda pembulatannya" });
    } else {
      p.tambah("ANTAR_TABEL", `Uraian menyebut capaian ${nama} ${tampilA(c)}%, tabel menyatakan ${daftar}% (${selTabel.map(rujukan).join(", ")}).`, [sel, ...selTabel], { tertulis: c.nilai, seharusnya: tabel[0].nilai, desimal: c.desimal });
    }
  }
}
