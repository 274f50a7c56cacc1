/**
 * The table layer, one for the reader and the audit: where a table's header is and the path of each column's
 * labels (merges, labels carried over blanks, 1–4 header rows, a row of column numbers, a row of units), which
 * rows are data (blank runs, the signature block, the numbering row), what each row is (an item or a summary row:
 * `jenisBaris`), and its level (`Tingkat`: from the kode, glued or split over columns, `kodeBaris`; from label
 * words, `tingkatLabel`). The reader (src/core/read) and the audit (src/core/audit/tabel.ts) both take their
 * headers and rows from here; what a column means stays with each (the reader's fields, the audit's figures).
 */
export {
  candidateRow,
  dataRows,
  headerLabels,
  isNumberingRow,
  kepalaBertingkat,
  rowHasNumbers,
  rowIsBlank,
} from "../read/tables";
export { isBarisNomor, isBarisSatuan, isTandaTangan, jalurJudul, perangkatDaerahDari } from "../read/judul";
export { jenisBaris } from "./baris";
export { barisNomorSamping } from "./nomor";
export type { JenisBaris } from "./baris";
export { kodeBaris } from "./kode-baris";
export type { KodeBaris } from "./kode-baris";
export { TINGKAT, kedalaman, tingkatLabel } from "./tingkat";
export type { Tingkat, TingkatKode } from "./tingkat";
