/** The Perjanjian Kinerja table (sasaran → indikator) and its program–budget table. */
import { Grid, cell, text } from "../grid";
import { Indikator, ProgramPk, Sasaran, SelRef } from "../model";
import {
  Polaritas,
  parsePolaritas,
  polaritasDariKeterangan,
  polaritasDariNama,
  polaritasTebakan,
} from "../rules/capaian";
import { duaBahasa, isSakipError, kutip } from "../errors";
import { formatRupiah } from "../numbers";
import { jenisBaris } from "../tabel/baris";
import { TOTAL_LABEL } from "./columns";
import { DaftarTemuan } from "./diagnostics";
import { readPembanding } from "./pembanding";
import { Table } from "./tables";
import { AngkaSel, angkaDari, columnStyle, inUnit, readAngka, readTeks, refOf, unitFactor } from "./values";

/** "10 - 20", "10–20", "10 s.d. 20": a range target. */
function rangeTarget(v: unknown): [string, string] | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^\s*([^-–—]+?)\s*(?:-|–|—|s\.?\s*d\.?|s\/d|sampai)\s*([^-–—]+?)\s*$/i.exec(v);
  return m && /\d/.test(m[1]) && /\d/.test(m[2]) ? [m[1], m[2]] : undefined;
}

/** The name of the one sasaran of a PK table without a sasaran column. */
export const TANPA_SASARAN = "(tanpa sasaran)";

export function readPk(grid: Grid, table: Table, diag: DaftarTemuan): Sasaran[] {
  const c = table.columns;
  const ctx = { grid, diag };
  const style = columnStyle(grid, table.rows, c.target);
  const sasaran: Sasaran[] = [];
  let current: Sasaran | undefined;
  for (const row of table.rows) {
    const nama = readTeks(grid, row, c.indikator);
    const sasaranNama = sasaranAt(grid, row, c.sasaran);
    if (sasaranNama && (!current || sasaranNama !== current.nama)) {
      current = {
        no: readTeks(grid, row, c.no),
        nama: sasaranNama,
        indikator: [],
        sumber: { sheet: grid.name, row, col: c.sasaran },
      };
      sasaran.push(current);
    }
    if (!nama) continue;
    if (TOTAL_LABEL.test(nama) || jenisBaris(nama) === "rata" || barisRingkasan(grid, row, nama, c.indikator, c.target))
      continue;
    if (!current) {
      current = { no: null, nama: TANPA_SASARAN, indikator: [], sumber: { sheet: grid.name, row } };
      sasaran.push(current);
      if (c.sasaran === undefined) {
        diag.info(
          "KOLOM_SASARAN_TIDAK_ADA",
          {
            id: "Tabel PK tanpa kolom sasaran: semua indikator dikelompokkan dalam satu sasaran.",
            en: "The PK table has no goal (sasaran) column: all indicators are grouped under one goal.",
          },
          { sheet: grid.name, row: table.headerRows[0] },
        );
      } else {
        diag.warning(
          "SASARAN_TIDAK_ADA",
          {
            id: `Indikator ${kutip(nama, 80)} tidak berada di bawah sasaran mana pun.`,
            en: `Indicator ${kutip(nama, 80)} is under no goal (sasaran).`,
          },
          { sheet: grid.name, row, col: c.indikator },
        );
      }
    }
    let satuan = readTeks(grid, row, c.satuan);
    let polaritas: Polaritas = polaritasDariNama(nama) ?? "positif";
    if (c.polaritas !== undefined && text(cell(grid, row, c.polaritas)).trim() !== "") {
      const p = parsePolaritas(text(cell(grid, row, c.polaritas)));
      if (isSakipError(p))
        diag.error(
          "POLARITAS_TAK_DIKENAL",
          duaBahasa(p),
          { sheet: grid.name, row, col: c.polaritas },
          text(cell(grid, row, c.polaritas)),
          "positif / negatif / rentang",
        );
      else polaritas = p;
    }
    // Stated in a Keterangan cell ("indikator negatif"); else guessed from a short list of names, said as a warning.
    const dinyatakan =
      polaritasDariNama(nama) !== undefined ||
      (c.polaritas !== undefined && text(cell(grid, row, c.polaritas)).trim() !== "");
    const ket =
      dinyatakan || c.keterangan === undefined
        ? undefined
        : polaritasDariKeterangan(text(cell(grid, row, c.keterangan)));
    if (ket) polaritas = ket;
    else if (!dinyatakan && polaritasTebakan(nama) === "negatif") {
      polaritas = "negatif";
      diag.warning(
        "POLARITAS_DITEBAK",
        {
          id: `Indikator ${kutip(nama, 80)} dianggap semakin kecil semakin baik (polaritas negatif) menurut namanya; capaiannya dihitung (2 − realisasi ÷ target). Bila keliru, isi kolom Polaritas (positif/negatif) di tabel PK atau petakan kolomnya (--mapping: tabel.pk.kolom.polaritas).`,
          en: `Indicator ${kutip(nama, 80)} is taken as lower-is-better (negative polarity) from its name; its achievement is (2 − actual ÷ target). If wrong, fill a Polaritas column (positif/negatif) in the PK table or map it (--mapping: tabel.pk.kolom.polaritas).`,
        },
        { sheet: grid.name, row, col: c.indikator },
      );
    }
    let target: number | null;
    let targetAtas: number | null = readAngkaIn(ctx, row, c.target_atas, "target atas", satuan);
    const range = c.target !== undefined ? rangeTarget(cell(grid, row, c.target)) : undefined;
    let status: AngkaSel["status"];
    let refTarget: SelRef | undefined;
    const where = { sheet: grid.name, row, col: c.target };
    const bounds = range?.map((s) => angkaDari(s, "", style));
    if (range && bounds && bounds[0]?.status === "ok" && bounds[1]?.status === "ok") {
      if (bounds[0].percent && satuan === null) satuan = "%";
      target = inUnit(bounds[0], satuan);
      targetAtas = inUnit(bounds[1], satuan);
      polaritas = "rentang";
      status = "ok";
    } else {
      const t = readAngka(ctx, row, c.target, "target", style);
      if (t.percent && satuan === null) satuan = "%";
      if (t.satuanDiSel && satuan === null) satuan = t.satuanDiSel;
      target = inUnit(t, satuan);
      status = t.status;
      refTarget = refOf(t, grid.name, row, c.target, unitFactor(t, satuan));
    }
    if (status === "blank") {
      diag.error(
        "TARGET_KOSONG",
        {
          id: `Target indikator ${kutip(nama, 80)} kosong: capaiannya tidak dapat dihitung.`,
          en: `The target of indicator ${kutip(nama, 80)} is blank: its achievement cannot be computed.`,
        },
        where,
        "kosong",
        "angka target",
      );
    } else if (target === 0) {
      diag.error(
        "TARGET_NOL",
        {
          id: `Target indikator ${kutip(nama, 80)} bernilai 0: capaian tidak terdefinisi (#DIV/0!).`,
          en: `The target of indicator ${kutip(nama, 80)} is 0: its achievement is undefined (#DIV/0!).`,
        },
        where,
        "0",
        "target bukan nol",
      );
    }
    const targetTw = (["target_tw1", "target_tw2", "target_tw3", "target_tw4"] as const).map((f) =>
      readAngkaIn(ctx, row, c[f], `target ${f.slice(-3).toUpperCase()}`, satuan),
    );
    const indikator: Indikator = {
      nama,
      satuan,
      target,
      ...(targetAtas !== null ? { targetAtas } : {}),
      polaritas,
      ...(targetTw.some((v) => v !== null) ? { targetTw } : {}),
      sumber: { sheet: grid.name, row, col: c.indikator },
      ...(refTarget ? { refTarget } : {}),
      ...readPembanding(grid, diag, table, row, satuan),
    };
    current.indikator.push(indikator);
  }
  reportDuplicates(sasaran, diag);
  return sasaran.filter((s) => s.indikator.length > 0);
}

function readAngkaIn(
  ctx: { grid: Grid; diag: DaftarTemuan },
  row: number,
  col: number | undefined,
  label: string,
  satuan: string | null,
): number | null {
  return inUnit(readAngka(ctx, row, col, label), satuan);
}

/** The sasaran of a row: its own cell, or the merged area it lies in. Blank → undefined (carry the one above). */
function sasaranAt(grid: Grid, row: number, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const own = readTeks(grid, row, col);
  if (own) return own;
  const merge = grid.merges?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return merge ? (readTeks(grid, merge.top, merge.left) ?? undefined) : undefined;
}

function reportDuplicates(sasaran: Sasaran[], diag: DaftarTemuan): void {
  const seen = new Map<string, Indikator>();
  for (const s of sasaran) {
    for (const i of s.indikator) {
      const key = i.nama.toLowerCase().replace(/\s+/g, " ");
      const first = seen.get(key);
      if (first) {
        diag.error(
          "INDIKATOR_GANDA",
          {
            id: `Indikator ${kutip(i.nama, 80)} tertulis dua kali (juga di baris ${first.sumber.row + 1}); realisasi tidak dapat dipasangkan dengan pasti.`,
            en: `Indicator ${kutip(i.nama, 80)} is written twice (also on row ${first.sumber.row + 1}); its actual cannot be matched with certainty.`,
          },
          { sheet: i.sumber.sheet, row: i.sumber.row, col: i.sumber.col },
        );
      } else seen.set(key, i);
    }
  }
}

const SASARAN_KE = /sasaran(?:\s+strategis)?\s*(?:ke)?\s*-?\s*(\d+)/i;

export function readProgramPk(
  grid: Grid,
  table: Table,
  diag: DaftarTemuan,
): { program: ProgramPk[]; jumlah?: { nilai: number | null; row: number } } {
  const c = table.columns;
  const ctx = { grid, diag };
  const style = columnStyle(grid, table.rows, c.pagu);
  const program: ProgramPk[] = [];
  let jumlah: { nilai: number | null; row: number } | undefined;
  for (const row of table.rows) {
    const nama = readTeks(grid, row, c.uraian);
    const label = nama ?? readTeks(grid, row, c.no);
    if (!label) continue;
    const anggaran = readAngka(ctx, row, c.pagu, "anggaran", style).value;
    if (TOTAL_LABEL.test(label)) {
      jumlah = { nilai: anggaran, row };
      continue;
    }
    if (!nama) continue;
    const keterangan = readTeks(grid, row, c.keterangan);
    const ke = keterangan ? SASARAN_KE.exec(keterangan) : null;
    program.push({
      nama,
      anggaran,
      sasaranNo: ke ? ke[1] : null,
      keterangan,
      sumber: { sheet: grid.name, row, col: c.uraian },
    });
  }
  if (jumlah && jumlah.nilai !== null) {
    const sum = program.reduce((s, p) => s + (p.anggaran ?? 0), 0);
    if (Math.abs(sum - jumlah.nilai) > 0.5) {
      diag.error(
        "TOTAL_BERBEDA",
        {
          id: `Jumlah anggaran PK tertulis ${formatRupiah(jumlah.nilai)}, jumlah programnya ${formatRupiah(sum)} (selisih ${formatRupiah(jumlah.nilai - sum)}).`,
          en: `The PK's budget total is written ${formatRupiah(jumlah.nilai, "en")}, the sum of its programs ${formatRupiah(sum, "en")} (difference ${formatRupiah(jumlah.nilai - sum, "en")}).`,
        },
        { sheet: grid.name, row: jumlah.row, col: c.pagu },
        String(jumlah.nilai),
        String(sum),
      );
    }
  }
  return { program, jumlah };
}

/** Eselon of a PK: 2 = the head of the agency (its PK), 3 = a Kepala Bidang's, 4 = a Kepala Seksi's. */
export type JenjangPk = 2 | 3 | 4;

const JENJANG: readonly [JenjangPk, RegExp][] = [
  [
    4,
    /\b(kepala\s+seksi|kasi|kasie|kasubbag|kasubag|kepala\s+sub\s*bag(ian)?|sub\s*koordinator|eselon\s+iv|sasaran\s+(sub\s+)?kegiatan)\b/i,
  ],
  [3, /\b(kepala\s+bidang|kabid|kepala\s+bagian|kabag|sekretaris\s+dinas|eselon\s+iii|sasaran\s+program)\b/i],
  [
    2,
    /\b(kepala\s+(dinas|badan|kantor|satuan|pelaksana)|kadis|kaban|sekretaris\s+daerah|inspektur|camat|eselon\s+ii|sasaran\s+strategis)\b/i,
  ],
];

/**
 * Whose PK a table is, from the sasaran column's header ("Sasaran Strategis" / "Sasaran Program" / "Sasaran
 * Kegiatan"), else the title rows above it ("KEPALA DINAS …", "KEPALA BIDANG …", "KEPALA SEKSI …"), else the sheet's
 * name ("PK Kadis", "PK Eselon III"). Undefined when none says.
 */
export function jenjangPk(grid: Grid, table: Table): JenjangPk | undefined {
  const c = table.columns.sasaran;
  const header = c === undefined ? "" : table.headerRows.map((r) => text(cell(grid, r, c))).join(" ");
  const judul = Array.from({ length: table.headerRows[0] ?? 0 }, (_, r) =>
    (grid.values[r] ?? []).map((v) => (typeof v === "string" ? v : "")).join(" "),
  ).join(" ");
  for (const s of [header, judul, grid.name]) {
    const found = JENJANG.find(([, re]) => re.test(s));
    if (found) return found[0];
  }
  return undefined;
}

/**
 * A summary row inside an indicator table, not an indicator: "Rata-rata capaian sasaran 1", or a label whose merged
 * cell runs over the target (or realisasi) column.
 */
export function barisRingkasan(
  grid: Grid,
  row: number,
  nama: string,
  colNama: number | undefined,
  colAngka: number | undefined,
): boolean {
  if (/^rata-?\s*rata(\s+capaian|\s+nilai)?(\s+(kinerja|sasaran|iku)\b.*)?$/i.test(nama.trim())) return true;
  if (colNama === undefined || colAngka === undefined) return false;
  return (grid.merges ?? []).some(
    (m) =>
      row >= m.top &&
      row <= m.bottom &&
      colNama >= m.left &&
      colNama <= m.right &&
      colAngka >= m.left &&
      colAngka <= m.right,
  );
}
