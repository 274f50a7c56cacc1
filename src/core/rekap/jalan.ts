/**
 * What every host of the rekap does around the core, written once for the CLI and the task pane: the period as a
 * user types it, a file that cannot be opened as a reading "tidak terbaca", readings from an earlier --json, and
 * which files of a folder are inputs. The rekap and its sheets are specRekap's (index.ts).
 */
import type { BacaanOpd } from "./jenis";
import { bulanTahunDariJudul } from "../read/judul";

export interface BulanRekap {
  readonly tahun: number;
  readonly bulan: number;
}

/** "2024-12", "12/2024", "Desember 2024", "TW IV 2024" → the rekap's month; null: not understood. */
export function periodeTeks(s: string): BulanRekap | null {
  const m = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(s) ?? /^\s*(\d{1,2})\/(\d{4})\s*$/.exec(s);
  if (m) {
    const [tahun, bulan] = m[1].length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    if (bulan >= 1 && bulan <= 12) return { tahun, bulan };
  }
  const p = bulanTahunDariJudul(s);
  return p ? { tahun: p.tahun, bulan: p.bulan } : null;
}

/** A file that could not be opened at all: one reading "tidak terbaca" with why, so it shows on the Kelengkapan. */
export function takTerbaca(berkas: string, id: string, en: string): BacaanOpd {
  return {
    berkas,
    sheet: "",
    nama: null,
    kode: null,
    periode: null,
    bentuk: "tak_terbaca",
    alasan: id,
    alasanEn: en,
    sub: [],
    temuan: [],
  };
}

/** The readings a `kinerja rekap --json` run wrote (its whole output, or a list of readings); else tidak terbaca. */
export function bacaanDariJson(berkas: string, teks: string): BacaanOpd[] {
  let data: unknown;
  try {
    data = JSON.parse(teks);
  } catch (e) {
    return [
      takTerbaca(berkas, `JSON tidak terbaca: ${(e as Error).message}`, `unreadable JSON: ${(e as Error).message}`),
    ];
  }
  const list = Array.isArray(data) ? data : (data as { bacaan?: unknown })?.bacaan;
  const sah = (b: unknown): b is BacaanOpd =>
    typeof b === "object" &&
    b !== null &&
    typeof (b as BacaanOpd).sheet === "string" &&
    Array.isArray((b as BacaanOpd).sub) &&
    (b as BacaanOpd).sub.every((s) => typeof s.pagu === "number" && typeof s.realisasi === "number");
  if (!Array.isArray(list) || !list.every(sah))
    return [
      takTerbaca(
        berkas,
        "JSON tanpa daftar bacaan OPD (keluaran kinerja rekap --json)",
        "JSON without OPD readings (the output of kinerja rekap --json)",
      ),
    ];
  return list;
}

export const MASUKAN = /\.(xlsx|xlsm|json)$/i;

/**
 * What a rekap reads of the files given or found in a folder: workbooks and --json readings, Excel's "~$" lock files
 * left out, in name order.
 */
export function berkasMasukan(nama: readonly string[]): string[] {
  return nama
    .filter((f) => MASUKAN.test(f) && !(f.split(/[\\/]/).pop() ?? f).startsWith("~$"))
    .sort((x, y) => x.localeCompare(y, "id", { numeric: true }));
}
