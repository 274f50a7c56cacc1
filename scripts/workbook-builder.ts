/**
 * Writes input workbooks the way agencies lay them out (title rows, merged headers, numbers typed as text…), for
 * the bundled sample and the test fixtures. Rows are arrays of cells; addresses in merges are A1 ranges.
 */
import ExcelJS from "exceljs";

export type CellInput =
  | string
  | number
  | boolean
  | null
  | undefined
  | { v: string | number; fmt?: string; bold?: boolean }
  | { f: string; v?: number | string; fmt?: string }
  | { error: string };

export interface SheetInput {
  name: string;
  rows: CellInput[][];
  merges?: string[];
  /** 1-based row numbers. */
  hiddenRows?: number[];
  hiddenColumns?: string[];
  widths?: number[];
  /** 1-based rows shown bold (titles, headers). */
  boldRows?: number[];
}

const FIXED_DATE = new Date(Date.UTC(2024, 1, 28));

export function buildWorkbook(sheets: SheetInput[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "SAKIP Kinerja (contoh)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v !== "object") cell.value = v;
        else if ("error" in v) cell.value = { error: v.error as ExcelJS.CellErrorValue["error"] };
        else if ("f" in v) {
          cell.value = { formula: v.f.replace(/^=/, ""), result: v.v };
          if (v.fmt) cell.numFmt = v.fmt;
        } else {
          cell.value = v.v;
          if (v.fmt) cell.numFmt = v.fmt;
          if (v.bold) cell.font = { bold: true };
        }
      });
      if (s.boldRows?.includes(r + 1)) ws.getRow(r + 1).font = { bold: true };
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    (s.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  return wb;
}

export async function writeWorkbook(sheets: SheetInput[], file: string): Promise<void> {
  await buildWorkbook(sheets).xlsx.writeFile(file);
}

export async function workbookBuffer(sheets: SheetInput[]): Promise<Uint8Array> {
  return new Uint8Array(await buildWorkbook(sheets).xlsx.writeBuffer());
}
