/**
 * The task pane's host outside Excel: an .xlsx file opened in the browser, generated into a copy the user downloads
 * (the same package code as the CLI: the user's parts kept, ours added). The file never leaves the browser.
 * Building and auditing both work on the latest copy, so the download holds the report and the audit together.
 */
import { Pemetaan } from "../core/model";
import { bacaWorkbook } from "../core/read";
import { OpsiSusun, susunLaporan } from "../core/report/susun";
import { Dibatalkan, HasilBuat, HasilPeriksaHost, Host, Pengaturan } from "../taskpane/host";
import { Paket, PaketRusak } from "./paket";
import { pesanPaket } from "./pesan";
import { gridsPengguna, periksaBukuKerja, tulisLembar } from "./write";

const KUNCI = "sakip-kinerja";

/** A file the page cannot use, with the same Indonesian message the CLI gives. */
export class BerkasTidakDapatDipakai extends Error {}

export class BerkasHost implements Host {
  readonly jenis = "berkas" as const;
  private hasil?: { nama: string; url: string };

  constructor(
    readonly judul: string,
    private isi: ArrayBuffer | Uint8Array,
  ) {}

  /** Opens the current copy; a file that is not a usable workbook throws its message. */
  private paket(): Paket {
    try {
      return new Paket(this.isi instanceof Uint8Array ? this.isi : new Uint8Array(this.isi));
    } catch (e) {
      if (e instanceof PaketRusak) throw new BerkasTidakDapatDipakai(pesanPaket(e, this.judul));
      throw e;
    }
  }

  /** Runs a step; a damaged part found while reading a sheet is the same message. */
  private jalankan<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof PaketRusak) throw new BerkasTidakDapatDipakai(pesanPaket(e, this.judul));
      throw e;
    }
  }

  /** Keeps the written package as the working copy and offers it for download, as .xlsm for a macro workbook. */
  private simpanSalinan(isi: Uint8Array, signal: AbortSignal, macro: boolean): void {
    if (signal.aborted) throw new Dibatalkan();
    this.isi = isi;
    if (this.hasil) URL.revokeObjectURL(this.hasil.url);
    const blob = new Blob([isi as BlobPart], { type: macro ? "application/vnd.ms-excel.sheet.macroEnabled.12" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    this.hasil = { nama: `${this.judul.replace(/\.xls[xm]$/i, "")}-kinerja.${macro ? "xlsm" : "xlsx"}`, url: URL.createObjectURL(blob) };
  }

  async baca(pemetaan?: Partial<Pemetaan>) {
    const p = this.paket();
    const { grids, ours } = this.jalankan(() => gridsPengguna(p));
    return { model: bacaWorkbook(grids, { pemetaan, abaikan: ours }), lembar: grids.map((g) => g.name) };
  }

  async buat(opsi: OpsiSusun, progres: (langkah: string) => void, signal: AbortSignal): Promise<HasilBuat> {
    progres("membaca");
    const p = this.paket();
    const { grids, ours } = this.jalankan(() => gridsPengguna(p));
    if (signal.aborted) throw new Dibatalkan();
    progres("menghitung");
    const s = susunLaporan(grids, ours, opsi);
    if (signal.aborted) throw new Dibatalkan();
    progres("menulis");
    this.simpanSalinan(tulisLembar(p, s.laporan.sheets), signal, p.makro);
    return { lembar: s.laporan.sheets.map((x) => x.nama), dilewati: s.laporan.dilewati, bentrok: s.bentrok, narasi: s.laporan.narasi };
  }

  async periksa(progres: (langkah: string) => void, signal: AbortSignal): Promise<HasilPeriksaHost> {
    progres("membaca");
    const p = this.paket();
    if (signal.aborted) throw new Dibatalkan();
    progres("memeriksa");
    const { hasil, lembar, isi } = this.jalankan(() => periksaBukuKerja(p));
    progres("menulis");
    this.simpanSalinan(isi, signal, p.makro);
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
