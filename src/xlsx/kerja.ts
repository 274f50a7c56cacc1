/**
 * The standalone page's heavy work on an .xlsx file — read, build, audit — as plain functions over the file's bytes,
 * run in a Web Worker (pekerja.ts) so the page stays responsive; the result and the written copy come back as
 * plain data. Shared with the in-page fallback where workers are unavailable.
 */
import { Model, Pemetaan } from "../core/model";
import { bacaWorkbook } from "../core/read";
import { OpsiSusun, susunLaporan } from "../core/report/susun";
import { BukanXlsx, HasilBuat, HasilPeriksaHost } from "../taskpane/host";
import { loadWorkbook } from "./read";
import { gridsPengguna, periksaBukuKerja, tulisLembar } from "./write";

export type Permintaan =
  | { readonly jenis: "baca"; readonly isi: ArrayBuffer; readonly pemetaan?: Partial<Pemetaan> }
  | { readonly jenis: "buat"; readonly isi: ArrayBuffer; readonly opsi: OpsiSusun }
  | { readonly jenis: "periksa"; readonly isi: ArrayBuffer; readonly opsi?: { termasukBuatan?: boolean } };

export type Jawaban =
  | { readonly jenis: "baca"; readonly model: Model; readonly lembar: string[] }
  | { readonly jenis: "buat"; readonly hasil: HasilBuat; readonly isi: ArrayBuffer }
  | { readonly jenis: "periksa"; readonly hasil: HasilPeriksaHost; readonly isi: ArrayBuffer };

/** Messages from the worker: a progress step, the answer, or a failure (with whether the file was not .xlsx). */
export type PesanPekerja = { readonly progres: string } | { readonly jawaban: Jawaban } | { readonly galat: string; readonly bukanXlsx: boolean };

/** The workbook, or BukanXlsx when the bytes are not one (ExcelJS's own error names JSZip and a URL). */
async function buka(isi: ArrayBuffer) {
  try {
    return await loadWorkbook(isi);
  } catch (e) {
    throw new BukanXlsx((e as Error).message);
  }
}

/** ExcelJS writes a Buffer/Uint8Array view; the page and the worker pass a plain ArrayBuffer of just its bytes. */
function salinan(data: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  const u = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
}

export async function kerjakan(p: Permintaan, progres: (langkah: string) => void): Promise<Jawaban> {
  progres("membaca");
  const wb = await buka(p.isi);
  switch (p.jenis) {
    case "baca": {
      const { grids, ours } = gridsPengguna(wb);
      return { jenis: "baca", model: bacaWorkbook(grids, { pemetaan: p.pemetaan, abaikan: ours }), lembar: grids.map((g) => g.name) };
    }
    case "buat": {
      const { grids, ours, lama } = gridsPengguna(wb);
      progres("menghitung");
      const s = susunLaporan(grids, ours, { lembarLama: lama, ...p.opsi });
      progres("menulis");
      tulisLembar(wb, s.laporan.sheets);
      const isi = salinan(await wb.xlsx.writeBuffer());
      return { jenis: "buat", isi, hasil: { lembar: s.laporan.sheets.map((x) => x.nama), dilewati: s.laporan.dilewati, bentrok: s.bentrok, narasi: s.laporan.narasi } };
    }
    case "periksa": {
      progres("memeriksa");
      const { hasil, lembar } = periksaBukuKerja(wb, p.opsi);
      progres("menulis");
      const isi = salinan(await wb.xlsx.writeBuffer());
      return { jenis: "periksa", isi, hasil: { hasil, lembar } };
    }
  }
}
