/**
 * The CLI's files: a workbook read, a mapping read, an output written. Every way these can fail that is not a bug
 * becomes an ExpectedError with an Indonesian message naming the file and what to do.
 */
import * as fs from "fs";
import * as path from "path";
import { Pemetaan } from "../core/model";
import { parsePemetaan } from "../core/read/mapping";
import { Paket, PaketRusak } from "../xlsx/paket";
import { pesanPaket } from "../xlsx/pesan";
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
    if (e instanceof PaketRusak) throw new ExpectedError(pesanPaket(e, file));
    throw e;
  }
}

function pesanBaca(file: string, code: string | undefined): string {
  switch (code) {
    case "ENOENT":
      return `Berkas tidak ditemukan: ${file}`;
    case "EISDIR":
      return `${file} adalah folder, bukan berkas. Sebutkan berkas .xlsx di dalamnya.`;
    case "EACCES":
    case "EPERM":
      return `${file} tidak dapat dibaca: tidak ada izin membacanya. Periksa izin berkas, atau salin ke folder Anda lalu coba lagi.`;
    default:
      return `${file} tidak dapat dibaca (${code ?? "galat berkas"}). Periksa berkasnya, atau salin ke folder lain lalu coba lagi.`;
  }
}

export function bacaPemetaan(file: string | undefined): Pemetaan | undefined {
  if (file === undefined) return undefined;
  let teks: string;
  try {
    teks = fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ExpectedError(code === "ENOENT" ? `Berkas pemetaan tidak ditemukan: ${file}` : pesanBaca(file, code));
  }
  const parsed = parsePemetaan(teks);
  if (!parsed.ok) throw new ExpectedError(`Pemetaan ${file} tidak sah:\n  ${parsed.kesalahan.join("\n  ")}`);
  return parsed.pemetaan;
}

/**
 * The output's extension must match the workbook's kind: Excel refuses a macro workbook named .xlsx and an ordinary
 * one named .xlsm. Checked before any work is written.
 */
export function cekAkhiran(paket: Paket, output: string): void {
  const ext = path.extname(output).toLowerCase();
  if (paket.makro && ext !== ".xlsm") throw new ExpectedError(`Masukan adalah buku kerja bermakro (.xlsm): keluaran ${output} harus berakhiran .xlsm agar Excel mau membukanya, mis. -o ${path.basename(output, path.extname(output))}.xlsm.`, EXIT.USAGE);
  if (!paket.makro && ext === ".xlsm") throw new ExpectedError(`Masukan bukan buku kerja bermakro: keluaran ${output} harus berakhiran .xlsx agar Excel mau membukanya, mis. -o ${path.basename(output, path.extname(output))}.xlsx.`, EXIT.USAGE);
}

/**
 * Writes the output only when complete: a temporary file beside it, renamed into place; the temporary file is
 * removed on any failure. Never over the input.
 */
export function tulisBukuKerja(isi: Uint8Array, input: string, output: string): void {
  if (path.resolve(input) === path.resolve(output)) throw new ExpectedError("Berkas keluaran harus berbeda dari berkas masukan: masukan tidak pernah ditimpa. Pilih nama lain dengan -o.");
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

function pesanTulis(output: string, code: string | undefined): string {
  const dir = path.dirname(output);
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return `Tidak dapat menulis ${output}: folder ${dir} tidak ada. Buat foldernya dulu, atau pilih lokasi lain dengan -o.`;
    case "EISDIR":
      return `Tidak dapat menulis ${output}: sudah ada folder dengan nama itu. Pilih nama berkas lain dengan -o.`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `Tidak dapat menulis ${output}: tidak ada izin menulis di ${dir}${code === "EROFS" ? " (disk hanya-baca)" : ""}. Pilih folder lain dengan -o.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Tidak dapat menulis ${output}: disk penuh. Kosongkan ruang disk atau pilih lokasi lain dengan -o. Tidak ada berkas yang ditulis.`;
    case "EBUSY":
      return `Tidak dapat menulis ${output}: berkas sedang dipakai program lain (mis. terbuka di Excel). Tutup berkas itu atau pilih nama lain dengan -o.`;
    default:
      return `Tidak dapat menulis ${output} (${code ?? "galat berkas"}). Pilih lokasi lain dengan -o. Tidak ada berkas yang ditulis.`;
  }
}

/** The default output beside the working folder: the input's name with a suffix, keeping .xlsm for macro workbooks. */
export function namaKeluaran(input: string, akhiran: string): string {
  const ext = /\.xlsm$/i.test(input) ? ".xlsm" : ".xlsx";
  return path.resolve(`${path.basename(input, path.extname(input))}-${akhiran}${ext}`);
}
