/** The CLI's file inputs: a workbook and a mapping, each checked once with a message the user can act on. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { Pemetaan } from "../core/model";
import { parsePemetaan } from "../core/read/mapping";
import { loadWorkbook } from "../xlsx/read";
import { ExpectedError } from "./errors";

export async function bukaBukuKerja(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(file)) throw new ExpectedError(`Berkas tidak ditemukan: ${file}`);
  try {
    return await loadWorkbook(file);
  } catch (e) {
    throw new ExpectedError(`${file} tidak dapat dibuka sebagai buku kerja .xlsx (${(e as Error).message}).`);
  }
}

export function bacaPemetaan(file: string | undefined): Pemetaan | undefined {
  if (file === undefined) return undefined;
  if (!fs.existsSync(file)) throw new ExpectedError(`Berkas pemetaan tidak ditemukan: ${file}`);
  const parsed = parsePemetaan(fs.readFileSync(file, "utf8"));
  if (!parsed.ok) throw new ExpectedError(`Pemetaan ${file} tidak sah:\n  ${parsed.kesalahan.join("\n  ")}`);
  return parsed.pemetaan;
}

/** Writes a workbook to `output` only when complete (a temporary file renamed into place); never over the input. */
export async function tulisBukuKerja(wb: ExcelJS.Workbook, input: string, output: string): Promise<void> {
  if (path.resolve(input) === path.resolve(output)) throw new ExpectedError("Berkas keluaran harus berbeda dari berkas masukan: masukan tidak pernah ditimpa.");
  const tmp = `${output}.${process.pid}.tmp`;
  try {
    await wb.xlsx.writeFile(tmp);
    fs.renameSync(tmp, output);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
