/**
 * Reads the SIPD "Rekapitulasi Belanja menurut Urusan, Organisasi, Program, Kegiatan, Sub Kegiatan" by its
 * description (core/formulir/sipd-rekap-belanja.ts): the header found by "Kode" and "Uraian", each money column by
 * its group and measure, the level of each row by its kode (split over columns or glued), the organisasi rows as
 * units whose programs are read apart, rekening rows below sub kegiatan as their detail (never sub kegiatan).
 * Columns the form does not have (the agency's own % or notes) are named in a note, never read.
 */
import { kutip } from "../errors";
import { Grid, cell, columnCount, columnLetter, isBlank, rowCount, text } from "../grid";
import { NodeAnggaran, NodeInduk, Sumber } from "../model";
import { formatRupiah } from "../numbers";
import { cocok, labelNormal } from "../formulir/bentuk";
import { Kelompok, REKAP_BELANJA as F, Ukuran } from "../formulir/sipd-rekap-belanja";
import { HasilAnggaran, checkTotal, rollUp } from "./anggaran";
import { DaftarTemuan, daftarBaris } from "./diagnostics";
import { isBarisNomor, isBarisSatuan, isTandaTangan } from "./judul";
import { kodeInduk } from "./kode";
import { kodeBaris } from "../tabel/kode-baris";
import { headerLabels } from "./tables";
import { angkaDikali, laporSkala, skalaTabel } from "./skala";
import { AngkaSel, columnStyle, readAngka } from "./values";

type Slot = `${Kelompok}.${Ukuran}`;

export interface TabelRekap {
  readonly sheet: string;
  readonly headerRows: readonly number[];
  /** Columns holding the kode, left to right (one when glued). */
  readonly kolomKode: readonly number[];
  readonly kolomUraian: number;
  /** Money columns by group and measure ("operasi.anggaran", "total.realisasi"). */
  readonly kolom: Partial<Record<Slot, number>>;
  /** Columns after Uraian the form does not have, with their header. */
  readonly lain: readonly { col: number; label: string }[];
  /** Two columns read as one slot: the one kept and the one set aside. */
  readonly ganda: readonly { slot: Slot; kept: number; other: number }[];
  readonly dataStart: number;
}

export interface HasilRekap extends HasilAnggaran {
  readonly perangkatDaerah?: string;
}

const MAX_JUDUL = 40;

/** The rekap of a sheet: a "Kode" and an "Uraian" header, money columns under them, kode-level rows below. */
export function cariRekap(grid: Grid): TabelRekap | undefined {
  const width = columnCount(grid);
  for (let r = 0; r < Math.min(MAX_JUDUL, rowCount(grid)); r++) {
    const row = grid.values[r] ?? [];
    const ck = row.findIndex((v) => typeof v === "string" && F.kode.test(labelNormal(v)));
    if (ck < 0) continue;
    let cu = -1;
    for (let c = ck + 1; c < row.length; c++)
      if (typeof row[c] === "string" && F.uraian.test(labelNormal(row[c] as string))) {
        cu = c;
        break;
      }
    if (cu < 0) continue;
    const t = tabelDari(grid, r, ck, cu, width);
    if (t) return t;
  }
  return undefined;
}

function tabelDari(grid: Grid, top: number, ck: number, cu: number, width: number): TabelRekap | undefined {
  // Header rows: as deep as "Kode"/"Uraian" are merged, and further rows of header words (no kode in them).
  let bottom = top;
  for (const m of grid.merges ?? [])
    if (m.top === top && (m.left === ck || m.left === cu)) bottom = Math.max(bottom, m.bottom);
  while (bottom + 1 < rowCount(grid) && bottom - top < 3 && barisJudul(grid, bottom + 1, ck, cu)) bottom++;
  const headerRows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  const labels = headerLabels(grid, headerRows, width, (v) => text(v));
  const kolom: Partial<Record<Slot, number>> = {};
  const lain: { col: number; label: string }[] = [];
  const ganda: { slot: Slot; kept: number; other: number }[] = [];
  const tanpaKelompok: { col: number; ukuran: Ukuran }[] = [];
  const label = new Map<number, string>();
  let kiri: Kelompok | undefined;
  for (let c = cu + 1; c < width; c++) {
    const l = labelNormal(labels[c] ?? "");
    if (l === "") {
      kiri = undefined;
      continue;
    }
    label.set(c, labels[c]);
    const ukuran = cocok(F.ukuran, l);
    // Without merge information a group label stands over its first column only: the measures beside it whose
    // cells above are blank ("TOTAL" over "Anggaran | Realisasi | %") belong to the group on their left.
    const atasKosong = headerRows.slice(0, -1).every((r) => isBlank(cell(grid, r, c)));
    const kelompok = cocok(F.kelompok, l) ?? (atasKosong && !grid.merges?.length ? kiri : undefined);
    kiri = kelompok;
    if (!ukuran) lain.push({ col: c, label: labels[c] });
    else if (!kelompok) tanpaKelompok.push({ col: c, ukuran });
    else pasang(`${kelompok}.${ukuran}`, c);
  }
  // A measure without a group is the total's when the header has no groups at all ("Anggaran | Realisasi | %").
  const adaKelompok = Object.keys(kolom).length > 0;
  for (const x of tanpaKelompok) {
    if (adaKelompok) lain.push({ col: x.col, label: labels[x.col] });
    else pasang(`total.${x.ukuran}`, x.col);
  }
  if (!Object.keys(kolom).some((s) => s.endsWith(".anggaran") || s.endsWith(".realisasi"))) return undefined;
  lain.sort((a, b) => a.col - b.col);
  let dataStart = bottom + 1;
  while (dataStart < rowCount(grid) && (isBarisNomor(grid, dataStart) || isBarisSatuan(grid, dataStart))) dataStart++;
  const kolomKode = Array.from({ length: cu - ck }, (_, i) => ck + i);
  // Evidence that this is the form: rows whose kode reads as program, kegiatan or sub kegiatan.
  let bukti = 0;
  for (let r = dataStart; r < Math.min(rowCount(grid), dataStart + 400) && bukti < 3; r++) {
    const k = kodeBaris(grid, r, kolomKode, cu);
    if (k.tingkat === "program" || k.tingkat === "kegiatan" || k.tingkat === "sub_kegiatan") bukti++;
  }
  if (bukti < 3) return undefined;
  const judul = Array.from({ length: top }, (_, r) => (grid.values[r] ?? []).map((v) => text(v)).join(" ")).join(" ");
  // The form, not any budget table with Kode and Uraian: its kode split over columns, its groups (Operasi, Modal),
  // its title or its organisasi rows; and no performance columns (those are a DPA or Renja table).
  const bentuk =
    kolomKode.length > 1 ||
    Object.keys(kolom).some((s) => !s.startsWith("total.")) ||
    F.judul.test(judul) ||
    adaOrganisasi(grid, dataStart, kolomKode, cu);
  if (!bentuk || lain.some((x) => /\b(indikator|target|satuan|sasaran|kinerja|output|keluaran)\b/i.test(x.label)))
    return undefined;
  return {
    sheet: grid.name,
    headerRows,
    kolomKode,
    kolomUraian: cu,
    kolom,
    lain,
    ganda,
    dataStart,
  };

  function pasang(slot: Slot, c: number): void {
    const ada = kolom[slot];
    if (ada === undefined) {
      kolom[slot] = c;
      return;
    }
    // "Anggaran Sebelum Perubahan | Anggaran Setelah Perubahan": the year's is the one after.
    const baru = labelNormal(label.get(c) ?? "");
    const lama = labelNormal(label.get(ada) ?? "");
    const sesudah = (l: string) => F.setelahPerubahan.test(l) && !F.sebelumPerubahan.test(l);
    const ganti = sesudah(baru) && !sesudah(lama);
    if (ganti) kolom[slot] = c;
    ganda.push({ slot, kept: ganti ? c : ada, other: ganti ? ada : c });
  }
}

function adaOrganisasi(grid: Grid, start: number, kolomKode: readonly number[], cu: number): boolean {
  for (let r = start; r < Math.min(rowCount(grid), start + 400); r++)
    if (kodeBaris(grid, r, kolomKode, cu).tingkat === "organisasi") return true;
  return false;
}

/** A header row below the first: words only, no kode in the kode columns, no money. */
function barisJudul(grid: Grid, r: number, ck: number, cu: number): boolean {
  const row = grid.values[r] ?? [];
  if (row.every(isBlank) || isBarisNomor(grid, r)) return false;
  if (row.some((v) => typeof v === "number")) return false;
  for (let c = ck; c <= cu; c++) {
    const t = text(cell(grid, r, c));
    if (t !== "" && /\d/.test(t)) return false;
  }
  return row.some((v) => {
    const l = typeof v === "string" ? labelNormal(v) : "";
    return (
      l !== "" &&
      (cocok(F.ukuran, l) !== undefined ||
        cocok(F.kelompok, l) !== undefined ||
        /^(urusan|bidang|organisasi|program|kegiatan|sub kegiatan|rekening|unit)/.test(l))
    );
  });
}

interface Unit {
  readonly kode: string;
  readonly nama: string;
  readonly pagu: number | null;
  readonly realisasi: number | null;
  readonly sumber: Sumber;
  readonly program: NodeAnggaran[];
}

export function bacaRekap(grid: Grid, t: TabelRekap, diag: DaftarTemuan): HasilRekap {
  const ctx = { grid, diag };
  const rows: number[] = [];
  for (let r = t.dataStart; r < rowCount(grid); r++) {
    if ((grid.values[r] ?? []).every(isBlank)) continue;
    if (isTandaTangan(grid, r)) break;
    rows.push(r);
  }
  const k = t.kolom;
  const style = new Map<number, ReturnType<typeof columnStyle>>();
  // Rupiah in thousands or millions: held in rupiah.
  const skala = skalaTabel(grid, t.headerRows, Object.values(k));
  laporSkala(grid, skala, diag);
  const kali = (c: number) => skala[c]?.kali ?? 1;
  const ref = (row: number, col: number) =>
    kali(col) === 1 ? { sheet: grid.name, row, col } : { sheet: grid.name, row, col, kali: kali(col) };
  const angka = (r: number, c: number | undefined, label: string): AngkaSel | undefined => {
    if (c === undefined) return undefined;
    if (!style.has(c)) style.set(c, columnStyle(grid, rows, c));
    return angkaDikali(readAngka(ctx, r, c, label, style.get(c)), kali(c));
  };
  /** Anggaran or realisasi of a row: the TOTAL column, else the sum of its groups. */
  const nilai = (r: number, u: "anggaran" | "realisasi"): { value: number | null; ref?: number } => {
    const label = u === "anggaran" ? "pagu" : "realisasi anggaran";
    const total = angka(r, k[`total.${u}`], label);
    if (total && total.value !== null) return { value: total.value, ...(total.typed ? { ref: k[`total.${u}`] } : {}) };
    let sum: number | null = null;
    for (const g of ["operasi", "modal", "tak_terduga", "transfer"] as const) {
      const a = angka(r, k[`${g}.${u}`], label);
      if (a && a.value !== null) sum = (sum ?? 0) + a.value;
    }
    return { value: sum === null ? null : Math.round(sum * 100) / 100 };
  };
  const colPagu = k["total.anggaran"] ?? k["operasi.anggaran"];
  const colReal = k["total.realisasi"] ?? k["operasi.realisasi"];

  const program: NodeAnggaran[] = [];
  const induk: NodeInduk[] = [];
  const units: Unit[] = [];
  const byKode = new Map<string, NodeAnggaran>();
  let urusan: NodeInduk | undefined;
  let bidang: NodeInduk | undefined;
  let unit: Unit | undefined;
  let sub: NodeAnggaran | undefined;
  const rekening = new Map<NodeAnggaran, { depth: number; pagu: number | null; realisasi: number | null }[]>();
  let total: HasilAnggaran["total"];
  const tanpaTingkat: number[] = [];
  const tanpaInduk: number[] = [];
  const ganda: number[] = [];
  let barisRekening = 0;
  const diulang = new Set<NodeInduk>();
  const kunci = (kode: string) => `${unit?.kode ?? ""}|${kode}`;

  for (const r of rows) {
    const kb = kodeBaris(grid, r, t.kolomKode, t.kolomUraian);
    const where: Sumber = { sheet: grid.name, row: r, col: t.kolomUraian };
    const labelTotal = kb.kode ? null : (kb.nama ?? kb.teks);
    if (labelTotal && F.total.test(labelTotal)) {
      // A "Jumlah" row: the grand total when no kode row follows it, else a unit's subtotal (not checked).
      const p = nilai(r, "anggaran");
      const q = nilai(r, "realisasi");
      total = {
        pagu: p.value,
        realisasi: q.value,
        sumber: { sheet: grid.name, row: r, col: colPagu },
        kolomRealisasi: colReal,
      };
      sub = undefined;
      continue;
    }
    if (kb.kode) total = undefined;
    const pagu = nilai(r, "anggaran");
    const real = nilai(r, "realisasi");
    const nama = (kb.nama ?? kb.kode ?? "").trim();
    switch (kb.tingkat) {
      case "urusan":
      case "bidang_urusan": {
        // The same urusan or bidang written again (before another unit): one node, its stated figure not checked.
        const ada = semuaInduk(induk).find((n) => n.level === kb.tingkat && n.kode === kb.kode);
        if (ada) {
          diulang.add(ada);
          if (kb.tingkat === "urusan") [urusan, bidang] = [ada, undefined];
          else bidang = ada;
          sub = undefined;
          break;
        }
        const node: NodeInduk = {
          level: kb.tingkat,
          kode: kb.kode,
          uraian: nama,
          paguTertulis: pagu.value,
          realisasiTertulis: real.value,
          children: [],
          program: [],
          sumber: where,
          dasarLevel: "kode",
        };
        if (kb.tingkat === "urusan") {
          urusan = node;
          bidang = undefined;
          induk.push(node);
        } else {
          bidang = node;
          if (urusan && kb.kode!.startsWith(`${urusan.kode}.`)) urusan.children.push(node);
          else induk.push(node);
        }
        sub = undefined;
        break;
      }
      case "organisasi": {
        unit = units.find((u) => u.kode === kb.kode);
        if (!unit) {
          unit = { kode: kb.kode!, nama, pagu: pagu.value, realisasi: real.value, sumber: where, program: [] };
          units.push(unit);
        }
        sub = undefined;
        break;
      }
      case "program":
      case "kegiatan":
      case "sub_kegiatan": {
        const key = kunci(kb.kode!);
        if (byKode.has(key)) {
          ganda.push(r);
          sub = undefined;
          break;
        }
        const node: NodeAnggaran = {
          level: kb.tingkat,
          kode: kb.kode,
          uraian: nama,
          pagu: pagu.value,
          realisasi: real.value,
          paguTertulis: pagu.value,
          realisasiTertulis: real.value,
          children: [],
          sumber: where,
          ...(pagu.ref !== undefined ? { refPagu: ref(r, pagu.ref) } : {}),
          ...(real.ref !== undefined ? { refRealisasi: ref(r, real.ref) } : {}),
          dasarLevel: "kode",
          ...(kb.tingkat === "program" && unit ? { unit: unit.nama } : {}),
        };
        byKode.set(key, node);
        sub = kb.tingkat === "sub_kegiatan" ? node : undefined;
        if (kb.tingkat === "program") {
          program.push(node);
          unit?.program.push(node);
          (bidang ?? urusan)?.program.push(node);
          break;
        }
        const parent = byKode.get(kunci(kodeInduk(kb.kode!, kb.tingkat === "kegiatan" ? "program" : "kegiatan")));
        if (parent) parent.children.push(node);
        else {
          tanpaInduk.push(r);
          byKode.delete(key);
          sub = undefined;
        }
        break;
      }
      case "rincian": {
        barisRekening++;
        if (!sub) {
          if (pagu.value !== null || real.value !== null) tanpaInduk.push(r);
          break;
        }
        const list = rekening.get(sub) ?? [];
        list.push({ depth: kb.kode!.split(".").length, pagu: pagu.value, realisasi: real.value });
        rekening.set(sub, list);
        break;
      }
      default:
        // A row without kode under a sub kegiatan is its detail; elsewhere it is not placed.
        if (sub) barisRekening++;
        else if (pagu.value !== null || real.value !== null) tanpaTingkat.push(r);
    }
  }

  // A sub kegiatan without its own figure takes the sum of its shallowest rekening rows (deeper ones detail them).
  for (const [node, list] of rekening) {
    const depth = Math.min(...list.map((x) => x.depth));
    const top = list.filter((x) => x.depth === depth);
    const sum = (key: "pagu" | "realisasi") =>
      top.some((x) => x[key] !== null) ? top.reduce((s, x) => s + (x[key] ?? 0), 0) : null;
    if (node.paguTertulis === null) node.pagu = sum("pagu");
    if (node.realisasiTertulis === null) node.realisasi = sum("realisasi");
  }
  for (const p of program) rollUp(p, grid.name, colPagu, colReal, diag);
  for (const u of units) checkInduk(u.nama, "unit organisasi", u.pagu, u.realisasi, u.program, u.sumber);
  for (const n of semuaInduk(induk).filter((x) => !diulang.has(x))) {
    const ps = semuaProgram(n);
    checkInduk(
      n.uraian,
      n.level === "urusan" ? "urusan" : "bidang urusan",
      n.paguTertulis,
      n.realisasiTertulis,
      ps,
      n.sumber,
    );
  }
  if (total) checkTotal(total, program, diag);

  const at = (rs: number[]) => ({ sheet: grid.name, row: rs[0], col: t.kolomUraian });
  if (barisRekening > 0)
    diag.info(
      "BARIS_REKENING",
      {
        id: `${barisRekening} baris rekening belanja di bawah sub kegiatan dibaca sebagai rinciannya, bukan sebagai sub kegiatan.`,
        en: `${barisRekening} spending account rows below sub-activities are read as their detail, not as sub-activities.`,
      },
      { sheet: grid.name, row: t.dataStart, col: t.kolomUraian },
    );
  if (tanpaInduk.length > 0)
    diag.warning(
      "INDUK_TIDAK_ADA",
      {
        id: `${tanpaInduk.length} baris berkode tanpa induk di atasnya (baris ${daftarBaris(tanpaInduk)}); tidak dijumlahkan.`,
        en: `${tanpaInduk.length} rows with a kode have no parent above them (rows ${daftarBaris(tanpaInduk)}); they are not summed.`,
      },
      at(tanpaInduk),
    );
  if (tanpaTingkat.length > 0)
    diag.warning(
      "TINGKAT_TAK_DIKENAL",
      {
        id: `${tanpaTingkat.length} baris beranggaran tanpa kode yang dikenali (baris ${daftarBaris(tanpaTingkat)}); tidak dijumlahkan.`,
        en: `${tanpaTingkat.length} rows with amounts have no recognised kode (rows ${daftarBaris(tanpaTingkat)}); they are not summed.`,
      },
      at(tanpaTingkat),
    );
  if (ganda.length > 0)
    diag.warning(
      "KODE_GANDA",
      {
        id: `${ganda.length} baris mengulang kode yang sudah tertulis di unit yang sama (baris ${daftarBaris(ganda)}); tidak dijumlahkan dua kali.`,
        en: `${ganda.length} rows repeat a kode already written in the same unit (rows ${daftarBaris(ganda)}); they are not counted twice.`,
      },
      at(ganda),
    );
  for (const x of t.lain)
    diag.info(
      "KOLOM_TAK_DIKENAL",
      {
        id: `Kolom ${columnLetter(x.col)} ${kutip(x.label, 60)} bukan kolom formulir ${F.nama}; tidak dibaca.`,
        en: `Column ${columnLetter(x.col)} ${kutip(x.label, 60)} is not a column of the form ${F.nama}; it is not read.`,
      },
      { sheet: grid.name, row: t.headerRows[0], col: x.col },
    );
  for (const g of t.ganda)
    diag.info(
      "KOLOM_GANDA",
      {
        id: `Kolom ${columnLetter(g.kept)} dan ${columnLetter(g.other)} sama-sama terbaca sebagai ${g.slot.replace(".", " ")}; dipakai kolom ${columnLetter(g.kept)}. Ubah di pemetaan bila keliru.`,
        en: `Columns ${columnLetter(g.kept)} and ${columnLetter(g.other)} both read as ${g.slot.replace(".", " ")}; column ${columnLetter(g.kept)} is used. Change it in the mapping if that is wrong.`,
      },
      { sheet: grid.name, row: t.headerRows[0], col: g.other },
    );
  if (units.length > 1)
    diag.info(
      "UNIT_ORGANISASI",
      {
        id: `Lembar memuat ${units.length} unit organisasi (${units.map((u) => kutip(u.nama, 40)).join(", ")}); program tiap unit dibaca terpisah.`,
        en: `The sheet holds ${units.length} organisation units (${units.map((u) => kutip(u.nama, 40)).join(", ")}); each unit's programs are read apart.`,
      },
      units[0].sumber,
    );
  return {
    program,
    ...(total ? { total } : {}),
    ...(induk.length > 0 ? { induk } : {}),
    ...(units.length > 0 ? { perangkatDaerah: units[0].nama } : {}),
  };

  /** A unit's or an urusan's stated figure against the sum of its programs (a warning: membership is by position). */
  function checkInduk(
    nama: string,
    jenis: string,
    pagu: number | null,
    realisasi: number | null,
    ps: readonly NodeAnggaran[],
    sumber: Sumber,
  ): void {
    if (ps.length === 0) return;
    for (const [stated, key, col, label] of [
      [pagu, "pagu", colPagu, "Pagu"],
      [realisasi, "realisasi", colReal, "Realisasi"],
    ] as const) {
      if (stated === null) continue;
      const sum = ps.reduce((s, p) => s + (p[key] ?? 0), 0);
      if (Math.abs(stated - sum) <= 0.5) continue;
      diag.warning(
        "JUMLAH_INDUK_BERBEDA",
        {
          id: `${label} ${jenis} ${kutip(nama, 60)} tertulis ${formatRupiah(stated)}, jumlah programnya ${formatRupiah(sum)} (selisih ${formatRupiah(stated - sum)}).`,
          en: `The ${key === "pagu" ? "budget (pagu)" : "realisation"} of ${jenis} ${kutip(nama, 60)} is written ${formatRupiah(stated, "en")}, the sum of its programs ${formatRupiah(sum, "en")} (difference ${formatRupiah(stated - sum, "en")}).`,
        },
        { sheet: sumber.sheet, row: sumber.row, col },
        String(stated),
        String(sum),
      );
    }
  }
}

function semuaInduk(ns: readonly NodeInduk[]): NodeInduk[] {
  return ns.flatMap((n) => [n, ...semuaInduk(n.children)]);
}

function semuaProgram(n: NodeInduk): NodeAnggaran[] {
  return [...n.program, ...n.children.flatMap(semuaProgram)];
}
