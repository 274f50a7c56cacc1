/**
 * The Permendagri 86/2017 form E.81 (Evaluasi terhadap hasil Renja Perangkat Daerah; E.79/E.80 for the RKPD have
 * the same columns) as a known layout. Recognised from its header words and its column numbers; columns 6–15 are
 * found by number where the form has a numbering row, else by their header words, each split into K, Rp and
 * (per quarter, where present) % by the units row. Rows: unsur / urusan → bidang urusan → program → kegiatan → sub
 * kegiatan, by the signals of hierarki.ts. See docs/READING.md.
 */
import { kutip } from "../errors";
import { TOLERANSI } from "../rules/predikat";
import { Grid, cell, columnCount, columnLetter, isBlank, kolomBerisi, rowCount, text } from "../grid";
import {
  GayaTriwulan,
  IndikatorTambahan,
  NilaiSel,
  NodeAnggaran,
  NodeInduk,
  PerTriwulan,
  RenstraNode,
  SelRef,
  Sumber,
  TriwulanNode,
} from "../model";
import { formatRupiah } from "../numbers";
import { BARIS_PENUTUP, MENENGAH, TAHUNAN, VARIAN_E81, VarianE81, kolomDari, varianDari } from "../formulir/e81";
import { DaftarTemuan } from "./diagnostics";
import { BarisMasuk, LEVEL_NAME, NAMA_TINGKAT, susunHierarki, tingkatLabel } from "./hierarki";
import {
  isBarisNomor,
  isBarisSatuan,
  isTandaTangan,
  jalurJudul,
  nomorKolom,
  PeriodeJudul,
  perangkatDaerahDari,
  periodeDari,
  satuanDari,
  tahunDariJudul,
} from "./judul";
import { bacaKode, pisahKode, tingkatKode } from "./kode";
import { Nomenklatur } from "./nomenklatur";
import { jenisBaris } from "../tabel/baris";
import { kodeBaris } from "../tabel/kode-baris";
import { barisDijumlah } from "./rumus";
import { SkalaKolom, cariSkala, dikali, laporSkala } from "./skala";
import { rowHasNumbers } from "./tables";
import { inUnit, isPercentUnit, isStockUnit, readAngka, readTeks, refOf, unitFactor } from "./values";

const TW = [0, 1, 2, 3] as const;

/** Columns of the form: K / Rp / % per numbered block. */
export interface KolomE81 {
  no?: number;
  sasaran?: number;
  kode?: number;
  /** Kode split over several columns under one "Kode" header (urusan | bidang | program | kegiatan …). */
  kodeTerpisah?: readonly number[];
  uraian: number;
  indikator?: number;
  satuan?: number;
  /** (6) … (15): K, Rp and % columns of each block. */
  blok: Partial<Record<number, { k?: number; rp?: number; persen?: number }>>;
  unit?: number;
  keterangan?: number;
  /** The year's achievement (%) some copies add after (13): not one of the form's blocks. */
  capaianRenja?: number[];
}

export interface TabelE81 {
  readonly sheet: string;
  readonly headerRows: readonly number[];
  readonly kolom: KolomE81;
  readonly rows: readonly number[];
  readonly totalRow?: number;
  readonly perangkatDaerah?: string;
  /** The year evaluated: from the header of (8) ("Tahun Berjalan (Tahun 2025)"), else the title rows. */
  readonly tahun?: number;
  /** The year and quarter the title rows state, with their cells. */
  readonly periode: PeriodeJudul;
  /** Summary rows inside the table ("Rata-rata capaian kinerja", "Predikat kinerja", a program's "Jumlah"): not data. */
  readonly ringkasan: readonly number[];
  /** Rupiah columns written in thousands or millions, by column, with the cell that says so. */
  readonly skala: Readonly<Record<number, SkalaKolom>>;
  /** The wording: Renstra/Renja (E.81) or RPJMD/RKPD (E.79/E.80 as OPD use them). */
  readonly varian: VarianE81;
}

export interface HasilE81 {
  readonly program: NodeAnggaran[];
  readonly induk: NodeInduk[];
  readonly total?: { pagu: number | null; realisasi: number | null; sumber: Sumber };
  readonly triwulan?: { terakhir: 1 | 2 | 3 | 4; gaya: GayaTriwulan };
  readonly perangkatDaerah?: string;
  readonly tahun?: number;
  readonly periode?: PeriodeJudul & { readonly sheet: string };
}

const AGENCY = /^(dinas|badan|sekretariat|inspektorat|kantor|kecamatan|satuan polisi|rumah sakit|biro|uptd?)\b/i;

/** Words of a header row: at least one of them in a row of short labels above the form's keyword row. */
const KATA_KEPALA =
  /\b(no|nomor|sasaran|kode|program|kegiatan|urusan|indikator|satuan|target|realisasi|capaian|triwulan|kinerja|anggaran|renstra|rpjmd?|renja|rkpd)\b/i;

/** Every E.81 table of a sheet (a sheet may hold the form before and after perubahan). */
export function cariE81(grid: Grid): TabelE81[] {
  const height = rowCount(grid);
  const width = columnCount(grid);
  const found: TabelE81[] = [];
  for (let r = 0; r < height; r++) {
    const row = grid.values[r] ?? [];
    // Only the cells that hold something: a row with a value at XFD is 16,384 wide (issue 21).
    if (!kolomBerisi(grid, r).some((c) => typeof row[c] === "string" && MENENGAH.test(row[c]))) continue;
    // The form's words may sit over two header rows (a group row above: "No | Sasaran | Program | …").
    const words = [...(r > 0 && isBarisKepala(grid, r - 1) ? (grid.values[r - 1] ?? []) : []), ...row]
      .map(text)
      .join(" | ");
    if (!(TAHUNAN.test(words) || /realisasi/i.test(words)) || !/\b(indikator|program|kegiatan)\b/i.test(words))
      continue;
    const t = bacaJudul(grid, r, width);
    if (!t) continue;
    found.push(t);
    r = t.rows.length > 0 ? t.rows[t.rows.length - 1] : t.headerRows[t.headerRows.length - 1];
  }
  return found;
}

/** The E.81's own group headers: the quarters' "Realisasi Kinerja Pada Triwulan", "Capaian Kinerja … Renja/RKPD". */
const KEPALA_E81 =
  /realisasi\s+kinerja\s+(pada|per|tiap)\s+triwulan|(tingkat\s+)?capaian\s+kinerja\b.*\b(renja|rkpd)\b/i;

/**
 * A header row that says it is an E.81 (its quarters' or its capaian Renja's words, with a Renstra/RPJMD word and a
 * joint "Kinerja dan Anggaran" block on the same row) on a sheet where no E.81 was recognised: such a table is never read by guessed column meanings (its "Rp"
 * under "Target … Renstra" would pass for a pagu). The row, or undefined.
 */
export function miripE81(grid: Grid): number | undefined {
  const height = Math.min(rowCount(grid), 60);
  for (let r = 0; r < height; r++) {
    const cols = kolomBerisi(grid, r);
    const row = grid.values[r] ?? [];
    const teks = cols.map((c) => row[c]).filter((v): v is string => typeof v === "string");
    // The form's joint K + Rp blocks ("Target Kinerja dan Anggaran …") tell it from a realisasi IKU sheet.
    if (
      teks.some((v) => KEPALA_E81.test(v)) &&
      teks.some((v) => MENENGAH.test(v)) &&
      teks.some((v) => /kinerja\s+dan\s+(realisasi\s+)?anggaran/i.test(v))
    )
      return r;
  }
  return undefined;
}

/** Says that a sheet looks like an E.81 whose columns were not recognised, and so is not read as a table. */
export function laporMiripE81(grid: Grid, row: number, diag: DaftarTemuan): void {
  diag.warning(
    "E81_TAK_DIKENALI",
    {
      id: `Lembar "${grid.name}" berjudul kolom formulir E.81 (Evaluasi Renja), tetapi kolom-kolomnya tidak dikenali; lembar ini tidak dibaca sebagai tabel anggaran dan tidak diperiksa dengan arti kolom tebakan (Rp target Renstra bukan pagu). Tentukan kolomnya di pemetaan (--mapping).`,
      en: `Sheet "${grid.name}" has the column heads of an E.81 form (Evaluasi Renja), but its columns were not recognised; it is not read as a budget table nor checked by guessed column meanings (the Renstra target's Rp is no pagu). Set its columns in a mapping (--mapping).`,
    },
    { sheet: grid.name, row },
  );
}

/** A row of short header labels, no numbers: part of the header above the row with the form's words. */
function isBarisKepala(grid: Grid, r: number): boolean {
  const cells = (grid.values[r] ?? []).filter((v) => !isBlank(v));
  return (
    cells.length >= 2 &&
    cells.every((v) => typeof v === "string" && v.length <= 250) &&
    cells.some((v) => KATA_KEPALA.test(text(v))) &&
    !isBarisNomor(grid, r) &&
    perangkatDaerahDari(grid, r) === undefined
  );
}

function bacaJudul(grid: Grid, start: number, width: number): TabelE81 | undefined {
  // Header rows above the keyword row (at most 3), then down to its numbering / units rows, at most 5 rows down.
  let top = start;
  while (top > 0 && start - top < 3 && isBarisKepala(grid, top - 1)) top--;
  const pathRows = Array.from({ length: start - top + 1 }, (_, i) => top + i);
  let nomor: number | undefined;
  let satuan: number | undefined;
  for (let r = start + 1; r <= start + 5 && r < rowCount(grid); r++) {
    // The form's numbering runs over all its columns; "1 2 3 4" under the quarters is a header row.
    if (isBarisNomor(grid, r) && (grid.values[r] ?? []).filter((v) => !isBlank(v)).length >= 8) nomor = r;
    else if (isBarisSatuan(grid, r)) satuan = r;
    else if (
      nomor === undefined &&
      satuan === undefined &&
      !perangkatDaerahDari(grid, r) &&
      (!rowHasNumbers(grid, r) || isBarisNomor(grid, r))
    )
      pathRows.push(r);
    else break;
  }
  const last = Math.max(pathRows[pathRows.length - 1], nomor ?? -1, satuan ?? -1);
  const parts = jalurJudul(grid, pathRows, width, satuan);
  const paths = parts.map((p) => p.join(" › "));
  const kolom: KolomE81 = { uraian: -1, blok: {} };
  // Columns 1–5, 16, 17 by their words (their numbers differ between copies: some put Kode at 3); 6–15 by words in
  // the order the form puts them, or by the numbering row where it agrees with the words.
  const byWords: (number | undefined)[] = new Array<number | undefined>(width).fill(undefined);
  let setelahTw = false;
  const kodeKolom: number[] = [];
  for (let c = 0; c < width; c++) {
    const def = kolomDari(paths[c], setelahTw);
    if (!def) continue;
    if (typeof def.kunci === "number") {
      byWords[c] = def.kunci;
      if (def.kunci >= 9) setelahTw = true;
    } else if (def.kunci === "uraian") {
      if (kolom.uraian < 0) kolom.uraian = c;
    } else if (def.kunci === "capaian_renja") {
      (kolom.capaianRenja ??= []).push(c);
    } else if (def.kunci === "kode") {
      kodeKolom.push(c);
      kolom.kode ??= c;
    } else if (kolom[def.kunci] === undefined) kolom[def.kunci] = c;
  }
  if (kolom.uraian < 0) return undefined;
  // Adjacent columns under the one "Kode" header hold the kode in parts.
  const terpisah = kodeKolom.filter((c, i) => i === 0 || c === kodeKolom[i - 1] + 1);
  if (terpisah.length > 1) kolom.kodeTerpisah = terpisah;
  let blockOf = byWords;
  if (nomor !== undefined) {
    const byNumber: (number | undefined)[] = new Array<number | undefined>(width).fill(undefined);
    let current: number | undefined;
    // A capaian Renja column the form does not have takes a number: the numbers after it are one more than the form's.
    const lewat = new Set(kolom.capaianRenja ?? []);
    const nomorLewat = new Set(
      [...lewat].map((c) => nomorKolom(cell(grid, nomor, c))).filter((n): n is number => n !== undefined),
    );
    for (let c = 0; c < width; c++) {
      const n0 = nomorKolom(cell(grid, nomor, c));
      const n = n0 !== undefined ? n0 - [...nomorLewat].filter((x) => x < n0).length : undefined;
      if (n !== undefined) current = n >= 6 && n <= 15 ? n : undefined;
      else if (!isBlank(cell(grid, nomor, c))) current = undefined;
      if (c === kolom.unit || c === kolom.keterangan || lewat.has(c)) current = undefined;
      byNumber[c] = current;
    }
    // The numbers decide unless they contradict the words (an older form numbered 1–14 with no Kode column).
    let agree = 0;
    let disagree = 0;
    for (let c = 0; c < width; c++)
      if (byWords[c] !== undefined && byNumber[c] !== undefined) {
        if (byWords[c] === byNumber[c]) agree++;
        else disagree++;
      }
    if (byNumber.some((b) => b !== undefined) && disagree * 4 <= agree) blockOf = byNumber;
  }
  // Scale of rupiah: stated over a column, or in the title for all.
  const titleRows = Array.from({ length: top }, (_, r) => r);
  const skalaJudul = cariSkala(grid, titleRows, () => true);
  const skala: Record<number, SkalaKolom> = {};
  for (let c = 0; c < width; c++) {
    const b = blockOf[c];
    if (b === undefined) continue;
    const blok = (kolom.blok[b] ??= {});
    const sub = parts[c].length > 1 ? parts[c][parts[c].length - 1] : "";
    const unitCell = satuan !== undefined ? cell(grid, satuan, c) : null;
    // A satuan column inside the target block ("K | Satuan | Rp").
    if (/^satuan\b/i.test(text(unitCell)) || /^satuan\b/i.test(sub)) {
      kolom.satuan ??= c;
      continue;
    }
    const unit =
      satuan !== undefined && satuanDari(unitCell)
        ? satuanDari(unitCell)
        : /^(rp|rupiah|anggaran|keuangan|keu|dana|pagu)\b|\brp\b/i.test(sub)
          ? "rp"
          : /%|persen/i.test(sub)
            ? "persen"
            : /^(k|kinerja|target|fisik|vol|volume|output|outcome)\b/i.test(sub)
              ? "k"
              : /\brp\b|rupiah/i.test(paths[c])
                ? "rp"
                : undefined;
    const key = unit ?? (blok.k === undefined ? "k" : blok.rp === undefined ? "rp" : undefined);
    if (!key || blok[key] !== undefined) continue;
    blok[key] = c;
    if (key === "rp") {
      const s =
        cariSkala(grid, [...pathRows, ...(satuan !== undefined ? [satuan] : [])], (col) => col === c) ?? skalaJudul;
      if (s) skala[c] = s;
    }
  }
  const has = (n: number) => kolom.blok[n] !== undefined;
  if (!(has(8) && (has(9) || has(13)) && [6, 7, 10, 11, 12, 14, 15].filter(has).length >= 3)) return undefined;
  // Data: after the header, past a "Perangkat Daerah : …" row, to the signature block or a run of blank rows.
  const firstBlock = Math.min(
    ...Object.values(kolom.blok).flatMap((b) => [b?.k, b?.rp, b?.persen].filter((x): x is number => x !== undefined)),
  );
  let perangkatDaerah: string | undefined;
  const rows: number[] = [];
  const ringkasan: number[] = [];
  const jumlah: number[] = [];
  let totalRow: number | undefined;
  let blanks = 0;
  for (let r = last + 1; r < rowCount(grid); r++) {
    const pd = perangkatDaerahDari(grid, r);
    if (pd) {
      perangkatDaerah ??= pd;
      continue;
    }
    if ((grid.values[r] ?? []).every(isBlank)) {
      if (++blanks >= 3 && rows.length > 0) break;
      continue;
    }
    if (isTandaTangan(grid, r) || cariE81Header(grid, r)) break;
    blanks = 0;
    const nama = text(cell(grid, r, kolom.uraian));
    // The label of a summary row may stand in any column left of the figures (merged over No … Indikator).
    const kiri = (grid.values[r] ?? []).slice(0, firstBlock);
    const labelCol = kiri.findIndex((v) => typeof v === "string" && v.trim() !== "");
    const label = nama || (labelCol >= 0 ? text(kiri[labelCol]) : "");
    // A row whose only text is its own indicator ("Jumlah kelompok tani …") with its own target K: a further
    // indicator of the row above (read below), never a summary.
    const lanjutan =
      !nama &&
      labelCol >= 0 &&
      labelCol === kolom.indikator &&
      kolom.blok[8]?.k !== undefined &&
      !isBlank(cell(grid, r, kolom.blok[8].k));
    // The faktor pendorong / penghambat / tindak lanjut rows follow the table.
    if (BARIS_PENUTUP.test(label)) break;
    // Summaries ("Rata-rata capaian kinerja", "Predikat kinerja", "Jumlah") are not data; a "Jumlah" after the last
    // data row is the form's total.
    const jenis = jenisBaris(label, { jumlahApaPun: true });
    if (jenis !== "item" && !tingkatLabel(label) && !lanjutan) {
      ringkasan.push(r);
      if (jenis === "jumlah" && rows.length > 0) jumlah.push(r);
      continue;
    }
    // The agency named alone on a row above the first level row ("BADAN PERENCANAAN …"): the perangkat daerah.
    if (rows.length === 0 && AGENCY.test(nama) && !rowHasNumbers(grid, r) && !tingkatLabel(nama)) {
      perangkatDaerah ??= nama;
      continue;
    }
    const named =
      !isBlank(cell(grid, r, kolom.uraian)) || (kolom.kode !== undefined && !isBlank(cell(grid, r, kolom.kode)));
    if (!named && rows.length > 0 && rowHasNumbers(grid, r) && isBlank(cell(grid, r, kolom.indikator ?? -1))) {
      totalRow = r;
      continue;
    }
    rows.push(r);
  }
  const lastData = rows.length > 0 ? rows[rows.length - 1] : -1;
  const jumlahAkhir = jumlah.filter((r) => r > lastData);
  if (jumlahAkhir.length > 0) totalRow = jumlahAkhir[0];
  // The year evaluated: the header of (8) ("Tahun Berjalan (Tahun 2025)"), else the title rows.
  const kolom8 = kolom.blok[8]?.k ?? kolom.blok[8]?.rp;
  const periodeJudul = periodeDari(grid, titleRows);
  const tahun8 =
    kolom8 !== undefined
      ? pathRows.map((r) => ({ r, t: tahunDariJudul(text(cell(grid, r, kolom8))) })).find((x) => x.t !== undefined)
      : undefined;
  const periode: PeriodeJudul = {
    ...periodeJudul,
    ...(tahun8 ? { tahun: tahun8.t, selTahun: { row: tahun8.r, col: kolom8! } } : {}),
  };
  const varian = varianDari(paths.join(" | ")) ?? "renstra";
  return {
    ...(periode.tahun !== undefined ? { tahun: periode.tahun } : {}),
    periode,
    sheet: grid.name,
    headerRows: [...pathRows, ...(nomor !== undefined ? [nomor] : []), ...(satuan !== undefined ? [satuan] : [])].sort(
      (a, b) => a - b,
    ),
    kolom,
    rows,
    ringkasan: ringkasan.filter((r) => r !== totalRow),
    skala,
    varian,
    ...(totalRow !== undefined ? { totalRow } : {}),
    ...(perangkatDaerah ? { perangkatDaerah } : {}),
  };
}

function cariE81Header(grid: Grid, r: number): boolean {
  if (!(grid.values[r] ?? []).some((v) => typeof v === "string" && MENENGAH.test(v))) return false;
  const words = (grid.values[r] ?? []).map(text).join(" | ");
  return MENENGAH.test(words) && /\b(triwulan|tw|trw)\b/i.test(words) && /indikator/i.test(words);
}

/** Reads an E.81 table into the model's budget tree, with quarters, Renstra figures and the levels above program. */
export function readE81(grid: Grid, t: TabelE81, nomenklatur: Nomenklatur, diag: DaftarTemuan): HasilE81 {
  const k = t.kolom;
  const ctx = { grid, diag };
  // Built without spreads: this runs for a dozen cells of every row.
  // Rupiah written in thousands or millions are held in rupiah; their links multiply alike.
  const sel = (row: number, col: number | undefined, label: string): { value: number | null; ref?: SelRef } => {
    const a = readAngka(ctx, row, col, label);
    const kali = kaliDi(t, col);
    const value = dikali(a.value, kali);
    if (!a.typed || col === undefined) return { value };
    return { value, ref: kali === 1 ? { sheet: grid.name, row, col } : { sheet: grid.name, row, col, kali } };
  };
  const nilai = (row: number, col: number | undefined, label: string): NilaiSel => {
    const { value, ref } = sel(row, col, label);
    return ref ? { nilai: value, ref } : { nilai: value };
  };
  // K in the indicator's own unit: "86,0 %" of a % indicator is 86, as every other reader takes it (inUnit).
  const nilaiK = (row: number, col: number | undefined, label: string, satuan: string | null): NilaiSel => {
    const a = readAngka(ctx, row, col, label);
    const ref = refOf(a, grid.name, row, col, unitFactor(a, satuan));
    return ref ? { nilai: inUnit(a, satuan), ref } : { nilai: inUnit(a, satuan) };
  };
  /** The K figures of a row (its own or a continuation row's) with its quarters. */
  const kinerjaBaris = (row: number) => {
    const satuan = readTeks(grid, row, k.satuan);
    const targetK = nilaiK(row, k.blok[8]?.k, "target K", satuan);
    const realK = nilaiK(row, k.blok[13]?.k, "realisasi K", satuan);
    const tw = readQuarters(grid, t, row, targetK.nilai, gaya, satuan, diag);
    const renstra: RenstraNode = {
      targetK: nilaiK(row, k.blok[6]?.k, "target Renstra K", satuan),
      targetRp: nilai(row, k.blok[6]?.rp, "target Renstra Rp"),
      realisasiK: nilaiK(row, k.blok[7]?.k, "realisasi Renstra K", satuan),
      realisasiRp: nilai(row, k.blok[7]?.rp, "realisasi Renstra Rp"),
    };
    return {
      kinerja: { indikator: readTeks(grid, row, k.indikator), satuan, target: targetK.nilai, realisasi: realK.nilai },
      tw,
      renstra,
    };
  };
  laporSkala(grid, t.skala, diag);
  if (t.varian === "rpjmd")
    diag.info(
      "E81_VARIAN",
      {
        id: `Formulir di lembar "${grid.name}" memakai istilah ${VARIAN_E81.rpjmd.nama}; kolomnya dibaca sebagai kolom E.81 yang sama (target akhir periode, realisasi s.d. tahun lalu, target tahun berjalan, TW I–IV, …).`,
        en: `The form on sheet "${grid.name}" uses the wording ${VARIAN_E81.rpjmd.nama}; its columns are read as the same E.81 columns (end-of-period target, realisation to last year, this year's target, Q1–Q4, …).`,
      },
      { sheet: grid.name, row: t.headerRows[0], col: k.blok[6]?.k ?? k.uraian },
    );
  if (t.ringkasan.length > 0)
    diag.info(
      "E81_BARIS_RINGKASAN",
      {
        id: `${t.ringkasan.length} baris ringkasan (rata-rata capaian, predikat, jumlah per program) tidak dibaca sebagai data: baris ${t.ringkasan.map((r) => r + 1).join(", ")}.`,
        en: `${t.ringkasan.length} summary rows (average achievement, rating, per-program totals) are not read as data: rows ${t.ringkasan.map((r) => r + 1).join(", ")}.`,
      },
      { sheet: grid.name, row: t.ringkasan[0], col: k.uraian },
    );
  const colPagu = k.blok[8]?.rp;
  const colReal = k.blok[13]?.rp;

  // Rows that carry a name; a row without one continues the indicator of the row above.
  const masuk: BarisMasuk[] = [];
  // Continuation rows by the row they continue.
  const lanjutan = new Map<number, number[]>();
  const silent = { grid, diag: new DaftarTemuan() };
  for (const row of t.rows) {
    const raw = readTeks(grid, row, k.uraian);
    const kodeCell = k.kodeTerpisah
      ? kodeBaris(grid, row, k.kodeTerpisah, k.uraian).kode
      : k.kode !== undefined
        ? bacaKode(rawCell(grid, row, k.kode))
        : null;
    const glued = raw ? pisahKode(raw) : { kode: null, nama: "" };
    const kode = kodeCell ?? glued.kode;
    const nama = raw ? (kodeCell ? raw : glued.nama) : null;
    if (!nama && !kode) {
      if (!isBlank(cell(grid, row, k.indikator ?? -1)) || !isBlank(cell(grid, row, k.satuan ?? -1))) {
        diag.info(
          "INDIKATOR_BERLANJUT",
          {
            id: `Baris ${row + 1} tanpa uraian dibaca sebagai indikator tambahan baris di atasnya; tidak dijumlahkan.`,
            en: `Row ${row + 1} without a description is read as another indicator of the row above; not summed.`,
          },
          { sheet: grid.name, row, col: k.indikator ?? k.uraian },
        );
        const atas = masuk[masuk.length - 1];
        if (atas && !isBlank(cell(grid, row, k.indikator ?? -1)))
          lanjutan.set(atas.row, [...(lanjutan.get(atas.row) ?? []), row]);
      }
      continue;
    }
    const pagu = dikali(readAngka(silent, row, colPagu, "pagu").value, kaliDi(t, colPagu));
    const formula = colPagu !== undefined ? grid.formulas?.[row]?.[colPagu] : undefined;
    const formulaReal = colReal !== undefined ? grid.formulas?.[row]?.[colReal] : undefined;
    const anak = barisDijumlah(formula, colPagu ?? -1) ?? barisDijumlah(formulaReal, colReal ?? -1);
    masuk.push({
      row,
      nama,
      kode,
      ...(kode ? { tingkatKode: tingkatKode(kode) } : {}),
      ...(anak ? { anak } : {}),
      nilai: pagu,
      indent: 0,
    });
  }
  const outside = rowsOutside(grid, t, masuk);
  for (const r of outside)
    masuk.splice(
      masuk.findIndex((b) => b.row === r),
      1,
    );
  if (outside.length > 0) {
    diag.warning(
      "BARIS_DI_LUAR_TABEL",
      {
        id: `${outside.length} baris di akhir tabel tidak bernomor dan tidak dijumlahkan rumus induk mana pun (baris ${outside.map((r) => r + 1).join(", ")}); tidak dibaca. Beri nomor bila baris itu berlaku.`,
        en: `${outside.length} rows at the end of the table have no number and are summed by no parent's formula (rows ${outside.map((r) => r + 1).join(", ")}); not read. Number them if they apply.`,
      },
      { sheet: grid.name, row: outside[0], col: k.uraian },
    );
  }
  const keputusan = susunHierarki(masuk, {
    nomenklatur,
    diag,
    sheet: grid.name,
    colNama: k.uraian,
    ...(colPagu !== undefined ? { colNilai: colPagu } : {}),
  });

  // Quarter style of the sheet.
  const gaya = gayaTriwulan(grid, t);
  const nodes: (NodeAnggaran | NodeInduk | undefined)[] = [];
  const program: NodeAnggaran[] = [];
  const induk: NodeInduk[] = [];
  let terakhir = 0;
  for (const [i, b] of masuk.entries()) {
    const kp = keputusan[i];
    const level = kp.tingkat;
    const where = { sheet: grid.name, row: b.row, col: k.uraian };
    if (!level || level === "rincian") {
      if (!level)
        diag.warning(
          "TINGKAT_TAK_DIKENAL",
          {
            id: `Baris ${kutip(b.nama, 80)} tidak dikenali tingkatnya; tidak dijumlahkan.`,
            en: `Row ${kutip(b.nama, 80)}: its level is not recognised; not summed.`,
          },
          where,
        );
      nodes.push(undefined);
      continue;
    }
    const parent = kp.induk !== undefined ? nodes[kp.induk] : undefined;
    const sumber: Sumber = { sheet: grid.name, row: b.row, col: k.uraian };
    const pagu = sel(b.row, colPagu, "pagu");
    const real = sel(b.row, colReal, "realisasi anggaran");
    if (level === "urusan" || level === "bidang_urusan") {
      const node: NodeInduk = {
        level,
        kode: b.kode,
        uraian: b.nama ?? b.kode ?? "",
        paguTertulis: pagu.value,
        realisasiTertulis: real.value,
        children: [],
        program: [],
        sumber,
        dasarLevel: kp.dasar,
      };
      if (parent && "program" in parent) parent.children.push(node);
      else induk.push(node);
      nodes.push(node);
      continue;
    }
    const { kinerja, tw, renstra } = kinerjaBaris(b.row);
    for (const q of TW) if (tw.rp[q] !== null && tw.rp[q] !== 0) terakhir = Math.max(terakhir, q + 1);
    for (const q of TW)
      if (tw.progres?.[q] !== null && tw.progres?.[q] !== undefined && tw.progres[q] > 0)
        terakhir = Math.max(terakhir, q + 1);
    const indikatorLain: IndikatorTambahan[] = (lanjutan.get(b.row) ?? []).map((row) => {
      const x = kinerjaBaris(row);
      return {
        kinerja: x.kinerja,
        triwulan: x.tw,
        renstra: x.renstra,
        sumber: { sheet: grid.name, row, col: k.indikator ?? k.uraian },
      };
    });
    let realisasi = real.value;
    if (realisasi === null && tw.rp.some((v) => v !== null))
      realisasi = tw.rp.reduce<number>((s, v) => s + (v ?? 0), 0);
    const node: NodeAnggaran = {
      level,
      kode: b.kode,
      uraian: tanpaAwalan(b.nama, level) ?? b.kode ?? "",
      pagu: pagu.value,
      realisasi,
      paguTertulis: pagu.value,
      realisasiTertulis: real.value,
      kinerja,
      ...(indikatorLain.length > 0 ? { indikatorLain } : {}),
      children: [],
      sumber,
      refPagu: pagu.ref,
      refRealisasi: real.ref,
      dasarLevel: kp.dasar,
      triwulan: tw,
      renstra,
      unit: readTeks(grid, b.row, k.unit),
      keterangan: readTeks(grid, b.row, k.keterangan),
    };
    nodes.push(node);
    if (level === "program") {
      program.push(node);
      if (parent && "program" in parent) parent.program.push(node);
    } else if (parent && !("program" in parent)) parent.children.push(node);
    else
      diag.warning(
        "INDUK_TIDAK_ADA",
        {
          id: `${NAMA_TINGKAT[level]} ${kutip(node.uraian, 80)} tidak punya induk di atasnya.`,
          en: `${LEVEL_NAME[level].replace(/^./, (c) => c.toUpperCase())} ${kutip(node.uraian, 80)} has no parent above it.`,
        },
        where,
      );
    checkQuarterSum(node, t, diag);
  }
  let total: HasilE81["total"];
  if (t.totalRow !== undefined) {
    total = {
      pagu: sel(t.totalRow, colPagu, "pagu").value,
      realisasi: sel(t.totalRow, colReal, "realisasi anggaran").value,
      sumber: { sheet: grid.name, row: t.totalRow, ...(colPagu !== undefined ? { col: colPagu } : {}) },
    };
  } else if (induk.length === 1 && induk[0].paguTertulis !== null) {
    total = { pagu: induk[0].paguTertulis, realisasi: induk[0].realisasiTertulis, sumber: induk[0].sumber };
  }
  return {
    program,
    induk,
    ...(total ? { total } : {}),
    ...(terakhir > 0 ? { triwulan: { terakhir: terakhir as 1 | 2 | 3 | 4, gaya } } : {}),
    ...(t.perangkatDaerah ? { perangkatDaerah: t.perangkatDaerah } : {}),
    ...(t.tahun ? { tahun: t.tahun } : {}),
    periode: { ...t.periode, sheet: grid.name },
  };
}

/** The factor of a rupiah column written in thousands or millions (1 for plain rupiah). */
function kaliDi(t: TabelE81, col: number | undefined): number {
  return col !== undefined ? (t.skala[col]?.kali ?? 1) : 1;
}

function rawCell(grid: Grid, row: number, col: number): string | number | null {
  const v = cell(grid, row, col);
  return typeof v === "string" || typeof v === "number" ? v : null;
}

/**
 * Rows after the last numbered one, without a number and added by no parent's formula, when the form numbers its
 * rows: a block left below the table (an unfunded program typed in for later), not part of it.
 */
function rowsOutside(grid: Grid, t: TabelE81, masuk: readonly BarisMasuk[]): number[] {
  if (t.kolom.no === undefined) return [];
  const numbered = masuk.filter(
    (b) => !isBlank(cell(grid, b.row, t.kolom.no!)) && nomorBaris(cell(grid, b.row, t.kolom.no!)),
  );
  if (numbered.length < 0.8 * masuk.length || numbered.length === 0) return [];
  const lastNumbered = numbered[numbered.length - 1].row;
  const summed = new Set(masuk.flatMap((b) => b.anak ?? []));
  return masuk.filter((b) => b.row > lastNumbered && !summed.has(b.row)).map((b) => b.row);
}

function nomorBaris(v: unknown): boolean {
  return (
    (typeof v === "number" && Number.isInteger(v) && v > 0) ||
    (typeof v === "string" && /^\s*[1-9]\d*[.)]?\s*$/.test(v))
  );
}

/**
 * How the sheet writes quarterly K: formulas "progress × target − earlier quarters" (kumulatif_dikurangi); typed
 * increments (tambahan); or, without K columns, the % columns as a cumulative fraction (0–1) or percent (0–100).
 */
function gayaTriwulan(grid: Grid, t: TabelE81): GayaTriwulan {
  const kCols = TW.map((q) => t.kolom.blok[9 + q]?.k).filter((c): c is number => c !== undefined);
  const pCols = TW.map((q) => t.kolom.blok[9 + q]?.persen).filter((c): c is number => c !== undefined);
  const pNames = new Set(pCols.map(columnLetter));
  let derived = 0;
  let typed = 0;
  // The style is the sheet's: the first rows tell it.
  for (const r of t.rows.slice(0, 500)) {
    for (const c of kCols) {
      const f = grid.formulas?.[r]?.[c];
      const refs = f ? (f.match(/[A-Z]{1,3}(?=\d+\b)/g) ?? []) : [];
      if (f && refs.some((ref) => pNames.has(ref))) derived++;
      else if (typeof cell(grid, r, c) === "number") typed++;
    }
  }
  if (kCols.length > 0 && derived > typed) return "kumulatif_dikurangi";
  if (kCols.length > 0) return "tambahan";
  let max = 0;
  for (const r of t.rows)
    for (const c of pCols) {
      const v = cell(grid, r, c);
      if (typeof v === "number") max = Math.max(max, v);
    }
  return max <= 1 + TOLERANSI ? "kumulatif_fraksi" : "kumulatif_persen";
}

/** K and Rp per quarter as increments, and progress as a fraction of the year's target where the form has %. */
function readQuarters(
  grid: Grid,
  t: TabelE81,
  row: number,
  targetK: number | null,
  gaya: GayaTriwulan,
  satuan: string | null,
  diag: DaftarTemuan,
): TriwulanNode {
  const ctx = { grid, diag };
  const stok = isStockUnit(satuan);
  const persenSatuan = isPercentUnit(satuan);
  const k: (number | null)[] = [null, null, null, null];
  const rp: (number | null)[] = [null, null, null, null];
  const progres: (number | null)[] = [null, null, null, null];
  const refK: (SelRef | undefined)[] = [undefined, undefined, undefined, undefined];
  const refRp: (SelRef | undefined)[] = [undefined, undefined, undefined, undefined];
  const cells = grid.values[row] ?? [];
  // A typed number is taken as it is (most cells, without an Angka each); anything else goes through readAngka.
  const baca = (
    col: number | undefined,
    label: string,
  ): { value: number | null; typed: boolean; percent: boolean } | number | null => {
    if (col === undefined) return null;
    const v = cells[col];
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
    const a = readAngka(ctx, row, col, label);
    return { value: a.value, typed: a.typed === true, percent: a.percent };
  };
  let hasPersen = false;
  for (const q of TW) {
    const b = t.kolom.blok[9 + q] ?? {};
    const rq = baca(b.rp, `realisasi Rp TW ${q + 1}`);
    const pq = baca(b.persen, `progres TW ${q + 1}`);
    if (b.persen !== undefined) hasPersen = true;
    // K in the indicator's unit (inUnit, as every reader): a % indicator's "86,0 %" (or 0,86 formatted %) is 86.
    if (persenSatuan && b.k !== undefined) {
      const a = readAngka(ctx, row, b.k, `realisasi K TW ${q + 1}`);
      k[q] = inUnit(a, satuan);
      if (a.typed) refK[q] = refOf(a, grid.name, row, b.k, unitFactor(a, satuan));
    } else {
      const kq = baca(b.k, `realisasi K TW ${q + 1}`);
      k[q] = typeof kq === "number" ? kq : (kq?.value ?? null);
      if (b.k !== undefined && (typeof kq === "number" || kq?.typed)) refK[q] = { sheet: grid.name, row, col: b.k };
    }
    rp[q] = dikali(typeof rq === "number" ? rq : (rq?.value ?? null), kaliDi(t, b.rp));
    if (b.rp !== undefined && (typeof rq === "number" || rq?.typed))
      refRp[q] =
        kaliDi(t, b.rp) === 1
          ? { sheet: grid.name, row, col: b.rp }
          : { sheet: grid.name, row, col: b.rp, kali: kaliDi(t, b.rp) };
    const p = typeof pq === "number" ? pq : (pq?.value ?? null);
    const ditulisPersen =
      typeof pq === "number"
        ? (grid.numberFormats?.[row]?.[b.persen!]?.includes("%") ?? false)
        : (pq?.percent ?? false);
    progres[q] = p === null ? null : gaya === "kumulatif_persen" || (!ditulisPersen && p > 1 + TOLERANSI) ? p / 100 : p;
  }
  // Without K columns, the increments follow from progress × target.
  if (!k.some((v) => v !== null) && hasPersen && targetK !== null) {
    let before = 0;
    for (const q of TW) {
      const p = progres[q];
      if (p === null) continue;
      k[q] = (p - before) * targetK;
      before = p;
    }
  }
  // A stock (%, indeks) holds its position each quarter: the increments a cumulative sheet wrote add up to it.
  if (stok && gaya !== "tambahan") {
    let position: number | null = null;
    for (const q of TW) {
      if (k[q] === null) continue;
      position = (position ?? 0) + k[q];
      k[q] = position;
      refK[q] = undefined; // the cell holds the increment, not the position
    }
  }
  return {
    k: k as unknown as PerTriwulan,
    rp: rp as unknown as PerTriwulan,
    ...(hasPersen ? { progres: progres as unknown as PerTriwulan } : {}),
    gaya,
    refK,
    refRp,
  };
}

/** The year's Rp (13) against TW I–IV as written. */
function checkQuarterSum(node: NodeAnggaran, t: TabelE81, diag: DaftarTemuan): void {
  const tw = node.triwulan;
  if (!tw || node.realisasiTertulis === null || tw.rp.every((v) => v === null)) return;
  const sum = tw.rp.reduce<number>((s, v) => s + (v ?? 0), 0);
  if (Math.abs(sum - node.realisasiTertulis) > 0.5) {
    diag.warning(
      "JUMLAH_TRIWULAN_BERBEDA",
      {
        id: `Realisasi Rp ${NAMA_TINGKAT[node.level]} ${kutip(node.uraian, 60)} tertulis ${formatRupiah(node.realisasiTertulis)}, jumlah TW I–IV ${formatRupiah(sum)} (selisih ${formatRupiah(node.realisasiTertulis - sum)}).`,
        en: `The Rp realisation of ${LEVEL_NAME[node.level]} ${kutip(node.uraian, 60)} is written ${formatRupiah(node.realisasiTertulis, "en")}, the sum of quarters I–IV ${formatRupiah(sum, "en")} (difference ${formatRupiah(node.realisasiTertulis - sum, "en")}).`,
      },
      { sheet: node.sumber.sheet, row: node.sumber.row, col: t.kolom.blok[13]?.rp },
      String(node.realisasiTertulis),
      String(sum),
    );
  }
}

/**
 * A name without the level word it starts with, once the level is read ("Sub Kegiatan Penyediaan Gaji …" of a sub
 * kegiatan → "Penyediaan Gaji …"; E.79/E.80 copies write it so). A program keeps "Program …", part of its name,
 * unless a colon or dash follows the word.
 */
export function tanpaAwalan(nama: string | null, level: string): string | null {
  if (nama === null) return null;
  const re =
    level === "sub_kegiatan"
      ? /^\s*sub\s*-?\s*kegiatan\s*[:\-–]?\s+(?=\S)/i
      : level === "kegiatan"
        ? /^\s*kegiatan\s*[:\-–]?\s+(?=\S)/i
        : level === "program"
          ? /^\s*program\s*[:\-–]\s*(?=\S)/i
          : undefined;
  const hasil = re ? nama.replace(re, "") : nama;
  return hasil.trim() === "" ? nama : hasil;
}
