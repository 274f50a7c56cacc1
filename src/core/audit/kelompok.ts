/**
 * The rows of every table as statements about items, and which rows, across tables, are about the same item:
 * names equal after normalisation or a near-miss no single table contradicts; per field, the rows that name the
 * same indicator.
 */
import { mirip, normalNama } from "../read/join";
import { tahunTerakhir } from "../read/columns";
import { tingkatKode } from "../read/kode";
import { isStockUnit } from "../read/values";
import { kedalaman } from "../tabel";
import { AngkaTertulis, BarisTabel, Isian, TabelLaporan } from "./tabel";
import { pendek } from "./temuan";

/** Above this many candidate names for a near-miss, only names sharing both first and last word are tried. */
const BATAS_CALON = 200;

/** A row of a table with its figures keyed by (isian, resolved year). */
export interface Baris {
  readonly tabel: number;
  readonly t: TabelLaporan;
  readonly b: BarisTabel;
  readonly nilai: Map<string, AngkaTertulis>;
  /** The entity the row is about (program/kegiatan name, else indicator), normalised; null when unnamed. */
  readonly entitas: string | null;
  /**
   * Which unit the table is about, when the workbook holds the same table for several units (one sheet per SKPD,
   * each titled with its own name): rows of different units are never the same item. "" otherwise.
   */
  readonly lingkup: string;
  /**
   * The row's ancestors in its table (agency › program › kegiatan), names normalised, when the table has levels;
   * null when it has none (a flat table) or the row's level is unknown.
   */
  readonly induk: string | null;
  /**
   * The organisation the row falls under in its table: the last unit row above it ("1.02.0.00.0.00.01.0000 DINAS
   * KESEHATAN", "UPTD PUSKESMAS …", "RSUD …"), normalised; null when the table names none.
   */
  readonly unit: string | null;
}

const tandaKepala = (t: TabelLaporan) => JSON.stringify([t.kolom.map((c) => [c.label, c.isian]), t.teks]);

/**
 * Per table: its unit's title lines when another sheet holds the same table of the same report for another unit —
 * the same header, the same first title line ("LAPORAN REALISASI FISIK DAN KEUANGAN"), a later line different
 * ("KECAMATAN BANJARMASIN TIMUR"); else "". Tables of one report ("Tabel 3.1 …", "Tabel 3.2 …") differ in their
 * first line and stay comparable.
 */
function lingkupTabel(tables: readonly TabelLaporan[]): string[] {
  const tanda = tables.map(tandaKepala);
  const unitLain = (t: TabelLaporan, o: TabelLaporan) => {
    if (o.sheet === t.sheet || t.judulBaris.length < 2 || o.judulBaris[0] !== t.judulBaris[0]) return false;
    const beda = t.judulBaris.filter((x, i) => x !== o.judulBaris[i]);
    return beda.length > 0 && !beda.some((x) => /^tabel\b/i.test(x));
  };
  return tables.map((t, i) =>
    tables.some((o, j) => j !== i && tanda[j] === tanda[i] && unitLain(t, o)) ? t.judulBaris.join("\n") : "",
  );
}

export const kunciIsian = (isian: Isian, tahun: number | null) => `${isian}|${tahun ?? ""}`;

export function tahunLaporan(tables: readonly TabelLaporan[]): number | null {
  let best = 0;
  // The year of the figures themselves; a Renstra end target or a running total names a later year.
  const tahunan = new Set<Isian>([
    "target",
    "realisasi",
    "capaian",
    "pagu",
    "realisasi_anggaran",
    "serapan",
    "tw1",
    "tw2",
    "tw3",
    "tw4",
  ]);
  for (const t of tables)
    for (const kol of t.kolom)
      if (kol.tahun && tahunan.has(kol.isian) && !/s\s*[./]?\s*d\b|sampai/i.test(kol.label))
        best = Math.max(best, kol.tahun);
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

export function kunciEntitas(nama: string): string {
  return normalNama(nama)
    .replace(/^(sub kegiatan|kegiatan)\s+/, "")
    .replace(
      /\busaha mikro kecil (dan )?menengah\b|\busaha menengah usaha kecil (dan )?usaha mikro( umkm)?\b/g,
      "umkm",
    );
}

/** Names that denote the same item: equal after normalisation, a near-miss, or one the other's first words. */
export function sama(a: string, b: string): boolean {
  if (a === b || mirip(a, b)) return true;
  const [x, y] = a.length < b.length ? [a, b] : [b, a];
  return x.split(" ").length >= 2 && y.startsWith(`${x} `);
}

/**
 * Rows grouped by the item they describe, across tables. A near-miss joins two names only when no table holds
 * both (siblings like "Penerangan Jalan Desa" and "… Kota" stay apart). Candidates are looked up by first and
 * last word, so a large report is not compared name by name.
 */
export function kelompokkan(semua: readonly Baris[]): Map<Baris, Baris[]> {
  const anggota = new Map<string, Baris[]>();
  const namaTabel = new Map<number, Set<string>>();
  for (const b of semua)
    if (b.entitas) (namaTabel.get(b.tabel) ?? namaTabel.set(b.tabel, new Set()).get(b.tabel)!).add(b.entitas);
  const perTabel = [...namaTabel.values()];
  const berdampingan = (x: string, y: string) => perTabel.some((n) => n.has(x) && n.has(y));
  const indeks = new Map<string, Set<string>>();
  // Names are matched within one unit's tables: keys are the unit's title, a separator no name holds, the name.
  const SEP = "\u0000";
  const nama = (key: string) => key.slice(key.indexOf(SEP) + 1);
  const kata = (key: string) => {
    const lingkup = key.slice(0, key.indexOf(SEP) + 1);
    const w = nama(key).split(" ");
    return [`${lingkup}^${w[0]}`, `${lingkup}$${w[w.length - 1]}`];
  };
  for (const b of semua) {
    if (!b.entitas) continue;
    const e = `${b.lingkup}${SEP}${b.entitas}`;
    let key = anggota.has(e) ? e : undefined;
    if (key === undefined) {
      const [awal, akhir] = kata(e).map((w) => indeks.get(w) ?? new Set<string>());
      // Usually a handful of names share a first or last word; in a long list of "Kegiatan …" rows, both.
      const [kecil, besar] = awal.size <= akhir.size ? [awal, akhir] : [akhir, awal];
      const calon =
        awal.size + akhir.size > BATAS_CALON
          ? [...kecil].filter((x) => besar.has(x))
          : [...new Set([...awal, ...akhir])];
      // A generic name ("Belanja Barang" / "Belanja Barang dan Jasa") joins only its exact equal.
      const cocokNama = UMUM.test(b.entitas)
        ? []
        : calon.filter((x) => !berdampingan(nama(x), b.entitas!) && !UMUM.test(nama(x)) && sama(nama(x), b.entitas!));
      key = cocokNama.length === 1 ? cocokNama[0] : e;
    }
    if (!anggota.has(key)) {
      anggota.set(key, []);
      for (const w of kata(key)) (indeks.get(w) ?? indeks.set(w, new Set()).get(w)!).add(key);
    }
    anggota.get(key)!.push(b);
  }
  // Rows of one unit with the same kode are the same item whatever their names ("Perencanaan Perangkat Daerah" and
  // "Perencanaan, Penganggaran dan Evaluasi" under 1.02.01.2.01): their groups are joined.
  const grupKode = new Map<string, Baris[]>();
  const gabung = new Map<Baris[], Baris[]>();
  const akar = (g: Baris[]): Baris[] => {
    let x = g;
    while (gabung.has(x)) x = gabung.get(x)!;
    return x;
  };
  for (const rows of anggota.values())
    for (const b of rows) {
      if (!b.b.kode) continue;
      const k = `${b.lingkup}${SEP}${b.b.kode}`;
      const ada = grupKode.get(k);
      if (!ada) grupKode.set(k, rows);
      else if (akar(ada) !== akar(rows)) gabung.set(akar(rows), akar(ada));
    }
  const satu = new Map<Baris[], Baris[]>();
  for (const rows of anggota.values()) {
    const r = akar(rows);
    if (!satu.has(r)) satu.set(r, []);
    satu.get(r)!.push(...rows);
  }
  const out = new Map<Baris, Baris[]>();
  for (const rows of satu.values()) for (const b of rows) out.set(b, rows);
  return out;
}

/** Two indicator names for the same measure: the same item by `sama`, or nearly the same words (≥ 75% shared). */
export function samaIndikator(a: string, b: string): boolean {
  const [x, y] = [normalNama(a), normalNama(b)];
  if (sama(x, y)) return true;
  const [u, v] = [new Set(x.split(" ")), new Set(y.split(" "))];
  const bersama = [...u].filter((w) => v.has(w)).length;
  return bersama / new Set([...u, ...v]).size >= 0.75;
}

/** Other tables' rows about the same item, whose indicator (when both name one) is the same. */
export function padanan(b: Baris, grup: Map<Baris, Baris[]>, isian: Isian): Baris[] {
  const indikatorIsian = isian === "target" || isian === "realisasi" || isian === "capaian";
  return (grup.get(b) ?? []).filter(
    (o) =>
      o.tabel !== b.tabel &&
      (!indikatorIsian || !b.b.indikator || !o.b.indikator || samaIndikator(b.b.indikator, o.b.indikator)),
  );
}

export function namaBaris(b: Baris, tahun: number | null | undefined): string {
  const y = tahun ? ` ${tahun}` : "";
  return `${pendek(b.b.nama ?? b.b.sasaran)}${y}`;
}

/**
 * The sets of rows to compare for one item and field: all of them, unless rows name different indicators for
 * the item (3.5 and 3.6 measure a sub kegiatan by different indicators); then one set per indicator, each with
 * the rows that name none.
 */
export function himpunanBanding(semua: readonly Baris[], isian: Isian): Baris[][] {
  // Hidden rows (a filter, a hidden copy) are not data to compare. Nor are rekening rows ("5.1.02.01.01.0024"): the
  // same account under another sub kegiatan (one sheet per sub kegiatan of an anggaran kas) is another item.
  const rows = semua.filter((r) => !r.b.tersembunyi && !(r.b.kode && kodeRekening(r.b.kode)));
  // Rows under different organisations are different items (rows of a table naming none prove nothing then); with
  // one organisation named, the rows of tables naming none join it.
  const unit = new Set(rows.flatMap((r) => (r.unit ? [r.unit] : [])));
  if (unit.size > 1)
    return [...unit].flatMap((u) =>
      himpunanBanding(
        rows.filter((r) => r.unit === u),
        isian,
      ),
    );
  // Rows with different kode are different items, whatever their names; a row without kode joins the one kode there is.
  const kode = new Set(rows.flatMap((r) => (r.b.kode ? [r.b.kode] : [])));
  if (kode.size > 1)
    return [...kode].flatMap((k) =>
      himpunanSatu(
        rows.filter((r) => r.b.kode === k),
        isian,
      ),
    );
  return himpunanSatu(rows, isian);
}

/** An account of the chart, a group ("5.1.02") or a detail ("5.1.02.01.01.0024"): one digit after the first. */
function kodeRekening(kode: string): boolean {
  return /^[4-6]\.\d(\.\d+)+$/.test(kode) || tingkatKode(kode) === "rincian";
}

/**
 * Rows of one name (and one kode, if any). A name repeated within a table (a program under each unit of a SIPD
 * rekap, "Belanja Barang dan Jasa" under every sub kegiatan) or a generic name is the same item only under the same
 * parents; rows whose parents are unknown prove nothing and are not compared.
 */
function himpunanSatu(rows: readonly Baris[], isian: Isian): Baris[][] {
  const perTabel = new Map<number, number>();
  for (const r of rows) perTabel.set(r.tabel, (perTabel.get(r.tabel) ?? 0) + 1);
  const ulang = Math.max(0, ...perTabel.values());
  const kodeSemua = rows.length > 0 && rows.every((r) => r.b.kode !== null);
  if (ulang <= 1 && (kodeSemua || !rows.some(namaUmum))) return himpunanIndikator(rows, isian);
  const perInduk = new Map<string, Baris[]>();
  for (const r of rows)
    if (r.induk !== null && r.induk !== "") (perInduk.get(r.induk) ?? perInduk.set(r.induk, []).get(r.induk)!).push(r);
  return [...perInduk.values()]
    .filter((x) => new Set(x.map((r) => r.tabel)).size === x.length)
    .flatMap((x) => himpunanIndikator(x, isian));
}

/** A row naming an organisation: an SKPD's kode (x.xx.x.xx.x.xx.nn.nnnn) or an organisation word first. */
export function barisUnit(nama: string): boolean {
  return (
    /^\d+\.\d{2}\.\d+\.\d{2}\.\d+\.\d{2}\.\d{2}\.\d{4}\b/.test(nama.trim()) ||
    /^(dinas|badan|rsud|rumah sakit|uptd|puskesmas|kecamatan|kelurahan|sekretariat|inspektorat|satuan polisi|kantor)\b/i.test(
      nama.trim(),
    )
  );
}

/**
 * Names that many items share: rekening (Belanja Pegawai, Belanja Barang dan Jasa, Belanja Modal …), Jumlah/Total,
 * Pendapatan. Alone they prove nothing about which item a row is.
 */
const UMUM =
  /^(belanja|jumlah|total|sub total|subtotal|pendapatan|pembiayaan|penerimaan|pengeluaran|honorarium|perjalanan dinas|lain lain|lainnya|operasi|modal|barang dan jasa|pegawai)\b/;
export function namaUmum(b: Baris): boolean {
  return b.entitas !== null && UMUM.test(b.entitas);
}

function himpunanIndikator(rows: readonly Baris[], isian: Isian): Baris[][] {
  const indikatorIsian = isian === "target" || isian === "realisasi" || isian === "capaian";
  const bernama = rows.filter((r) => r.b.indikator);
  const wakil: string[] = [];
  for (const r of bernama) if (!wakil.some((w) => samaIndikator(w, r.b.indikator!))) wakil.push(r.b.indikator!);
  if (!indikatorIsian || wakil.length <= 1) return [[...rows]];
  return wakil.map((w) => rows.filter((r) => !r.b.indikator || samaIndikator(w, r.b.indikator)));
}

/** Every row of every table, its figures keyed by (isian, year) with the report's year filled in. */
export function susunBaris(tables: readonly TabelLaporan[], tahun: number | null): Baris[] {
  const semua: Baris[] = [];
  const lingkup = lingkupTabel(tables);
  tables.forEach((t, i) => {
    const res = resolusi(t, tahun);
    const leluhur: { tingkat: number; nama: string }[] = [];
    let unit: string | null = null;
    for (const b of t.baris) {
      if (b.jenis === "item" && b.nama && barisUnit(b.nama)) unit = kunciEntitas(b.nama);
      let induk: string | null = null;
      if (b.tingkat !== null && b.jenis === "item") {
        const d = kedalaman(b.tingkat);
        while (leluhur.length > 0 && leluhur[leluhur.length - 1].tingkat >= d) leluhur.pop();
        induk = leluhur.map((x) => x.nama).join(" › ");
        leluhur.push({ tingkat: d, nama: b.kode ?? kunciEntitas(b.nama ?? "") });
      }
      const nilai = new Map<string, AngkaTertulis>();
      for (const a of b.angka) {
        const r = res.get(a.col)!;
        nilai.set(kunciIsian(r.isian, r.tahun), a);
      }
      // For a stock (%, indeks, nilai) the realisasi to date is the year's own; for a flow it is a running total.
      for (const [key, a] of [...nilai]) {
        const [isian, y] = key.split("|");
        if (isian === "realisasi_sd" && (a.persen || isStockUnit(b.satuan)) && !nilai.has(`realisasi|${y}`))
          nilai.set(`realisasi|${y}`, a);
      }
      semua.push({
        tabel: i,
        t,
        b,
        nilai,
        entitas: b.nama && b.jenis === "item" ? kunciEntitas(b.nama) : null,
        lingkup: lingkup[i],
        induk,
        unit,
      });
    }
  });
  return semua;
}
