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
import { cariSoffice, FormatLama, GagalUbah, keXlsx } from "./libreoffice";

/**
 * The workbook in a file. An .xls or .ods (known by its content, whatever its name) is read through LibreOffice when
 * it is installed, and `catat` is told so; without LibreOffice, the message says how to save it as .xlsx.
 */
export async function bukaBukuKerja(file: string, catat: (d: Dwibahasa) => void = () => undefined): Promise<Paket> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new ExpectedError(pesanBaca(file, (e as NodeJS.ErrnoException).code));
  }
  try {
    return new Paket(bytes);
  } catch (e) {
    if (!(e instanceof PaketRusak)) throw e;
    const pesan = { id: pesanPaket(e, file, "id"), en: pesanPaket(e, file, "en") };
    const soffice = e.alasan === "xls" || e.alasan === "ods" ? cariSoffice() : undefined;
    if (soffice === undefined) throw new ExpectedError(pesan);
    return lewatLibreOffice(file, bytes, e.alasan as FormatLama, soffice, pesan, catat);
  }
}

const NAMA_FORMAT: Record<FormatLama, Dwibahasa> = {
  xls: { id: "buku kerja Excel 97–2003 (.xls)", en: "an Excel 97–2003 workbook (.xls)" },
  ods: { id: "lembar kerja OpenDocument (.ods)", en: "an OpenDocument spreadsheet (.ods)" },
};

async function lewatLibreOffice(
  file: string,
  bytes: Uint8Array,
  format: FormatLama,
  soffice: string,
  pesan: Dwibahasa,
  catat: (d: Dwibahasa) => void,
): Promise<Paket> {
  let isi: Uint8Array;
  try {
    isi = await keXlsx(bytes, format, soffice);
  } catch (e) {
    if (!(e instanceof GagalUbah)) throw e;
    const sebab: Dwibahasa =
      e.alasan === "waktu-habis"
        ? { id: `tidak selesai dalam ${e.detail} detik`, en: `it did not finish within ${e.detail} seconds` }
        : e.alasan === "tak-jalan"
          ? {
              id: `${soffice} tidak dapat dijalankan (${e.detail})`,
              en: `${soffice} could not be started (${e.detail})`,
            }
          : { id: "berkas itu tidak dapat dibukanya", en: "it could not open the file" };
    throw new ExpectedError({
      id: `${pesan.id} (LibreOffice juga tidak dapat mengubahnya: ${sebab.id}.)`,
      en: `${pesan.en} (LibreOffice could not convert it either: ${sebab.en}.)`,
    });
  }
  const paket = new Paket(isi);
  catat({
    id: `${file} adalah ${NAMA_FORMAT[format].id}: dibaca lewat LibreOffice: salinan .xlsx sementara (berkas aslinya tidak diubah; salinannya sudah dihapus).`,
    en: `${file} is ${NAMA_FORMAT[format].en}: read through LibreOffice: a temporary .xlsx copy (the original is not changed; the copy is already removed).`,
  });
  return paket;
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
  // The copy is always an Office Open XML workbook, also from an .xls or .ods read through LibreOffice.
  if ([".xls", ".ods", ".xlsb", ".csv", ".xlt", ".ots"].includes(ext))
    throw new ExpectedError(
      {
        id: `Keluaran ${output} harus berakhiran ${paket.makro ? ".xlsm" : ".xlsx"}: salinan yang ditulis selalu buku kerja Excel ${paket.makro ? "bermakro " : ""}(${paket.makro ? ".xlsm" : ".xlsx"}), mis. -o ${nama}${paket.makro ? ".xlsm" : ".xlsx"}.`,
        en: `The output ${output} must end in ${paket.makro ? ".xlsm" : ".xlsx"}: the copy written is always an Excel ${paket.makro ? "macro " : ""}workbook (${paket.makro ? ".xlsm" : ".xlsx"}), e.g. -o ${nama}${paket.makro ? ".xlsm" : ".xlsx"}.`,
      },
      EXIT.USAGE,
    );
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

const SAMA_DENGAN_MASUKAN: Dwibahasa = {
  id: "Berkas keluaran harus berbeda dari berkas masukan: masukan tidak pernah ditimpa. Pilih nama lain dengan -o.",
  en: "The output file must differ from the input file: the input is never overwritten. Choose another name with -o.",
};

/**
 * Writes the output only when complete: a temporary file beside it, renamed into place; the temporary file is
 * removed on any failure. Never over the input.
 */
export function tulisBukuKerja(isi: Uint8Array, input: string, output: string): void {
  if (path.resolve(input) === path.resolve(output)) throw new ExpectedError(SAMA_DENGAN_MASUKAN);
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

/**
 * The default output: the input's name with a suffix, keeping .xlsm for macro workbooks, beside the input (in
 * `folder` when given: the working folder for the bundled sample).
 */
export function namaKeluaran(input: string, akhiran: string, folder = path.dirname(path.resolve(input))): string {
  const ext = /\.xlsm$/i.test(input) ? ".xlsm" : ".xlsx";
  return path.resolve(folder, `${path.basename(input, path.extname(input))}-${akhiran}${ext}`);
}

/** Where the output goes, and what became of a file already there. */
export interface Keluaran {
  readonly berkas: string;
  /** An earlier file of that name was replaced (--timpa). */
  readonly ditimpa: boolean;
  /** The default name was taken: this earlier file was kept, and the output has a new name. */
  readonly dihindari?: string;
}

/**
 * Never overwrites an earlier output silently: an explicit `-o` to an existing file is refused without --timpa; the
 * default name, when taken, becomes "… (2).xlsx", "… (3).xlsx", … (the first free one).
 */
export function tentukanKeluaran(input: string, output: string | undefined, bawaan: string, timpa: boolean): Keluaran {
  if (output !== undefined && path.resolve(output) === path.resolve(input))
    throw new ExpectedError(SAMA_DENGAN_MASUKAN);
  const ada = (f: string) => {
    try {
      return !fs.statSync(f).isDirectory();
    } catch {
      return false;
    }
  };
  if (output !== undefined) {
    const berkas = path.resolve(output);
    if (ada(berkas) && !timpa)
      throw new ExpectedError(
        {
          id: `${berkas} sudah ada dan tidak ditimpa. Tambahkan --timpa untuk menimpanya, atau pilih nama lain dengan -o.`,
          en: `${berkas} already exists and was not overwritten. Add --timpa to overwrite it, or choose another name with -o.`,
        },
        EXIT.OUTPUT,
      );
    return { berkas, ditimpa: ada(berkas) };
  }
  if (!ada(bawaan) || timpa) return { berkas: bawaan, ditimpa: ada(bawaan) };
  const ext = path.extname(bawaan);
  const dasar = bawaan.slice(0, bawaan.length - ext.length);
  for (let n = 2; ; n++) {
    const berkas = `${dasar} (${n})${ext}`;
    if (!fs.existsSync(berkas)) return { berkas, ditimpa: false, dihindari: bawaan };
  }
}

/** "Ditulis: …" with what became of an earlier file. */
export function catatanKeluaran(k: Keluaran | undefined): Dwibahasa {
  if (k?.ditimpa) return { id: " (berkas lama ditimpa: --timpa)", en: " (the earlier file was overwritten: --timpa)" };
  if (k?.dihindari)
    return {
      id: ` (${path.basename(k.dihindari)} sudah ada dan tidak ditimpa; --timpa untuk menimpanya)`,
      en: ` (${path.basename(k.dihindari)} already exists and was kept; --timpa to overwrite it)`,
    };
  return { id: "", en: "" };
}
