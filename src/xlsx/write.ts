/**
 * .xlsx host, writing: SheetSpecs into a workbook loaded with ExcelJS. Generated sheets are tagged with a defined
 * name (_sakip_kinerja_<id>) so that regenerating replaces only them; a user's sheet with the same name is kept and
 * the new sheet takes another name. Formulas are written without cached results and the workbook is set to
 * recalculate on load, so every engine computes them itself.
 */
import ExcelJS from "exceljs";
import { HasilPeriksa, OpsiPeriksa } from "../core/audit";
import { susunPemeriksaan } from "../core/audit/lembar";
import { Grid } from "../core/grid";
import { Gaya, ID_PEMERIKSAAN, ID_TRIWULAN, SheetSpec, digantiOleh, idDariTag, lembarDariRujukan, namaTag } from "../core/report/spec";
import { workbookToGrids } from "./read";

/** Names of the sheets this add-in generated earlier, by spec id. */
export function lembarBertanda(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const dn of definedNames(wb)) {
    const id = idDariTag(dn.name);
    const sheet = id ? lembarDariRujukan(dn.ranges[0] ?? "") : undefined;
    if (id && sheet && wb.getWorksheet(sheet)) out.set(id, sheet);
  }
  return out;
}

/**
 * The user's sheets as Grids, and the names of our generated sheets, which are never read as input; `lama` holds
 * our earlier sheets by id, for what the user typed into them (the E.81's notes, the monitoring threshold).
 */
export function gridsPengguna(wb: ExcelJS.Workbook): { grids: Grid[]; ours: string[]; lama: Record<string, Grid> } {
  const bertanda = lembarBertanda(wb);
  const ours = [...bertanda.values()];
  const all = workbookToGrids(wb);
  const lama = Object.fromEntries([...bertanda].flatMap(([id, name]) => all.filter((g) => g.name === name).map((g) => [id, g])));
  return { ours, lama, grids: all.filter((g) => !ours.includes(g.name)) };
}

function definedNames(wb: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  return (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
}

export interface OpsiTulis {
  /** Called before each step, for fault-injection tests. */
  readonly langkah?: (nama: string) => void;
}

/**
 * Periksa Konsistensi on a loaded workbook: the user's sheets are read (with `termasukBuatan`, the generated report
 * too; never an earlier audit result or our quarterly forms), and the Pemeriksaan sheet is written in that result's
 * place. The caller saves the workbook.
 */
export function periksaBukuKerja(wb: ExcelJS.Workbook, opsi: OpsiPeriksa = {}): { hasil: HasilPeriksa; lembar: string } {
  const bertanda = lembarBertanda(wb);
  const lama = bertanda.get(ID_PEMERIKSAAN);
  const triwulan = ID_TRIWULAN.flatMap((id) => bertanda.get(id) ?? []);
  const buatan = opsi.termasukBuatan ? [] : [...bertanda.values()];
  const grids = workbookToGrids(wb).filter((g) => g.name !== lama && !triwulan.includes(g.name) && !buatan.includes(g.name));
  const { hasil, spec } = susunPemeriksaan(grids, wb.worksheets.map((w) => w.name).filter((n) => n !== lama), opsi);
  tulisLembar(wb, [spec]);
  return { hasil, lembar: spec.nama };
}

/** Writes the specs into wb (replacing our previous sheets of the same family). The caller writes wb to a new file. */
export function tulisLembar(wb: ExcelJS.Workbook, specs: readonly SheetSpec[], opsi: OpsiTulis = {}): void {
  const step = opsi.langkah ?? (() => undefined);
  step("hapus-lama");
  for (const [id, name] of lembarBertanda(wb)) {
    if (!digantiOleh(id, specs)) continue;
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
    removeName(wb, namaTag(id));
  }
  for (const spec of specs) {
    step(`lembar:${spec.id}`);
    const ws = wb.addWorksheet(spec.nama, {
      views: [{ state: "frozen", ySplit: spec.beku.baris, xSplit: spec.beku.kolom, showGridLines: false }],
      pageSetup: {
        paperSize: 9,
        orientation: "landscape",
        ...(spec.muatLebar ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: 100 }),
        printTitlesRow: `${spec.barisJudulCetak[0]}:${spec.barisJudulCetak[1]}`,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
    });
    spec.lebar.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    spec.tinggi.forEach((h, r) => (ws.getRow(r + 1).height = h));
    spec.rows.forEach((row, r) => {
      row.forEach((c, col) => {
        if (!c) return;
        const cell = ws.getCell(r + 1, col + 1);
        if (c.f) cell.value = { formula: c.f.slice(1) } as ExcelJS.CellFormulaValue;
        else if (c.v !== undefined && c.v !== null && c.v !== "") cell.value = c.v;
        if (c.fmt) cell.numFmt = c.fmt;
        if (c.gaya) Object.assign(cell, GAYA[c.gaya]);
        // Both Excel and LibreOffice apply an indent to left-aligned text only.
        if (c.indent) cell.alignment = { ...cell.alignment, horizontal: "left", indent: c.indent };
      });
    });
    for (const m of spec.merges) ws.mergeCells(m);
    for (const w of spec.warna) {
      const top = w.range.split(":")[0].replace(/\$/g, "");
      ws.addConditionalFormatting({
        ref: w.range,
        rules: w.aturan.map((a, i) => ({
          type: "expression" as const,
          priority: i + 1,
          formulae: [`${top}="${a.teks.replace(/"/g, '""')}"`],
          style: { fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: `FF${a.warna}` } } },
        })),
      });
    }
    wb.definedNames.add(`'${spec.nama.replace(/'/g, "''")}'!$A$1`, namaTag(spec.id));
  }
  step("selesai");
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
}

function removeName(wb: ExcelJS.Workbook, name: string): void {
  const model = definedNames(wb).filter((d) => d.name !== name);
  (wb.definedNames as unknown as { model: unknown }).model = model;
}

/** Every styled cell names the workbook's font: an engine without Calibri then takes its metric twin (Carlito). */
const FONT = "Calibri";
const THIN = { style: "thin" as const, color: { argb: "FF8A8A8A" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFD9E7DD" } };

const GAYA: Record<Gaya, Partial<ExcelJS.Cell>> = {
  judul: { font: { name: FONT, bold: true, size: 14 }, alignment: { horizontal: "center", vertical: "middle" } },
  subjudul: { font: { name: FONT, bold: true, size: 11 }, alignment: { horizontal: "center", vertical: "middle" } },
  kepala: { font: { name: FONT, bold: true }, fill: HEADER_FILL, border: BORDER, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  nomor: { font: { name: FONT, italic: true, size: 9 }, fill: HEADER_FILL, border: BORDER, alignment: { horizontal: "center" } },
  teks: { font: { name: FONT, size: 11 }, border: BORDER, alignment: { vertical: "top", wrapText: true } },
  teksTebal: { font: { name: FONT, bold: true }, border: BORDER, alignment: { vertical: "top", wrapText: true } },
  angka: { font: { name: FONT, size: 11 }, border: BORDER, alignment: { vertical: "top", horizontal: "right" } },
  total: { font: { name: FONT, bold: true }, border: BORDER, alignment: { vertical: "top", horizontal: "right" } },
  catatan: { font: { name: FONT, italic: true, size: 9, color: { argb: "FF555555" } } },
};
