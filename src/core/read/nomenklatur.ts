/**
 * The nomenclature as a lookup: a name (or kode) → its kode and level. Built in: the table typed from the
 * regulation (nomenklatur-dasar.ts). Added by the user: the list their agency has from SIPD, in its usual layouts —
 * a sheet whose level cells are "kode name" (BIDANG | PROGRAM | KEGIATAN | SUBKEGIATAN), a sheet with a kode column
 * beside a name column, or the `;`-separated text export.
 */
import { Grid, text } from "../grid";
import { normalNama } from "./join";
import { TingkatKode as Tingkat, kodeBersama, pisahKode, tingkatKode } from "./kode";
import {
  BIDANG_URUSAN,
  KEGIATAN_PENUNJANG,
  PROGRAM_PENUNJANG,
  SUB_KEGIATAN_PENUNJANG,
  URUSAN,
} from "./nomenklatur-dasar";

export interface EntriNomenklatur {
  readonly kode: string;
  readonly tingkat: Tingkat;
  readonly nama: string;
}

export class Nomenklatur {
  private readonly byNama = new Map<string, EntriNomenklatur[]>();
  private readonly byKode = new Map<string, EntriNomenklatur>();

  constructor(entries: Iterable<EntriNomenklatur> = []) {
    this.tambah(entries);
  }

  /** The table typed from the regulation. */
  static dasar(): Nomenklatur {
    const entries: EntriNomenklatur[] = [
      ...URUSAN.map(([kode, nama]) => ({ kode, tingkat: "urusan" as const, nama })),
      ...BIDANG_URUSAN.map(([kode, nama]) => ({ kode, tingkat: "bidang_urusan" as const, nama })),
      { kode: "X.XX.01", tingkat: "program", nama: PROGRAM_PENUNJANG },
      { kode: "X.XX.01", tingkat: "program", nama: PROGRAM_PENUNJANG.replace("KABUPATEN/KOTA", "PROVINSI") },
      ...KEGIATAN_PENUNJANG.map(([kode, nama]) => ({ kode: `X.XX.${kode}`, tingkat: "kegiatan" as const, nama })),
      ...SUB_KEGIATAN_PENUNJANG.map(([kode, nama]) => ({
        kode: `X.XX.${kode}`,
        tingkat: "sub_kegiatan" as const,
        nama,
      })),
    ];
    return new Nomenklatur(entries);
  }

  tambah(entries: Iterable<EntriNomenklatur>): this {
    for (const e of entries) {
      const key = kunci(e.nama);
      if (key === "") continue;
      const list = this.byNama.get(key) ?? [];
      if (!list.some((x) => x.kode === e.kode && x.tingkat === e.tingkat)) list.push(e);
      this.byNama.set(key, list);
      if (!this.byKode.has(e.kode)) this.byKode.set(e.kode, e);
    }
    return this;
  }

  get size(): number {
    return this.byKode.size;
  }

  /** Entries whose name is this one (case, spacing and punctuation aside). */
  cariNama(nama: string): readonly EntriNomenklatur[] {
    return this.byNama.get(kunci(nama)) ?? [];
  }

  samaNama(a: string, b: string): boolean {
    return kunci(a) === kunci(b);
  }

  /** The level a name has in the nomenclature, when every entry of that name agrees. */
  tingkatNama(nama: string): Tingkat | undefined {
    const levels = new Set(this.cariNama(nama).map((e) => e.tingkat));
    return levels.size === 1 ? [...levels][0] : undefined;
  }

  /** The entry of a kode; a shared item is found under its X.XX form too. */
  cariKode(kode: string): EntriNomenklatur | undefined {
    return this.byKode.get(kode) ?? this.cariBersama(kode) ?? this.cariLama(kode);
  }

  /** A shared item under its own urusan ("2.17.01.2.01" is "X.XX.01.2.01"). */
  private cariBersama(kode: string): EntriNomenklatur | undefined {
    const shared = kodeBersama(kode);
    return shared ? this.byKode.get(shared) : undefined;
  }

  /** An old 2-digit sub kegiatan tail ("…2.01.01") is the new 4-digit one ("…2.01.0001"). */
  private cariLama(kode: string): EntriNomenklatur | undefined {
    const last = kode.lastIndexOf(".");
    if (kode.length - last !== 3 || kode.split(".").length !== 6) return undefined;
    const padded = `${kode.slice(0, last)}.00${kode.slice(last + 1)}`;
    return this.byKode.get(padded) ?? this.cariBersama(padded);
  }
}

/**
 * Where a row is carried out, appended to its name: "… (Kecamatan Banjarmasin Tengah)", "… (Kelurahan Melayu)",
 * "…(Kel. Mawar)", "… (Desa X)" — one sub kegiatan written once per kelurahan by a kecamatan.
 */
export const LOKASI_DI_NAMA = /\s*\((kecamatan|kelurahan|kel\.|kec\.|desa)\s[^()]*\)\s*$/i;

/**
 * Name key: normalised, with the words "urusan pemerintahan bidang", a kabupaten/kota/provinsi tail and a place
 * in brackets at the end (LOKASI_DI_NAMA) ignored.
 */
function kunci(nama: string): string {
  return normalNama(nama.replace(LOKASI_DI_NAMA, "").replace(/\burusan pemerintahan bidang\b/i, ""))
    .replace(/ (kabupaten kota|provinsi)$/, "")
    .trim();
}

/** Entries from a sheet: every "kode name" cell, or a kode column beside a name column. */
export function nomenklaturDariGrid(grid: Grid): EntriNomenklatur[] {
  const out: EntriNomenklatur[] = [];
  for (const row of grid.values) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const { kode, nama } = pisahKode(v);
      if (kode) {
        const tingkat = tingkatKode(kode);
        if (tingkat && tingkat !== "rincian") out.push({ kode, tingkat, nama });
        continue;
      }
      // A kode cell followed by its name.
      const next = row[c + 1];
      const k = v.trim();
      const tingkat = tingkatKode(k);
      if (tingkat && tingkat !== "rincian" && typeof next === "string" && /[a-z]/i.test(next))
        out.push({ kode: k.toUpperCase(), tingkat, nama: text(next) });
    }
  }
  return out;
}

/** Entries from the `;`-separated text export (quoted names may hold line breaks; a BOM and blank lines are skipped). */
export function nomenklaturDariTeks(isi: string): EntriNomenklatur[] {
  const out: EntriNomenklatur[] = [];
  for (const fields of csvRows(isi.replace(/^\uFEFF/, ""), isi.includes(";") ? ";" : ",")) {
    for (let i = 0; i < fields.length; i++) {
      const k = fields[i].trim();
      const tingkat = tingkatKode(k);
      if (!tingkat || tingkat === "rincian") {
        const glued = pisahKode(k);
        const t = glued.kode ? tingkatKode(glued.kode) : undefined;
        if (glued.kode && t && t !== "rincian") out.push({ kode: glued.kode, tingkat: t, nama: glued.nama });
        continue;
      }
      const nama = fields.slice(i + 1).find((f) => /[a-z]/i.test(f) && tingkatKode(f.trim()) === undefined);
      if (nama) out.push({ kode: k.toUpperCase(), tingkat, nama: nama.replace(/\s+/g, " ").trim() });
      break;
    }
  }
  return out;
}

/** RFC 4180 rows: quoted fields may hold the separator, doubled quotes and line breaks. */
export function csvRows(isi: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < isi.length; i++) {
    const ch = isi[i];
    if (quoted) {
      if (ch === '"' && isi[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && isi[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * A sheet that is a nomenclature list (the SIPD export: level columns BIDANG | PROGRAM | KEGIATAN | SUBKEGIATAN
 * whose cells are "kode name", no amounts): its entries, or undefined when the sheet is something else.
 */
export function lembarNomenklatur(grid: Grid): EntriNomenklatur[] | undefined {
  const head = (grid.values[0] ?? []).map((v) => text(v).toLowerCase());
  const levels = head.filter((h) => /^(bidang|bidang urusan|urusan|program|kegiatan|sub ?kegiatan)$/.test(h)).length;
  if (levels < 3 || head.some((h) => /^(jumlah|pagu|anggaran|nilai|realisasi|total)\b/.test(h))) return undefined;
  const sample = grid.values
    .slice(1, 21)
    .flat()
    .filter((v): v is string => typeof v === "string");
  if (sample.filter((v) => pisahKode(v).kode !== null).length < sample.length / 4) return undefined;
  return nomenklaturDariGrid(grid);
}
