/**
 * Periksa Konsistensi: checks a finished report's tables against their own arithmetic and against each other.
 * Every stated capaian, serapan, sisa and efisiensi is recomputed from its own row; parents and totals from their
 * parts; the same indicator or program is compared across tables; percentages must not be summed; capaian above
 * 150% and words that contradict their number are flagged. A stated figure that is the exact one truncated, or the
 * result of computing from a rounded intermediate, is information, not an error.
 *
 * tabel.ts reads the tables; kelompok.ts turns rows into statements about items; cek-baris.ts, cek-susunan.ts and
 * cek-antar.ts hold the checks; temuan.ts the findings and the tolerance; lembar.ts the Pemeriksaan sheet.
 */
import { a1, columnIndex, Grid } from "../grid";
import type { Severity } from "../model";
import { DaftarTemuan } from "../read/diagnostics";
import { periksaAntarTabel, periksaTinggi, periksaUraian } from "./cek-antar";
import { cariE81, laporMiripE81, miripE81 } from "../read/e81";
import { cariLembarDpa, cariRingkasanDpa } from "../read/rka-dpa";
import { periksaDpa } from "./cek-dpa";
import { periksaBaris } from "./cek-baris";
import { periksaE81 } from "./cek-e81";
import { periksaJumlahLain } from "./cek-jumlah";
import { periksaSusunan } from "./cek-susunan";
import { periksaRumusTabel } from "./cek-rumus";
import { kelompokkanTemuan } from "../temuan-kelompok";
import { kelompokkan, susunBaris, tahunLaporan } from "./kelompok";
import { Isian, TabelLaporan, tabelLaporan } from "./tabel";
import { kedalaman } from "../tabel/tingkat";
import { dua, HasilPeriksa, KodeTemuan, OpsiPeriksa, Pemeriksa, SelTemuan, TemuanAudit } from "./temuan";

export { ATURAN, ATURAN_EN, rujukan } from "./temuan";
export type { HasilPeriksa, KodeTemuan, OpsiPeriksa, RingkasanTabel, SelTemuan, TemuanAudit } from "./temuan";

export function periksaLaporan(semuaGrid: readonly Grid[], opsi: OpsiPeriksa = {}): HasilPeriksa {
  const diag = new DaftarTemuan();
  const p = new Pemeriksa();
  // A hidden copy of a visible sheet (a filtered copy kept for printing) is not another table: said once, not audited.
  const salinan = salinanTersembunyi(semuaGrid);
  if (salinan.size > 0) {
    const daftar = [...salinan].map(([h, asli]) => `'${h.name}' (${asli.name})`).join(", ");
    const satu = salinan.size === 1;
    p.tambah(
      "SALINAN_TERSEMBUNYI",
      dua(
        `${salinan.size} lembar tersembunyi adalah salinan lembar yang terlihat (aslinya dalam kurung): ${daftar}. ${satu ? "Lembar itu" : "Lembar-lembar itu"} tidak diperiksa sebagai tabel lain dan tidak dibandingkan dengan aslinya.`,
        `${salinan.size} hidden ${satu ? "sheet is a copy" : "sheets are copies"} of a visible sheet (the original in brackets): ${daftar}. ${satu ? "It is" : "They are"} not checked as other tables nor compared with the original.`,
      ),
      [...salinan.keys()].map((h) => ({ sheet: h.name, cell: "A1" })),
    );
  }
  const grids = semuaGrid.filter((g) => !salinan.has(g));
  // An E.81 form (or a working file in its layout) is read as the reader reads it and checked through its formulas.
  const e81 = new Map(grids.map((g) => [g, cariE81(g)] as const).filter(([, ts]) => ts.length > 0));
  // SIPD RKA/DPA documents likewise: read as the reader reads them, their sums checked there (cek-dpa.ts).
  const dpa = grids.filter((g) => !e81.has(g)).flatMap((g) => cariLembarDpa(g) ?? []);
  const lembarDpa = new Set(dpa.map((d) => d.sheet));
  // A sheet headed as an E.81 that was not recognised is not checked by guessed column meanings.
  const mirip = new Set(
    grids.filter((g) => {
      const r = e81.has(g) ? undefined : miripE81(g);
      if (r !== undefined) laporMiripE81(g, r, diag);
      return r !== undefined;
    }),
  );
  const tables = grids
    .filter((g) => !e81.has(g) && !mirip.has(g) && !lembarDpa.has(g.name))
    .flatMap((g) => tabelLaporan(g, diag));
  const tahun = opsi.tahun ?? tahunLaporan(tables) ?? [...e81.values()].flat().find((t) => t.tahun)?.tahun ?? null;
  const semua = susunBaris(tables, tahun);
  const grup = kelompokkan(semua);
  for (const baris of semua) periksaBaris(p, baris, grup);
  tables.forEach((_, i) =>
    periksaSusunan(
      p,
      semua.filter((b) => b.tabel === i),
    ),
  );
  periksaAntarTabel(p, grup);
  periksaTinggi(p, semua, grup);
  periksaUraian(p, grids, semua, tahun);
  for (const [g, ts] of e81) for (const t of ts) periksaE81(p, g, t);
  if (dpa.length > 0)
    periksaDpa(
      p,
      grids,
      dpa,
      grids.flatMap((g) => cariRingkasanDpa(g) ?? []),
    );
  const perNama = new Map(grids.map((g) => [g.name, g] as const));
  for (const t of tables) periksaRumusTabel(p, perNama.get(t.sheet)!, t);
  periksaJumlahLain(
    p,
    grids.filter((g) => !e81.has(g) && !mirip.has(g) && !lembarDpa.has(g.name)),
    tables,
  );
  // A finding repeated cell by cell is one, with its ranges and count (src/core/temuan-kelompok.ts): every output
  // (the CLI, --json, the Pemeriksaan sheet, the pane) counts and shows findings, each naming its cells.
  const temuan = kelompokkanTemuan(urutkan(akibat(p.temuan, tables)));
  const jumlah: Partial<Record<KodeTemuan, number>> = {};
  for (const x of temuan) jumlah[x.code] = (jumlah[x.code] ?? 0) + 1;
  return {
    tahun,
    tabel: [
      ...tables.map((t) => ({
        sheet: t.sheet,
        judul: t.judul,
        baris: t.baris.length,
        isian: [...new Set(t.kolom.map((c) => c.isian))],
      })),
      ...dpa.map((l) => ({
        sheet: l.sheet,
        judul: `${l.jenis === "rka" ? "RKA" : "DPA"}-SKPD 2.2.1 (${l.dokumen.length} sub kegiatan)`,
        baris: l.dokumen.length,
        isian: ["pagu"],
      })),
      ...[...e81.values()].flat().map((t) => ({
        sheet: t.sheet,
        judul: "Evaluasi Renja (E.81)",
        baris: t.rows.length,
        isian: ["target", "tw1", "tw2", "tw3", "tw4", "realisasi", "pagu", "realisasi_anggaran"],
      })),
    ],
    temuan,
    // A cell error or unreadable text repeated over a range is one line with its ranges and count.
    diagnostik: kelompokkanTemuan(diag.list.filter((d) => d.severity !== "info")),
    selTakTerbaca: diag.list.filter((d) => d.severity !== "info").length,
    diperiksa: p.diperiksa,
    jumlah,
  };
}

/** Text cells of a sheet that name something (not numbers, not one-word labels). */
function teksLembar(g: Grid): Set<string> {
  const out = new Set<string>();
  for (const row of g.values)
    for (const v of row) if (typeof v === "string" && v.trim().length >= 4) out.add(v.trim().toLowerCase());
  return out;
}

/**
 * Hidden sheets whose text is (≥ 80%) that of a visible sheet: a filtered or print copy. Each with the visible
 * sheet it copies. A hidden sheet of its own content is audited as any other.
 */
export function salinanTersembunyi(grids: readonly Grid[]): Map<Grid, Grid> {
  const out = new Map<Grid, Grid>();
  const terlihat = grids.filter((g) => !g.tersembunyi);
  if (terlihat.length === grids.length) return out;
  const teks = new Map(terlihat.map((g) => [g, teksLembar(g)] as const));
  for (const h of grids.filter((g) => g.tersembunyi)) {
    const s = teksLembar(h);
    if (s.size < 5) continue;
    let best: { g: Grid; bagian: number } | undefined;
    for (const [g, t] of teks) {
      let sama = 0;
      for (const x of s) if (t.has(x)) sama++;
      const bagian = sama / s.size;
      if (bagian >= 0.8 && (!best || bagian > best.bagian)) best = { g, bagian };
    }
    if (best) out.set(h, best.g);
  }
  return out;
}

/** A budget figure recomputed from its row's pagu and realisasi; the finding's cells after the first, in order. */
const TURUNAN: Partial<
  Record<KodeTemuan, { sel: ["ra" | "pagu", "ra" | "pagu"]; f: (pagu: number, ra: number) => number; tol: number }>
> = {
  SERAPAN_HITUNG: { sel: ["ra", "pagu"], f: (p, r) => (r / p) * 100, tol: 0.005 },
  SISA_HITUNG: { sel: ["pagu", "ra"], f: (p, r) => p - r, tol: 0.5 },
  EFISIENSI_HITUNG: { sel: ["pagu", "ra"], f: (p, r) => ((p - r) / p) * 100, tol: 0.005 },
};
const JUMLAH: ReadonlySet<KodeTemuan> = new Set(["JUMLAH_TOTAL", "JUMLAH_INDUK"]);

/**
 * One error, one galat: a serapan or sisa that is right for the total as it should be but is recomputed from a
 * total that is itself a wrong sum (the serapan of a TOTAL whose realisasi leaves out a row), or on a total row
 * whose column is already wrong in a row above (the TOTAL sisa that adds a wrong sisa), is the first error's
 * consequence: information naming its cause, not a second galat.
 */
function akibat(temuan: readonly TemuanAudit[], tables: readonly TabelLaporan[]): TemuanAudit[] {
  const kunci = (s: SelTemuan): string => `${s.sheet}!${s.cell}`;
  const benar = new Map(
    temuan
      .filter((t) => t.severity === "error" && JUMLAH.has(t.code) && t.seharusnya !== undefined)
      .map((t) => [kunci(t.sel[0]), t.seharusnya!]),
  );
  const nilai = new Map(
    tables.flatMap((t) =>
      t.baris.flatMap((b) => b.angka.map((a): [string, number] => [`${a.sheet}!${a1(a.row, a.col)}`, a.nilai])),
    ),
  );
  // A row that repeats a wrong total figure for figure ("3 URUSAN …" written =C37 above JUMLAH BELANJA) carries its
  // error: as the total should be, so should the copy.
  for (const t of temuan) {
    if (t.severity !== "error" || !JUMLAH.has(t.code) || t.seharusnya === undefined) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(t.sel[0].cell);
    if (!m) continue;
    const [row, col] = [Number(m[2]) - 1, columnIndex(m[1]) ?? -1];
    for (const tb of tables) {
      if (tb.sheet !== t.sheet) continue;
      const asal = tb.baris.find((b) => b.row === row);
      if (!asal || asal.angka.length < 2) continue;
      const sama = (b: (typeof tb.baris)[number]) =>
        b !== asal &&
        b.angka.length === asal.angka.length &&
        b.angka.every((a) => asal.angka.some((x) => x.col === a.col && Math.abs(x.nilai - a.nilai) <= 1e-9));
      const seharusnya = t.seharusnya;
      for (const b of tb.baris.filter(sama)) benar.set(`${t.sheet}!${a1(b.row, col)}`, seharusnya);
    }
  }
  const barisJumlah = new Set(
    tables.flatMap((t) => t.baris.filter((b) => b.jenis === "jumlah").map((b) => `${t.sheet}!${b.row + 1}`)),
  );
  const letak = (s: SelTemuan) => ({ kolom: /^[A-Z]+/.exec(s.cell)![0], baris: Number(/\d+$/.exec(s.cell)![0]) });
  /**
   * A total row's pagu and realisasi pairs (as they should be where a finding says so): one per pagu column and
   * realisasi column its table has (a header may leave two candidates of one kind).
   */
  const paguRealisasi = (sheet: string, row: number): { pagu: number; ra: number }[] =>
    tables
      .filter((x) => x.sheet === sheet)
      .flatMap((tb) => {
        const cols = (isian: Isian) => tb.kolom.filter((k) => k.isian === isian && k.tahun === null).map((k) => k.col);
        const v = (col: number) => benar.get(`${sheet}!${a1(row, col)}`) ?? nilai.get(`${sheet}!${a1(row, col)}`);
        return cols("pagu").flatMap((cp) =>
          cols("realisasi_anggaran").flatMap((cr) => {
            const [pagu, ra] = [v(cp), v(cr)];
            return pagu !== undefined && ra !== undefined && cp !== cr ? [{ pagu, ra }] : [];
          }),
        );
      });
  /**
   * A parent row over its pagu follows from its rows: a row below it over its own pagu, or a sum in its span that is
   * short (the parent's pagu then too small). The finding there is the galat; the parent's is its consequence.
   */
  const sebabInduk = (t: TemuanAudit): TemuanAudit | undefined => {
    const r = letak(t.sel[0]).baris - 1;
    for (const tb of tables) {
      if (tb.sheet !== t.sheet) continue;
      const i = tb.baris.findIndex((b) => b.row === r);
      const T = tb.baris[i]?.tingkat;
      if (i < 0 || !T || kedalaman(T) >= kedalaman("sub_kegiatan")) continue;
      const akhir = tb.baris.slice(i + 1).find((b) => b.tingkat !== null && kedalaman(b.tingkat) <= kedalaman(T));
      const ujung = akhir ? akhir.row : Infinity;
      return temuan.find((o) => {
        if (o === t || o.severity !== "error" || o.sheet !== t.sheet) return false;
        if (o.code !== "REALISASI_LEBIHI_PAGU" && o.code !== "RUMUS_RENTANG" && !JUMLAH.has(o.code)) return false;
        const ro = letak(o.sel[0]).baris - 1;
        return ro >= r && ro < ujung && !(o.code === "REALISASI_LEBIHI_PAGU" && ro === r);
      });
    }
    return undefined;
  };
  return temuan.map((t) => {
    if (t.severity === "error" && t.code === "REALISASI_LEBIHI_PAGU") {
      const dari = sebabInduk(t);
      if (dari) {
        const sebab = dua(
          `Akibat ${dari.cell} di bawahnya (lihat temuannya): induk menjumlahkan rinciannya`,
          `Follows from ${dari.cell} below it (see that finding): a parent adds up its details`,
        );
        return { ...t, severity: "info", penyebab: sebab.id, penyebabEn: sebab.en };
      }
    }
    // A total's sisa beside a wrong total pagu or realisasi on its row: with that sum put right, pagu − realisasi is
    // the sum of the sisa above it; the sisa's own difference is that sum's consequence.
    if (t.severity === "error" && t.code === "JUMLAH_TOTAL" && t.isian === "sisa" && t.seharusnya !== undefined) {
      const { baris } = letak(t.sel[0]);
      const dari = temuan.find(
        (o) =>
          o !== t &&
          o.severity === "error" &&
          JUMLAH.has(o.code) &&
          o.sheet === t.sheet &&
          (o.isian === "pagu" || o.isian === "realisasi_anggaran") &&
          letak(o.sel[0]).baris === baris,
      );
      const seharusnya = t.seharusnya;
      if (dari && paguRealisasi(t.sel[0].sheet, baris - 1).some((x) => Math.abs(x.pagu - x.ra - seharusnya) <= 0.5)) {
        const sebab = dua(
          `Akibat jumlah di ${dari.cell} yang keliru (lihat temuannya)`,
          `Follows from the wrong sum in ${dari.cell} (see that finding)`,
        );
        return { ...t, severity: "info", penyebab: sebab.id, penyebabEn: sebab.en };
      }
    }
    const rumus = TURUNAN[t.code];
    if (t.severity !== "error" || !rumus || t.tertulis === undefined) return t;
    // With the wrong sum put right, the stated figure is right.
    const dari = t.sel.slice(1).find((s) => benar.has(kunci(s)));
    const masukan = Object.fromEntries(
      rumus.sel.map((nama, i) => [nama, benar.get(kunci(t.sel[i + 1])) ?? nilai.get(kunci(t.sel[i + 1]))]),
    );
    const akibatJumlah =
      dari &&
      masukan.pagu !== undefined &&
      masukan.ra !== undefined &&
      Math.abs(rumus.f(masukan.pagu, masukan.ra) - t.tertulis) <= rumus.tol;
    const { kolom, baris } = letak(t.sel[0]);
    const atas = barisJumlah.has(`${t.sheet}!${baris}`)
      ? temuan.find(
          (o) =>
            o !== t &&
            o.code === t.code &&
            o.severity === "error" &&
            o.sheet === t.sheet &&
            letak(o.sel[0]).kolom === kolom &&
            letak(o.sel[0]).baris < baris,
        )
      : undefined;
    const sebab = akibatJumlah
      ? dua(
          `Akibat jumlah di ${dari.cell} yang keliru (lihat temuannya)`,
          `Follows from the wrong sum in ${dari.cell} (see that finding)`,
        )
      : atas
        ? dua(
            `Akibat angka ${atas.cell} yang keliru, yang ikut dijumlahkan (lihat temuannya)`,
            `Follows from the wrong figure in ${atas.cell}, which is added in (see that finding)`,
          )
        : undefined;
    return sebab ? { ...t, severity: "info", penyebab: sebab.id, penyebabEn: sebab.en } : t;
  });
}

const URUT_TINGKAT: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
function urutkan(t: TemuanAudit[]): TemuanAudit[] {
  return [...t].sort((a, b) => URUT_TINGKAT[a.severity] - URUT_TINGKAT[b.severity]);
}
