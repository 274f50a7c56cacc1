/**
 * The task pane's host outside Excel: an .xlsx file opened in the browser (ExcelJS), generated into a copy the
 * user downloads. The file never leaves the browser. Loaded on demand, so Excel users never download ExcelJS.
 * Building and auditing both work on the latest copy, so the download holds the report and the audit together.
 * The work runs in a Web Worker (dist/pekerja.js, src/xlsx/kerja.ts), so the page stays responsive and a job can be
 * cancelled at once (the worker is terminated); where workers are unavailable it runs in the page.
 */
import type { OpsiPeriksa } from "../core/audit";
import { Pemetaan } from "../core/model";
import { OpsiSusun } from "../core/report/susun";
import { BukanXlsx, Dibatalkan, HasilBuat, HasilPeriksaHost, Host, Pengaturan } from "../host";
import { Jawaban, kerjakan, Permintaan, PesanPekerja } from "./kerja";

const KUNCI = "sakip-kinerja";
/** The worker's script, beside taskpane.html. */
const PEKERJA = "pekerja.js";

export class BerkasHost implements Host {
  readonly jenis = "berkas" as const;
  private hasil?: { nama: string; url: string };
  private pekerja?: Worker;

  constructor(
    readonly judul: string,
    private isi: ArrayBuffer,
  ) {}

  /** Runs one job in the worker (started on first use, terminated on cancel), reporting its progress steps. */
  private jalankan(
    p: Permintaan,
    progres: (langkah: string) => void = () => undefined,
    signal?: AbortSignal,
  ): Promise<Jawaban> {
    if (typeof Worker === "undefined") return kerjakan(p, progres);
    const w = (this.pekerja ??= new Worker(PEKERJA));
    return new Promise<Jawaban>((resolve, reject) => {
      const batal = () => {
        w.terminate();
        this.pekerja = undefined;
        reject(new Dibatalkan());
      };
      if (signal?.aborted) return batal();
      signal?.addEventListener("abort", batal, { once: true });
      w.onmessage = (e: MessageEvent<PesanPekerja>) => {
        const m = e.data;
        if ("progres" in m) return progres(m.progres);
        signal?.removeEventListener("abort", batal);
        if ("jawaban" in m) resolve(m.jawaban);
        else reject(m.bukanXlsx ? new BukanXlsx(m.galat) : new Error(m.galat));
      };
      w.onerror = (e) => {
        signal?.removeEventListener("abort", batal);
        reject(new Error(e.message));
      };
      // A copy of the bytes goes to the worker; the page keeps its own for the next job.
      w.postMessage(p);
    });
  }

  /** Keeps the written workbook as the working copy and offers it for download. */
  private simpanSalinan(buffer: ArrayBuffer, macro: boolean): void {
    this.isi = buffer;
    if (this.hasil) URL.revokeObjectURL(this.hasil.url);
    const blob = new Blob([buffer], {
      type: macro
        ? "application/vnd.ms-excel.sheet.macroEnabled.12"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    this.hasil = {
      nama: `${this.judul.replace(/\.xls[xm]$/i, "")}-kinerja.${macro ? "xlsm" : "xlsx"}`,
      url: URL.createObjectURL(blob),
    };
  }

  async baca(pemetaan?: Partial<Pemetaan>, progres?: (langkah: string) => void, signal?: AbortSignal) {
    const j = await this.jalankan({ jenis: "baca", judul: this.judul, isi: this.isi, pemetaan }, progres, signal);
    if (j.jenis !== "baca") throw new Error(j.jenis);
    return { model: j.model, lembar: j.lembar };
  }

  async buat(opsi: OpsiSusun, progres: (langkah: string) => void, signal: AbortSignal): Promise<HasilBuat> {
    const j = await this.jalankan({ jenis: "buat", judul: this.judul, isi: this.isi, opsi }, progres, signal);
    if (j.jenis !== "buat") throw new Error(j.jenis);
    this.simpanSalinan(j.isi, j.makro);
    return j.hasil;
  }

  async periksa(
    progres: (langkah: string) => void,
    signal: AbortSignal,
    opsi: OpsiPeriksa = {},
  ): Promise<HasilPeriksaHost> {
    const j = await this.jalankan({ jenis: "periksa", judul: this.judul, isi: this.isi, opsi }, progres, signal);
    if (j.jenis !== "periksa") throw new Error(j.jenis);
    this.simpanSalinan(j.isi, j.makro);
    return j.hasil;
  }

  unduh() {
    return this.hasil;
  }

  async muat(): Promise<Pengaturan | undefined> {
    const raw = localStorage.getItem(KUNCI);
    return raw ? (JSON.parse(raw) as Pengaturan) : undefined;
  }

  async simpan(p: Pengaturan): Promise<void> {
    localStorage.setItem(KUNCI, JSON.stringify(p));
  }
}
