/** Checks across tables: the same figure stated differently, capaian above 150%, and the prose against the tables. */
import { a1, Grid } from "../grid";
import { BATAS_REALISTIS } from "../rules/capaian";
import { Baris, himpunanBanding, kunciEntitas, kunciIsian, padanan, sama } from "./kelompok";
import { KATA } from "./cek-baris";
import { AngkaTertulis, Isian, ISIAN_PERSEN } from "./tabel";
import {
  cocok,
  dalamRentang,
  dua,
  EPS,
  NAMA_ISIAN,
  NAMA_ISIAN_EN,
  Pemeriksa,
  pendek,
  rentangCapaian,
  rujukan,
  satuanIsian,
  selDari,
  setengah,
  tampil,
  tampilA,
  tampilAEn,
  tampilEn,
  terpotong,
} from "./temuan";
import { kalimatCapaian } from "./uraian";

/** Capaian above this (in percent) is flagged: the rules' realism limit. */
const BATAS_TINGGI = BATAS_REALISTIS * 100;

/** Values of the same item, field and year stated differently in different tables. */
export function periksaAntarTabel(p: Pemeriksa, grup: Map<Baris, Baris[]>): void {
  const dilihat = new Set<string>();
  for (const rows of new Set(grup.values())) {
    const keys = new Set(rows.flatMap((r) => [...r.nilai.keys()]));
    for (const key of keys) {
      const [isianS, ys] = key.split("|");
      const isian = isianS as Isian;
      for (const himpunan of himpunanBanding(
        rows.filter((r) => r.nilai.has(key)),
        isian,
      )) {
        if (new Set(himpunan.map((r) => r.tabel)).size < 2) continue;
        const id = `${key}|${himpunan.map((r) => `${r.tabel}:${r.b.row}`).join(",")}`;
        if (dilihat.has(id)) continue;
        dilihat.add(id);
        bandingkan(
          p,
          himpunan.map((o) => ({ o, x: o.nilai.get(key)! })),
          isian,
          ys,
        );
      }
    }
  }
}

function bandingkan(p: Pemeriksa, semuaPernyataan: { o: Baris; x: AngkaTertulis }[], isian: Isian, ys: string): void {
  p.diperiksa += semuaPernyataan.length - 1;
  // A percentage consistent with its own row follows its inputs; a difference there is reported on the inputs.
  // A serapan is the figure readers compare across tables: stated differently, it is reported even when each
  // follows from its own row (the pagu then differs too, and that is the cause).
  const pernyataan =
    ISIAN_PERSEN.has(isian) && isian !== "serapan"
      ? semuaPernyataan.filter((v) => !p.cekBaris.has(v.x))
      : semuaPernyataan;
  if (pernyataan.length === 0) return;
  // Clusters of agreeing values, the most precise first.
  const urut = [...semuaPernyataan].sort((u, v) => v.x.desimal - u.x.desimal);
  const kelompok: { wakil: AngkaTertulis; anggota: typeof urut; terpotong: boolean }[] = [];
  for (const v of urut) {
    // A percentage may be the same figure shown with fewer decimals (100,9 and 100,92); an input is a value
    // someone set or counted, so 21 and 21,21 are two different targets.
    const setara = (c: AngkaTertulis) =>
      ISIAN_PERSEN.has(isian)
        ? cocok(v.x, c.nilai) || terpotong(v.x, c.nilai)
        : Math.abs(v.x.nilai - c.nilai) <= setengah(Math.max(v.x.desimal, c.desimal)) + EPS;
    const g = kelompok.find((c) => setara(c.wakil));
    if (g) {
      g.anggota.push(v);
      if (!cocok(v.x, g.wakil.nilai)) g.terpotong = true;
    } else kelompok.push({ wakil: v.x, anggota: [v], terpotong: false });
  }
  const relevan = kelompok.filter((c) => c.anggota.some((v) => pernyataan.includes(v)));
  const b = semuaPernyataan[0].o;
  const nama = `${pendek(b.b.nama)}, ${NAMA_ISIAN[isian]}${ys ? ` ${ys}` : ""}`;
  const namaEn = `${pendek(b.b.nama)}, ${NAMA_ISIAN_EN[isian]}${ys ? ` ${ys}` : ""}`;
  const s = satuanIsian(isian);
  const daftar = (c: (typeof kelompok)[number], f = tampilA) =>
    `${f(c.wakil)}${s} (${c.anggota.map((v) => rujukan(selDari(v.x))).join(", ")})`;
  if (kelompok.length > 1 && relevan.length > 0) {
    const utama = [...kelompok].sort((u, v) => v.anggota.length - u.anggota.length)[0];
    const seri = kelompok.filter((c) => c.anggota.length === utama.anggota.length).length > 1;
    // The cells that differ from the most-stated value first: they are the ones to look at.
    const pos = (c: (typeof kelompok)[number]) => Math.min(...c.anggota.map((v) => semuaPernyataan.indexOf(v)));
    const urutSel = seri
      ? [...kelompok].sort((u, v) => pos(u) - pos(v))
      : [...kelompok.filter((c) => c !== utama), utama];
    p.tambah(
      "ANTAR_TABEL",
      dua(
        `${nama} berbeda antar tabel: ${kelompok.map((c) => daftar(c)).join(" dan ")}.`,
        `${namaEn} differs between tables: ${kelompok.map((c) => daftar(c, tampilAEn)).join(" and ")}.`,
      ),
      urutSel.flatMap((c) => c.anggota.map((v) => selDari(v.x))),
      {
        tertulis: urutSel[0].wakil.nilai,
        seharusnya: seri ? undefined : utama.wakil.nilai,
        desimal: Math.max(...kelompok.map((c) => c.wakil.desimal)),
        isian,
        penyebab:
          isian === "serapan" && semuaPernyataan.every((v) => p.cekBaris.get(v.x) === true)
            ? dua(
                "Setiap serapan sesuai dengan barisnya sendiri: pagu atau realisasi anggarannya berbeda antar tabel",
                "Each absorption agrees with its own row: the budget ceiling or the spending differs between tables",
              )
            : // A tie names no likely cause: no value is stated more often than another.
              seri
              ? undefined
              : dua(
                  `Nilai yang paling sering tertulis: ${tampilA(utama.wakil)}${s}`,
                  `The value stated most often: ${tampilAEn(utama.wakil)}${s}`,
                ),
      },
    );
    return;
  }
  const g = kelompok.find((c) => c.terpotong && c.anggota.some((v) => pernyataan.includes(v)));
  if (g)
    p.tambah(
      "PEMBULATAN_TERPOTONG",
      dua(
        `${nama}: ${g.anggota.map((v) => `${tampilA(v.x)}${s} (${rujukan(selDari(v.x))})`).join(", ")} — nilai yang sama, sebagian dipotong, bukan dibulatkan.`,
        `${namaEn}: ${g.anggota.map((v) => `${tampilAEn(v.x)}${s} (${rujukan(selDari(v.x))})`).join(", ")} — the same value, some of it cut off instead of rounded.`,
      ),
      g.anggota.map((v) => selDari(v.x)),
      {
        tertulis: g.anggota[g.anggota.length - 1].x.nilai,
        seharusnya: g.wakil.nilai,
        desimal: g.wakil.desimal,
        isian,
        penyebab: dua("Angka dipotong, bukan dibulatkan", "The figure was cut off, not rounded"),
      },
    );
}

/** Capaian above 150%: one finding per item and year, naming every cell that states it. */
export function periksaTinggi(p: Pemeriksa, semua: readonly Baris[], grup: Map<Baris, Baris[]>): void {
  const sudah = new Set<AngkaTertulis>();
  for (const b of semua) {
    for (const [key, a] of b.nilai) {
      if (!key.startsWith("capaian|") || a.nilai <= BATAS_TINGGI || sudah.has(a)) continue;
      const sel = [b, ...padanan(b, grup, "capaian")]
        .map((o) => o.nilai.get(key))
        .filter((x): x is AngkaTertulis => x !== undefined && x.nilai > BATAS_TINGGI);
      sel.forEach((x) => sudah.add(x));
      const ys = key.split("|")[1];
      p.tambah(
        "CAPAIAN_TINGGI",
        dua(
          `Capaian ${pendek(b.b.nama)}${ys ? ` ${ys}` : ""} ${tampilA(a)}% melebihi 150%: periksa apakah targetnya terlalu rendah atau realisasinya keliru.`,
          `Achievement of ${pendek(b.b.nama)}${ys ? ` ${ys}` : ""} ${tampilAEn(a)}% is above 150%: check whether the target is too low or the actual wrong.`,
        ),
        sel.map(selDari),
        { tertulis: a.nilai, desimal: a.desimal },
      );
    }
  }
}

/** Sentences of the report's prose that state a capaian: their verdict words, and the tables' figure. */
export function periksaUraian(
  p: Pemeriksa,
  grids: readonly Grid[],
  semua: readonly Baris[],
  tahun: number | null,
): void {
  const entitas = semua
    .flatMap((b) => [b.entitas, b.b.indikator ? kunciEntitas(b.b.indikator) : null])
    .filter((e): e is string => e !== null);
  for (const s of kalimatCapaian(grids, entitas)) {
    if (!s.capaian) continue;
    const sel = { sheet: s.sheet, cell: a1(s.row, s.col) };
    const c: AngkaTertulis = { ...s.capaian, persen: true, sheet: s.sheet, row: s.row, col: s.col };
    const kata = KATA.find((x) => x.pola.test(s.teks));
    const kutipan = pendek(s.teks, 90);
    if (kata && !kata.syarat(c.nilai))
      p.tambah(
        "KATA_BERTENTANGAN",
        dua(
          `Uraian "${kutipan}": menyatakan ${kata.arti}, padahal capaian yang disebut ${tampilA(c)}%.`,
          `The text "${kutipan}" says ${kata.artiEn}, but the achievement it states is ${tampilAEn(c)}%.`,
        ),
        [sel],
        { tertulis: c.nilai, desimal: c.desimal, isian: "capaian" },
      );
    if (!s.entitas) continue;
    // A sentence about another year ("Dibandingkan tahun 2022 … capaian 310,01%") is checked against that year.
    const y = s.tahun ?? tahun;
    const key = kunciIsian("capaian", y);
    const baris = semua.filter(
      (b) =>
        b.nilai.has(key) &&
        ((b.entitas && sama(b.entitas, s.entitas!)) ||
          (b.b.indikator && sama(kunciEntitas(b.b.indikator), s.entitas!))),
    );
    if (baris.length === 0) continue;
    const tabel = baris.map((b) => b.nilai.get(key)!);
    if (tabel.some((t) => cocok(c, t.nilai) || cocok(t, c.nilai))) continue;
    const nama = pendek(baris[0].b.nama);
    const daftar = [...new Set(tabel.map((t) => tampilA(t)))].join(" / ");
    const daftarEn = [...new Set(tabel.map((t) => tampilAEn(t)))].join(" / ");
    const selTabel = tabel.map(selDari);
    // Computed from the unrounded realisasi of a row whose realisasi is printed rounded (60/165 → 36,36%).
    const asal = baris.find((b) => {
      const r = b.nilai.get(kunciIsian("realisasi", y));
      const t = b.nilai.get(kunciIsian("target", y));
      const rentang = r && t ? rentangCapaian(r, t) : undefined;
      return rentang !== undefined && dalamRentang(c, rentang);
    });
    if (asal) {
      const r = asal.nilai.get(kunciIsian("realisasi", y))!;
      const t = asal.nilai.get(kunciIsian("target", y))!;
      p.tambah(
        "PEMBULATAN_ANTARA",
        dua(
          `Uraian menyebut capaian ${nama} ${tampilA(c)}%, tabel ${daftar}% (${selTabel.map(rujukan).join(", ")}). ${tampilA(c)}% dihitung dari realisasi sebelum dibulatkan; dari realisasi yang tertulis ${tampilA(r)} ÷ ${tampilA(t)} × 100 = ${tampil((r.nilai / t.nilai) * 100, c.desimal)}%. Samakan angkanya.`,
          `The text states an achievement of ${tampilAEn(c)}% for ${nama}, the tables ${daftarEn}% (${selTabel.map(rujukan).join(", ")}). ${tampilAEn(c)}% was computed from the actual before rounding; from the actual as written, ${tampilAEn(r)} ÷ ${tampilAEn(t)} × 100 = ${tampilEn((r.nilai / t.nilai) * 100, c.desimal)}%. Make the figures the same.`,
        ),
        [sel, ...selTabel],
        {
          tertulis: c.nilai,
          seharusnya: (r.nilai / t.nilai) * 100,
          desimal: c.desimal,
          penyebab: dua(
            "Dihitung dari angka antara yang berbeda pembulatannya",
            "Computed from intermediate figures rounded differently",
          ),
          isian: "capaian",
        },
      );
    } else {
      p.tambah(
        "ANTAR_TABEL",
        dua(
          `Uraian menyebut capaian ${nama} ${tampilA(c)}%, tabel menyatakan ${daftar}% (${selTabel.map(rujukan).join(", ")}).`,
          `The text states an achievement of ${tampilAEn(c)}% for ${nama}, the tables ${daftarEn}% (${selTabel.map(rujukan).join(", ")}).`,
        ),
        [sel, ...selTabel],
        { tertulis: c.nilai, seharusnya: tabel[0].nilai, desimal: c.desimal, isian: "capaian" },
      );
    }
  }
}
