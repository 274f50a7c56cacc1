/**
 * The Permendagri 86/2017 form E.81 (Evaluasi terhadap hasil Renja Perangkat Daerah; E.79/E.80 for the RKPD have
 * the same columns) as a known layout. Recognised from its header words and its column numbers; columns 6–15 are
 * found by number where the form has a numbering row, else by their header words, each split into K, Rp and
 * (per quarter, where present) % by the units row. Rows: unsur / urusan → bidang urusan → program → kegiatan → sub
 * kegiatan, by the signals of hierarki.ts. See docs/READING.md.
 */
import { kutip } from "../errors";
import { TOLERANSI } from "../rules/predikat";
import { Grid, cell, columnCount, columnLetter, isBlank, rowCount, text } from "../grid";
import {
  GayaTriwulan,
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
import { SUBTOTAL_LABEL } from "./columns";
import { DaftarTemuan } from "./diagnostics";
import { BarisMasuk, LEVEL_NAME, NAMA_TINGKAT, susunHierarki, tingkatLabel } from "./hierarki";
import {
  isBarisNomor,
  isBarisSatuan,
  isTandaTangan,
  jalurJudul,
  nomorKolom,
  perangkatDaerahDari,
  satuanDari,
} from "./judul";
import { bacaKode, pisahKode, tingkatKode } from "./kode";
import { Nomenklatur } from "./nomenklatur";
import { barisDijumlah } from "./rumus";
import { rowHasNumbers } from "./tables";
import { AngkaSel, isStockUnit, readAngka, readTeks } from "./values";

const TW = [0, 1, 2, 3] as const;

/** Columns of the form: K / Rp / % per numbered block. */
export interface KolomE81 {
  no?: number;
  sasaran?: number;
  kode?: number;
  uraian: number;
  indikator?: number;
  satuan?: number;
  /** (6) … (15): K, Rp and % columns of each block. */
  blok: Partial<Record<number, { k?: number; rp?: number; persen?: number }>>;
  unit?: number;
  keterangan?: number;
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
}

export interface HasilE81 {
  readonly program: NodeAnggaran[];
  readonly induk: NodeInduk[];
  readonly total?: { pagu: number | null; realisasi: number | null; sumber: Sumber };
  readonly triwulan?: { terakhir: 1 | 2 | 3 | 4; gaya: GayaTriwulan };
  readonly perangkatDaerah?: string;
  readonly tahun?: number;
}

const AGENCY = /^(dinas|badan|sekretariat|inspektorat|kantor|kecamatan|satuan polisi|rumah sakit|biro|uptd?)\b/i;

const KATA = {
  triwulan: /\b(triwulan|tw|trw)\b/i,
  renstra: /\brenstra\b/i,
  renja: /\b(renja|rkpd|rkp)\b/i,
};

/** Every E.81 table of a sheet (a sheet may hold the form before and after perubahan). */
export function cariE81(grid: Grid): TabelE81[] {
  const height = rowCount(grid);
  const width = columnCount(grid);
  const found: TabelE81[] = [];
  for (let r = 0; r < height; r++) {
    const row = grid.values[r] ?? [];
    if (!row.some((v) => typeof v === "string" && KATA.renstra.test(v))) continue;
    const words = row.map(text).join(" | ");
    if (!(
      KATA.renstra.test(words) &&
      (KATA.renja.test(words) || /realisasi/i.test(words)) &&
      /\b(indikator|program|kegiatan)\b/i.test(words)
    ))
      continue;
    const t = bacaJudul(grid, r, width);
    if (!t) continue;
    found.push(t);
    r = t.rows.length > 0 ? t.rows[t.rows.length - 1] : t.headerRows[t.headerRows.length - 1];
  }
  return found;
}

function bacaJudul(grid: Grid, start: number, width: number): TabelE81 | undefined {
  // The header runs to its numbering / units row, at most 5 rows down.
  const pathRows = [start];
  let nomor: number | undefined;
  let satuan: number | undefined;
  for (let r = start + 1; r <= start + 5 && r < rowCount(grid); r++) {
    if (isBarisNomor(grid, r)) nomor = r;
    else if (isBarisSatuan(grid, r)) satuan = r;
    else if (nomor === undefined && satuan === undefined && !perangkatDaerahDari(grid, r) && !rowHasNumbers(grid, r))
      pathRows.push(r);
    else break;
  }
  const last = Math.max(pathRows[pathRows.length - 1], nomor ?? -1, satuan ?? -1);
  const paths = jalurJudul(grid, pathRows, width).map((p) => p.join(" › "));
  const kolom: KolomE81 = { uraian: -1, blok: {} };
  // Columns 1–5 by their words (their numbers differ between copies: some put Kode at 3).
  for (let c = 0; c < width; c++) {
    const p = paths[c].toLowerCase();
    if (p === "") continue;
    if (kolom.no === undefined && /^(no|nomor)\b\.?/.test(p) && !/renstra|renja|triwulan/.test(p)) kolom.no = c;
    else if (kolom.kode === undefined && /^kode\b/.test(p)) kolom.kode = c;
    else if (
      kolom.uraian < 0 &&
      /(urusan|program|kegiatan)/.test(p) &&
      !/indikator|renstra|renja|triwulan|realisasi|target/.test(p)
    )
      kolom.uraian = c;
    else if (kolom.indikator === undefined && /indikator/.test(p)) kolom.indikator = c;
    else if (kolom.satuan === undefined && /^satuan\b/.test(p)) kolom.satuan = c;
    else if (kolom.sasaran === undefined && /^sasaran\b/.test(p)) kolom.sasaran = c;
    else if (kolom.unit === undefined && /(unit|penanggung\s*jawab|pj\b)/.test(p)) kolom.unit = c;
    else if (kolom.keterangan === undefined && /^(ket|keterangan)\b/.test(p)) kolom.keterangan = c;
  }
  if (kolom.uraian < 0) return undefined;
  // Blocks 6–15: by the numbering row, else by words in the order the form puts them.
  const blockOf: (number | undefined)[] = new Array<number | undefined>(width).fill(undefined);
  if (nomor !== undefined) {
    let current: number | undefined;
    for (let c = 0; c < width; c++) {
      const n = nomorKolom(cell(grid, nomor, c));
      if (n !== undefined) current = n >= 6 && n <= 15 ? n : undefined;
      else if (!isBlank(cell(grid, nomor, c))) current = undefined;
      if (c === kolom.unit || c === kolom.keterangan) current = undefined;
      blockOf[c] = current;
    }
  } else {
    let seenTw = false;
    let realisasiRenstra = 0;
    for (let c = 0; c < width; c++) {
      const p = paths[c].toLowerCase();
      const tw = /\b(triwulan|tw)\b/.test(p) ? quarterOf(p) : undefined;
      if (tw !== undefined) {
        blockOf[c] = 9 + tw;
        seenTw = true;
      } else if (/tingkat capaian/.test(p)) blockOf[c] = 15;
      else if (/target/.test(p) && /renstra|akhir periode/.test(p)) blockOf[c] = 6;
      else if (/target/.test(p) && /renja|rkpd|tahun berjalan/.test(p)) blockOf[c] = 8;
      else if (/realisasi/.test(p) && /renstra/.test(p))
        blockOf[c] = seenTw || realisasiRenstra > 0 ? 14 : (realisasiRenstra = 7);
      else if (/realisasi/.test(p) && /renja|rkpd|dievaluasi/.test(p) && seenTw) blockOf[c] = 13;
    }
  }
  for (let c = 0; c < width; c++) {
    const b = blockOf[c];
    if (b === undefined) continue;
    const blok = (kolom.blok[b] ??= {});
    const unit =
      satuan !== undefined
        ? satuanDari(cell(grid, satuan, c))
        : /\brp\b|anggaran|rupiah/i.test(paths[c])
          ? "rp"
          : /%/.test(paths[c])
            ? "persen"
            : undefined;
    const key = unit ?? (blok.k === undefined ? "k" : blok.rp === undefined ? "rp" : undefined);
    if (key && blok[key] === undefined) blok[key] = c;
  }
  const has = (n: number) => kolom.blok[n] !== undefined;
  if (!(has(8) && (has(9) || has(13)) && [6, 7, 10, 11, 12, 14, 15].filter(has).length >= 3)) return undefined;
  // Data: after the header, past a "Perangkat Daerah : …" row, to the signature block or a run of blank rows.
  let perangkatDaerah: string | undefined;
  const rows: number[] = [];
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
    // The form's own total row closes the table; the faktor pendorong / penghambat / tindak lanjut rows follow it.
    if (/^(faktor\s+(pendorong|penghambat)|tindak\s+lanjut|catatan\s*:)/i.test(nama)) break;
    if (SUBTOTAL_LABEL.test(nama) && rows.length > 0) {
      totalRow = r;
      break;
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
  const tahun =
    tahunDari(kolom.blok[8] ? paths[kolom.blok[8].k ?? kolom.blok[8].rp ?? 0] : "") ||
    Math.max(0, ...Array.from({ length: start }, (_, r) => tahunDari((grid.values[r] ?? []).map(text).join(" "))));
  return {
    ...(tahun > 0 ? { tahun } : {}),
    sheet: grid.name,
    headerRows: [...pathRows, ...(nomor !== undefined ? [nomor] : []), ...(satuan !== undefined ? [satuan] : [])].sort(
      (a, b) => a - b,
    ),
    kolom,
    rows,
    ...(totalRow !== undefined ? { totalRow } : {}),
    ...(perangkatDaerah ? { perangkatDaerah } : {}),
  };
}

function tahunDari(s: string): number {
  return Math.max(0, ...[...s.matchAll(/\btahun\s*(?:anggaran\s*)?((?:19|20)\d\d)\b/gi)].map((m) => Number(m[1])));
}

function cariE81Header(grid: Grid, r: number): boolean {
  if (!(grid.values[r] ?? []).some((v) => typeof v === "string" && KATA.renstra.test(v))) return false;
  const words = (grid.values[r] ?? []).map(text).join(" | ");
  return KATA.renstra.test(words) && KATA.triwulan.test(words) && /indikator/i.test(words);
}

function quarterOf(p: string): number | undefined {
  const m = /(?:^|›|\s)(i{1,3}|iv|[1-4])\s*$/.exec(p.trim()) ?? /\b(?:tw|triwulan)\s*(i{1,3}|iv|[1-4])\b/.exec(p);
  if (!m) return undefined;
  const k = m[1];
  return { i: 0, ii: 1, iii: 2, iv: 3, "1": 0, "2": 1, "3": 2, "4": 3 }[k];
}

/** Reads an E.81 table into the model's budget tree, with quarters, Renstra figures and the levels above program. */
export function readE81(grid: Grid, t: TabelE81, nomenklatur: Nomenklatur, diag: DaftarTemuan): HasilE81 {
  const k = t.kolom;
  const ctx = { grid, diag };
  // Built without spreads: this runs for a dozen cells of every row.
  const sel = (row: number, col: number | undefined, label: string): { a: AngkaSel; ref?: SelRef } => {
    const a = readAngka(ctx, row, col, label);
    return a.typed && col !== undefined ? { a, ref: { sheet: grid.name, row, col } } : { a };
  };
  const nilai = (row: number, col: number | undefined, label: string): NilaiSel => {
    const a = readAngka(ctx, row, col, label);
    return a.typed && col !== undefined ? { nilai: a.value, ref: { sheet: grid.name, row, col } } : { nilai: a.value };
  };
  const colPagu = k.blok[8]?.rp;
  const colReal = k.blok[13]?.rp;

  // Rows that carry a name; a row without one continues the indicator of the row above.
  const masuk: BarisMasuk[] = [];
  const silent = { grid, diag: new DaftarTemuan() };
  for (const row of t.rows) {
    const raw = readTeks(grid, row, k.uraian);
    const kodeCell = k.kode !== undefined ? bacaKode(rawCell(grid, row, k.kode)) : null;
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
      }
      continue;
    }
    const pagu = readAngka(silent, row, colPagu, "pagu").value;
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
        paguTertulis: pagu.a.value,
        realisasiTertulis: real.a.value,
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
    const satuan = readTeks(grid, b.row, k.satuan);
    const targetK = nilai(b.row, k.blok[8]?.k, "target K");
    const realK = nilai(b.row, k.blok[13]?.k, "realisasi K");
    const tw = readQuarters(grid, t, b.row, targetK.nilai, gaya, isStockUnit(satuan), diag);
    for (const q of TW) if (tw.rp[q] !== null && tw.rp[q] !== 0) terakhir = Math.max(terakhir, q + 1);
    for (const q of TW)
      if (tw.progres?.[q] !== null && tw.progres?.[q] !== undefined && tw.progres[q] > 0)
        terakhir = Math.max(terakhir, q + 1);
    const renstra: RenstraNode = {
      targetK: nilai(b.row, k.blok[6]?.k, "target Renstra K"),
      targetRp: nilai(b.row, k.blok[6]?.rp, "target Renstra Rp"),
      realisasiK: nilai(b.row, k.blok[7]?.k, "realisasi Renstra K"),
      realisasiRp: nilai(b.row, k.blok[7]?.rp, "realisasi Renstra Rp"),
    };
    let realisasi = real.a.value;
    if (realisasi === null && tw.rp.some((v) => v !== null))
      realisasi = tw.rp.reduce<number>((s, v) => s + (v ?? 0), 0);
    const node: NodeAnggaran = {
      level,
      kode: b.kode,
      uraian: b.nama ?? b.kode ?? "",
      pagu: pagu.a.value,
      realisasi,
      paguTertulis: pagu.a.value,
      realisasiTertulis: real.a.value,
      kinerja: { indikator: readTeks(grid, b.row, k.indikator), satuan, target: targetK.nilai, realisasi: realK.nilai },
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
      pagu: readAngka(ctx, t.totalRow, colPagu, "pagu").value,
      realisasi: readAngka(ctx, t.totalRow, colReal, "realisasi anggaran").value,
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
  };
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
  stok: boolean,
  diag: DaftarTemuan,
): TriwulanNode {
  const ctx = { grid, diag };
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
    const kq = baca(b.k, `realisasi K TW ${q + 1}`);
    const rq = baca(b.rp, `realisasi Rp TW ${q + 1}`);
    const pq = baca(b.persen, `progres TW ${q + 1}`);
    if (b.persen !== undefined) hasPersen = true;
    k[q] = typeof kq === "number" ? kq : (kq?.value ?? null);
    rp[q] = typeof rq === "number" ? rq : (rq?.value ?? null);
    if (b.k !== undefined && (typeof kq === "number" || kq?.typed)) refK[q] = { sheet: grid.name, row, col: b.k };
    if (b.rp !== undefined && (typeof rq === "number" || rq?.typed)) refRp[q] = { sheet: grid.name, row, col: b.rp };
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
