/**
 * What the user is told when a file cannot be used as a workbook, in the CLI and on the standalone page alike: the
 * file, what it is, and what to do. No library text.
 */
import { PaketRusak } from "./zip";

const SIMPAN = 'Buka berkas itu di Excel atau LibreOffice Calc, simpan sebagai "Buku Kerja Excel (.xlsx)", lalu coba lagi.';

const FORMAT_LAIN: Record<string, string> = {
  xls: "buku kerja Excel 97–2003 (.xls)",
  xlsb: "buku kerja biner Excel (.xlsb)",
  ods: "lembar kerja OpenDocument (.ods)",
  csv: "berkas teks CSV (.csv)",
  txt: "berkas teks (.txt)",
  numbers: "berkas Apple Numbers (.numbers)",
};

/** The file's format as its extension names it, when that is a format we do not read. */
function formatDariNama(berkas: string): string | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(berkas)?.[1]?.toLowerCase();
  return ext ? FORMAT_LAIN[ext] : undefined;
}

export function pesanPaket(e: PaketRusak, berkas: string): string {
  const lain = formatDariNama(berkas);
  switch (e.alasan) {
    case "xls":
      return `${berkas} adalah ${lain && lain !== FORMAT_LAIN.xls ? lain : FORMAT_LAIN.xls}, bukan .xlsx. ${SIMPAN}`;
    case "ods":
      return `${berkas} adalah ${FORMAT_LAIN.ods}, bukan .xlsx. ${SIMPAN}`;
    case "teks":
      return `${berkas} adalah ${lain ?? "berkas teks (mis. CSV)"}, bukan buku kerja .xlsx. ${SIMPAN}`;
    case "terenkripsi":
      return `${berkas} dilindungi kata sandi pembuka (terenkripsi), sehingga isinya tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File → Info → Lindungi Buku Kerja → Enkripsi dengan Kata Sandi), simpan, lalu coba lagi.`;
    case "strict":
      return `${berkas} disimpan sebagai "Strict Open XML Spreadsheet", yang tidak dibaca oleh SAKIP Kinerja. Simpan ulang sebagai "Buku Kerja Excel (.xlsx)" biasa, lalu coba lagi.`;
    case "zip64":
      return `${berkas} terlalu besar (lebih dari 4 GB atau 65.535 bagian) untuk dibaca. Pisahkan lembar yang tidak diperlukan ke buku kerja lain, lalu coba lagi.`;
    case "bukan-buku-kerja":
      return `${berkas} adalah arsip zip, tetapi bukan buku kerja Excel (tidak ada bagian xl/workbook.xml${lain ? `; namanya menunjukkan ${lain}` : ""}). ${SIMPAN}`;
    case "nama-ganda":
      return `${berkas} memuat dua lembar bernama "${e.bagian}" (nama lembar harus unik; berkas ini tidak dibuat oleh Excel). ${SIMPAN}`;
    case "terpotong":
      return `${berkas} terpotong: akhir arsipnya tidak ada (salinan atau unduhan yang terputus?). Salin atau unduh ulang berkas aslinya, lalu coba lagi.`;
    case "bagian-rusak":
      return `${berkas} rusak: bagian ${e.bagian ?? "buku kerja"} tidak dapat dibaca. Buka di Excel (yang akan menawarkan perbaikan) atau LibreOffice Calc, simpan ulang sebagai .xlsx, lalu coba lagi.`;
    case "bukan-zip":
    default:
      return `${berkas} bukan buku kerja .xlsx${lain ? ` (namanya menunjukkan ${lain})` : ""}: isinya tidak dapat dibaca sebagai buku kerja. ${SIMPAN}`;
  }
}
