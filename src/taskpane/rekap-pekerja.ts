/**
 * Rekap Pemda's Web Worker (dist/pekerja-rekap.js): the OPD files picked are read here (rekap-kerja.ts's bacaRekap),
 * off the page's main thread, so a large workbook does not freeze the pane; each file announced, then the readings
 * (plain data). Cancelling terminates the worker.
 */
import { BulanRekap } from "../core/rekap/jalan";
import { bacaRekap, BerkasPilihan, DaftarTakDikenali, PesanRekap } from "./rekap-kerja";

/** A picked file and its name (a folder's file keeps its path there, which a File sent to a worker loses). */
export interface BerkasKirim {
  readonly nama: string;
  readonly berkas: Blob & { readonly name: string };
}

export interface PermintaanRekap {
  readonly opd: readonly BerkasKirim[];
  readonly daftar?: BerkasKirim;
  readonly periode?: BulanRekap;
}

const kirim = (p: PesanRekap) => (self as unknown as { postMessage(m: unknown): void }).postMessage(p);
const pilihan = (b: BerkasKirim): BerkasPilihan => ({
  name: b.nama,
  size: b.berkas.size,
  arrayBuffer: () => b.berkas.arrayBuffer(),
});

self.onmessage = (e: MessageEvent<PermintaanRekap>) => {
  const p = e.data;
  bacaRekap(
    p.opd.map(pilihan),
    { ...(p.daftar ? { daftar: pilihan(p.daftar) } : {}), ...(p.periode ? { periode: p.periode } : {}) },
    (ke, dari, nama) => kirim({ progres: { ke, dari, nama } }),
    new AbortController().signal,
  ).then(
    (hasil) => kirim({ hasil }),
    (err: unknown) =>
      kirim({
        galat: err instanceof Error ? err.message : String(err),
        ...(err instanceof DaftarTakDikenali ? { daftarTakDikenali: err.berkas } : {}),
      }),
  );
};
