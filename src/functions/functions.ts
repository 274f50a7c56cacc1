/*
 * Excel custom functions, namespace SAKIP. Each is a thin wrapper over src/core/rules through spill.ts.
 * The JSDoc below is the Indonesian metadata (dist/functions.json); English lives in functions.en-US.json
 * Function ids are stable: never rename one once released. Every argument is declared as a matrix (any[][]) so
 * a cell or a range may be passed; a range spills a range of results.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata plugin reads any[][] as "a cell or a range of any values" */
import { akumulasi, capaianSasaran, parseJenisAkumulasi } from "../core/rules/agregasi";
import { efisiensi, parseMetodeEfisiensi, persentase, serapan, sisa } from "../core/rules/anggaran";
import { capaian as hitungCapaian, parseMetodeNegatif, parsePolaritas } from "../core/rules/capaian";
import { parseSkala, predikat as hitungPredikat, skalaPengguna } from "../core/rules/predikat";
import { capaianE81, deviasi, parseTriwulan, predikatE81, proyeksiTahun } from "../core/rules/triwulan";
import { isSakipError, sakipError } from "../core/errors";
import { aggregate, angka, elementwise, flatten, rowwise, shapeOf, toExcelError } from "./spill";

// Outside Excel (the standalone page) there is no CustomFunctions runtime; the registrations appended to this file
// by custom-functions-metadata-plugin then do nothing instead of throwing.
if (typeof CustomFunctions === "undefined") {
  (globalThis as unknown as { CustomFunctions: Pick<typeof CustomFunctions, "associate"> }).CustomFunctions = {
    associate: () => undefined,
  };
}

const capaianSel = elementwise(
  [angka, angka, parsePolaritas, parseMetodeNegatif, angka, angka] as const,
  (r, t, polaritas, metode, atas, batas) => hitungCapaian(r, t, { polaritas, metode, targetAtas: atas, batas }),
);

/**
 * Capaian kinerja sebagai rasio (format sel sebagai %): realisasi ÷ target untuk polaritas positif; (2×target − realisasi) ÷ target untuk polaritas negatif (PermenPANRB 8/2021).
 * @customfunction CAPAIAN CAPAIAN
 * @param realisasi Realisasi kinerja: sel atau rentang. Sel kosong berarti belum dilaporkan (#N/A), bukan 0.
 * @param target Target kinerja (Perjanjian Kinerja), satuan sama dengan realisasi. Target 0 menghasilkan #DIV/0!.
 * @param [polaritas] positif (bawaan; naik, meningkat, maksimal, +), negatif (turun, menurun, minimal, -) atau rentang.
 * @param [metode] Untuk polaritas negatif: selisih (bawaan, (2T−R)/T) atau rasio (T/R).
 * @param [target_atas] Batas atas target bila polaritas rentang (target = batas bawah).
 * @param [batas] Batas atas capaian (mis. 1,2 untuk 120%). Kosong: tanpa batas.
 * @returns Capaian sebagai rasio (1 = 100%).
 */
export function capaian(
  realisasi: any[][],
  target: any[][],
  polaritas?: any[][],
  metode?: any[][],
  target_atas?: any[][],
  batas?: any[][],
): any[][] {
  return capaianSel(realisasi, target, polaritas, metode, target_atas, batas);
}

const predikatSel = elementwise([angka, parseSkala] as const, (nilai, skala) =>
  nilai === null ? null : hitungPredikat(nilai, skala),
);

/**
 * Predikat (kategori) sebuah capaian atau skor menurut skala bernama atau tabel batas bawah milik pengguna.
 * @customfunction PREDIKAT PREDIKAT
 * @param nilai Capaian sebagai rasio (95% = 0,95) untuk skala tiga, lima, permendagri86 dan efisiensi; skor 0–100 untuk skala sakip dan koperasi.
 * @param [skala] tiga (bawaan: Tidak Tercapai/Sesuai Target/Melebihi Target), lima, permendagri86, sakip, koperasi, efisiensi_selisih, efisiensi_rasio; atau rentang dua kolom: batas bawah dan label.
 * @returns Label predikat.
 */
export function predikat(nilai: any[][], skala?: any[][]): any[][] {
  if (skala && shapeOf(skala)[1] === 2) {
    const tabel = skalaPengguna(skala);
    if (isSakipError(tabel)) return [[toExcelError(tabel)]];
    return elementwise([angka] as const, (v) => (v === null ? null : hitungPredikat(v, tabel)))(nilai);
  }
  return predikatSel(nilai, skala);
}

/**
 * Capaian sasaran: rata-rata capaian indikatornya, atau rata-rata tertimbang bila bobot diisi. Sel kosong diabaikan; sel galat diteruskan dengan pesannya.
 * @customfunction CAPAIAN_SASARAN CAPAIAN_SASARAN
 * @param capaian Capaian indikator-indikator sasaran (rentang).
 * @param [bobot] Bobot tiap indikator, ukuran sama dengan capaian.
 * @returns Capaian sasaran sebagai rasio.
 */
export function capaian_sasaran(capaian: any[][], bobot?: any[][]): any[][] {
  return aggregate(() => {
    if (bobot) {
      const [a, b] = [shapeOf(capaian), shapeOf(bobot)];
      if (a[0] * a[1] !== b[0] * b[1]) {
        return sakipError("#VALUE!", {
          id: `Ukuran bobot (${b[0]}×${b[1]}) tidak sama dengan capaian (${a[0]}×${a[1]}).`,
          en: `The weights (${b[0]}×${b[1]}) differ in size from the achievements (${a[0]}×${a[1]}).`,
        });
      }
    }
    return capaianSasaran(flatten(capaian, angka), bobot ? flatten(bobot, angka) : undefined);
  });
}

const serapanSel = elementwise([angka, angka] as const, (r, p) => serapan(r, p));

/**
 * Serapan anggaran: realisasi anggaran ÷ pagu.
 * @customfunction SERAPAN SERAPAN
 * @param realisasi_anggaran Realisasi anggaran (Rupiah).
 * @param pagu Pagu anggaran (Rupiah). Pagu 0 menghasilkan #DIV/0!; pagu negatif #VALUE!.
 * @returns Serapan sebagai rasio.
 */
export function serapan_anggaran(realisasi_anggaran: any[][], pagu: any[][]): any[][] {
  return serapanSel(realisasi_anggaran, pagu);
}

const sisaSel = elementwise([angka, angka] as const, (p, r) => sisa(p, r));

/**
 * Sisa anggaran: pagu − realisasi anggaran (kolom "Efisiensi Anggaran (Rp)" pada LKIP).
 * @customfunction SISA SISA
 * @param pagu Pagu anggaran (Rupiah).
 * @param realisasi_anggaran Realisasi anggaran (Rupiah).
 * @returns Sisa anggaran dalam Rupiah.
 */
export function sisa_anggaran(pagu: any[][], realisasi_anggaran: any[][]): any[][] {
  return sisaSel(pagu, realisasi_anggaran);
}

const efisiensiSel = elementwise([angka, angka, angka, parseMetodeEfisiensi] as const, (p, r, c, metode) =>
  efisiensi(p, r, c, metode),
);

/**
 * Efisiensi anggaran menurut metode bernama: sisa (bawaan, sisa ÷ pagu), bersyarat (hanya bila capaian ≥ 100%), selisih (capaian − serapan), rasio (serapan ÷ capaian).
 * @customfunction EFISIENSI EFISIENSI
 * @param pagu Pagu anggaran (Rupiah).
 * @param realisasi_anggaran Realisasi anggaran (Rupiah).
 * @param [capaian] Capaian kinerja sebagai rasio; wajib untuk metode bersyarat, selisih dan rasio.
 * @param [metode] sisa (bawaan), bersyarat, selisih atau rasio.
 * @returns Efisiensi sebagai rasio (selisih: poin persen sebagai rasio).
 */
export function efisiensi_anggaran(
  pagu: any[][],
  realisasi_anggaran: any[][],
  capaian?: any[][],
  metode?: any[][],
): any[][] {
  return efisiensiSel(pagu, realisasi_anggaran, capaian, metode);
}

const persentaseSel = elementwise([angka, angka] as const, (a, b) => persentase(a, b));

/**
 * Persentase: pembilang ÷ penyebut, dihitung dari angka yang belum dibulatkan (mis. 60 koperasi berkualitas ÷ 165 koperasi).
 * @customfunction PERSENTASE PERSENTASE
 * @param pembilang Pembilang.
 * @param penyebut Penyebut. Penyebut 0 menghasilkan #DIV/0!.
 * @returns Rasio (format sel sebagai %).
 */
export function persentase_rasio(pembilang: any[][], penyebut: any[][]): any[][] {
  return persentaseSel(pembilang, penyebut);
}

/**
 * Realisasi s.d. triwulan terakhir dari nilai per triwulan, per baris: kumulatif (jumlah) untuk indikator aliran, nilai_akhir (triwulan terakhir yang terisi) untuk persentase, indeks dan rasio.
 * @customfunction AKUMULASI AKUMULASI
 * @param nilai_tw Nilai TW I–IV: satu baris per indikator. Sel kosong berarti belum diisi; 0 tetap nilai.
 * @param [jenis] kumulatif (bawaan) atau nilai_akhir. Jangan menjumlahkan persentase.
 * @returns Satu nilai per baris.
 */
export function akumulasi_tw(nilai_tw: any[][], jenis?: any[][]): any[][] {
  const j = parseJenisAkumulasi(jenis ? jenis[0][0] : null);
  if (isSakipError(j)) return [[toExcelError(j)]];
  return rowwise(nilai_tw, angka, (row) => {
    const v = akumulasi(row, j);
    return v === null
      ? sakipError("#N/A", { id: "Belum ada triwulan yang terisi.", en: "No quarter is filled yet." })
      : v;
  });
}

const angkaSel = elementwise([angka] as const, (v) =>
  v === null ? sakipError("#N/A", { id: "Sel kosong.", en: "Blank cell." }) : v,
);

/**
 * Mengubah teks angka Indonesia atau Inggris menjadi angka: "36,36%", "Rp 1.234.567", "7,5", "32,300,612,788".
 * @customfunction ANGKA ANGKA
 * @param teks Teks angka (sel atau rentang).
 * @returns Angka; teks yang tidak dikenali menghasilkan #VALUE! yang menyebut teksnya.
 */
export function angka_teks(teks: any[][]): any[][] {
  return angkaSel(teks);
}

const deviasiSel = elementwise([angka, angka, angka] as const, (r, rencana, target) => deviasi(r, rencana, target));

/**
 * Deviasi realisasi dari rencana (Rencana Aksi atau anggaran kas) sebagai rasio poin: (realisasi − rencana) ÷ target tahun; tanpa target: realisasi − rencana (keduanya sudah persentase). Negatif berarti tertinggal dari rencana.
 * @customfunction DEVIASI DEVIASI
 * @param realisasi Realisasi s.d. triwulan ini (K atau Rp). Sel kosong berarti belum dilaporkan (#N/A).
 * @param rencana Rencana s.d. triwulan yang sama (target triwulan Rencana Aksi atau anggaran kas).
 * @param [target] Target tahun atau pagu, untuk menyatakan deviasi dalam poin persen. Target 0 menghasilkan #DIV/0!.
 * @returns Deviasi sebagai rasio (−0,12 = tertinggal 12 poin).
 */
export function deviasi_rencana(realisasi: any[][], rencana: any[][], target?: any[][]): any[][] {
  return deviasiSel(realisasi, rencana, target);
}

const capaianE81Sel = elementwise([angka, angka] as const, (r, t) => capaianE81(r, t));

/**
 * Tingkat capaian formulir E.81 (Permendagri 86/2017), kolom (15) = (14) ÷ (6) × 100: realisasi Renstra s.d. tahun berjalan terhadap target akhir Renstra, dalam poin (bukan rasio).
 * @customfunction CAPAIAN_E81 CAPAIAN_E81
 * @param realisasi_sd Realisasi kinerja atau anggaran Renstra s.d. tahun berjalan, kolom (14).
 * @param target_renstra Target Renstra pada akhir periode, kolom (6). Target 0 menghasilkan #DIV/0!.
 * @returns Capaian dalam poin (80 = 80%).
 */
export function capaian_e81(realisasi_sd: any[][], target_renstra: any[][]): any[][] {
  return capaianE81Sel(realisasi_sd, target_renstra);
}

const predikatE81Sel = elementwise([angka] as const, (v) => (v === null ? null : predikatE81(v)));

/**
 * Predikat capaian E.81 menurut Permendagri 86/2017: ≥ 91 Sangat Tinggi, 76–< 91 Tinggi, 66–< 76 Sedang, 51–< 66 Rendah, ≤ 50 Sangat Rendah.
 * @customfunction PREDIKAT_E81 PREDIKAT_E81
 * @param capaian Capaian dalam poin, seperti kolom (15) atau SAKIP.CAPAIAN_E81 (80 = 80%).
 * @returns Label predikat.
 */
export function predikat_e81(capaian: any[][]): any[][] {
  return predikatE81Sel(capaian);
}

const triwulanWajib = (cell: unknown) => {
  const q = parseTriwulan(cell);
  return q === null
    ? sakipError("#N/A", {
        id: "Triwulan kosong: isi I, II, III atau IV.",
        en: "Quarter is blank: fill in I, II, III or IV.",
      })
    : q;
};
const proyeksiSel = elementwise([angka, triwulanWajib, parseJenisAkumulasi] as const, (r, q, jenis) =>
  proyeksiTahun(r, q, jenis),
);

/**
 * Proyeksi realisasi akhir tahun dengan laju saat ini: kumulatif (aliran dan Rupiah) = realisasi s.d. triwulan × 4 ÷ triwulan; nilai_akhir (persentase, indeks) = nilai terakhir.
 * @customfunction PROYEKSI PROYEKSI
 * @param realisasi_sd Realisasi s.d. triwulan ini.
 * @param triwulan Triwulan realisasi: I, II, III, IV atau 1–4.
 * @param [jenis] kumulatif (bawaan) atau nilai_akhir.
 * @returns Proyeksi realisasi tahun, dalam satuan realisasi.
 */
export function proyeksi_tahun(realisasi_sd: any[][], triwulan: any[][], jenis?: any[][]): any[][] {
  return proyeksiSel(realisasi_sd, triwulan, jenis);
}
