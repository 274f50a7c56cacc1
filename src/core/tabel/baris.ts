/**
 * What a data row of a table is: an item, or a summary row the table adds: a total ("Jumlah", "Total", "Sub
 * Total", "Grand Total"), an average ("Rata-rata capaian", "Capaian rata-rata", "Nilai rata-rata", "Rerata") or a
 * rating ("Predikat kinerja"). One rule for the reader (the E.81 form's summary rows) and the audit.
 */
import { SUBTOTAL_LABEL, TOTAL_LABEL } from "../read/columns";

export type JenisBaris = "item" | "jumlah" | "rata" | "predikat";

/**
 * An average row by its words alone: "Rata-rata", "Rata-rata capaian (kinerja) …", "Rata-rata nilai capaian",
 * "Rata-rata capaian sasaran 1", "Capaian rata-rata", "Nilai rata-rata (%)", "Rerata". "Rata-rata waktu penyelesaian
 * layanan (hari)" or "Rata-rata lama sekolah" is an indicator.
 */
const RATA =
  /^(rata\s*-?\s*rata|rerata|nilai\s+rata\s*-?\s*rata)(\s*$|\s*[:(%]|\s+(capaian|nilai\s+capaian|kinerja|persentase\s+capaian|tingkat\s+capaian|sasaran|program|kegiatan|indikator|iku|keseluruhan|seluruh|total)\b)|^capaian\s+rata\s*-?\s*rata\b/i;
/** Any other label that starts with "Rata-rata": an average row only by what the row holds (see `jenisBaris`). */
const RATA_AWAL = /^(rata\s*-?\s*rata|rerata)\b/i;
const RUMUS_RATA = /^=?\s*(AVERAGE|AVERAGEA|RATA)\s*\(/i;
const PREDIKAT = /^predikat(\s+kinerja)?\b/i;

export interface KonteksBaris {
  /** In a form whose every "Jumlah …" row sums (the E.81's "Jumlah Anggaran Program"). */
  readonly jumlahApaPun?: boolean;
  /** The row's own satuan, when the table has a satuan column. */
  readonly satuan?: string | null;
  /** The formulas of the row's figure cells (blank cells left out). */
  readonly rumus?: readonly string[];
}

/**
 * The kind of a row from its first label (its name, or the first text of the row). "Jumlah Pegawai" names an item
 * (or a header) in a report table; in a form whose every "Jumlah …" row sums (the E.81's "Jumlah Anggaran
 * Program"), `jumlahApaPun` takes it for a total. A label that starts with "Rata-rata" but names a measure
 * ("Rata-rata waktu penyelesaian layanan") is an average row only when it has no satuan of its own and its figures
 * are AVERAGE formulas.
 */
export function jenisBaris(label: string, opsi: KonteksBaris = {}): JenisBaris {
  const l = label.trim();
  // "JUMLAH BELANJA", "Jumlah Anggaran" are totals whole; "Jumlah pegawai …" is not.
  if (TOTAL_LABEL.test(l)) return "jumlah";
  if (SUBTOTAL_LABEL.test(l) && (opsi.jumlahApaPun || !/^jumlah\s+(?!total)\S/i.test(l))) return "jumlah";
  if (RATA.test(l)) return "rata";
  if (
    RATA_AWAL.test(l) &&
    !opsi.satuan?.trim() &&
    opsi.rumus !== undefined &&
    opsi.rumus.length > 0 &&
    opsi.rumus.every((f) => RUMUS_RATA.test(f))
  )
    return "rata";
  return PREDIKAT.test(l) ? "predikat" : "item";
}
