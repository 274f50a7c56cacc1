/**
 * Findings repeated cell by cell are one finding with its ranges and a count: the grouping every output uses lives in
 * src/core/temuan-kelompok.ts (the reader's diagnostics are grouped the same way).
 */
export { kelompokkanTemuan as kelompokkanSel, rentangSel } from "../temuan-kelompok";
