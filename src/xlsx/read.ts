/** .xlsx host, reading: an ExcelJS workbook → Grids (values, formulas, number formats, indents, merges, hidden rows/columns). */
import ExcelJS from "exceljs";
import { CellValue, Grid, parseArea } from "../core/grid";

export async function loadWorkbook(source: string | ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === "string") await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as ArrayBuffer);
  return wb;
}

/** One cell's value as the core sees it: formula → its cached result, rich text → text, date → ISO date text. */
export function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const indents: (number | null)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const vals: CellValue[] = [];
    const fs: (string | null)[] = [];
    const nf: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (c, colNumber) => {
      const col = colNumber - 1;
      // Merged cells other than the master report the master's value; the core expects them blank.
      if (c.isMerged && c.master !== c) return;
      // ExcelJS's value getter drops a formula's cached 0; its model keeps it.
      vals[col] = c.formula ? cellValue((c.model as { result?: ExcelJS.CellValue }).result ?? null) : cellValue(c.value);
      fs[col] = c.formula ? `=${c.formula}` : null;
      nf[col] = c.numFmt ?? null;
      if (c.alignment?.indent) (indents[r] ??= [])[col] = c.alignment.indent;
    });
    values[r] = Array.from(vals, (v) => v ?? null);
    formulas[r] = Array.from(fs, (v) => v ?? null);
    numberFormats[r] = Array.from(nf, (v) => v ?? null);
  });
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formulas[r] ??= [];
    numberFormats[r] ??= [];
  }
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c - 1);
  const merges = (ws.model.merges ?? []).map(parseArea).filter((a): a is NonNullable<typeof a> => a !== undefined);
  return { name: ws.name, values, formulas, numberFormats, merges, hiddenRows, hiddenColumns, ...(indents.length > 0 ? { indents } : {}) };
}

export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(worksheetToGrid);
}

export async function readGrids(source: string | ArrayBuffer | Uint8Array): Promise<Grid[]> {
  return workbookToGrids(await loadWorkbook(source));
}
