/** Checks within a row: capaian, serapan, sisa, efisiensi recomputed; percentages summed over quarters or years; words against numbers. */
import { isSakipError } from "../errors";
import { a1 } from "../grid";
import { formatAngka, formatRupiah } from "../numbers";
import { isStockUnit } from "../read/values";
import * as anggaran from "../rules/anggaran";
import {
  capaian,
  MetodeNegatif,
  parsePolaritas,
  Polaritas,
  polaritasDariKeterangan,
  polaritasDariNama,
  polaritasTebakan,
} from "../rules/capaian";
import { pitaUntuk, SKALA } from "../rules/predikat";
import { Baris, kunciIsian, namaBaris, padanan } from "./kelompok";
import { AngkaTertulis, BarisTabel, Isian } from "./tabel";
import {
  bulat,
  cocok,
  dua,
  EPS,
  NAMA_ISIAN,
  NAMA_ISIAN_EN,
  Pemeriksa,
  pendek,
  rentangCapaian,
  rujukan,
  rumusDua,
  selDari,
  setengah,
  tampil,
  tampilA,
  tampilAEn,
  tampilEn,
} from "./temuan";

export function periksaBaris(p: Pemeriksa, b: Baris, grup: Map<Baris, Baris[]>): void {
  const years = new Set([...b.nilai.keys()].map((key) => key.split("|")[1]));
  for (const ys of years) {
    const y = ys === "" ? null : Number(ys);
    const get = (isian: Isian) => b.nilai.get(kunciIsian(isian, y));
    const nama = namaBaris(b, y);
    const lain = (isian: Isian) =>
      padanan(b, grup, isian)
        .map((o) => ({ a: o.nilai.get(kunciIsian(isian, y)), o }))
        .filter((x): x is { a: AngkaTertulis; o: Baris } => x.a !== undefined);
    const nyata = polaritasNyata([b, ...(grup.get(b) ?? [])]);
    const namaInd = b.b.indikator ?? b.b.nama ?? "";
    const pol: Polaritas = nyata ?? polaritasTebakan(namaInd) ?? "positif";
    // Capaian (and capaian against the Renstra target).
    for (const [ci, ti] of [
      ["capaian", "target"],
      ["capaian_renstra", "target_renstra"],
    ] as const) {
      const c = get(ci);
      const t = ci === "capaian" ? get(ti) : b.nilai.get(kunciIsian(ti, null));
      const r = ci === "capaian" ? get("realisasi") : (get("realisasi_sd") ?? get("realisasi"));
      if (!c || !t || !r || t.nilai === 0) continue;
      if (pol === "rentang") continue;
      // Negative indicators: either accepted method (2 − r/t, or t/r); the one the table used is the one that fits.
      const menurut = (metode: MetodeNegatif) => capaian(r.nilai, t.nilai, { polaritas: pol, metode });
      const rasio = menurut("rasio");
      const metode: MetodeNegatif =
        pol === "negatif" && !isSakipError(rasio) && cocok(c, rasio * 100) ? "rasio" : "selisih";
      const hasil = menurut(metode);
      if (isSakipError(hasil)) continue;
      const exact = hasil * 100;
      // Polarity not stated (only the default, or guessed from the name) and the figure is the other formula's: the
      // sheet chose the other polarity, which is not proven wrong. Said as info, with the formula it used.
      if (nyata === undefined && !cocok(c, exact)) {
        const lawan = polaritasLawan(c, r, t, pol);
        if (lawan) {
          p.diperiksa++;
          const judul = {
            id: `${besarAwal(NAMA_ISIAN[ci])} ${nama}`,
            en: `${besarAwal(NAMA_ISIAN_EN[ci])} of ${nama}`,
          };
          const menurutKita = {
            id:
              pol === "negatif"
                ? `menurut namanya indikator ini biasanya semakin kecil semakin baik: (2 − ${tampilA(r)} ÷ ${tampilA(t)}) × 100 = ${tampil(exact, Math.max(c.desimal, 2))}%`
                : `bila semakin besar semakin baik: ${tampilA(r)} ÷ ${tampilA(t)} × 100 = ${tampil(exact, Math.max(c.desimal, 2))}%`,
            en:
              pol === "negatif"
                ? `by its name this indicator is usually lower-is-better: (2 − ${tampilAEn(r)} ÷ ${tampilAEn(t)}) × 100 = ${tampilEn(exact, Math.max(c.desimal, 2))}%`
                : `if higher is better: ${tampilAEn(r)} ÷ ${tampilAEn(t)} × 100 = ${tampilEn(exact, Math.max(c.desimal, 2))}%`,
          };
          p.tambah(
            "CAPAIAN_HITUNG",
            dua(
              `${judul.id}: tertulis ${tampilA(c)}% = ${lawan.id}; polaritasnya tidak dinyatakan (kolom Polaritas/Keterangan, atau "(semakin kecil semakin baik)" pada nama), jadi tidak terbukti salah; ${menurutKita.id}. Nyatakan polaritasnya.`,
              `${judul.en}: stated ${tampilAEn(c)}% = ${lawan.en}; its polarity is not stated (a Polaritas/Keterangan column, or "(semakin kecil semakin baik)" in the name), so it is not proven wrong; ${menurutKita.en}. State the polarity.`,
            ),
            [selDari(c), selDari(r), selDari(t)],
            { tertulis: c.nilai, seharusnya: exact, desimal: c.desimal, severity: "info", isian: ci },
          );
          continue;
        }
      }
      // A cell holding more than it shows (=60/165 shown 36,36%) is written with its hidden decimals.
      const tersembunyi = bulat(r) !== r.nilai;
      const rumusTeks = dua(
        pol === "positif"
          ? `${tersembunyi ? `${formatAngka(r.nilai, r.desimal + 4, r.desimal)}…` : tampilA(r)} ÷ ${tampilA(t)} × 100`
          : metode === "rasio"
            ? `${tampilA(t)} ÷ ${tampilA(r)} × 100 (indikator negatif)`
            : `(2 − ${tampilA(r)} ÷ ${tampilA(t)}) × 100 (indikator negatif)`,
        pol === "positif"
          ? `${tersembunyi ? `${tampilEn(r.nilai, r.desimal + 4)}…` : tampilAEn(r)} ÷ ${tampilAEn(t)} × 100`
          : metode === "rasio"
            ? `${tampilAEn(t)} ÷ ${tampilAEn(r)} × 100 (negative indicator)`
            : `(2 − ${tampilAEn(r)} ÷ ${tampilAEn(t)}) × 100 (negative indicator)`,
      );
      const besar = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
      p.rumus(
        "CAPAIAN_HITUNG",
        c,
        exact,
        dua(`${besar(NAMA_ISIAN[ci])} ${nama}`, `${besar(NAMA_ISIAN_EN[ci])} of ${nama}`),
        rumusTeks,
        [selDari(c), selDari(r), selDari(t)],
        {
          antara: pol === "positif" ? rentangCapaian(r, t) : undefined,
          dariTampilan:
            pol === "positif" && tersembunyi
              ? { nilai: (bulat(r) / t.nilai) * 100, rumus: rumusDua((f) => `${f(r)} ÷ ${f(t)} × 100`) }
              : undefined,
          penyebab: () => {
            if (pol !== "positif") return undefined;
            for (const { a, o } of ci === "capaian" ? lain(ti) : [])
              if (cocok(c, (r.nilai / a.nilai) * 100))
                return dua(
                  `Angka ini sama dengan ${tampilA(r)} ÷ ${tampilA(a)}, memakai target ${tampilA(a)} dari ${rujukan(selDari(a))} (${pendek(o.t.judul, 40)})`,
                  `This figure equals ${tampilAEn(r)} ÷ ${tampilAEn(a)}, using the target ${tampilAEn(a)} from ${rujukan(selDari(a))} (${pendek(o.t.judul, 40)})`,
                );
            for (const { a, o } of lain("realisasi"))
              if (cocok(c, (a.nilai / t.nilai) * 100))
                return dua(
                  `Angka ini sama dengan ${tampilA(a)} ÷ ${tampilA(t)}, memakai realisasi ${tampilA(a)} dari ${rujukan(selDari(a))} (${pendek(o.t.judul, 40)})`,
                  `This figure equals ${tampilAEn(a)} ÷ ${tampilAEn(t)}, using the actual ${tampilAEn(a)} from ${rujukan(selDari(a))} (${pendek(o.t.judul, 40)})`,
                );
            return undefined;
          },
        },
      );
    }
    // Budget: serapan, sisa, efisiensi.
    const pagu = get("pagu");
    const ra = get("realisasi_anggaran");
    if (pagu && ra) {
      const s = get("serapan");
      const serapan = anggaran.serapan(ra.nilai, pagu.nilai);
      if (s && !isSakipError(serapan))
        p.rumus(
          "SERAPAN_HITUNG",
          s,
          serapan * 100,
          dua(`Serapan ${nama}`, `Budget absorption of ${nama}`),
          rumusDua((f) => `${f(ra)} ÷ ${f(pagu)} × 100`),
          [selDari(s), selDari(ra), selDari(pagu)],
        );
      // Spending above the ceiling: arithmetic proves a serapan above 100%, which a DPA does not allow.
      if (pagu.nilai > 0 && ra.nilai - pagu.nilai > 0.5 && b.b.jenis === "item") {
        p.diperiksa++;
        const persen = (ra.nilai / pagu.nilai) * 100;
        p.tambah(
          "REALISASI_LEBIHI_PAGU",
          dua(
            `${nama}: realisasi anggaran ${formatRupiah(ra.nilai)} melebihi pagu ${formatRupiah(pagu.nilai)} sebesar ${formatRupiah(ra.nilai - pagu.nilai)} (serapan ${formatAngka(persen, 2, 2)}%).`,
            `${nama}: budget spent Rp ${tampilEn(ra.nilai, 0)} exceeds the ceiling Rp ${tampilEn(pagu.nilai, 0)} by Rp ${tampilEn(ra.nilai - pagu.nilai, 0)} (absorption ${tampilEn(persen, 2)}%).`,
          ),
          [selDari(ra), selDari(pagu)],
          {
            tertulis: ra.nilai,
            seharusnya: pagu.nilai,
            desimal: 0,
            isian: "realisasi_anggaran",
            penyebab: dua(
              "Realisasi atau pagu salah ketik, atau pagu belum diperbarui setelah perubahan anggaran",
              "The spending or the ceiling is mistyped, or the ceiling was not updated after a budget change",
            ),
          },
        );
      }
      const sisa = get("sisa");
      const sisaHitung = anggaran.sisa(pagu.nilai, ra.nilai);
      if (sisa && !isSakipError(sisaHitung))
        p.rumus(
          "SISA_HITUNG",
          sisa,
          sisaHitung,
          dua(`Sisa anggaran ${nama}`, `Budget remaining of ${nama}`),
          rumusDua((f) => `${f(pagu)} − ${f(ra)}`),
          [selDari(sisa), selDari(pagu), selDari(ra)],
          {
            penyebab: () => {
              const kembar = b.t.baris.find(
                (o) => o !== b.b && o.angka.some((x) => x.col === sisa.col && x.nilai === sisa.nilai),
              );
              const di = kembar && rujukan({ sheet: b.t.sheet, cell: a1(kembar.row, sisa.col) });
              return kembar
                ? dua(
                    `Angka ini sama dengan sisa ${pendek(kembar.nama, 40)} di ${di}: tampaknya tersalin dari baris lain`,
                    `This figure equals the remaining budget of ${pendek(kembar.nama, 40)} in ${di}: it seems copied from another row`,
                  )
                : undefined;
            },
          },
        );
      const e = get("efisiensi");
      const efisiensi = anggaran.efisiensi(pagu.nilai, ra.nilai, null, "sisa");
      if (e && !isSakipError(efisiensi))
        p.rumus(
          "EFISIENSI_HITUNG",
          e,
          efisiensi * 100,
          dua(`Efisiensi ${nama}`, `Efficiency of ${nama}`),
          rumusDua((f) => `(${f(pagu)} − ${f(ra)}) ÷ ${f(pagu)} × 100`),
          [selDari(e), selDari(pagu), selDari(ra)],
          {
            penyebab: () => {
              for (const { a } of lain("pagu"))
                for (const [atas, bawah] of [
                  [a, pagu],
                  [pagu, a],
                ] as const)
                  if (cocok(e, ((atas.nilai - ra.nilai) / bawah.nilai) * 100))
                    return dua(
                      `Angka ini sama dengan (${tampilA(atas)} − ${tampilA(ra)}) ÷ ${tampilA(bawah)} × 100: dua pagu yang berbeda dipakai (${rujukan(selDari(atas))} dan ${rujukan(selDari(bawah))})`,
                      `This figure equals (${tampilAEn(atas)} − ${tampilAEn(ra)}) ÷ ${tampilAEn(bawah)} × 100: two different budget ceilings were used (${rujukan(selDari(atas))} and ${rujukan(selDari(bawah))})`,
                    );
              return undefined;
            },
          },
        );
    }
    // Quarterly percentages added up into the annual figure.
    const tw = (["tw1", "tw2", "tw3", "tw4"] as const).map(get).filter((a): a is AngkaTertulis => a !== undefined);
    const r = get("realisasi");
    if (r && tw.length >= 2 && (r.persen || tw.some((a) => a.persen) || /%|persen/i.test(b.b.satuan ?? ""))) {
      const jumlah = tw.reduce((s, a) => s + a.nilai, 0);
      const akhir = tw[tw.length - 1].nilai;
      if (Math.abs(jumlah - akhir) > setengah(r.desimal) && cocok(r, jumlah))
        p.tambah(
          "PERSEN_DIJUMLAH",
          dua(
            `Realisasi ${nama}: ${tampilA(r)}% adalah jumlah persentase triwulan (${tw.map(tampilA).join(" + ")}). Persentase tidak dijumlahkan; realisasi tahunan adalah nilai triwulan terakhir (${tampil(akhir, r.desimal)}%) atau dihitung ulang dari pembilang dan penyebutnya.`,
            `Actual of ${nama}: ${tampilAEn(r)}% is the sum of the quarters' percentages (${tw.map(tampilAEn).join(" + ")}). Percentages are not added up; the year's actual is the last quarter's (${tampilEn(akhir, r.desimal)}%) or is recomputed from its numerator and denominator.`,
          ),
          [selDari(r), ...tw.map(selDari)],
          { tertulis: r.nilai, seharusnya: akhir, desimal: r.desimal },
        );
    }
    // Yearly percentages added up into a realisasi "s.d." (to date) of a stock indicator.
    const sd = get("realisasi_sd");
    if (sd && y !== null && (sd.persen || isStockUnit(b.b.satuan))) {
      const tahunan = new Map<number, AngkaTertulis>();
      for (const o of [b, ...padanan(b, grup, "realisasi")])
        for (const [key, a] of o.nilai) {
          const [isian, ty] = key.split("|");
          if (isian === "realisasi" && ty !== "" && Number(ty) <= y && a !== sd && !tahunan.has(Number(ty)))
            tahunan.set(Number(ty), a);
        }
      const tahun = [...tahunan.keys()].sort((u, v) => u - v);
      const jumlah = tahun.reduce((s, ty) => s + tahunan.get(ty)!.nilai, 0);
      const akhir = tahunan.get(y)?.nilai;
      if (tahun.length >= 2 && akhir !== undefined && cocok(sd, jumlah) && !cocok(sd, akhir))
        p.tambah(
          "PERSEN_DIJUMLAH",
          dua(
            `Realisasi s.d. ${y} ${nama}: ${tampilA(sd)} adalah jumlah realisasi ${tahun.join(", ")} (${tahun.map((ty) => tampilA(tahunan.get(ty)!)).join(" + ")}). Persentase tidak dijumlahkan antar tahun; realisasi s.d. tahun ini adalah nilai tahun ${y} (${tampil(akhir, sd.desimal)}).`,
            `Actual to ${y} of ${nama}: ${tampilAEn(sd)} is the sum of the actuals of ${tahun.join(", ")} (${tahun.map((ty) => tampilAEn(tahunan.get(ty)!)).join(" + ")}). Percentages are not added up across years; the actual to date is the value of ${y} (${tampilEn(akhir, sd.desimal)}).`,
          ),
          [selDari(sd), ...tahun.map((ty) => selDari(tahunan.get(ty)!))],
          { tertulis: sd.nilai, seharusnya: akhir, desimal: sd.desimal },
        );
    }
    // One remark for a row of several years' figures speaks of the latest (the report's) year, not of every year.
    const tahunCapaian = [...years].filter((k) => k !== "" && b.nilai.has(kunciIsian("capaian", Number(k))));
    if (y === null || tahunCapaian.length < 2 || Number(ys) === Math.max(...tahunCapaian.map(Number)))
      periksaKata(p, b, y, nama, pol);
  }
}

/** A predikat that is a scale's label is checked by its scale above, not again as verdict words. */
function bukanLabelSkala(pred: BarisTabel["predikat"]): BarisTabel["predikat"] {
  return pred &&
    Object.values(SKALA).some((sk) => sk.pita.some((x) => x.label.toLowerCase() === pred.teks.toLowerCase()))
    ? null
    : pred;
}

/**
 * The polarity these rows (one indicator, in one or more tables) state: a Polaritas column, a Keterangan cell
 * ("indikator negatif", "semakin kecil semakin baik") or the name's own words. undefined: not stated.
 */
function polaritasNyata(rows: readonly Baris[]): Polaritas | undefined {
  for (const o of rows) if (o.b.polaritas?.trim()) return polaritasDari(o.b.polaritas, o.b.indikator ?? o.b.nama ?? "");
  for (const o of rows) {
    const k = polaritasDariKeterangan(o.b.keterangan?.teks);
    if (k) return k;
  }
  for (const o of rows) {
    const n = polaritasDariNama(o.b.indikator ?? o.b.nama ?? "");
    if (n) return n;
  }
  return undefined;
}

/** The other polarity's formula, when the written capaian is it: r/t for a (guessed) negative, 2 − r/t or t/r else. */
function polaritasLawan(
  c: AngkaTertulis,
  r: AngkaTertulis,
  t: AngkaTertulis,
  pol: Polaritas,
): { id: string; en: string } | undefined {
  if (pol === "negatif") {
    const x = capaian(r.nilai, t.nilai);
    return !isSakipError(x) && cocok(c, x * 100)
      ? {
          id: `${tampilA(r)} ÷ ${tampilA(t)} × 100 (rumus indikator positif)`,
          en: `${tampilAEn(r)} ÷ ${tampilAEn(t)} × 100 (the positive formula)`,
        }
      : undefined;
  }
  const selisih = capaian(r.nilai, t.nilai, { polaritas: "negatif", metode: "selisih" });
  if (!isSakipError(selisih) && cocok(c, selisih * 100))
    return {
      id: `(2 − ${tampilA(r)} ÷ ${tampilA(t)}) × 100 (rumus indikator negatif)`,
      en: `(2 − ${tampilAEn(r)} ÷ ${tampilAEn(t)}) × 100 (the negative formula)`,
    };
  const rasio = capaian(r.nilai, t.nilai, { polaritas: "negatif", metode: "rasio" });
  if (!isSakipError(rasio) && cocok(c, rasio * 100))
    return {
      id: `${tampilA(t)} ÷ ${tampilA(r)} × 100 (rumus indikator negatif, metode rasio)`,
      en: `${tampilAEn(t)} ÷ ${tampilAEn(r)} × 100 (the negative formula, ratio method)`,
    };
  return undefined;
}

const besarAwal = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);

/**
 * The polarity a cell states, by the rules' own words (src/core/rules/capaian.ts): "Negatif", "Minimal", "(-)",
 * "Rentang"; in a longer phrase ("Negatif (semakin rendah semakin baik)") the first word that names one.
 */
export function polaritasDari(teks: string | null, namaIndikator = ""): Polaritas {
  if (!teks?.trim()) return polaritasDariNama(namaIndikator) ?? "positif";
  const langsung = parsePolaritas(teks.replace(/[()[\]]/g, "").trim());
  if (!isSakipError(langsung)) return langsung;
  for (const kata of teks.split(/[\s()[\],;:/]+/)) {
    const p = kata === "" ? undefined : parsePolaritas(kata);
    if (p !== undefined && !isSakipError(p)) return p;
  }
  return "positif";
}

/** Words that state a verdict, with the range of capaian they require. */
export const KATA: readonly { pola: RegExp; syarat: (c: number) => boolean; arti: string; artiEn: string }[] = [
  {
    pola: /\b(tidak|belum)\s+(melampaui|melebihi)\b/i,
    syarat: (c) => c <= 100 + EPS,
    arti: "tidak melampaui target (≤ 100%)",
    artiEn: "the target is not exceeded (≤ 100%)",
  },
  {
    pola: /\b(tidak|belum)\s+(mencapai|memenuhi|tercapai)\b|\btidak tercapai\b|\bdi bawah target\b/i,
    syarat: (c) => c < 100 - EPS,
    arti: "belum mencapai target (< 100%)",
    artiEn: "the target is not met (< 100%)",
  },
  {
    pola: /\b(melampaui|melebihi|di atas)\s+target\b/i,
    syarat: (c) => c > 100 + EPS,
    arti: "melampaui target (> 100%)",
    artiEn: "the target is exceeded (> 100%)",
  },
  {
    pola: /\b(tercapai|mencapai target|memenuhi target|sesuai target)\b/i,
    syarat: (c) => c >= 100 - EPS,
    arti: "mencapai target (≥ 100%)",
    artiEn: "the target is met (≥ 100%)",
  },
];

function periksaKata(p: Pemeriksa, b: Baris, y: number | null, nama: string, polaritas: Polaritas): void {
  const c = b.nilai.get(kunciIsian("capaian", y));
  const t = b.nilai.get(kunciIsian("target", y));
  const r = b.nilai.get(kunciIsian("realisasi", y));
  // Without a written capaian, the rule's own (a negative indicator by the default method).
  const dihitung = t && r ? capaian(r.nilai, t.nilai, { polaritas }) : undefined;
  const nilai = c?.nilai ?? (typeof dihitung === "number" ? dihitung * 100 : undefined);
  if (nilai === undefined) return;
  // A predikat of a ratio scale ("Sangat Baik", "Tinggi"…) must be the band the capaian falls in, on a scale that has it.
  const pred = b.b.predikat;
  if (pred) {
    const skala = Object.values(SKALA).filter(
      (sk) => sk.masukan === "rasio" && sk.pita.some((x) => x.label.toLowerCase() === pred.teks.toLowerCase()),
    );
    const pita = skala
      .map((sk) => pitaUntuk(nilai / 100, sk))
      .filter((x) => !isSakipError(x))
      .map((x) => (x as { label: string }).label);
    if (skala.length > 0 && pita.length > 0 && !pita.some((l) => l.toLowerCase() === pred.teks.toLowerCase())) {
      const sel = { sheet: b.t.sheet, cell: a1(b.b.row, pred.col) };
      const [skalaId, pitaTeks] = [skala.map((sk) => sk.id).join("/"), [...new Set(pita)].join("/")];
      p.tambah(
        "KATA_BERTENTANGAN",
        dua(
          `${nama}: predikat "${pred.teks}", padahal capaian ${tampil(nilai, 2)}% pada skala ${skalaId} berpredikat "${pitaTeks}".`,
          `${nama}: rated "${pred.teks}", but an achievement of ${tampilEn(nilai, 2)}% on the ${skalaId} scale is rated "${pitaTeks}".`,
        ),
        [sel, ...(c ? [selDari(c)] : [])],
        { tertulis: nilai, isian: "capaian" },
      );
    }
  }
  for (const teks of [b.b.keterangan, bukanLabelSkala(b.b.predikat)]) {
    if (!teks) continue;
    const kata = KATA.find((x) => x.pola.test(teks.teks));
    if (!kata || kata.syarat(nilai)) continue;
    const sel = { sheet: b.t.sheet, cell: a1(b.b.row, teks.col) };
    p.tambah(
      "KATA_BERTENTANGAN",
      dua(
        `${nama}: tertulis "${pendek(teks.teks, 50)}" (artinya ${kata.arti}), padahal capaiannya ${tampil(nilai, 2)}%.`,
        `${nama}: the remark "${pendek(teks.teks, 50)}" says ${kata.artiEn}, but the achievement is ${tampilEn(nilai, 2)}%.`,
      ),
      [sel, ...(c ? [selDari(c)] : [])],
      { tertulis: nilai, isian: "capaian" },
    );
  }
  // "terdapat efisiensi anggaran" with nothing left of the budget.
  const sisa = b.nilai.get(kunciIsian("sisa", y));
  const ket = b.b.keterangan;
  if (ket && sisa && /\bterdapat (efisiensi|efesiensi)\b/i.test(ket.teks) && Math.abs(sisa.nilai) < 0.5)
    p.tambah(
      "KATA_BERTENTANGAN",
      dua(
        `${nama}: keterangan menyebut efisiensi anggaran, padahal sisanya Rp 0.`,
        `${nama}: the remark mentions budget savings, but nothing of the budget remains (Rp 0).`,
      ),
      [{ sheet: b.t.sheet, cell: a1(b.b.row, ket.col) }, selDari(sisa)],
      { tertulis: 0, desimal: 0, isian: "sisa" },
    );
}
