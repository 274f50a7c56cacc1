/**
 * Rekap Pemda's work in the browser, on the files the user picked: each OPD file read by the same code the CLI runs
 * (src/xlsx/rekap.ts, src/core/rekap), one at a time (its bytes dropped before the next, so memory does not grow with
 * the number of files), in a Web Worker (rekap-pekerja.ts) where there is one, and the rekap's sheets for a new
 * workbook. Loaded on demand, so a user who never opens Rekap Pemda never downloads it.
 */
import { BacaanOpd, Dilewati, TemuanOpd } from "../core/rekap";
import { bacaanDariJson, berkasMasukan, BulanRekap } from "../core/rekap/jalan";
import type { SheetSpec } from "../core/report/spec";
import { Dibatalkan } from "../host";
import { Paket, PaketRusak } from "../xlsx/paket";
import { bacaIsiOpd, bukuRekap, daftarDariPaket } from "../xlsx/rekap";
import type { BacaanRekap } from "./rekap";

/** A picked file (the browser's File, or a stand-in in tests). */
export interface BerkasPilihan {
  readonly name: string;
  readonly size?: number;
  /** Set for a file of a picked folder: "folder/sub/file.xlsx". */
  readonly webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The list file gives no table of OPD. */
export class DaftarTakDikenali extends Error {
  constructor(readonly berkas: string) {
    super(berkas);
  }
}

const nama = (f: BerkasPilihan) => f.webkitRelativePath || f.name;

/** The OPD files to read: workbooks and --json readings, lock files out, in name order; the list file is not one. */
export function berkasOpd(opd: readonly BerkasPilihan[], daftar?: BerkasPilihan): BerkasPilihan[] {
  const pakai = new Set(berkasMasukan(opd.map(nama)));
  const bukanDaftar = (f: BerkasPilihan) => !daftar || f.name !== daftar.name || f.size !== daftar.size;
  const urut = berkasMasukan([...pakai]);
  return urut.map((n) => opd.find((f) => nama(f) === n)!).filter(bukanDaftar);
}

const giliran = () => new Promise<void>((r) => setTimeout(r, 0));

export async function bacaRekap(
  opd: readonly BerkasPilihan[],
  opsi: { daftar?: BerkasPilihan; periode?: BulanRekap },
  progres: (ke: number, dari: number, nama: string) => void,
  signal: AbortSignal,
): Promise<BacaanRekap> {
  const batal = () => {
    if (signal.aborted) throw new Dibatalkan();
  };
  let daftar;
  if (opsi.daftar) {
    let paket: Paket;
    try {
      paket = new Paket(new Uint8Array(await opsi.daftar.arrayBuffer()));
    } catch (e) {
      if (e instanceof PaketRusak) throw new DaftarTakDikenali(opsi.daftar.name);
      throw e;
    }
    daftar = daftarDariPaket(paket);
    if (!daftar) throw new DaftarTakDikenali(opsi.daftar.name);
  }
  const files = berkasOpd(opd, opsi.daftar);
  const bacaan: BacaanOpd[] = [];
  const dilewati: (Dilewati & { berkas: string })[] = [];
  const temuanRekap: TemuanOpd[] = [];
  for (const [i, f] of files.entries()) {
    batal();
    progres(i + 1, files.length, nama(f));
    await giliran();
    batal();
    const isi = await f.arrayBuffer();
    const r = /\.json$/i.test(f.name)
      ? { bacaan: bacaanDariJson(nama(f), new TextDecoder().decode(isi)), dilewati: [], temuan: [] }
      : bacaIsiOpd(nama(f), new Uint8Array(isi));
    bacaan.push(...r.bacaan);
    temuanRekap.push(...r.temuan);
    dilewati.push(...r.dilewati.map((d) => ({ ...d, berkas: nama(f) })));
  }
  return {
    berkas: files.map(nama),
    bacaan,
    dilewati,
    temuanRekap,
    ...(daftar ? { daftar } : {}),
    ...(opsi.periode ? { periode: opsi.periode } : {}),
  };
}

/** Messages of the worker (rekap-pekerja.ts): a file begun, the readings, or a failure. */
export type PesanRekap =
  | { readonly progres: { readonly ke: number; readonly dari: number; readonly nama: string } }
  | { readonly hasil: BacaanRekap }
  | { readonly galat: string; readonly daftarTakDikenali?: string };

/** The worker's script, beside taskpane.html. */
const PEKERJA = "pekerja-rekap.js";

/**
 * bacaRekap in a Web Worker, so a large workbook does not freeze the pane (cancel terminates it); in the page where
 * workers are unavailable. The picked files go to the worker as they are (a File is sent by reference, not copied).
 */
export function bacaRekapLuar(
  opd: readonly File[],
  opsi: { daftar?: File; periode?: BulanRekap },
  progres: (ke: number, dari: number, nama: string) => void,
  signal: AbortSignal,
): Promise<BacaanRekap> {
  if (typeof Worker === "undefined") return bacaRekap(opd, opsi, progres, signal);
  const w = new Worker(PEKERJA);
  const kirim = (f: File) => ({ nama: nama(f), berkas: f });
  return new Promise<BacaanRekap>((resolve, reject) => {
    const selesai = () => {
      signal.removeEventListener("abort", batal);
      w.terminate();
    };
    const batal = () => {
      selesai();
      reject(new Dibatalkan());
    };
    if (signal.aborted) return batal();
    signal.addEventListener("abort", batal, { once: true });
    w.onmessage = (e: MessageEvent<PesanRekap>) => {
      const m = e.data;
      if ("progres" in m) return progres(m.progres.ke, m.progres.dari, m.progres.nama);
      selesai();
      if ("hasil" in m) resolve(m.hasil);
      else reject(m.daftarTakDikenali !== undefined ? new DaftarTakDikenali(m.daftarTakDikenali) : new Error(m.galat));
    };
    w.onerror = (e) => {
      selesai();
      reject(new Error(e.message));
    };
    w.postMessage({
      opd: opd.map(kirim),
      ...(opsi.daftar ? { daftar: kirim(opsi.daftar) } : {}),
      ...(opsi.periode ? { periode: opsi.periode } : {}),
    });
  });
}

/** The rekap's sheets in a new workbook, as a download. */
export function unduhRekap(specs: readonly SheetSpec[]): string {
  const isi = bukuRekap(specs);
  const blob = new Blob([isi.buffer.slice(isi.byteOffset, isi.byteOffset + isi.byteLength) as ArrayBuffer], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  return URL.createObjectURL(blob);
}
