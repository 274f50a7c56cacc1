/**
 * Narasi: a first draft of the LKIP's Bab III prose, per sasaran and indikator (items 1–4 and 6 of PermenPANRB
 * 53/2014): the target, the realisasi, the capaian and predikat; the comparison with last year, the Renstra end
 * target and the national standard when the workbook has them; the budget used and its efficiency. Every figure
 * comes from the model through the core rules and is written id-ID; every verdict word follows from its number
 * ("melebihi target" only above 100%). Each paragraph lists the figures it states, so tests can check them.
 */
import { isSakipError } from "../errors";
import { Indikator, jumlahAnggaran, Model } from "../model";
import { formatAngka, formatPersen, formatRupiah } from "../numbers";
import { capaianSasaran } from "../rules/agregasi";
import { efisiensi, MetodeEfisiensi, serapan, sisa } from "../rules/anggaran";
import { capaian, MetodeNegatif } from "../rules/capaian";
import { pitaUntuk, Skala } from "../rules/predikat";
import { bandingNasional, pembanding, programPerSasaran, realisasiSampaiKini } from "./pembanding";
import { NAMA_TW, Triwulan } from "../rules/triwulan";
import { angkaMonitoring, barisDariIndikator, BATAS_DEVIASI_BAWAAN } from "./monitoring";

/** A figure the text states: what it is, its value (ratios for percentages), and how the text writes it. */
export interface AngkaNarasi {
  readonly apa: string;
  readonly nilai: number;
  readonly tampil: string;
}

export interface ParagrafNarasi {
  /** The sasaran the paragraph belongs to (its heading), and the indicator when it is about one. */
  readonly sasaran: string;
  readonly indikator?: string;
  readonly teks: string;
  readonly angka: readonly AngkaNarasi[];
}

export interface OpsiNarasi {
  readonly tahun: number;
  /** The quarter of the monitoring: below IV each sasaran gains a paragraph on its progress to date. */
  readonly triwulan?: Triwulan;
  /** Points beyond which an indicator is off plan (the Monitoring sheet's threshold). */
  readonly batasDeviasi?: number;
  readonly skala: Skala;
  readonly metodeNegatif: MetodeNegatif;
  readonly metodeEfisiensi: MetodeEfisiensi;
}

const TOL = 1e-9;

/** "melebihi target" only above 100%, "sesuai target" at 100%, "belum mencapai target" below. */
export function vonis(c: number): "melebihi target" | "sesuai target" | "belum mencapai target" {
  return c > 1 + TOL ? "melebihi target" : c >= 1 - TOL ? "sesuai target" : "belum mencapai target";
}

const persen = (ratio: number) => formatPersen(ratio, 2);
/** A value in its indicator's unit: "36,36%", "70,85", "1.875 orang". */
function dalamSatuan(n: number, satuan: string | null): string {
  const s = (satuan ?? "").trim();
  if (/^(%|persen|persentase)$/i.test(s)) return `${formatAngka(n, 2)}%`;
  if (s === "" || /^(nilai|indeks|index|skor|poin|rasio|predikat|level|tingkat)\b/i.test(s)) return formatAngka(n, 2);
  return `${formatAngka(n, 2)} ${s}`;
}
/** A difference of two values in the unit: percentage points for "%". */
function selisihSatuan(n: number, satuan: string | null): string {
  return /^(%|persen|persentase)$/i.test((satuan ?? "").trim()) ? `${formatAngka(n, 2)} poin persen` : dalamSatuan(n, satuan);
}

class Penulis {
  readonly angka: AngkaNarasi[] = [];
  /** Writes a figure and records it. */
  tulis(apa: string, nilai: number, tampil: string): string {
    this.angka.push({ apa, nilai, tampil });
    return tampil;
  }
}

export function susunNarasi(model: Model, o: OpsiNarasi): ParagrafNarasi[] {
  const out: ParagrafNarasi[] = [];
  const capaianDari = (i: Indikator, r: number | null, t: number | null) => capaian(r, t, { polaritas: i.polaritas, metode: o.metodeNegatif, targetAtas: i.targetAtas ?? null });
  const predikatDari = (c: number) => {
    const p = pitaUntuk(c, o.skala);
    return isSakipError(p) ? null : p.label;
  };
  const kelompok = programPerSasaran(model);
  model.sasaran.forEach((s, n) => {
    const judul = `Sasaran ${s.no ?? n + 1}: ${s.nama}`;
    const nilaiCapaian = s.indikator.map((i) => {
      const c = capaianDari(i, i.realisasi?.nilai ?? null, i.target);
      return isSakipError(c) ? null : c;
    });
    const cs = capaianSasaran(nilaiCapaian);
    // Opening: the sasaran and its capaian.
    {
      const w = new Penulis();
      let teks = `Sasaran strategis "${s.nama}" diukur dengan ${w.tulis("jumlah indikator", s.indikator.length, String(s.indikator.length))} indikator kinerja.`;
      if (!isSakipError(cs)) {
        const pred = predikatDari(cs);
        const belum = nilaiCapaian.filter((c) => c !== null && c < 1 - TOL).length;
        teks += ` Rata-rata capaian indikatornya pada tahun ${o.tahun} sebesar ${w.tulis("capaian sasaran", cs, persen(cs))}${pred ? ` dengan predikat "${pred}"` : ""}, sehingga sasaran ini ${vonis(cs)}`;
        teks += belum > 0 && cs >= 1 - TOL ? `, walaupun ${w.tulis("indikator belum tercapai", belum, String(belum))} dari ${s.indikator.length} indikatornya belum mencapai target.` : ".";
      } else teks += ` Capaian sasaran belum dapat dihitung karena ada indikator yang target atau realisasinya belum tersedia.`;
      out.push({ sasaran: judul, teks, angka: w.angka });
    }
    s.indikator.forEach((i, k) => {
      const w = new Penulis();
      const parts: string[] = [];
      const r = i.realisasi?.nilai ?? null;
      const c = nilaiCapaian[k];
      // Item 1: target, realisasi, capaian, predikat.
      if (i.target === null || r === null || c === null) {
        parts.push(
          `Indikator ${i.nama} pada tahun ${o.tahun}${i.target !== null ? ` ditargetkan ${w.tulis("target", i.target, dalamSatuan(i.target, i.satuan))}` : ""}; ${r === null ? "realisasinya belum dilaporkan" : `realisasinya ${w.tulis("realisasi", r, dalamSatuan(r, i.satuan))}`}, sehingga capaiannya belum dapat dihitung.`,
        );
      } else {
        const pred = predikatDari(c);
        parts.push(
          `Indikator ${i.nama} pada tahun ${o.tahun} ditargetkan ${w.tulis("target", i.target, dalamSatuan(i.target, i.satuan))} dan terealisasi ${w.tulis("realisasi", r, dalamSatuan(r, i.satuan))}, sehingga capaian kinerjanya ${w.tulis("capaian", c, persen(c))}${pred ? ` dengan predikat "${pred}"` : ""}${pred?.toLowerCase() === vonis(c) ? "" : `, artinya ${vonis(c)}`}.`,
        );
        if (i.polaritas === "negatif") parts.push(`Indikator ini bersifat negatif (makin rendah makin baik), sehingga capaian dihitung ${o.metodeNegatif === "rasio" ? "sebagai target ÷ realisasi" : "sebagai (2 × target − realisasi) ÷ target"}.`);
      }
      const pb = pembanding(i);
      // Item 2: last year.
      const lalu = [...(pb.tahunLalu ?? [])].filter((y) => y.tahun < o.tahun).sort((a, b) => b.tahun - a.tahun)[0];
      if (lalu && lalu.realisasi.nilai !== null && r !== null) {
        const d = r - lalu.realisasi.nilai;
        const cl = capaianDari(i, lalu.realisasi.nilai, lalu.target.nilai);
        const arah = Math.abs(d) <= TOL * Math.max(1, Math.abs(r)) ? "sama dengan" : d > 0 ? "naik" : "turun";
        const baik = arah === "sama dengan" || i.polaritas === "rentang" ? "" : (d > 0) === (i.polaritas !== "negatif") ? " (membaik)" : " (memburuk)";
        parts.push(
          `Dibandingkan tahun ${lalu.tahun} dengan realisasi ${w.tulis("realisasi tahun lalu", lalu.realisasi.nilai, dalamSatuan(lalu.realisasi.nilai, i.satuan))}${isSakipError(cl) ? "" : ` (capaian ${w.tulis("capaian tahun lalu", cl, persen(cl))})`}, realisasi tahun ini ${arah === "sama dengan" ? "sama dengan tahun lalu" : `${arah} ${w.tulis("selisih tahun lalu", Math.abs(d), selisihSatuan(Math.abs(d), i.satuan))}${baik}`}.`,
        );
      }
      // Item 3: the Renstra end target.
      const tr = pb.targetRenstra?.nilai ?? null;
      const { sd, stok } = realisasiSampaiKini(i);
      if (tr !== null && sd !== null) {
        const cr = capaianDari(i, sd, tr);
        parts.push(
          `Terhadap target akhir Renstra sebesar ${w.tulis("target Renstra", tr, dalamSatuan(tr, i.satuan))}, realisasi ${stok ? "tahun ini" : "kumulatif sampai dengan tahun ini"} sebesar ${w.tulis("realisasi s.d. tahun ini", sd, dalamSatuan(sd, i.satuan))}${isSakipError(cr) ? "" : `, atau ${w.tulis("capaian Renstra", cr, persen(cr))} dari target akhir periode`}.`,
        );
      }
      // Item 4: the national standard.
      const std = pb.standarNasional?.nilai ?? null;
      const bn = bandingNasional(i);
      if (std !== null && bn.arah) {
        parts.push(`Realisasi ini ${bn.arah === "lebihBaik" ? "lebih baik dari" : bn.arah === "setara" ? "setara dengan" : "di bawah"} standar nasional sebesar ${w.tulis("standar nasional", std, dalamSatuan(std, i.satuan))}.`);
      }
      out.push({ sasaran: judul, indikator: i.nama, teks: parts.join(" "), angka: w.angka });
    });
    // The quarter's progress, when the year is not over: realisasi to date against the Rencana Aksi.
    const q = o.triwulan;
    const pantau = q && q < 4 ? s.indikator.flatMap((i) => barisDariIndikator(i) ?? []) : [];
    if (q && pantau.length > 0) {
      const w = new Penulis();
      const tw = `Triwulan ${NAMA_TW[q - 1]}`;
      const kalimat = pantau.map((b) => {
        const a = angkaMonitoring(b, q, o.batasDeviasi ?? BATAS_DEVIASI_BAWAAN, o.metodeNegatif);
        if (a.realKsd === null) return `indikator ${b.uraian} belum dilaporkan realisasinya`;
        let k = `indikator ${b.uraian} terealisasi ${w.tulis(`realisasi s.d. TW ${b.uraian}`, a.realKsd, dalamSatuan(a.realKsd, b.satuan))}`;
        if (b.target !== null) k += ` dari target tahun ${w.tulis(`target ${b.uraian}`, b.target, dalamSatuan(b.target, b.satuan))}`;
        if (a.renKsd !== null && typeof a.devK === "number") {
          const poin = a.devK * 100;
          const arah = Math.abs(poin) <= TOL ? "sesuai rencana" : poin < 0 ? "tertinggal" : "melampaui rencana";
          k += ` (rencana aksi s.d. ${tw} ${w.tulis(`rencana ${b.uraian}`, a.renKsd, dalamSatuan(a.renKsd, b.satuan))}; ${arah === "sesuai rencana" ? arah : `${arah} ${w.tulis(`deviasi ${b.uraian}`, Math.abs(poin), `${formatAngka(Math.abs(poin), 2)} poin`)}`}${a.status === "Menyimpang" ? ", melebihi batas deviasi" : ""})`;
        }
        if (typeof a.proyC === "number") k += `; dengan laju saat ini capaian akhir tahun diproyeksikan ${w.tulis(`proyeksi capaian ${b.uraian}`, a.proyC, persen(a.proyC))}`;
        return k;
      });
      out.push({ sasaran: judul, teks: `Sampai dengan ${tw} tahun ${o.tahun}, ${kalimat.join("; ")}.`, angka: w.angka });
    }
    // Item 6: the budget behind the sasaran and its efficiency.
    const g = kelompok.find((x) => x.sasaran === s);
    if (g) {
      const w = new Penulis();
      const { pagu, realisasi: real } = jumlahAnggaran(g.program);
      const sr = serapan(real, pagu);
      const ss = sisa(pagu, real);
      let teks = `Sasaran ini didukung ${w.tulis("jumlah program", g.program.length, String(g.program.length))} program dengan pagu ${w.tulis("pagu", pagu, formatRupiah(pagu))} dan realisasi ${w.tulis("realisasi anggaran", real, formatRupiah(real))}`;
      if (!isSakipError(sr) && !isSakipError(ss)) {
        teks += ` (serapan ${w.tulis("serapan", sr, persen(sr))}), dengan sisa anggaran ${w.tulis("sisa", ss, formatRupiah(ss))}.`;
        const e = efisiensi(pagu, real, isSakipError(cs) ? null : cs, o.metodeEfisiensi);
        if (!isSakipError(e) && o.metodeEfisiensi !== "selisih" && o.metodeEfisiensi !== "rasio") teks += ` Efisiensi anggaran sasaran ini ${w.tulis("efisiensi", e, persen(e))} dari pagu.`;
        if (!isSakipError(cs)) {
          teks +=
            cs >= 1 - TOL && sr < 1 - TOL
              ? ` Target sasaran tercapai dengan anggaran di bawah pagu, sehingga terdapat efisiensi penggunaan sumber daya.`
              : cs < 1 - TOL
                ? ` Capaian sasaran ${w.tulis("capaian sasaran", cs, persen(cs))} belum mencapai target, sementara anggaran terserap ${w.tulis("serapan", sr, persen(sr))}; perlu dianalisis penyebabnya.`
                : ` Target sasaran tercapai dengan anggaran terserap penuh.`;
        }
      } else teks += ".";
      out.push({ sasaran: judul, teks, angka: w.angka });
    }
  });
  return out;
}
