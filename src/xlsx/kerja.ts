/**
 * The standalone page's heavy work on an .xlsx file — read, build, audit — as plain functions over the file's bytes,
 * run in a Web Worker (pekerja.ts) so the page stays responsive; the result and the written copy come back as
 * plain data. Shared with the in-page fallback where workers are unavailable.
 */
import type { OpsiPeriksa } from "../core/audit";
import { Model, Pemetaan } from "../core/model";
import { bacaWorkbook } from "../core/read";
import { OpsiSusun, susunLaporan } from "../core/report/susun";
import { BukanXlsx, HasilBuat, HasilPeriksaHost } from "../host";
import { Paket, PaketRusak } from "./paket";
import { pesanPaket } from "./pesan";
import { gridsPengguna, periksaBukuKerja, tulisLembar } from "./write";

/** `judul`: the file's name, for the messages. */
export type Permintaan =
  | { readonly jenis: "baca"; readonly judul: string; readonly isi: ArrayBuffer; readonly pemetaan?: Partial<Pemetaan> }
  | { readonly jenis: "buat"; readonly judul: string; readonly isi: ArrayBuffer; readonly opsi: OpsiSusun }
  | { readonly jenis: "periksa"; readonly judul: string; readonly isi: ArrayBuffer; readonly opsi?: OpsiPeriksa };

/** `makro`: the written copy is a macro workbook (.xlsm), as its input was. */
export type Jawaban =
  | { readonly jenis: "baca"; readonly model: Model; readonly lembar: string[] }
  | { readonly jenis: "buat"; readonly hasil: HasilBuat; readonly isi: ArrayBuffer; readonly makro: boolean }
  | { readonly jenis: "periksa"; readonly hasil: HasilPeriksaHost; readonly isi: ArrayBuffer; readonly makro: boolean };

/** Messages from the worker: a progress step, the answer, or a failure (with whether the file was not usable). */
export type PesanPekerja =
  | { readonly progres: string }
  | { readonly jawaban: Jawaban }
  | { readonly galat: string; readonly bukanXlsx: boolean };

/** The package's bytes as a plain ArrayBuffer of just its bytes, for the page. */
function salinan(u: Uint8Array): ArrayBuffer {
  return u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
}

/** A file that is not a usable workbook, or whose part is damaged: the CLI's Indonesian message (BukanXlsx). */
function aman<T>(judul: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PaketRusak) throw new BukanXlsx(pesanPaket(e, judul));
    throw e;
  }
}

export async function kerjakan(p: Permintaan, progres: (langkah: string) => void): Promise<Jawaban> {
  progres("membaca");
  const paket = aman(p.judul, () => new Paket(new Uint8Array(p.isi)));
  switch (p.jenis) {
    case "baca": {
      const { grids, ours } = aman(p.judul, () => gridsPengguna(paket));
      return {
        jenis: "baca",
        model: bacaWorkbook(grids, { pemetaan: p.pemetaan, abaikan: ours }),
        lembar: grids.map((g) => g.name),
      };
    }
    case "buat": {
      const { grids, ours, lama } = aman(p.judul, () => gridsPengguna(paket));
      progres("menghitung");
      const s = susunLaporan(grids, ours, { lembarLama: lama, ...p.opsi });
      progres("menulis");
      const isi = salinan(aman(p.judul, () => tulisLembar(paket, s.laporan.sheets)));
      return {
        jenis: "buat",
        isi,
        makro: paket.makro,
        hasil: {
          lembar: s.laporan.sheets.map((x) => x.nama),
          dilewati: s.laporan.dilewati,
          bentrok: s.bentrok,
          narasi: s.laporan.narasi,
        },
      };
    }
    case "periksa": {
      progres("memeriksa");
      const { hasil, lembar, isi } = aman(p.judul, () => periksaBukuKerja(paket, p.opsi));
      progres("menulis");
      return { jenis: "periksa", isi: salinan(isi), makro: paket.makro, hasil: { hasil, lembar } };
    }
  }
}
