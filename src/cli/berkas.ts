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
    // A device or a FIFO would be read forever: only a regular file is read, and only up to what a workbook can be.
    const st = fs.statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error(), { code: "EISDIR" });
    if (!st.isFile()) throw Object.assign(new Error(), { code: "BUKAN_BERKAS" });
    if (st.size > BATAS_MASUKAN) throw Object.assign(new Error(), { code: "ERR_FS_FILE_TOO_LARGE" });
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

/** The largest input read (a workbook of 100,000 sub kegiatan is under 5 MB). */
const BATAS_MASUKAN = 1 << 30;

function pesanBaca(file: string, code: string | undefined): Dwibahasa {
  switch (code) {
    case "BUKAN_BERKAS":
      return {
        id: `${file} bukan berkas biasa (perangkat, FIFO, atau soket). Sebutkan berkas .xlsx.`,
        en: `${file} is not a regular file (a device, a FIFO or a socket). Name an .xlsx file.`,
      };
    case "ELOOP":
      return {
        id: `${file} tidak dapat dibaca: tautan simbolis di jalurnya membentuk lingkaran. Sebutkan berkas aslinya.`,
        en: `${file} cannot be read: the symbolic links on its path form a loop. Name the file itself.`,
      };
    case "ENAMETOOLONG":
      return {
        id: `${file} tidak dapat dibaca: nama berkas atau jalurnya terlalu panjang. Ganti namanya dengan yang lebih pendek, lalu coba lagi.`,
        en: `${file} cannot be read: the file name or its path is too long. Rename it to something shorter and try again.`,
      };
    case "ERR_FS_FILE_TOO_LARGE":
    case "EFBIG":
      return {
        id: `${file} terlalu besar untuk dibaca (lebih dari 1 GB). Pisahkan lembar yang tidak diperlukan ke buku kerja lain, lalu coba lagi.`,
        en: `${file} is too large to read (over 1 GB). Move the sheets that are not needed to another workbook and try again.`,
      };
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

/**
 * Writes the output only when complete: a temporary file with a short name in the output's real folder, renamed
 * into place; the temporary file is removed on any failure. The output is known by identity, not by name: after
 * every link is resolved (a symlinked folder, /proc/self/cwd, a hard link), a file that is the input (same device
 * and inode) is refused, and so is anything in the way that is not a regular file (a device, a FIFO, a socket).
 */
export function tulisBukuKerja(isi: Uint8Array, input: string, output: string): void {
  const tujuan = tujuanKeluaran(input, output);
  const tmp = path.join(path.dirname(tujuan), `.kinerja-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    fs.writeFileSync(tmp, isi, { flag: "wx" });
    fs.renameSync(tmp, tujuan);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing was created, or it cannot be removed either: the message below still holds
    }
    throw new ExpectedError(pesanTulis(output, (e as NodeJS.ErrnoException).code), EXIT.OUTPUT);
  }
}

const SAMA: Dwibahasa = {
  id: "Berkas keluaran harus berbeda dari berkas masukan: masukan tidak pernah ditimpa. Pilih nama lain dengan -o.",
  en: "The output file must differ from the input file: the input is never overwritten. Choose another name with -o.",
};

/** The real path the output will be renamed onto, after the checks of identity and kind. */
function tujuanKeluaran(input: string, output: string): string {
  if (path.resolve(input) === path.resolve(output)) throw new ExpectedError(SAMA);
  let folder: string;
  try {
    folder = fs.realpathSync(path.dirname(path.resolve(output)));
  } catch (e) {
    throw new ExpectedError(pesanTulis(output, (e as NodeJS.ErrnoException).code), EXIT.OUTPUT);
  }
  let tujuan = path.join(folder, path.basename(output));
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(tujuan);
    if (st.isSymbolicLink()) {
      tujuan = fs.realpathSync(tujuan);
      st = fs.statSync(tujuan);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A new name: nothing in the way. A link that leads nowhere is not a new name.
    if (code !== "ENOENT" || st) throw new ExpectedError(pesanTulis(output, code), EXIT.OUTPUT);
    st = undefined;
  }
  if (st) {
    let masuk: fs.Stats | undefined;
    try {
      masuk = fs.statSync(input);
    } catch {
      masuk = undefined;
    }
    if (masuk && masuk.dev === st.dev && masuk.ino === st.ino) throw new ExpectedError(SAMA);
    if (st.isDirectory()) throw new ExpectedError(pesanTulis(output, "EISDIR"), EXIT.OUTPUT);
    if (!st.isFile()) throw new ExpectedError(pesanTulis(output, "BUKAN_BERKAS"), EXIT.OUTPUT);
  }
  return tujuan;
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
    case "BUKAN_BERKAS":
      return {
        id: `${id}: nama itu sudah dipakai sesuatu yang bukan berkas biasa (perangkat, FIFO, soket, atau tautan yang tidak menuju berkas). Pilih nama berkas lain dengan -o.`,
        en: `${en}: that name is taken by something that is not a regular file (a device, a FIFO, a socket, or a link that leads to no file). Choose another file name with -o.`,
      };
    case "ELOOP":
      return {
        id: `${id}: tautan simbolis di jalurnya membentuk lingkaran. Pilih lokasi lain dengan -o.`,
        en: `${en}: the symbolic links on its path form a loop. Choose another place with -o.`,
      };
    case "ENAMETOOLONG":
      return {
        id: `${id}: nama berkas atau jalurnya terlalu panjang untuk sistem berkas. Pilih nama yang lebih pendek dengan -o.`,
        en: `${en}: the file name or its path is too long for the file system. Choose a shorter name with -o.`,
      };
    case "EFBIG":
      return {
        id: `${id}: berkas terlalu besar untuk disk ini. Pilih lokasi lain dengan -o. Tidak ada berkas yang ditulis.`,
        en: `${en}: the file is too large for this disk. Choose another place with -o. No file was written.`,
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
  // The package's real kind, not its name: a macro workbook named .xlsx gets .xlsm, an ordinary one named .xlsm .xlsx.
  let makro = /\.xlsm$/i.test(input);
  try {
    // Only a regular file is opened: a FIFO or a device would be read forever (the command's own read refuses them).
    const st = fs.statSync(input);
    if (st.isFile() && st.size <= BATAS_MASUKAN) makro = new Paket(fs.readFileSync(input)).makro;
  } catch {
    // not readable as a package (an .xls read through LibreOffice, a damaged file): its name decides
  }
  const ext = makro ? ".xlsm" : ".xlsx";
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
  // By identity first: the input reached through a link, or a device or FIFO in the way, before "already exists".
  if (output !== undefined) tujuanKeluaran(input, output);
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
