/**
 * What a data row of a table is: an item, or a summary row the table adds: a total ("Jumlah", "Total", "Sub
 * Total", "Grand Total"), an average ("Rata-rata capaian", "Capaian rata-rata", "Nilai rata-rata", "Rerata") or a
 * rating ("Predikat kinerja"). One rule for the reader (the E.81 form's summary rows) and the audit.
 */
import { SUBTOTAL_LABEL, TOTAL_LABEL } from "../read/columns";

export type JenisBaris = "item" | "jumlah" | "rata" | "predikat";

const RATA = /^(rata\s*-?\s*rata|rerata|nilai\s+rata|capaian\s+rata\s*-?\s*rata)/i;
const PREDIKAT = /^predikat(\s+kinerja)?\b/i;

/**
 * The kind of a row from its first label (its name, or the first text of the row). "Jumlah Pegawai" names an item
 * (or a header) in a report table; in a form whose every "Jumlah …" row sums (the E.81's "Jumlah Anggaran
 * Program"), `jumlahApaPun` takes it for a total.
 */
export function jenisBaris(label: string, opsi: { jumlahApaPun?: boolean } = {}): JenisBaris {
  // "JUMLAH BELANJA", "Jumlah Anggaran" are totals whole; "Jumlah pegawai …" is not.
  if (TOTAL_LABEL.test(label.trim())) return "jumlah";
  if (SUBTOTAL_LABEL.test(label) && (opsi.jumlahApaPun || !/^jumlah\s+(?!total)\S/i.test(label))) return "jumlah";
  if (RATA.test(label)) return "rata";
  return PREDIKAT.test(label) ? "predikat" : "item";
}
