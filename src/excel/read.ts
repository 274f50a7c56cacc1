/**
 * Office.js host, reading: every worksheet's used range (values and number formats) → Grids, in a bounded number
 * of syncs that does not depend on the row count: one for the sheet names, one for the used-range extents, one for
 * the data. Only a workbook larger than one payload (Excel on the web limits a response to 5 MB) takes more: one
 * sync per further CELLS_PER_SYNC cells.
 */
import { CellValue, Grid } from "../core/grid";

/** Under the 5 MB web payload limit at ~20 bytes a cell for value and number format ("General" alone is 10). */
export const CELLS_PER_SYNC = 240_000;

interface Block {
  sheet: number;
  range: Excel.Range;
}

/**
 * @param known sheet names already loaded by a previous sync (bacaKeadaan): saves the first sync.
 */
export async function readGrids(
  context: Excel.RequestContext,
  exclude: readonly string[] = [],
  known?: readonly string[],
): Promise<Grid[]> {
  const worksheets = context.workbook.worksheets;
  let names = known;
  if (!names) {
    worksheets.load("items/name");
    await context.sync();
    names = worksheets.items.map((ws) => ws.name);
  }
  const sheets = names.filter((n) => !exclude.includes(n)).map((n) => worksheets.getItem(n));
  const sheetNames = names.filter((n) => !exclude.includes(n));
  const extents = sheets.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return r;
  });
  await context.sync();

  // Plan row blocks so that no sync carries more than CELLS_PER_SYNC cells; queue and sync one batch at a time.
  type Plan = { sheet: number; firstRow: number; rows: number };
  const batches: Plan[][] = [];
  let cellsInBatch = CELLS_PER_SYNC;
  sheets.forEach((_, i) => {
    const e = extents[i];
    if (e.isNullObject) return;
    const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, e.columnCount)));
    for (let first = 0; first < e.rowCount; first += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, e.rowCount - first);
      if (cellsInBatch + rows * e.columnCount > CELLS_PER_SYNC) {
        batches.push([]);
        cellsInBatch = 0;
      }
      batches[batches.length - 1].push({ sheet: i, firstRow: first, rows });
      cellsInBatch += rows * e.columnCount;
    }
  });
  const blocks: Block[] = [];
  for (const batch of batches) {
    for (const p of batch) {
      const e = extents[p.sheet];
      const range = sheets[p.sheet].getRangeByIndexes(e.rowIndex + p.firstRow, e.columnIndex, p.rows, e.columnCount);
      range.load("values,numberFormat");
      blocks.push({ sheet: p.sheet, range });
    }
    await context.sync();
  }

  return sheets.map((_, i) => {
    const e = extents[i];
    const name = sheetNames[i];
    if (e.isNullObject) return { name, values: [] };
    const values: CellValue[][] = Array.from({ length: e.rowIndex }, () => []);
    const numberFormats: (string | null)[][] = Array.from({ length: e.rowIndex }, () => []);
    const pad = new Array<null>(e.columnIndex).fill(null);
    for (const block of blocks.filter((x) => x.sheet === i)) {
      const formats = block.range.numberFormat as string[][];
      block.range.values.forEach((row, r) => {
        values.push([...pad, ...row.map(toCellValue)]);
        numberFormats.push([...pad, ...formats[r].map((f) => (f && f !== "General" ? f : null))]);
      });
    }
    return { name, values, numberFormats };
  });
}

/** Office.js gives "" for blank cells and "#N/A"-style strings for errors. */
function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (
    typeof v === "string" &&
    /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/.test(
      v,
    )
  ) {
    return { error: v };
  }
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return null; // Office gives numbers, text and booleans only: nothing else reaches here
}
