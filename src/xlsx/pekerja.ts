/**
 * The standalone page's Web Worker (dist/pekerja.js): runs kerja.ts off the page's main thread, posting each
 * progress step, then the answer (the written copy transferred, not copied). Cancelling terminates the worker.
 */
import { BukanXlsx } from "../host";
import { kerjakan, Permintaan, PesanPekerja } from "./kerja";

const kirim = (p: PesanPekerja, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(p, transfer);

self.onmessage = (e: MessageEvent<Permintaan>) => {
  kerjakan(e.data, (progres) => kirim({ progres }))
    .then((jawaban) => kirim({ jawaban }, "isi" in jawaban ? [jawaban.isi] : []))
    .catch((err: unknown) =>
      kirim({ galat: err instanceof Error ? err.message : String(err), bukanXlsx: err instanceof BukanXlsx }),
    );
};
