/** Aggregations: capaian sasaran (mean of its indicators) and quarterly accumulation (jenis akumulasi). */
import { Hasil, SakipError, isSakipError, sakipError } from "../errors";
import { Pilihan, pilih } from "./pilihan";

/**
 * Mean of the indicators' capaian, or the weighted mean when weights are given. Blanks (null) are skipped; the
 * first error among the values is returned, so a broken indicator never silently drops out of the average.
 */
export function capaianSasaran(
  capaian: readonly (number | null | SakipError)[],
  bobot?: readonly (number | null | SakipError)[],
): Hasil<number> {
  if (bobot && bobot.length !== capaian.length) {
    return sakipError("#VALUE!", {
      id: `Jumlah bobot (${bobot.length}) tidak sama dengan jumlah capaian (${capaian.length}).`,
      en: `${bobot.length} weights for ${capaian.length} achievements.`,
    });
  }
  let sum = 0;
  let weightSum = 0;
  for (let i = 0; i < capaian.length; i++) {
    const c = capaian[i];
    if (isSakipError(c))
      return sakipError(c.code, {
        id: `Capaian ke-${i + 1}: ${c.message}`,
        en: `Achievement ${i + 1}: ${c.messageEn ?? c.message}`,
      });
    if (c === null) continue;
    const w = bobot ? bobot[i] : 1;
    if (isSakipError(w))
      return sakipError(w.code, {
        id: `Bobot ke-${i + 1}: ${w.message}`,
        en: `Weight ${i + 1}: ${w.messageEn ?? w.message}`,
      });
    if (w === null)
      return sakipError("#VALUE!", {
        id: `Bobot ke-${i + 1} kosong padahal capaiannya terisi.`,
        en: `Weight ${i + 1} is blank while its achievement is filled.`,
      });
    if (w < 0)
      return sakipError("#VALUE!", {
        id: `Bobot ke-${i + 1} negatif (${w}).`,
        en: `Weight ${i + 1} is negative (${w}).`,
      });
    sum += c * w;
    weightSum += w;
  }
  if (weightSum === 0) {
    return bobot && capaian.some((c) => c !== null)
      ? sakipError("#DIV/0!", { id: "Jumlah bobot 0.", en: "The weights sum to 0." })
      : sakipError("#N/A", {
          id: "Belum ada capaian indikator yang terisi.",
          en: "No indicator has an achievement yet.",
        });
  }
  return sum / weightSum;
}

/**
 * A sasaran's capaian in the generated report (docs/RULES.md): the mean of *all* its indicators, so "belum dapat
 * dihitung" (#N/A, naming the first indicator without one and why) until every indicator has a capaian.
 */
export function capaianSasaranLengkap(capaian: readonly Hasil<number>[]): Hasil<number> {
  const i = capaian.findIndex(isSakipError);
  if (i >= 0) {
    const c = capaian[i] as SakipError;
    return sakipError("#N/A", {
      id: `Capaian sasaran belum dapat dihitung: indikator ke-${i + 1}: ${c.message}`,
      en: `The goal's achievement cannot be computed yet: indicator ${i + 1}: ${c.messageEn ?? c.message}`,
    });
  }
  return capaianSasaran(capaian);
}

export type JenisAkumulasi = "kumulatif" | "nilai_akhir";

export const JENIS_AKUMULASI: Pilihan<JenisAkumulasi> = {
  nama: "Jenis akumulasi",
  namaEn: "Accumulation type",
  bawaan: "kumulatif",
  sinonim: {
    kumulatif: ["akumulatif", "jumlah", "sum", "flow", "total", "dijumlahkan"],
    nilai_akhir: [
      "akhir",
      "nilai akhir",
      "terakhir",
      "posisi",
      "posisi akhir",
      "stock",
      "last",
      "tidak kumulatif",
      "persentase",
      "%",
    ],
  },
};

/**
 * Realisasi to date from quarterly values: kumulatif (a flow: the sum of filled quarters) or nilai_akhir (a stock
 * such as a percentage or index: the last filled quarter). A 0 is a value; only a blank is "not filled". Never sum
 * percentages: that is what nilai_akhir is for.
 */
export function akumulasi(nilai: readonly (number | null | SakipError)[], jenis: JenisAkumulasi): Hasil<number | null> {
  let sum = 0;
  let last: number | null = null;
  for (const [i, v] of nilai.entries()) {
    if (isSakipError(v))
      return sakipError(v.code, {
        id: `Nilai ke-${i + 1}: ${v.message}`,
        en: `Value ${i + 1}: ${v.messageEn ?? v.message}`,
      });
    if (v === null) continue;
    sum += v;
    last = v;
  }
  if (last === null) return null;
  return jenis === "kumulatif" ? sum : last;
}

export function parseJenisAkumulasi(value: unknown): Hasil<JenisAkumulasi> {
  return pilih(JENIS_AKUMULASI, value);
}

/**
 * Satuan of a level, stock or rate: a percentage, an index, a score, a ratio, a yield per hectare, a rate per
 * 1.000/100.000, a count per month ("orang/bulan"), a rating. The year's figure is the last quarter reported.
 */
const SATUAN_STOK =
  /^\s*\(?\s*(%|(persen|persentase|prosentase|prosen|percent|indeks|index|rasio|ratio|nilai|skor|score|poin|point|predikat|level|tingkat|opini|kategori|angka)\b)|\/\s*(ha|hektar|hektare|bulan|kapita|jiwa|penduduk|kh|kelahiran|1[.,]?000|10[.,]?000|100[.,]?000)\b|\bper\s+(ha|hektar|hektare|bulan|kapita|1[.,]?000|10[.,]?000|100[.,]?000)\b/i;
/** A duration: a stock when the name says it is one (a waiting time, a length of stay, an age). */
const SATUAN_WAKTU = /^\s*(hari|jam|menit|minggu|bulan|tahun)\b/i;
const NAMA_WAKTU = /\b(waktu|lama|durasi|usia|umur|rata\s*-?\s*rata)\b|\bharapan\s+hidup\b/i;
/** Names of a level or rate, whatever the satuan. */
const NAMA_STOK =
  /^\s*(persentase|prosentase|proporsi|indeks|index|rasio|tingkat|prevalensi|cakupan|rata\s*-?\s*rata|nilai|skor|opini|predikat|angka|laju|kepadatan|ketersediaan\s+\w+\s+per)\b/i;
/**
 * Counts of things that exist ("Jumlah puskesmas yang memenuhi standar", "Jumlah desa mandiri"): a stock, unless an
 * action is counted ("yang dibangun", "yang dibina", "yang mendapatkan …").
 */
const NAMA_BENDA =
  /^\s*jumlah\s+(puskesmas|rumah\s+sakit|sekolah|desa|kelurahan|posyandu|pustu|fasilitas\s+kesehatan|faskes|koperasi\s+aktif|pasar)\b/i;
const NAMA_TINDAKAN =
  /\byang\s+(di[a-z]+|ter(layani|tangani|bangun|pasang|latih|bina|fasilitasi)|mendapat(kan)?|menerima|mengikuti|memperoleh)\b|\b(pengadaan|pembangunan|rehabilitasi|penyusunan|pelaksanaan|penerbitan|terakreditasi|tersertifikasi)\b/i;
/** Satuan of a flow: money, documents, events, activities. */
const SATUAN_ALIRAN =
  /^\s*(rp|rupiah|dokumen|laporan|kegiatan|paket|kali|berkas|surat|sertifikat|izin|perkara|kasus|kejadian|usulan|naskah|produk|event|jam\s+pelajaran)\b/i;

/**
 * How an indicator's quarterly realisasi add up, from its satuan and name: "nilai_akhir" for a level or rate (the
 * last quarter reported), "kumulatif" for a flow (the sum), undefined when neither says (the caller says so instead
 * of summing silently). Conservative: a count of persons or units ("orang", "unit") is a flow only when the name
 * counts an action ("yang dilatih", "yang diadakan").
 */
export function jenisAkumulasiIndikator(satuan: string | null, nama = ""): JenisAkumulasi | undefined {
  const s = satuan ?? "";
  if (SATUAN_STOK.test(s)) return "nilai_akhir";
  if (/^\s*(rp|rupiah)\b/i.test(s)) return "kumulatif";
  if (SATUAN_WAKTU.test(s) && NAMA_WAKTU.test(nama)) return "nilai_akhir";
  if (NAMA_STOK.test(nama)) return "nilai_akhir";
  if (NAMA_BENDA.test(nama) && !NAMA_TINDAKAN.test(nama)) return "nilai_akhir";
  if (SATUAN_ALIRAN.test(s) || NAMA_TINDAKAN.test(nama) || /^\s*(produksi|volume\s+produksi)\b/i.test(nama))
    return "kumulatif";
  return undefined;
}

/**
 * The accumulation a note states (a Keterangan cell: "nilai terakhir", "kumulatif", "tidak kumulatif"), or
 * undefined.
 */
export function jenisAkumulasiDariKeterangan(teks: string | null | undefined): JenisAkumulasi | undefined {
  const s = (teks ?? "").toLowerCase();
  if (
    /\bnilai\s+(terakhir|akhir)\b|\btidak\s+(a?kumulatif|dijumlahkan)\b|\bposisi\s+akhir\b|\bnon[\s-]?kumulatif\b/.test(
      s,
    )
  )
    return "nilai_akhir";
  if (/\b(a?kumulatif|dijumlahkan)\b/.test(s)) return "kumulatif";
  return undefined;
}
