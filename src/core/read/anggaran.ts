/**
 * The budget table (DPA / SIPD export): program → kegiatan → sub kegiatan, by kode rekening (Permendagri 90/2019:
 * program X.XX.XX, kegiatan X.XX.XX.K.XX, sub kegiatan X.XX.XX.K.XX.NNNN), else by labels ("Program …",
 * "Kegiatan …", "Sub Kegiatan …"), else by indentation. Parents are checked against the sum of their children;
 * the children are the truth.
 */
import { Grid, lekukan, rowCount } from "../grid";
import { KinerjaBaris, Level, NodeAnggaran, NodeInduk, Sumber } from "../model";
import { kutip } from "../errors";
import { formatRupiah } from "../numbers";
import { SUBTOTAL_LABEL, TOTAL_LABEL } from "./columns";
import { DaftarTemuan, daftarBaris } from "./diagnostics";
import { Table } from "./tables";
import { AngkaSel, columnStyle, inUnit, readAngka, readTeks } from "./values";
import { BarisMasuk, LEVEL_NAME, susunHierarki } from "./hierarki";
import { kodeInduk, pisahKode, tingkatKode } from "./kode";
import { jumlahTriwulan, kolomRealisasiTw, laporRealisasiTw } from "./realisasi-tw";
import { Nomenklatur } from "./nomenklatur";
import { barisDijumlah } from "./rumus";
import { angkaDikali, laporSkala, skalaTabel } from "./skala";
import { normalNama } from "./join";

const LABEL_NAMA: Record<Level, string> = { program: "program", kegiatan: "kegiatan", sub_kegiatan: "sub kegiatan" };

function indentOf(grid: Grid, row: number, col: number | undefined): number {
  return col === undefined ? 0 : lekukan(grid, row, col);
}

export interface HasilAnggaran {
  readonly program: NodeAnggaran[];
  /** The total row; `kolomRealisasi` its realisasi's column (`sumber` is at the pagu). */
  readonly total?: { pagu: number | null; realisasi: number | null; sumber: Sumber; kolomRealisasi?: number };
  readonly induk?: NodeInduk[];
}

export function readAnggaran(
  grid: Grid,
  table: Table,
  diag: DaftarTemuan,
  nomenklatur = Nomenklatur.dasar(),
): HasilAnggaran {
  const c = table.columns;
  const ctx = { grid, diag };
  const stylePagu = columnStyle(grid, table.rows, c.pagu);
  const styleReal = columnStyle(grid, table.rows, c.realisasi_anggaran);
  const styleKinerja = columnStyle(grid, table.rows, c.target);
  // Rupiah in thousands or millions ("(Rp 000)" over a column, "(dalam ribuan rupiah)" in the title): held in rupiah.
  const skala = skalaTabel(grid, table.headerRows, [c.pagu, c.realisasi_anggaran]);
  laporSkala(grid, skala, diag);
  const kali = (col: number | undefined) => (col !== undefined ? (skala[col]?.kali ?? 1) : 1);
  const ref = (row: number, col: number) =>
    kali(col) === 1 ? { sheet: grid.name, row, col } : { sheet: grid.name, row, col, kali: kali(col) };
  const program: NodeAnggaran[] = [];
  const induk: NodeInduk[] = [];
  let total: HasilAnggaran["total"];

  interface Baris extends BarisMasuk {
    readonly uraian: string | null;
    readonly pagu: AngkaSel;
    readonly real: AngkaSel;
  }
  const rows: Baris[] = [];
  // "Realisasi (Rp) › Triwulan I … IV": the realisasi is the sum of its quarters (read/realisasi-tw.ts).
  const twReal = kolomRealisasiTw(grid, table);
  if (twReal) laporRealisasiTw(grid, table, twReal, diag);
  for (const row of table.rows) {
    const rawKode =
      readTeks(grid, row, c.kode)
        ?.replace(/\s+/g, "")
        .replace(/(\d)\.$/, "$1") || null;
    const pagu = angkaDikali(readAngka(ctx, row, c.pagu, "pagu", stylePagu), kali(c.pagu));
    const real = angkaDikali(
      twReal
        ? jumlahTriwulan(ctx, row, twReal, styleReal)
        : readAngka(ctx, row, c.realisasi_anggaran, "realisasi anggaran", styleReal),
      kali(c.realisasi_anggaran),
    );
    // "NAMA KEGIATAN : 1.02.01.2.01 Perencanaan …" as a heading row: the name after its label, its kode deciding
    // the level (a label before a name with figures, "Sub Kegiatan: Penyediaan …", stays as written).
    const uraianSel = readTeks(grid, row, c.uraian);
    const berlabel = uraianSel
      ? /^(?:nama\s+)?(?:(?:sub\s*-?\s*)?kegiatan|program)\s*:\s*(\S.*)$/i.exec(uraianSel)
      : null;
    const judulKode = berlabel && !rawKode && pisahKode(berlabel[1]).kode !== null;
    const rawUraian = judulKode ? berlabel[1] : uraianSel;
    const glued = rawUraian && !rawKode ? pisahKode(rawUraian) : { kode: null, nama: rawUraian };
    const kode = rawKode ?? glued.kode;
    const uraian = glued.kode ? glued.nama : rawUraian;
    // "Jumlah" written in the No column (or in the kode column, merged over kode and uraian) closes the table like
    // one in the uraian column.
    const totalDiNo =
      (!uraian && !kode && TOTAL_LABEL.test(readTeks(grid, row, c.no) ?? "")) ||
      (!!rawKode &&
        !glued.kode &&
        TOTAL_LABEL.test(readTeks(grid, row, c.kode) ?? "") &&
        (!uraian || TOTAL_LABEL.test(uraian)));
    if (!uraian && !kode && !totalDiNo) continue;
    if (totalDiNo || (uraian && SUBTOTAL_LABEL.test(uraian) && !kode)) {
      total = {
        pagu: pagu.value,
        realisasi: real.value,
        sumber: { sheet: grid.name, row, col: c.pagu },
        kolomRealisasi: c.realisasi_anggaran,
      };
      // A grand total closes the table: what follows it (a recap, a chart's data) is another table.
      // ("Sub Total" under a program is not the table's end.)
      if (totalDiNo || (TOTAL_LABEL.test(uraian!) && !/^sub\s*-?\s*total\b/i.test(uraian!))) {
        const after = table.rows.filter((r) => r > row && readTeks(grid, r, c.uraian));
        if (after.length > 0)
          diag.info(
            "BARIS_SETELAH_TOTAL",
            {
              id: `${after.length} baris bernama setelah baris ${kutip(uraian ?? readTeks(grid, row, c.no))} tidak dibaca (baris ${daftarBaris(after)}): tabel ditutup oleh totalnya.`,
              en: `${after.length} named rows after row ${kutip(uraian ?? readTeks(grid, row, c.no))} are not read (rows ${daftarBaris(after)}): the table ends at its total.`,
            },
            { sheet: grid.name, row: after[0], col: c.uraian },
          );
        break;
      }
      continue;
    }
    // A rekening (5 / 5.1 / 5.1.02, one digit after the first dot: belanja, pendapatan, pembiayaan) is a spending
    // line, never a program: a program's bidang has two digits (5.01.01).
    const rekening =
      !!kode &&
      (/^[4-6]\.\d(\.\d+)*$/.test(kode) ||
        (/^[4-6]$/.test(kode) && /^(belanja|pendapatan|pembiayaan)\b/i.test(uraian ?? "")));
    const tk = kode ? (rekening ? "rincian" : tingkatKode(kode)) : undefined;
    if (kode && tk === undefined)
      diag.warning(
        "KODE_TAK_SAH",
        {
          id: `Kode rekening "${kode}" tidak berbentuk X.XX.XX[.K.XX[.NNNN]]; tingkat dibaca dari uraian.`,
          en: `Account kode "${kode}" is not of the form X.XX.XX[.K.XX[.NNNN]]; the level is read from the description.`,
        },
        { sheet: grid.name, row, col: c.kode },
        kode,
        "X.XX.XX.K.XX.NNNN",
      );
    const anak = barisDijumlah(c.pagu !== undefined ? grid.formulas?.[row]?.[c.pagu] : undefined, c.pagu ?? -1);
    rows.push({
      row,
      nama: uraian,
      kode,
      ...(tk ? { tingkatKode: tk } : {}),
      ...(anak ? { anak } : {}),
      nilai: pagu.value,
      indent: indentOf(grid, row, c.uraian),
      uraian,
      pagu,
      real,
    });
  }
  const hierarki = susunHierarki(rows, {
    nomenklatur,
    diag,
    sheet: grid.name,
    ...(c.uraian !== undefined ? { colNama: c.uraian } : {}),
    ...(c.pagu !== undefined ? { colNilai: c.pagu } : {}),
  });
  const nodes: (NodeAnggaran | NodeInduk | undefined)[] = [];
  const yatim: NodeAnggaran[] = [];
  const seenKode = new Set<string>();
  let subDariJudul: NodeAnggaran | undefined;
  let belanja = 0;
  for (const [i, b] of rows.entries()) {
    const { row, kode, uraian } = b;
    const duplicate = kode !== null && seenKode.has(kode);
    if (kode) seenKode.add(kode);
    const [pagu, realisasi] = [b.pagu.value, b.real.value];
    const where = { sheet: grid.name, row, col: c.uraian ?? c.kode };
    const level = hierarki[i].tingkat;
    const parent = hierarki[i].induk !== undefined ? nodes[hierarki[i].induk] : undefined;
    if (level === "urusan" || level === "bidang_urusan") {
      if (program.length === 0 && pagu !== null && !total)
        total = {
          pagu,
          realisasi,
          sumber: { sheet: grid.name, row, col: c.pagu },
          kolomRealisasi: c.realisasi_anggaran,
        };
      const node: NodeInduk = {
        level,
        kode,
        uraian: (uraian ?? kode ?? "").trim(),
        paguTertulis: pagu,
        realisasiTertulis: realisasi,
        children: [],
        program: [],
        sumber: { sheet: grid.name, row, col: c.uraian },
        dasarLevel: hierarki[i].dasar,
      };
      if (parent && "program" in parent) parent.children.push(node);
      else induk.push(node);
      nodes.push(node);
      continue;
    }
    if (level === "rincian") {
      // A belanja row adds to the sub kegiatan above it, or to the one the sheet names above its table.
      const sub =
        parent && !("program" in parent) && parent.level === "sub_kegiatan"
          ? parent
          : (subDariJudul ??= subKegiatanDariJudul(grid, table, yatim));
      if (sub) {
        if (sub.paguTertulis === null) sub.pagu = (sub.pagu ?? 0) + (pagu ?? 0);
        if (sub.realisasiTertulis === null && realisasi !== null) sub.realisasi = (sub.realisasi ?? 0) + realisasi;
        belanja++;
      } else if (pagu !== null)
        diag.warning(
          "TINGKAT_TAK_DIKENAL",
          {
            id: `Baris belanja ${kutip(uraian, 80)} tanpa sub kegiatan di atasnya; tidak dijumlahkan.`,
            en: `Spending row ${kutip(uraian, 80)} has no sub-activity above it; it is not summed.`,
          },
          where,
        );
      nodes.push(undefined);
      continue;
    }
    if (level === undefined) {
      if (pagu !== null)
        diag.warning(
          "TINGKAT_TAK_DIKENAL",
          {
            id: `Baris ${kutip(uraian, 80)} tidak dikenali sebagai program, kegiatan atau sub kegiatan (tanpa kode, label atau indentasi); tidak dijumlahkan.`,
            en: `Row ${kutip(uraian, 80)} is not recognised as a program, activity or sub-activity (no kode, label or indentation); it is not summed.`,
          },
          where,
        );
      nodes.push(undefined);
      continue;
    }
    if (pagu !== null && pagu < 0)
      diag.error(
        "PAGU_NEGATIF",
        {
          id: `Pagu ${kutip(uraian ?? kode, 80)} negatif (${formatRupiah(pagu)}).`,
          en: `The budget (pagu) of ${kutip(uraian ?? kode, 80)} is negative (${formatRupiah(pagu, "en")}).`,
        },
        { sheet: grid.name, row, col: c.pagu },
        String(pagu),
        "pagu ≥ 0",
      );
    let kinerja: KinerjaBaris | undefined;
    if (c.indikator !== undefined || c.target !== undefined) {
      const satuan = readTeks(grid, row, c.satuan);
      const target = readAngka(ctx, row, c.target, "target", styleKinerja);
      const real = readAngka(ctx, row, c.realisasi, "realisasi kinerja", styleKinerja);
      const unit = satuan ?? (target.percent || real.percent ? "%" : null);
      kinerja = {
        indikator: readTeks(grid, row, c.indikator),
        satuan: unit,
        target: inUnit(target, unit),
        realisasi: inUnit(real, unit),
      };
    }
    const node: NodeAnggaran = {
      level,
      kode,
      uraian: (uraian ?? kode ?? "").trim(),
      pagu,
      realisasi,
      paguTertulis: pagu,
      realisasiTertulis: realisasi,
      ...(kinerja ? { kinerja } : {}),
      children: [],
      sumber: { sheet: grid.name, row, col: c.uraian },
      ...(b.pagu.typed && c.pagu !== undefined ? { refPagu: ref(row, c.pagu) } : {}),
      ...(b.real.typed && c.realisasi_anggaran !== undefined ? { refRealisasi: ref(row, c.realisasi_anggaran) } : {}),
      dasarLevel: hierarki[i].dasar,
    };
    nodes.push(node);
    if (level === "program") {
      program.push(node);
      if (parent && "program" in parent) parent.program.push(node);
    } else if (parent && !("program" in parent)) parent.children.push(node);
    else yatim.push(node);
    if (duplicate)
      diag.error(
        "KODE_GANDA",
        { id: `Kode rekening ${kode} tertulis dua kali.`, en: `Account kode ${kode} is written twice.` },
        { sheet: grid.name, row, col: c.kode },
        kode,
      );
  }
  if (belanja > 0)
    diag.info(
      "BARIS_BELANJA",
      {
        id: `${belanja} baris belanja dijumlahkan ke sub kegiatannya.`,
        en: `${belanja} spending rows are summed into their sub-activities.`,
      },
      { sheet: grid.name, row: table.rows[0], col: c.uraian },
    );
  program.push(...kelompokkanYatim(yatim, nomenklatur, diag));
  for (const p of program) rollUp(p, grid.name, c.pagu, c.realisasi_anggaran, diag);
  if (total) checkTotal(total, program, diag);
  return { program, ...(total ? { total } : {}), ...(induk.length > 0 ? { induk } : {}) };
}

/** Parents take the sums of their children; a stated figure that differs is reported at its cell. */
export function rollUp(
  node: NodeAnggaran,
  sheet: string,
  colPagu: number | undefined,
  colReal: number | undefined,
  diag: DaftarTemuan,
  /** A form filled during the year (the E.81 per quarter): a realisasi not reported yet is the norm, said as info. */
  berjalan = false,
): void {
  if (node.children.length === 0) return;
  for (const child of node.children) rollUp(child, sheet, colPagu, colReal, diag, berjalan);
  const children = node.children;
  const sum = (key: "pagu" | "realisasi") =>
    children.some((ch) => ch[key] !== null) ? children.reduce((s, ch) => s + (ch[key] ?? 0), 0) : null;
  const noun = node.level === "program" ? "kegiatannya" : "sub kegiatannya";
  for (const [key, col, label, labelEn] of [
    ["pagu", colPagu, "Pagu", "budget (pagu)"],
    ["realisasi", colReal, "Realisasi", "realisation"],
  ] as const) {
    const stated = key === "pagu" ? node.paguTertulis : node.realisasiTertulis;
    const truth = sum(key);
    // No child reports: the parent is blank too (a SUM over blank rows caches 0); a figure typed on the parent alone
    // stays.
    if (truth === null) {
      if (node[key] === 0) node[key] = null;
      continue;
    }
    const missing = children.filter((ch) => ch[key] === null);
    if (missing.length > 0) {
      diag.add(
        key === "realisasi" && berjalan ? "info" : "warning",
        "JUMLAH_INDUK_TAK_LENGKAP",
        {
          id: `${label} ${LABEL_NAMA[node.level]} ${kutip(node.uraian, 80)} dijumlahkan dari rincian yang tidak lengkap: ${missing.length} rincian tanpa ${label.toLowerCase()} (baris ${missing.map((m) => m.sumber.row + 1).join(", ")}).`,
          en: `The ${labelEn} of ${LEVEL_NAME[node.level]} ${kutip(node.uraian, 80)} is summed from incomplete parts: ${missing.length} without a figure (rows ${missing.map((m) => m.sumber.row + 1).join(", ")}).`,
        },
        { sheet, row: node.sumber.row, col },
      );
    }
    const akibat = stated !== null ? akibatRincian(children, key, stated) : [];
    if (stated !== null && Math.abs(stated - truth) > 0.5 && akibat.length > 0) {
      AKAR.set(
        node,
        akibat.flatMap((ch) => AKAR.get(ch) ?? [ch]),
      );
      diag.info(
        "JUMLAH_INDUK_BERBEDA",
        {
          id: `${label} ${LABEL_NAMA[node.level]} ${kutip(node.uraian, 80)} tertulis ${formatRupiah(stated)} = jumlah ${noun} sebagaimana tertulis; selisihnya (${formatRupiah(stated - truth)}) berasal dari ${barisAkibat(akibat, "id")}, yang sudah dilaporkan.`,
          en: `The ${labelEn} of ${LEVEL_NAME[node.level]} ${kutip(node.uraian, 80)}, written ${formatRupiah(stated, "en")}, is the sum of its parts as written; its difference (${formatRupiah(stated - truth, "en")}) comes from ${barisAkibat(akibat, "en")}, already reported.`,
        },
        { sheet, row: node.sumber.row, col },
      );
    } else if (stated !== null && Math.abs(stated - truth) > 0.5) {
      diag.error(
        "JUMLAH_INDUK_BERBEDA",
        {
          id: `${label} ${LABEL_NAMA[node.level]} ${kutip(node.uraian, 80)} tertulis ${formatRupiah(stated)}, jumlah ${noun} ${formatRupiah(truth)} (selisih ${formatRupiah(stated - truth)}); dipakai jumlah rinciannya.`,
          en: `The ${labelEn} of ${LEVEL_NAME[node.level]} ${kutip(node.uraian, 80)} is written ${formatRupiah(stated, "en")}, the sum of its ${node.level === "program" ? "activities" : "sub-activities"} ${formatRupiah(truth, "en")} (difference ${formatRupiah(stated - truth, "en")}); the sum of its parts is used.`,
        },
        { sheet, row: node.sumber.row, col },
        String(stated),
        String(truth),
      );
    }
    node[key] = truth;
  }
}

/**
 * The parts whose own written figure differs from their parts' sum, when the parent's written figure is exactly the
 * sum of its parts as written: the parent then only carries an error already reported at those parts (one error, one
 * galat). Empty when the parent's figure is wrong in its own right.
 */
function akibatRincian(children: readonly NodeAnggaran[], key: "pagu" | "realisasi", stated: number): NodeAnggaran[] {
  const tertulis = (ch: NodeAnggaran) => (key === "pagu" ? ch.paguTertulis : ch.realisasiTertulis) ?? ch[key];
  if (!children.some((ch) => tertulis(ch) !== null)) return [];
  const jumlahTertulis = children.reduce((s, ch) => s + (tertulis(ch) ?? 0), 0);
  if (Math.abs(jumlahTertulis - stated) > 0.5) return [];
  return children.filter((ch) => {
    const t = tertulis(ch);
    return t !== null && ch[key] !== null && Math.abs(t - (ch[key] ?? 0)) > 0.5;
  });
}

/** A parent that only carries its parts' error: the parts where the error was made (for the messages above it). */
const AKAR = new WeakMap<NodeAnggaran, NodeAnggaran[]>();

function barisAkibat(akibat: readonly NodeAnggaran[], bahasa: "id" | "en"): string {
  const rincian = [...new Set(akibat.flatMap((ch) => AKAR.get(ch) ?? [ch]))];
  const baris = rincian.map((r) => r.sumber.row + 1).join(", ");
  return bahasa === "id" ? `baris ${baris}` : `row${rincian.length > 1 ? "s" : ""} ${baris}`;
}

export function checkTotal(
  total: NonNullable<HasilAnggaran["total"]>,
  program: NodeAnggaran[],
  diag: DaftarTemuan,
): void {
  for (const [key, label, labelEn] of [
    ["pagu", "Pagu", "budget (pagu)"],
    ["realisasi", "Realisasi", "realisation"],
  ] as const) {
    const stated = total[key];
    // No program read: the reading, not the sheet, is what failed; nothing to compare.
    if (stated === null || program.length === 0) continue;
    const di = {
      ...total.sumber,
      col: key === "realisasi" ? (total.kolomRealisasi ?? total.sumber.col) : total.sumber.col,
    };
    const sum = program.reduce((s, p) => s + (p[key] ?? 0), 0);
    const akibat = akibatRincian(program, key, stated);
    if (Math.abs(stated - sum) > 0.5 && akibat.length > 0) {
      diag.info(
        "TOTAL_BERBEDA",
        {
          id: `${label} total tertulis ${formatRupiah(stated)} = jumlah programnya sebagaimana tertulis; selisihnya (${formatRupiah(stated - sum)}) berasal dari ${barisAkibat(akibat, "id")}, yang sudah dilaporkan.`,
          en: `The total ${labelEn}, written ${formatRupiah(stated, "en")}, is the sum of its programs as written; its difference (${formatRupiah(stated - sum, "en")}) comes from ${barisAkibat(akibat, "en")}, already reported.`,
        },
        di,
      );
    } else if (Math.abs(stated - sum) > 0.5) {
      diag.error(
        "TOTAL_BERBEDA",
        {
          id: `${label} total tertulis ${formatRupiah(stated)}, jumlah programnya ${formatRupiah(sum)} (selisih ${formatRupiah(stated - sum)}).`,
          en: `The total ${labelEn} is written ${formatRupiah(stated, "en")}, the sum of its programs ${formatRupiah(sum, "en")} (difference ${formatRupiah(stated - sum, "en")}).`,
        },
        di,
        String(stated),
        String(sum),
      );
    }
  }
}

/**
 * Kegiatan and sub kegiatan listed without their parents (an RFK sheet lists only sub kegiatan): placed under the
 * kegiatan and program the nomenclature gives their name, created from it; the rest under one "(tanpa program)"
 * node. One note says so, never one warning a row.
 */
export function kelompokkanYatim(
  yatim: readonly NodeAnggaran[],
  nomenklatur: Nomenklatur,
  diag: DaftarTemuan,
): NodeAnggaran[] {
  if (yatim.length === 0) return [];
  const program: NodeAnggaran[] = [];
  const byKode = new Map<string, NodeAnggaran>();
  const buat = (level: Level, kode: string | null, uraian: string, from: NodeAnggaran): NodeAnggaran => {
    const key = `${level}|${kode ?? uraian}`;
    let node = byKode.get(key);
    if (!node) {
      node = {
        level,
        kode,
        uraian,
        pagu: null,
        realisasi: null,
        paguTertulis: null,
        realisasiTertulis: null,
        children: [],
        sumber: from.sumber,
        dasarLevel: kode ? "nomenklatur" : "posisi",
      };
      byKode.set(key, node);
      if (level === "program") program.push(node);
    }
    return node;
  };
  let dariNomenklatur = 0;
  for (const node of yatim) {
    const entry = nomenklatur
      .cariNama(node.uraian.replace(/^\s*(?:\d+[.)]\s*)?(?:sub\s*-?\s*kegiatan|kegiatan)\s*:?\s*/i, ""))
      .find((e) => e.tingkat === node.level);
    const kode = node.kode ?? entry?.kode ?? null;
    let parentProgram: NodeAnggaran;
    if (kode && (node.level === "kegiatan" || node.level === "sub_kegiatan")) {
      dariNomenklatur++;
      const kp = kodeInduk(kode, "program");
      parentProgram = buat("program", kp, nomenklatur.cariKode(kp)?.nama ?? kp, node);
      if (node.level === "sub_kegiatan") {
        const kk = kodeInduk(kode, "kegiatan");
        const keg = buat("kegiatan", kk, nomenklatur.cariKode(kk)?.nama ?? kk, node);
        if (!parentProgram.children.includes(keg)) parentProgram.children.push(keg);
        keg.children.push(node);
        continue;
      }
    } else parentProgram = buat("program", null, "(tanpa program)", node);
    if (node.level === "sub_kegiatan") {
      const keg = buat("kegiatan", null, "(tanpa kegiatan)", node);
      if (!parentProgram.children.includes(keg)) parentProgram.children.push(keg);
      keg.children.push(node);
    } else parentProgram.children.push(node);
  }
  const first = yatim[0].sumber;
  diag.info(
    "INDUK_DARI_NOMENKLATUR",
    {
      id: `${yatim.length} kegiatan/sub kegiatan tertulis tanpa induknya di lembar ini; ${dariNomenklatur} ditempatkan di bawah kegiatan dan program menurut nomenklatur, ${yatim.length - dariNomenklatur} di bawah "(tanpa program)".`,
      en: `${yatim.length} activities/sub-activities are written without their parents on this sheet; ${dariNomenklatur} are placed under their activity and program from the nomenclature, ${yatim.length - dariNomenklatur} under "(tanpa program)".`,
    },
    { sheet: first.sheet, row: first.row, col: first.col },
  );
  return program;
}

/**
 * The sub kegiatan a form names around its table ("NAMA KEGIATAN : Penyediaan …", "Sub Kegiatan : 1.01.02…"), as a node
 * its belanja rows add to; undefined when the title rows name none.
 */
function subKegiatanDariJudul(grid: Grid, table: Table, yatim: NodeAnggaran[]): NodeAnggaran | undefined {
  // Above the table, or in a key–value block beside it (an input sheet's "NAMA KEGIATAN : …").
  for (let r = 0; r < Math.min(rowCount(grid), table.headerRows[0] + 40); r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const label = typeof row[c] === "string" ? (row[c] as string).trim() : "";
      if (
        !/^(nama\s+)?(sub\s*-?\s*)?kegiatan\s*:?$/i.test(label) &&
        !/^(nama\s+)?(sub\s*-?\s*)?kegiatan\s*:/i.test(label)
      )
        continue;
      const inline = /:\s*(\S.*)$/.exec(label)?.[1];
      const next = row.slice(c + 1).find((v) => typeof v === "string" && v.trim() !== "" && v.trim() !== ":") as
        string | undefined;
      const teks = (inline ?? next ?? "").replace(/^:\s*/, "").replace(/\s+/g, " ").trim();
      if (teks === "") continue;
      const { kode, nama } = pisahKode(teks);
      const node: NodeAnggaran = {
        level: "sub_kegiatan",
        kode,
        uraian: nama,
        pagu: null,
        realisasi: null,
        paguTertulis: null,
        realisasiTertulis: null,
        children: [],
        sumber: { sheet: grid.name, row: r, col: c },
        dasarLevel: "judul",
      };
      yatim.push(node);
      return node;
    }
  }
  return undefined;
}

// ---- Budget tables kept one sheet per program ----

/** A sheet's budget reading, for combining sheets kept one per program. */
export interface BacaanLembar {
  readonly sheet: string;
  readonly hasil: HasilAnggaran;
}

const kunciProgram = (p: NodeAnggaran) => p.kode ?? normalNama(p.uraian);
const penunjang = (p: NodeAnggaran) =>
  (p.kode !== null && /^[\dX]+\.[\dX]+\.01$/i.test(p.kode)) || /^program penunjang urusan\b/.test(normalNama(p.uraian));

/**
 * Whether budget tables on several sheets may be one agency's kept one sheet per program, before reading them: not
 * when two sheets list mostly the same rows (copies, two years, before and after perubahan), which stay one sheet
 * read. `uraian` is each sheet's row labels.
 */
export function mungkinBagian(uraian: readonly (readonly string[])[]): boolean {
  if (uraian.length < 2) return false;
  const sets = uraian.map((xs) => new Set(xs.map(normalNama).filter((x) => x !== "")));
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const [a, b] = [sets[i], sets[j]];
      const sama = [...a].filter((x) => b.has(x)).length;
      if (sama * 2 > Math.max(a.size, b.size)) return false;
    }
  return true;
}

/**
 * Budget tables kept one sheet per program (or a few programs a sheet): the sheets whose programs are apart from
 * every other sheet's (the parts), and summary sheets whose programs are two parts' or more together. Undefined when
 * two sheets share a program and neither is such a summary (copies, another year, before and after perubahan): then
 * one sheet is read, as before.
 */
export function lembarBagian(
  bacaan: readonly BacaanLembar[],
): { bagian: BacaanLembar[]; ringkasan: BacaanLembar[] } | undefined {
  const isi = bacaan.filter((b) => b.hasil.program.length > 0);
  const keys = isi.map((b) => new Set(b.hasil.program.map(kunciProgram)));
  const dalam = (a: Set<string>, b: Set<string>) => [...a].every((k) => b.has(k));
  const ringkasan = new Set<number>();
  keys.forEach((k, i) => {
    const bagianIni = keys.filter((x, j) => j !== i && dalam(x, k) && x.size < k.size);
    const gabung = new Set(bagianIni.flatMap((x) => [...x]));
    if (bagianIni.length >= 2 && gabung.size === k.size) ringkasan.add(i);
  });
  const bagian = isi.filter((_, i) => !ringkasan.has(i));
  if (bagian.length < 2) return undefined;
  const semua = bagian.flatMap((b) => b.hasil.program.map(kunciProgram));
  if (new Set(semua).size !== semua.length) return undefined;
  // A part is a budget table in its own right: kegiatan under its programs, not a list of program names.
  if (bagian.some((b) => b.hasil.program.every((p) => p.children.length === 0))) return undefined;
  // An agency has one penunjang program (X.XX.01): two parts with one each are two agencies (a Pemda's workbook of
  // one sheet per OPD), not one agency's programs.
  if (bagian.filter((b) => b.hasil.program.some(penunjang)).length > 1) return undefined;
  return { bagian, ringkasan: isi.filter((_, i) => ringkasan.has(i)) };
}

/**
 * A summary sheet against the parts it sums: each of its programs (and kegiatan and sub kegiatan, by kode) against
 * the part's reading. A difference is a galat at the summary's cell, or an info where the summary copies a part's own
 * written figure that differs from its rows (already reported there).
 */
export function cekRingkasanBagian(ringkasan: BacaanLembar, bagian: readonly NodeAnggaran[], diag: DaftarTemuan): void {
  const perKunci = new Map<string, NodeAnggaran>();
  const jalan = (n: NodeAnggaran) => {
    perKunci.set(`${n.level}|${n.level === "program" ? kunciProgram(n) : (n.kode ?? normalNama(n.uraian))}`, n);
    n.children.forEach(jalan);
  };
  bagian.forEach(jalan);
  const cek = (n: NodeAnggaran) => {
    const b = perKunci.get(`${n.level}|${n.level === "program" ? kunciProgram(n) : (n.kode ?? normalNama(n.uraian))}`);
    if (b)
      for (const [key, ref, label, labelEn] of [
        ["pagu", n.refPagu, "Pagu", "budget (pagu)"],
        ["realisasi", n.refRealisasi, "Realisasi", "realisation"],
      ] as const) {
        const [x, y] = [n[key], b[key]];
        if (x === null || y === null || Math.abs(x - y) <= 0.5) continue;
        const tertulis = key === "pagu" ? b.paguTertulis : b.realisasiTertulis;
        const salinan = tertulis !== null && Math.abs(tertulis - x) <= 0.5;
        const at = ref ?? n.sumber;
        diag.add(
          salinan ? "info" : "error",
          "RINGKASAN_BERBEDA",
          {
            id: salinan
              ? `${label} ${LABEL_NAMA[n.level]} ${kutip(n.uraian, 60)} di ringkasan "${ringkasan.sheet}" (${formatRupiah(x)}) sama dengan yang tertulis di lembar "${b.sumber.sheet}", yang berbeda dengan jumlah rinciannya (${formatRupiah(y)}) dan sudah dilaporkan.`
              : `${label} ${LABEL_NAMA[n.level]} ${kutip(n.uraian, 60)} di ringkasan "${ringkasan.sheet}" tertulis ${formatRupiah(x)}, di lembar "${b.sumber.sheet}" ${formatRupiah(y)} (selisih ${formatRupiah(x - y)}); dipakai lembar rinciannya.`,
            en: salinan
              ? `The ${labelEn} of ${LEVEL_NAME[n.level]} ${kutip(n.uraian, 60)} in the summary "${ringkasan.sheet}" (${formatRupiah(x, "en")}) is the figure written on sheet "${b.sumber.sheet}", which differs from the sum of its rows (${formatRupiah(y, "en")}) and is already reported.`
              : `The ${labelEn} of ${LEVEL_NAME[n.level]} ${kutip(n.uraian, 60)} in the summary "${ringkasan.sheet}" is written ${formatRupiah(x, "en")}, on sheet "${b.sumber.sheet}" ${formatRupiah(y, "en")} (difference ${formatRupiah(x - y, "en")}); the detail sheet is used.`,
          },
          { sheet: at.sheet, row: at.row, col: at.col },
          String(x),
          String(y),
        );
      }
    else if (n.level === "program")
      diag.warning(
        "RINGKASAN_TANPA_DOKUMEN",
        {
          id: `Program ${kutip(n.uraian, 60)} ada di ringkasan "${ringkasan.sheet}" tetapi tidak di lembar rincian mana pun; tidak dijumlahkan.`,
          en: `Program ${kutip(n.uraian, 60)} is in the summary "${ringkasan.sheet}" but on no detail sheet; it is not summed.`,
        },
        n.sumber,
      );
    if (b) n.children.forEach(cek);
  };
  ringkasan.hasil.program.forEach(cek);
}
