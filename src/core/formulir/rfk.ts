/**
 * The RFK (Laporan Realisasi Fisik dan Keuangan) as e-monev and Bagian Administrasi Pembangunan keep it: one sub
 * kegiatan per row, its DPA, then a KEUANGAN group (rencana and realisasi, in Rp and %) and a FISIK group (rencana and
 * realisasi, in %), under one to three header rows ("KEUANGAN › RENCANA › Rp", "Realisasi Fisik (%)"). A column is
 * named by its whole header path: the group it sits in, what it measures, and its unit.
 */
import type { KolomOpd } from "../rekap/jenis";

export type KolomRfk = Partial<Record<keyof Required<KolomOpd>, number>>;

export const RFK = {
  nama: "Laporan Realisasi Fisik dan Keuangan (RFK)",
  /** Group words: the money columns and the physical-progress columns. */
  keuangan: /\bkeuangan\b|\banggaran\b/,
  fisik: /\bfisik\b/,
  /** Measure words, anywhere on the path (keuangan) or leading a part (fisik: "Ren %", "Real %"). */
  rencana: /\brencana\b|\bren\b/,
  realisasi: /\brealisasi\b|\breal\b/,
  /** To date: "s.d. Bulan Ini", "kumulatif". */
  sampaiDengan: /\bs\s*[./]?\s*d\b|\bsd\b|sampai dengan|kumulatif/,
  fisikRencana: /^(ren|rencana|target)\b/,
  fisikRealisasi: /^(real|realisasi)\b/,
  /** Unit words: a units row's "Rp" / "%", or the unit written in the label. */
  unitRp: /\brp\b|rupiah/,
  unitPersen: /%|persen/,
};

/** The unit a column's path ends with: "rp", "%", or its last part as written. */
function unit(p: readonly string[]): string {
  const u = p[p.length - 1] ?? "";
  if (/^rp\.?$|^%$/.test(u)) return u.replace(/\.$/, "");
  return RFK.unitPersen.test(u) ? "%" : RFK.unitRp.test(u) ? "rp" : u;
}

/**
 * The RFK's columns from each column's header path (lower case parts, top to bottom). `dasar` holds what the table
 * reader found by its synonyms (uraian, pagu, a realisasi of the budget) for the columns the paths do not name.
 */
export function kolomDariJalur(
  jalur: readonly (readonly string[])[],
  dasar: { uraian?: number; pagu?: number; realisasi_anggaran?: number },
): KolomRfk {
  const cari = (f: (p: readonly string[]) => boolean) => {
    const c = jalur.findIndex(f);
    return c >= 0 ? c : undefined;
  };
  const ada = (p: readonly string[], re: RegExp) => p.some((x) => re.test(x));
  // "Bulan Lalu | Bulan Ini | s.d. Bulan Ini": the figure to date, where the report gives one.
  const sdDulu = (f: (p: readonly string[]) => boolean) => {
    const semua = jalur.flatMap((p, c) => (f(p) ? [c] : []));
    return semua.find((c) => ada(jalur[c], RFK.sampaiDengan)) ?? semua[0];
  };
  const keu = (p: readonly string[]) => ada(p, RFK.keuangan) && !ada(p, RFK.fisik);
  const fisik = (p: readonly string[]) => ada(p, RFK.fisik);
  // What a column measures is said by the deepest part that names a measure: under "REALISASI › Fisik", a
  // "Target (%)" is the target, not the realisasi its group names.
  const ukuran = (p: readonly string[], rencana: RegExp, realisasi: RegExp) => {
    for (let i = p.length - 1; i >= 0; i--) {
      if (rencana.test(p[i])) return "rencana";
      if (realisasi.test(p[i])) return "realisasi";
    }
    return undefined;
  };
  const keuUkur = (p: readonly string[]) => ukuran(p, RFK.rencana, RFK.realisasi);
  const fisikUkur = (p: readonly string[]) => ukuran(p, RFK.fisikRencana, RFK.fisikRealisasi);
  return {
    uraian: dasar.uraian,
    pagu: dasar.pagu,
    rencana: cari((p) => keu(p) && keuUkur(p) === "rencana" && unit(p) === "rp"),
    realisasi: sdDulu((p) => keu(p) && keuUkur(p) === "realisasi" && unit(p) === "rp") ?? dasar.realisasi_anggaran,
    serapan: cari((p) => keu(p) && keuUkur(p) === "realisasi" && unit(p) === "%"),
    fisikRencana: cari((p) => fisik(p) && fisikUkur(p) === "rencana" && unit(p) !== "rp"),
    // A lone "FISIK (%)" beside the money (no rencana or realisasi word) is the progress achieved.
    fisik:
      cari((p) => fisik(p) && fisikUkur(p) === "realisasi" && unit(p) !== "rp") ??
      cari((p) => fisik(p) && fisikUkur(p) === undefined && keuUkur(p) === undefined && unit(p) === "%"),
  };
}
