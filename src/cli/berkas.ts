/**
 * The CLI's files: a workbook read, a mapping read, an output written. Every way these can fail that is not a bug
 * becomes an ExpectedError with a message (Indonesian and English) naming the file and what to do.
 */
import * as fs from "fs";
import * as path from "path";
import { Pemetaan } from "../core/model";
import { parsePemetaan } from "../core/read/mapping";
import { Paket, PaketRusak } from "../xlsx/paket";
import { pesanPaket } from "../xlsx/pesan";
import type { Dwibahasa } from "../core/bahasa";
import { EXIT, ExpectedError } from "./errors";

export async function bukaBukuKerja(file: string): Promise<Paket> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new ExpectedError(pesanBaca(file, (e as NodeJS.ErrnoException).code));
  }
  try {
    return new Paket(bytes);
  } catch (e) {
    if (e instanceof PaketRusak)
      throw new ExpectedError({ id: pesanPaket(e, file, "id"), en: pesanPaket(e, file, "en") });
    throw e;
  }
}

function pesanBaca(file: string, code: string | undefined): Dwibahasa {
  switch (code) {
    case "ENOENT":
      return { id: `Berkas tidak ditemukan: ${file}`, en: `File not found: ${file}` };
    case "EISDIR":
      return {
        id: `${file} adalah folder, bukan berkas. Sebutkan berkas .xlsx di dalamnya.`,
        en: `${file} is a folder, not a file. Name an .xlsx file in it.`,
      };
    case "EACCES":
    case "EPERM":
      return {
        id: `${file} tidak dapat dibaca: tidak ada izin membacanya. Periksa izin berkas, atau salin ke folder Anda lalu coba lagi.`,
        en: `${file} cannot be read: no permission to read it. Check the file's permissions, or copy it to your own folder and try again.`,
      };
    default:
      return {
        id: `${file} tidak dapat dibaca (${code ?? "galat berkas"}). Periksa berkasnya, atau salin ke folder lain lalu coba lagi.`,
        en: `${file} cannot be read (${code ?? "file error"}). Check the file, or copy it to another folder and try again.`,
      };
  }
}

export function bacaPemetaan(file: string | undefined): Pemetaan | undefined {
  if (file === undefined) return undefined;
  let teks: string;
  try {
    teks = fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ExpectedError(
      code === "ENOENT"
        ? { id: `Berkas pemetaan tidak ditemukan: ${file}`, en: `Mapping file not found: ${file}` }
        : pesanBaca(file, code),
    );
  }
  const parsed = parsePemetaan(teks);
  if (!parsed.ok)
    throw new ExpectedError({
      id: `Pemetaan ${file} tidak sah:\n  ${parsed.kesalahan.join("\n  ")}`,
      en: `The mapping ${file} is not valid:\n  ${parsed.kesalahan.join("\n  ")}`,
    });
  return parsed.pemetaan;
}

/**
 * The output's extension must match the workbook's kind: Excel refuses a macro workbook named .xlsx and an ordinary
 * one named .xlsm. Checked before any work is written.
 */
export function cekAkhiran(paket: Paket, output: string): void {
  const ext = path.extname(output).toLowerCase();
  const nama = path.basename(output, path.extname(output));
  if (paket.makro && ext !== ".xlsm")
    throw new ExpectedError(
      {
        id: `Masukan adalah buku kerja bermakro (.xlsm): keluaran ${output} harus berakhiran .xlsm agar Excel mau membukanya, mis. -o ${nama}.xlsm.`,
        en: `The input is a macro workbook (.xlsm): the output ${output} must end in .xlsm for Excel to open it, e.g. -o ${nama}.xlsm.`,
      },
      EXIT.USAGE,
    );
  if (!paket.makro && ext === ".xlsm")
    throw new ExpectedError(
      {
        id: `Masukan bukan buku kerja bermakro: keluaran ${output} harus berakhiran .xlsx agar Excel mau membukanya, mis. -o ${nama}.xlsx.`,
        en: `The input is not a macro workbook: the output ${output} must end in .xlsx for Excel to open it, e.g. -o ${nama}.xlsx.`,
      },
      EXIT.USAGE,
    );
}

/**
 * Writes the output only when complete: a temporary file beside it, renamed into place; the temporary file is
 * removed on any failure. Never over the input.
 */
export function tulisBukuKerja(isi: Uint8Array, input: string, output: string): void {
  if (path.resolve(input) === path.resolve(output))
    throw new ExpectedError({
      id: "Berkas keluaran harus berbeda dari berkas masukan: masukan tidak pernah ditimpa. Pilih nama lain dengan -o.",
      en: "The output file must differ from the input file: the input is never overwritten. Choose another name with -o.",
    });
  const tmp = `${output}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, isi);
    fs.renameSync(tmp, output);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing was created, or it cannot be removed either: the message below still holds
    }
    throw new ExpectedError(pesanTulis(output, (e as NodeJS.ErrnoException).code), EXIT.OUTPUT);
  }
}

function pesanTulis(output: string, code: string | undefined): Dwibahasa {
  const dir = path.dirname(output);
  const id = `Tidak dapat menulis ${output}`;
  const en = `Cannot write ${output}`;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return {
        id: `${id}: folder ${dir} tidak ada. Buat foldernya dulu, atau pilih lokasi lain dengan -o.`,
        en: `${en}: the folder ${dir} does not exist. Create it first, or choose another place with -o.`,
      };
    case "EISDIR":
      return {
        id: `${id}: sudah ada folder dengan nama itu. Pilih nama berkas lain dengan -o.`,
        en: `${en}: a folder has that name. Choose another file name with -o.`,
      };
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return {
        id: `${id}: tidak ada izin menulis di ${dir}${code === "EROFS" ? " (disk hanya-baca)" : ""}. Pilih folder lain dengan -o.`,
        en: `${en}: no permission to write in ${dir}${code === "EROFS" ? " (read-only disk)" : ""}. Choose another folder with -o.`,
      };
    case "ENOSPC":
    case "EDQUOT":
      return {
        id: `${id}: disk penuh. Kosongkan ruang disk atau pilih lokasi lain dengan -o. Tidak ada berkas yang ditulis.`,
        en: `${en}: the disk is full. Free some space or choose another place with -o. No file was written.`,
      };
    case "EBUSY":
      return {
        id: `${id}: berkas sedang dipakai program lain (mis. terbuka di Excel). Tutup berkas itu atau pilih nama lain dengan -o.`,
        en: `${en}: the file is in use by another program (e.g. open in Excel). Close it or choose another name with -o.`,
      };
    default:
      return {
        id: `${id} (${code ?? "galat berkas"}). Pilih lokasi lain dengan -o. Tidak ada berkas yang ditulis.`,
        en: `${en} (${code ?? "file error"}). Choose another place with -o. No file was written.`,
      };
  }
}

/** The default output beside the working folder: the input's name with a suffix, keeping .xlsm for macro workbooks. */
export function namaKeluaran(input: string, akhiran: string): string {
  const ext = /\.xlsm$/i.test(input) ? ".xlsm" : ".xlsx";
  return path.resolve(`${path.basename(input, path.extname(input))}-${akhiran}${ext}`);
}
