/**
 * What the user is told when a file cannot be used as a workbook, in the CLI and on the standalone page alike: the
 * file, what it is, and what to do, in the output's language (Indonesian by default). No library text.
 */
import type { Bahasa } from "../core/bahasa";
import { PaketRusak } from "./zip";

const SIMPAN = {
  id: 'Buka berkas itu di Excel atau LibreOffice Calc, simpan sebagai "Buku Kerja Excel (.xlsx)", lalu coba lagi.',
  en: 'Open the file in Excel or LibreOffice Calc, save it as "Excel Workbook (.xlsx)", and try again.',
};

const FORMAT_LAIN: Record<Bahasa, Record<string, string>> = {
  id: {
    xls: "buku kerja Excel 97–2003 (.xls)",
    xlsb: "buku kerja biner Excel (.xlsb)",
    ods: "lembar kerja OpenDocument (.ods)",
    csv: "berkas teks CSV (.csv)",
    txt: "berkas teks (.txt)",
    numbers: "berkas Apple Numbers (.numbers)",
  },
  en: {
    xls: "an Excel 97–2003 workbook (.xls)",
    xlsb: "an Excel binary workbook (.xlsb)",
    ods: "an OpenDocument spreadsheet (.ods)",
    csv: "a CSV text file (.csv)",
    txt: "a text file (.txt)",
    numbers: "an Apple Numbers file (.numbers)",
  },
};

/** The file's format as its extension names it, when that is a format we do not read. */
function formatDariNama(berkas: string, bahasa: Bahasa): string | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(berkas)?.[1]?.toLowerCase();
  return ext ? FORMAT_LAIN[bahasa][ext] : undefined;
}

export function pesanPaket(e: PaketRusak, berkas: string, bahasa: Bahasa = "id"): string {
  const lain = formatDariNama(berkas, bahasa);
  const f = FORMAT_LAIN[bahasa];
  const simpan = SIMPAN[bahasa];
  const en = bahasa === "en";
  switch (e.alasan) {
    case "xls":
      return en
        ? `${berkas} is ${lain && lain !== f.xls ? lain : f.xls}, not .xlsx. ${simpan}`
        : `${berkas} adalah ${lain && lain !== f.xls ? lain : f.xls}, bukan .xlsx. ${simpan}`;
    case "ods":
      return en ? `${berkas} is ${f.ods}, not .xlsx. ${simpan}` : `${berkas} adalah ${f.ods}, bukan .xlsx. ${simpan}`;
    case "teks":
      return en
        ? `${berkas} is ${lain ?? "a text file (e.g. CSV)"}, not an .xlsx workbook. ${simpan}`
        : `${berkas} adalah ${lain ?? "berkas teks (mis. CSV)"}, bukan buku kerja .xlsx. ${simpan}`;
    case "terenkripsi":
      return en
        ? `${berkas} is protected by an opening password (encrypted), so its content cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password), save, and try again.`
        : `${berkas} dilindungi kata sandi pembuka (terenkripsi), sehingga isinya tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File → Info → Lindungi Buku Kerja → Enkripsi dengan Kata Sandi), simpan, lalu coba lagi.`;
    case "strict":
      return en
        ? `${berkas} was saved as "Strict Open XML Spreadsheet", which SAKIP Kinerja does not read. Save it again as an ordinary "Excel Workbook (.xlsx)" and try again.`
        : `${berkas} disimpan sebagai "Strict Open XML Spreadsheet", yang tidak dibaca oleh SAKIP Kinerja. Simpan ulang sebagai "Buku Kerja Excel (.xlsx)" biasa, lalu coba lagi.`;
    case "keluaran-zip64":
      return en
        ? `The copy of ${berkas} with the new sheets would be larger than 4 GB, which SAKIP Kinerja does not write. Move the sheets that are not needed to another workbook and try again.`
        : `Salinan ${berkas} dengan lembar baru akan lebih besar dari 4 GB, yang tidak ditulis oleh SAKIP Kinerja. Pisahkan lembar yang tidak diperlukan ke buku kerja lain, lalu coba lagi.`;
    case "gaya-penuh":
      return en
        ? `${berkas} already holds Excel's limit of 64,000 cell formats, so the new sheets' formats cannot be added (Excel would drop formats). Remove unused cell styles (e.g. with Excel's Inquire "Clean Excess Cell Formatting") and try again.`
        : `${berkas} sudah memuat 64.000 format sel, batas Excel, sehingga format lembar baru tidak dapat ditambahkan (Excel akan membuang format). Hapus gaya sel yang tidak dipakai (mis. dengan "Clean Excess Cell Formatting" di Inquire Excel), lalu coba lagi.`;
    case "bagian-ganda":
      return en
        ? `${berkas} is damaged: it holds the part ${e.bagian} twice (names differing at most in case), so which one is meant cannot be known. ${simpan}`
        : `${berkas} rusak: bagian ${e.bagian} tersimpan dua kali (namanya paling-paling berbeda huruf besar-kecil), sehingga tidak dapat diketahui mana yang dimaksud. ${simpan}`;
    case "terlalu-besar":
      return en
        ? `${berkas} is too large to read: ${e.bagian ? `its part ${e.bagian}` : "its content"} would unpack to more than SAKIP Kinerja reads (a part over 200 MB unpacked). Move the sheets that are not needed to another workbook and try again.`
        : `${berkas} terlalu besar untuk dibaca: ${e.bagian ? `bagian ${e.bagian}` : "isinya"} akan terurai melebihi batas yang dibaca SAKIP Kinerja (satu bagian lebih dari 200 MB setelah diurai). Pisahkan lembar yang tidak diperlukan ke buku kerja lain, lalu coba lagi.`;
    case "terlalu-besar-total":
      return en
        ? `${berkas} is too large to read: its parts together would unpack to more than SAKIP Kinerja reads (300 MB of sheets and other XML parts unpacked, each part under its own limit). Move the sheets that are not needed to another workbook and try again.`
        : `${berkas} terlalu besar untuk dibaca: bagian-bagiannya bersama-sama akan terurai melebihi batas yang dibaca SAKIP Kinerja (300 MB lembar dan bagian XML lain setelah diurai, walau tiap bagian di bawah batasnya sendiri). Pisahkan lembar yang tidak diperlukan ke buku kerja lain, lalu coba lagi.`;
    case "di-luar-lembar":
      return en
        ? `${berkas} is damaged: ${e.lembar ? `the sheet "${e.lembar}"` : `the part ${e.bagian}`} has a cell beyond Excel's last row (1,048,576) or column (XFD). ${simpan}`
        : `${berkas} rusak: ${e.lembar ? `lembar "${e.lembar}"` : `bagian ${e.bagian}`} memuat sel di luar baris terakhir (1.048.576) atau kolom terakhir (XFD) Excel. ${simpan}`;
    case "bukan-buku-kerja":
      return en
        ? `${berkas} is a zip archive but not an Excel workbook (it has no xl/workbook.xml part${lain ? `; its name suggests ${lain}` : ""}). ${simpan}`
        : `${berkas} adalah arsip zip, tetapi bukan buku kerja Excel (tidak ada bagian xl/workbook.xml${lain ? `; namanya menunjukkan ${lain}` : ""}). ${simpan}`;
    case "nama-ganda":
      return en
        ? `${berkas} holds two sheets named "${e.bagian}" (sheet names must be unique; this file was not made by Excel). ${simpan}`
        : `${berkas} memuat dua lembar bernama "${e.bagian}" (nama lembar harus unik; berkas ini tidak dibuat oleh Excel). ${simpan}`;
    case "terpotong":
      return en
        ? `${berkas} is truncated: the end of its archive is missing (an interrupted copy or download?). Copy or download the original again and try again.`
        : `${berkas} terpotong: akhir arsipnya tidak ada (salinan atau unduhan yang terputus?). Salin atau unduh ulang berkas aslinya, lalu coba lagi.`;
    case "bagian-rusak": {
      const bagian = en
        ? e.bagian
          ? `part ${e.bagian}${e.lembar ? ` (used by the sheet "${e.lembar}")` : ""}`
          : e.lembar
            ? `sheet "${e.lembar}"`
            : "workbook part"
        : e.bagian
          ? `bagian ${e.bagian}${e.lembar ? ` (dipakai lembar "${e.lembar}")` : ""}`
          : e.lembar
            ? `bagian lembar "${e.lembar}"`
            : "bagian buku kerja";
      return en
        ? `${berkas} is damaged: its ${bagian} cannot be read. Open it in Excel (which offers to repair it) or LibreOffice Calc, save it again as .xlsx, and try again.`
        : `${berkas} rusak: ${bagian} tidak dapat dibaca. Buka di Excel (yang akan menawarkan perbaikan) atau LibreOffice Calc, simpan ulang sebagai .xlsx, lalu coba lagi.`;
    }
    case "bukan-zip":
    default:
      return en
        ? `${berkas} is not an .xlsx workbook${lain ? ` (its name suggests ${lain})` : ""}: its content cannot be read as a workbook. ${simpan}`
        : `${berkas} bukan buku kerja .xlsx${lain ? ` (namanya menunjukkan ${lain})` : ""}: isinya tidak dapat dibaca sebagai buku kerja. ${simpan}`;
  }
}
