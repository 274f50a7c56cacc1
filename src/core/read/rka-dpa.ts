/**
 * SIPD RKA/DPA-SKPD 2.2.1 (core/formulir/sipd-rka-dpa.ts): every document of every sheet — one sub kegiatan a sheet,
 * or one program a sheet with its documents stacked — read and combined under the kegiatan and program their header
 * blocks name (the anggaran kas's combining, `gabungSub`). A sub kegiatan's pagu is the sum of its deepest rekening
 * rows; each rekening group (5, 5.1, 5.1.02 …) and the "Jumlah Anggaran Sub Kegiatan" are checked against the rows
 * they total. The summary "DPA-SKPD 2.2" beside them describes the same money: the documents are read, the summary
 * is checked against them sub kegiatan by sub kegiatan (and its parents against its own rows); alone, it is read.
 */
import { kutip } from "../errors";
import { Grid, cell, columnCount, rowCount, text } from "../grid";
import { NodeAnggaran, Sumber } from "../model";
import { formatRupiah } from "../numbers";
import { labelNormal } from "../formulir/bentuk";
import { ANGGARAN_KAS } from "../formulir/sipd-anggaran-kas";
import { RKA_DPA as F } from "../formulir/sipd-rka-dpa";
import { kodeBaris } from "../tabel/kode-baris";
import { HasilAnggaran, rollUp } from "./anggaran";
import { LembarKas, SubDariLembar, gabungSub, judulSel } from "./anggaran-kas";
import { DaftarTemuan, daftarBaris } from "./diagnostics";
import { isBarisNomor, isBarisSatuan, isTandaTangan, tahunDariJudul } from "./judul";
import { tingkatKode } from "./kode";
import { Nomenklatur } from "./nomenklatur";
import { headerLabels } from "./tables";
import { SkalaKolom, angkaDikali, cariSkala, laporSkala, skalaTabel } from "./skala";
import { columnStyle, readAngka } from "./values";

/** One document: a sub kegiatan's header block and its rincian table. */
export interface DokumenDpa {
  readonly judul: LembarKas["judul"];
  readonly headerRows: readonly number[];
  readonly kolom: { readonly kode: number; readonly uraian?: number; readonly jumlah: number };
  /** The document's first row (its title rows), and the row after its table's last possible row (the next one's first). */
  readonly awal: number;
  readonly akhir: number;
}

export interface LembarDpa {
  readonly sheet: string;
  readonly jenis?: "dpa" | "rka";
  readonly dokumen: readonly DokumenDpa[];
}

/** Columns a key–value title line may start in. */
const KOLOM_JUDUL = 6;
/** Rows between a "Sub Kegiatan :" line and its table's header. */
const JARAK_KEPALA = 30;

/** A sheet of RKA/DPA documents: "Sub Kegiatan : …" lines, each above a rincian table. */
export function cariLembarDpa(grid: Grid): LembarDpa | undefined {
  const n = rowCount(grid);
  const width = columnCount(grid);
  let judul: LembarKas["judul"] = {};
  let jenis: LembarDpa["jenis"];
  const subs: { judul: LembarKas["judul"]; row: number }[] = [];
  let namaForm = false;
  for (let r = 0; r < n; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < Math.min(row.length, KOLOM_JUDUL); c++) {
      const t = text(row[c]);
      if (t === "") continue;
      if (F.judul.test(t)) {
        namaForm = true;
        jenis ??= F.jenis.find((j) => j.kata.test(t))?.kunci;
      }
      const j = judulSel(grid, r, c);
      if (!j) continue;
      // A program line opens a new header block: the kegiatan above it is another program's.
      if (j.kunci === "program") judul = { ...judul, kegiatan: undefined };
      judul = { ...judul, [j.kunci]: j };
      // A "Sub Kegiatan" line names its kode, or stands in a sheet titled as the form (not a header cell of a list).
      if (j.kunci === "sub_kegiatan" && (j.kode ? tingkatKode(j.kode) === "sub_kegiatan" : namaForm))
        subs.push({ judul, row: r });
      break;
    }
  }
  const dokumen: DokumenDpa[] = [];
  let awal = 0;
  for (const [i, s] of subs.entries()) {
    const batas = i + 1 < subs.length ? awalBlok(grid, s.row, subs[i + 1].row) : n;
    for (let r = s.row + 1; r < Math.min(batas, s.row + JARAK_KEPALA); r++) {
      const coba = [[r, r + 1], [r]].map((rows) => ({ rows, kolom: kolomDpa(grid, rows, width, namaForm) }));
      // A header with a column this form never has: this document is another form (its lower rows are not tried).
      if (coba.some((x) => x.kolom === null)) break;
      const k = coba.find((x) => x.kolom);
      if (!k) continue;
      dokumen.push({ judul: s.judul, headerRows: k.rows, kolom: k.kolom!, awal, akhir: batas });
      break;
    }
    awal = batas;
  }
  if (dokumen.length === 0) return undefined;
  return { sheet: grid.name, ...(jenis ? { jenis } : {}), dokumen };
}

/** Where the next document's block begins: its first title line after the previous "Sub Kegiatan" line's table. */
function awalBlok(grid: Grid, dari: number, subBerikut: number): number {
  let awal = subBerikut;
  for (let r = subBerikut - 1; r > dari; r--) {
    const row = grid.values[r] ?? [];
    if (row.some((v) => typeof v === "number")) break;
    const t = row
      .slice(0, KOLOM_JUDUL)
      .map((v) => text(v))
      .find((x) => x !== "");
    if (t && (F.judul.test(t) || Array.from({ length: KOLOM_JUDUL }, (_, c) => judulSel(grid, r, c)).some((j) => j)))
      awal = r;
  }
  return awal;
}

/**
 * The rincian table's columns: Kode Rekening, Uraian, Jumlah, and the rincian perhitungan's words (or the form's
 * title). Undefined when these rows are no such header; null when they are another form's (months, realisasi).
 */
function kolomDpa(
  grid: Grid,
  rows: number[],
  width: number,
  namaForm: boolean,
): DokumenDpa["kolom"] | undefined | null {
  if (rows.some((r) => (grid.values[r] ?? []).some((v) => typeof v === "number"))) return undefined;
  const labels = headerLabels(grid, rows, width, (v) => text(v));
  let kode: number | undefined;
  let uraian: number | undefined;
  let jumlah: number | undefined;
  let rincian = 0;
  let lain = false;
  for (let c = 0; c < width; c++) {
    const l = labelNormal(labels[c] ?? "");
    if (l === "") continue;
    const own = labelNormal(text(cell(grid, rows[rows.length - 1], c)) || text(cell(grid, rows[0], c)));
    // Months or quarters make it a cash plan (the anggaran kas), realisasi a report (an RFK): not this form.
    if (ANGGARAN_KAS.bulan.some((re) => re.test(own)) || ANGGARAN_KAS.triwulan.test(l) || F.bukan.test(l)) lain = true;
    if (F.kode.test(l)) kode ??= c;
    else if (F.uraian.test(l)) uraian ??= c;
    else if (F.jumlah.test(own) || F.jumlah.test(l)) jumlah = c;
    else if (F.rincian.some((re) => re.test(own) || re.test(l))) rincian++;
  }
  if (kode === undefined || jumlah === undefined || jumlah < kode) return undefined;
  if (lain) return null;
  if (rincian < 2 && !namaForm) return undefined;
  return { kode, ...(uraian !== undefined ? { uraian } : {}), jumlah };
}

interface Rekening {
  readonly row: number;
  readonly kode: string;
  readonly nilai: number | null;
}

/** Every document of every sheet, combined; with the summary sheet checked against them, or read alone. */
export function bacaLembarDpa(
  grids: readonly Grid[],
  lembar: readonly LembarDpa[],
  ringkasan: readonly RingkasanDpa[],
  nomenklatur: Nomenklatur,
  diag: DaftarTemuan,
): HasilAnggaran & { perangkatDaerah?: string } {
  const skalaDilapor = new Set<string>();
  const items: SubDariLembar[] = [];
  for (const l of lembar) {
    const grid = grids.find((g) => g.name === l.sheet)!;
    for (const d of l.dokumen) {
      // "(dalam ribuan rupiah)" over the column, or anywhere in the document's title rows (the block is long).
      const atas = Array.from({ length: d.headerRows[0] - d.awal }, (_, i) => d.awal + i);
      const dariJudul = cariSkala(grid, atas, () => true);
      const skala = skalaTabel(grid, d.headerRows, [d.kolom.jumlah]);
      if (!skala[d.kolom.jumlah] && dariJudul) skala[d.kolom.jumlah] = dariJudul;
      const baru = Object.entries(skala).filter(([, s]) => !skalaDilapor.has(`${s.kali}|${s.teks}`));
      baru.forEach(([, s]) => skalaDilapor.add(`${s.kali}|${s.teks}`));
      laporSkala(grid, Object.fromEntries(baru), diag);
      items.push({ sheet: l.sheet, judul: d.judul, sub: bacaDokumen(grid, d, skala, diag) });
    }
  }
  const program = gabungSub(items, nomenklatur, diag);
  for (const p of program) rollUp(p, lembar[0].sheet, undefined, undefined, diag);
  const n = items.length;
  if (lembar.length > 1 || n > 1)
    diag.info(
      "RKA_DPA_PER_LEMBAR",
      {
        id: `${n} dokumen ${lembar[0].jenis === "rka" ? "RKA" : "DPA"} sub kegiatan di ${lembar.length} lembar dibaca dan digabung: ${lembar
          .slice(0, 8)
          .map((l) => `"${l.sheet}"`)
          .join(", ")}${lembar.length > 8 ? ", …" : ""}.`,
        en: `${n} ${lembar[0].jenis === "rka" ? "RKA" : "DPA"} sub-activity documents on ${lembar.length} sheets are read and combined: ${lembar
          .slice(0, 8)
          .map((l) => `"${l.sheet}"`)
          .join(", ")}${lembar.length > 8 ? ", …" : ""}.`,
      },
      { sheet: lembar[0].sheet, row: 0 },
    );
  for (const rk of ringkasan)
    cekRingkasan(
      grids.find((g) => g.name === rk.sheet)!,
      rk,
      items,
      nomenklatur,
      diag,
    );
  const pd = items.map((x) => x.judul.organisasi?.nama).find((x) => x);
  return { program, ...(pd ? { perangkatDaerah: pd } : {}) };
}

/** One document's sub kegiatan: the sum of its deepest rekening rows, each group and the Jumlah checked. */
function bacaDokumen(grid: Grid, d: DokumenDpa, skala: Record<number, SkalaKolom>, diag: DaftarTemuan): NodeAnggaran {
  const k = d.kolom;
  const ctx = { grid, diag };
  const rows: number[] = [];
  for (let r = d.headerRows[d.headerRows.length - 1] + 1; r < d.akhir; r++) {
    const row = grid.values[r] ?? [];
    if (row.every((v) => text(v) === "")) continue;
    if (isBarisNomor(grid, r) || isBarisSatuan(grid, r)) continue;
    if (isTandaTangan(grid, r)) break;
    rows.push(r);
  }
  const style = columnStyle(grid, rows, k.jumlah);
  const angka = (r: number) =>
    angkaDikali(readAngka(ctx, r, k.jumlah, "jumlah", style), skala[k.jumlah]?.kali ?? 1).value;
  const rekening: Rekening[] = [];
  let tertulis: { nilai: number | null; row: number } | undefined;
  let item = 0;
  for (const r of rows) {
    const kodeSel = text(cell(grid, r, k.kode)).replace(/\s+/g, "");
    const uraian = k.uraian !== undefined ? text(cell(grid, r, k.uraian)) : "";
    if (F.rekening.test(kodeSel)) {
      rekening.push({ row: r, kode: kodeSel, nilai: angka(r) });
      continue;
    }
    if (F.total.test(text(cell(grid, r, k.kode))) || (!kodeSel && F.total.test(uraian))) {
      tertulis = { nilai: angka(r), row: r };
      break;
    }
    if (angka(r) !== null) item++;
  }
  // Each rekening's parts: the rows whose nearest rekening above in the kode's tree is it.
  const induk = (x: Rekening) =>
    rekening.filter((y) => x.kode.startsWith(`${y.kode}.`)).sort((a, b) => b.kode.length - a.kode.length)[0];
  const anak = new Map<Rekening, Rekening[]>();
  const akar: Rekening[] = [];
  for (const x of rekening) {
    const p = induk(x);
    if (p) anak.set(p, [...(anak.get(p) ?? []), x]);
    else akar.push(x);
  }
  const j = d.judul.sub_kegiatan!;
  let salahDalam = false;
  for (const [p, xs] of anak) {
    if (p.nilai === null || xs.some((x) => x.nilai === null)) continue;
    const sum = xs.reduce((s, x) => s + x.nilai!, 0);
    if (Math.abs(p.nilai - sum) <= 0.5) continue;
    salahDalam = true;
    diag.error(
      "JUMLAH_INDUK_BERBEDA",
      {
        id: `Rekening ${p.kode} sub kegiatan ${kutip(j.nama, 60)} tertulis ${formatRupiah(p.nilai)}, jumlah rekening di bawahnya ${formatRupiah(sum)} (selisih ${formatRupiah(p.nilai - sum)}; baris ${daftarBaris(xs.map((x) => x.row))}).`,
        en: `Account ${p.kode} of sub-activity ${kutip(j.nama, 60)} is written ${formatRupiah(p.nilai, "en")}, the sum of the accounts under it ${formatRupiah(sum, "en")} (difference ${formatRupiah(p.nilai - sum, "en")}; rows ${daftarBaris(xs.map((x) => x.row))}).`,
      },
      { sheet: grid.name, row: p.row, col: k.jumlah },
      String(p.nilai),
      String(sum),
    );
  }
  const daun = rekening.filter((x) => !anak.has(x));
  const sum = daun.some((x) => x.nilai !== null) ? round2(daun.reduce((s, x) => s + (x.nilai ?? 0), 0)) : null;
  if (tertulis && tertulis.nilai !== null && sum !== null && Math.abs(tertulis.nilai - sum) > 0.5) {
    // The Jumlah equal to the top rekening rows as written only carries an error already reported inside.
    const atas = akar.reduce((s, x) => s + (x.nilai ?? 0), 0);
    const akibat = salahDalam && Math.abs(atas - tertulis.nilai) <= 0.5;
    diag.add(
      akibat ? "info" : "error",
      "JUMLAH_INDUK_BERBEDA",
      {
        id: `Jumlah anggaran sub kegiatan ${kutip(j.nama, 60)} tertulis ${formatRupiah(tertulis.nilai)}, jumlah rinciannya (rekening terdalam) ${formatRupiah(sum)} (selisih ${formatRupiah(tertulis.nilai - sum)}); dipakai jumlah rinciannya.`,
        en: `The budget total of sub-activity ${kutip(j.nama, 60)} is written ${formatRupiah(tertulis.nilai, "en")}, the sum of its detail (deepest accounts) ${formatRupiah(sum, "en")} (difference ${formatRupiah(tertulis.nilai - sum, "en")}); the sum of its detail is used.`,
      },
      { sheet: grid.name, row: tertulis.row, col: k.jumlah },
      String(tertulis.nilai),
      String(sum),
    );
  }
  if (rekening.length === 0 && item > 0)
    diag.info(
      "BARIS_TANPA_KODE",
      {
        id: `Tabel rincian sub kegiatan ${kutip(j.nama, 60)} tanpa kode rekening (${item} baris beranggaran); dipakai jumlahnya yang tertulis.`,
        en: `The detail table of sub-activity ${kutip(j.nama, 60)} has no account kode (${item} rows with amounts); its written total is used.`,
      },
      { sheet: grid.name, row: rows[0] ?? d.headerRows[0], col: k.uraian },
    );
  return {
    level: "sub_kegiatan",
    kode: j.kode,
    uraian: j.nama,
    pagu: sum ?? tertulis?.nilai ?? null,
    realisasi: null,
    paguTertulis: tertulis?.nilai ?? null,
    realisasiTertulis: null,
    children: [],
    sumber: j.sumber,
    dasarLevel: "judul",
  };
}

// ---- The summary "DPA-SKPD 2.2" / "RKA-SKPD 2.2" ----

export interface RingkasanDpa {
  readonly sheet: string;
  readonly headerRows: readonly number[];
  readonly kolomKode: readonly number[];
  readonly kolomUraian: number;
  readonly kolomJumlah: number;
}

/** The summary: its form number or title, a "Kode … | Uraian" header, and the year's Jumlah column. */
export function cariRingkasanDpa(grid: Grid): RingkasanDpa | undefined {
  const n = Math.min(rowCount(grid), 15);
  const width = columnCount(grid);
  let form = false;
  let tahun: number | undefined;
  for (let r = 0; r < n; r++)
    for (const v of grid.values[r] ?? []) {
      const t = text(v);
      if (F.ringkasan.test(t)) form = true;
      tahun ??= tahunDariJudul(t);
    }
  if (!form || tahun === undefined) return undefined;
  for (let r = 0; r < n; r++) {
    const row = grid.values[r] ?? [];
    const ck = row.findIndex((v) => F.kode.test(labelNormal(text(v))));
    const cu = row.findIndex((v) => F.uraian.test(labelNormal(text(v))));
    if (ck < 0 || cu <= ck) continue;
    const rows = [r, r + 1].filter((x) => x === r || !(grid.values[x] ?? []).some((v) => typeof v === "number"));
    const labels = headerLabels(grid, rows, width, (v) => text(v)).map(labelNormal);
    const jumlah = labels.findIndex((l, c) => c > cu && l.includes(String(tahun)) && /\bjumlah$/.test(l));
    if (jumlah < 0) return undefined;
    return {
      sheet: grid.name,
      headerRows: rows,
      kolomKode: Array.from({ length: cu - ck }, (_, i) => ck + i),
      kolomUraian: cu,
      kolomJumlah: jumlah,
    };
  }
  return undefined;
}

interface BarisRingkasan {
  readonly kode: string;
  readonly tingkat: "program" | "kegiatan" | "sub_kegiatan";
  readonly nama: string;
  readonly nilai: number | null;
  readonly sumber: Sumber;
}

function barisRingkasan(grid: Grid, rk: RingkasanDpa, diag: DaftarTemuan): BarisRingkasan[] {
  const out: BarisRingkasan[] = [];
  const ctx = { grid, diag };
  // "(dalam ribuan rupiah)" over the summary: its figures in rupiah like the documents'.
  const kali = skalaTabel(grid, rk.headerRows, [rk.kolomJumlah])[rk.kolomJumlah]?.kali ?? 1;
  for (let r = rk.headerRows[rk.headerRows.length - 1] + 1; r < rowCount(grid); r++) {
    if (isBarisNomor(grid, r)) continue;
    if (isTandaTangan(grid, r)) break;
    const k = kodeBaris(grid, r, rk.kolomKode, rk.kolomUraian);
    if (!k.kode || (k.tingkat !== "program" && k.tingkat !== "kegiatan" && k.tingkat !== "sub_kegiatan")) continue;
    out.push({
      kode: k.kode,
      tingkat: k.tingkat,
      nama: k.nama ?? text(cell(grid, r, rk.kolomUraian)),
      nilai: angkaDikali(readAngka(ctx, r, rk.kolomJumlah, "jumlah"), kali).value,
      sumber: { sheet: grid.name, row: r, col: rk.kolomJumlah },
    });
  }
  return out;
}

/** The summary read alone (no documents beside it): its sub kegiatan under its kegiatan and program rows, checked. */
export function bacaRingkasanDpa(
  grid: Grid,
  rk: RingkasanDpa,
  nomenklatur: Nomenklatur,
  diag: DaftarTemuan,
): HasilAnggaran & { perangkatDaerah?: string } {
  const rows = barisRingkasan(grid, rk, diag);
  // "Organisasi : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN" above the table.
  let pd: string | undefined;
  for (let r = 0; r < rk.headerRows[0] && !pd; r++)
    for (let c = 0; c < KOLOM_JUDUL && !pd; c++) {
      const j = judulSel(grid, r, c);
      if (j?.kunci === "organisasi") pd = j.nama;
    }
  return { program: pohon(grid, rk, rows, nomenklatur, diag), ...(pd ? { perangkatDaerah: pd } : {}) };
}

/** The summary's rows as a tree, its program and kegiatan rows as the written figures their children are checked against. */
function pohon(
  grid: Grid,
  rk: RingkasanDpa,
  rows: readonly BarisRingkasan[],
  nomenklatur: Nomenklatur,
  diag: DaftarTemuan,
): NodeAnggaran[] {
  const byKode = new Map(rows.map((x) => [x.kode, x]));
  const judul = (x: BarisRingkasan | undefined) =>
    x ? { kunci: x.tingkat, kode: x.kode, nama: x.nama, sumber: { ...x.sumber, col: rk.kolomUraian } } : undefined;
  const items: SubDariLembar[] = rows
    .filter((x) => x.tingkat === "sub_kegiatan")
    .map((x) => {
      const kg = byKode.get(x.kode.split(".").slice(0, 5).join("."));
      const pg = byKode.get(x.kode.split(".").slice(0, 3).join("."));
      return {
        sheet: grid.name,
        judul: { ...(pg ? { program: judul(pg) } : {}), ...(kg ? { kegiatan: judul(kg) } : {}) },
        sub: {
          level: "sub_kegiatan",
          kode: x.kode,
          uraian: x.nama,
          pagu: x.nilai,
          realisasi: null,
          paguTertulis: x.nilai,
          realisasiTertulis: null,
          children: [],
          sumber: { ...x.sumber, col: rk.kolomUraian },
          dasarLevel: "kode",
        } satisfies NodeAnggaran,
      };
    });
  // The summary's program and kegiatan rows are the written figures their children are checked against.
  const tulis = (node: NodeAnggaran): NodeAnggaran => {
    const x = node.kode && node.level !== "sub_kegiatan" ? byKode.get(node.kode) : undefined;
    const children = node.children.map(tulis);
    return x ? { ...node, pagu: x.nilai, paguTertulis: x.nilai, children } : { ...node, children };
  };
  const program = gabungSub(items, nomenklatur, diag).map(tulis);
  for (const p of program) rollUp(p, grid.name, rk.kolomJumlah, undefined, diag);
  return program;
}

/**
 * The summary against the documents: each sub kegiatan's Jumlah against its document's rincian (a difference is a
 * galat at the summary's cell, or an info where the summary copies a document's own wrong Jumlah), the summary's
 * program and kegiatan rows against its own sub kegiatan rows, and items on one side only named.
 */
function cekRingkasan(
  grid: Grid,
  rk: RingkasanDpa,
  items: readonly SubDariLembar[],
  nomenklatur: Nomenklatur,
  diag: DaftarTemuan,
): void {
  const rows = barisRingkasan(grid, rk, diag);
  pohon(grid, rk, rows, nomenklatur, diag);
  const dokumen = new Map(items.filter((x) => x.sub.kode).map((x) => [x.sub.kode!, x]));
  const diRingkasan = new Set<string>();
  for (const x of rows.filter((y) => y.tingkat === "sub_kegiatan")) {
    diRingkasan.add(x.kode);
    const d = dokumen.get(x.kode);
    if (!d) {
      diag.warning(
        "RINGKASAN_TANPA_DOKUMEN",
        {
          id: `Sub kegiatan ${x.kode} ${kutip(x.nama, 60)} ada di ringkasan "${rk.sheet}" tetapi dokumennya tidak ada di lembar mana pun; tidak dijumlahkan.`,
          en: `Sub-activity ${x.kode} ${kutip(x.nama, 60)} is in the summary "${rk.sheet}" but its document is on no sheet; it is not summed.`,
        },
        x.sumber,
      );
      continue;
    }
    const benar = d.sub.pagu;
    if (x.nilai === null || benar === null || Math.abs(x.nilai - benar) <= 0.5) continue;
    const salinan = d.sub.paguTertulis !== null && Math.abs(d.sub.paguTertulis - x.nilai) <= 0.5;
    diag.add(
      salinan ? "info" : "error",
      "RINGKASAN_BERBEDA",
      {
        id: salinan
          ? `Jumlah sub kegiatan ${x.kode} di ringkasan (${formatRupiah(x.nilai)}) sama dengan Jumlah yang tertulis di dokumennya di lembar "${d.sheet}", yang berbeda dengan rinciannya (${formatRupiah(benar)}) dan sudah dilaporkan.`
          : `Jumlah sub kegiatan ${x.kode} ${kutip(x.nama, 60)} di ringkasan tertulis ${formatRupiah(x.nilai)}, rinciannya di lembar "${d.sheet}" ${formatRupiah(benar)} (selisih ${formatRupiah(x.nilai - benar)}); dipakai rinciannya.`,
        en: salinan
          ? `The summary's total of sub-activity ${x.kode} (${formatRupiah(x.nilai, "en")}) is the total written on its document on sheet "${d.sheet}", which differs from its detail (${formatRupiah(benar, "en")}) and is already reported.`
          : `The summary's total of sub-activity ${x.kode} ${kutip(x.nama, 60)} is written ${formatRupiah(x.nilai, "en")}, its detail on sheet "${d.sheet}" ${formatRupiah(benar, "en")} (difference ${formatRupiah(x.nilai - benar, "en")}); the detail is used.`,
      },
      x.sumber,
      String(x.nilai),
      String(benar),
    );
  }
  const lain = items.filter((x) => x.sub.kode && !diRingkasan.has(x.sub.kode));
  if (lain.length > 0)
    diag.warning(
      "DOKUMEN_TANPA_RINGKASAN",
      {
        id: `${lain.length} sub kegiatan punya dokumen tetapi tidak ada di ringkasan "${rk.sheet}": ${lain
          .slice(0, 5)
          .map((x) => `${x.sub.kode} (lembar "${x.sheet}")`)
          .join(", ")}${lain.length > 5 ? ", …" : ""}; dijumlahkan dari dokumennya.`,
        en: `${lain.length} sub-activities have a document but are not in the summary "${rk.sheet}": ${lain
          .slice(0, 5)
          .map((x) => `${x.sub.kode} (sheet "${x.sheet}")`)
          .join(", ")}${lain.length > 5 ? ", …" : ""}; they are summed from their documents.`,
      },
      lain[0].sub.sumber,
    );
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
