/**
 * The task pane's host outside Excel: an .xlsx file opened in the browser (ExcelJS), generated into a copy the
 * user downloads. The file never leaves the browser. Loaded on demand, so Excel users never download ExcelJS.
 * Building and auditing both work on the latest copy, so the download holds the report and the audit together.
 */
import { Pemetaan } from "../core/model";
import { bacaWorkbook } from "../core/read";
import { OpsiSusun, susunLaporan } from "../core/report/susun";
import { Dibatalkan, HasilBuat, HasilPeriksaHost, Host, Pengaturan } from "../taskpane/host";
import { loadWorkbook } from "./read";
import { gridsPengguna, periksaBukuKerja, tulisLembar } from "./write";

const KUNCI = "sakip-kinerja";

export class BerkasHost implements Host {
  readonly jenis = "berkas" as const;
  private hasil?: { nama: string; url: string };

  constructor(
    readonly judul: string,
    private isi: ArrayBuffer,
  ) {}

  private async grids() {
    const wb = await loadWorkbook(this.isi);
    return { wb, ...gridsPengguna(wb) };
  }

  /** Keeps the written workbook as the working copy and offers it for download. */
  private async simpanSalinan(wb: Awaited<ReturnType<typeof loadWorkbook>>, signal: AbortSignal): Promise<void> {
    const buffer = await wb.xlsx.writeBuffer();
    if (signal.aborted) throw new Dibatalkan();
    this.isi = buffer as ArrayBuffer;
    if (this.hasil) URL.revokeObjectURL(this.hasil.url);
    const blob = new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    this.hasil = { nama: `${this.judul.replace(/\.xlsx$/i, "")}-kinerja.xlsx`, url: URL.createObjectURL(blob) };
  }

  async baca(pemetaan?: Partial<Pemetaan>) {
    const { grids, ours } = await this.grids();
    return { model: bacaWorkbook(grids, { pemetaan, abaikan: ours }), lembar: grids.map((g) => g.name) };
  }

  async buat(opsi: OpsiSusun, progres: (langkah: string) => void, signal: AbortSignal): Promise<HasilBuat> {
    progres("membaca");
    const { wb, grids, ours, lama } = await this.grids();
    if (signal.aborted) throw new Dibatalkan();
    progres("menghitung");
    const s = susunLaporan(grids, ours, { lembarLama: lama, ...opsi });
    if (signal.aborted) throw new Dibatalkan();
    progres("menulis");
    tulisLembar(wb, s.laporan.sheets);
    await this.simpanSalinan(wb, signal);
    return { lembar: s.laporan.sheets.map((x) => x.nama), dilewati: s.laporan.dilewati, bentrok: s.bentrok, narasi: s.laporan.narasi };
  }

  async periksa(progres: (langkah: string) => void, signal: AbortSignal, opsi: { termasukBuatan?: boolean } = {}): Promise<HasilPeriksaHost> {
    progres("membaca");
    const wb = await loadWorkbook(this.isi);
    if (signal.aborted) throw new Dibatalkan();
    progres("memeriksa");
    const { hasil, lembar } = periksaBukuKerja(wb, opsi);
    progres("menulis");
    await this.simpanSalinan(wb, signal);
    return { hasil, lembar };
  }

  unduh() {
    return this.hasil;
  }

  async muat(): Promise<Pengaturan | undefined> {
    const raw = sessionStorage.getItem(KUNCI);
    return raw ? (JSON.parse(raw) as Pengaturan) : undefined;
  }

  async simpan(p: Pengaturan): Promise<void> {
    sessionStorage.setItem(KUNCI, JSON.stringify(p));
  }
}
