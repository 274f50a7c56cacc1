/**
 * One OPD's report → a BacaanOpd, through the reader's table layer: the header found by findTables, its columns'
 * paths (KEUANGAN › RENCANA › Rp, FISIK › REAL › %) by jalurJudul, values by readAngka. An RFK sheet lists one sub
 * kegiatan per row; a workbook in another layout (a DPA/SIPD export, an E.81) goes through bacaWorkbook and gives
 * pagu and realisasi per sub kegiatan. Each report is checked on the way in (cek.ts).
 */
import { a1, columnLetter, Grid, isBlank, rowCount, text } from "../grid";
import { Model, NodeAnggaran, semuaNode } from "../model";
import { bacaWorkbook } from "../read";
import { SUBTOTAL_LABEL, TOTAL_LABEL } from "../read/columns";
import { DaftarTemuan } from "../read/diagnostics";
import { jalurJudul } from "../read/judul";
import { pisahKode, tingkatKode } from "../read/kode";
import { barisDijumlah } from "../read/rumus";
import { dataRows, findTables, Table } from "../read/tables";
import { readAngka, readTeks } from "../read/values";
import { AngkaE81, angkaE81 } from "../report/e81";
import { indukTersembunyi } from "../tabel/induk-total";
import { NAMA_TW } from "../rules/triwulan";
import { KolomRfk, kolomDariJalur } from "../formulir/rfk";
import { cekOpd } from "./cek";
import { BacaanE81, BacaanOpd, SubKegiatanOpd, TemuanOpd } from "./jenis";
import { opdDariJudul, periodeJudul, tahunJudulOpd } from "./periode";

/** Why a sheet of a many-sheet workbook is not an OPD's report (a rekap, a chart's data, a list). */
export interface Dilewati {
  readonly sheet: string;
  readonly alasan: string;
  readonly alasanEn: string;
}

export type HasilLembar = { bacaan: BacaanOpd } | { dilewati: Dilewati };

const bagianDari = (parts: readonly string[]) => parts.map((p) => p.toLowerCase());

/** The RFK columns from the header's paths (the form's description: formulir/rfk.ts). */
export function kolomRfk(g: Grid, t: Table, rows: readonly number[], width: number): KolomRfk {
  return kolomDariJalur(jalurJudul(g, rows, width).map(bagianDari), t.columns);
}

/** The header's rows: the table's first, and the rows under it that are header text (group, sub-header, units). */
function barisKepala(g: Grid, t: Table): number[] {
  const h0 = t.headerRows[0];
  const kepala = g.values[h0] ?? [];
  let akhir = 0;
  kepala.forEach((v, c) => {
    if (!isBlank(v)) akhir = c;
  });
  const lebar = akhir + 4;
  const rows = [h0];
  for (let r = h0 + 1; r <= h0 + 3 && r < rowCount(g); r++) {
    const row = (g.values[r] ?? []).slice(0, lebar);
    if (row.every(isBlank) || row.some((v) => typeof v === "number")) break;
    if (t.columns.uraian !== undefined && !isBlank(row[t.columns.uraian] ?? null)) break;
    rows.push(r);
  }
  return rows.length >= t.headerRows.length ? rows : [...t.headerRows];
}

/** A row's figure or null: blank, text that is no number, an error value (already a finding). */
function angka(g: Grid, diag: DaftarTemuan, r: number, c: number | undefined, label: string): number | null {
  if (c === undefined) return null;
  const a = readAngka({ grid: g, diag }, r, c, label);
  if (a.value === null) return null;
  return a.percent && label.includes("%") ? a.value * 100 : a.value;
}

const INDUK = /^(program|kegiatan)\b(?!\s*:?\s*sub)/i;

/** One sheet → what it reports, or why it is not an OPD's report. `sendiri`: the file holds this sheet only. */
export function bacaLembarOpd(g: Grid, berkas: string, sendiri = false): HasilLembar {
  const tables = findTables(g).filter(
    (t) =>
      (t.kind === "anggaran" || t.kind === "pk_program") &&
      t.columns.pagu !== undefined &&
      t.columns.uraian !== undefined,
  );
  const t = tables[0];
  if (!t) return lain(g, berkas, sendiri);
  const kepala = barisKepala(g, t);
  const width = Math.max(...kepala.map((r) => (g.values[r] ?? []).length));
  const kolom = kolomRfk(g, t, kepala, width);
  if (kolom.realisasi === undefined) return lain(g, berkas, sendiri);
  const diag = new DaftarTemuan();
  let barisTotal: number | undefined;
  const akhir = kepala[kepala.length - 1];
  const rows = dataRows(g, akhir, rowCount(g), width, 3, (r) => {
    const label = [kolom.uraian, 0, 1].map((c) => readTeks(g, r, c) ?? "").find((x) => TOTAL_LABEL.test(x.trim()));
    if (label !== undefined) barisTotal = r;
    return label !== undefined;
  });
  // A rekap sheet: its figures are formulas into other sheets (each OPD's row), not an OPD's own rows.
  const rumusLain = rows.filter((r) => /!/.test(g.formulas?.[r]?.[kolom.pagu!] ?? "")).length;
  const berangka = rows.filter((r) => typeof g.values[r]?.[kolom.pagu!] === "number").length;
  if (!sendiri && berangka > 0 && rumusLain * 2 >= berangka)
    return {
      dilewati: {
        sheet: g.name,
        alasan: `lembar rekap: ${rumusLain} dari ${berangka} nilai anggaran adalah rumus ke lembar lain`,
        alasanEn: `a rekap sheet: ${rumusLain} of ${berangka} budget figures are formulas into other sheets`,
      },
    };
  const sub: SubKegiatanOpd[] = [];
  // Levels by kode (a kode column, or glued to the name): program and kegiatan rows are parents; with sub kegiatan
  // kode present, the rincian (belanja) rows under them are their parts. Neither is counted.
  const kodeDi = (r: number) => {
    const k = readTeks(g, r, t.columns.kode)?.replace(/\s+/g, "");
    const teks = readTeks(g, r, kolom.uraian);
    const glued = teks ? pisahKode(teks) : { kode: null, nama: teks ?? "" };
    const kode = k ?? glued.kode;
    return { tingkat: kode ? tingkatKode(kode) : undefined, nama: k ? (teks ?? "") : glued.nama };
  };
  const adaSub = rows.some((r) => kodeDi(r).tingkat === "sub_kegiatan");
  for (const r of rows) {
    const { tingkat, nama: tanpaKode } = kodeDi(r);
    if (tingkat && tingkat !== "sub_kegiatan" && (tingkat !== "rincian" || adaSub)) continue;
    const nama = readTeks(g, r, kolom.uraian) === null ? null : tanpaKode;
    const pagu = angka(g, diag, r, kolom.pagu, "pagu");
    if (nama === null && pagu === null) continue;
    if (nama !== null && (SUBTOTAL_LABEL.test(nama.trim()) || INDUK.test(nama.trim()))) continue;
    // A parent whose pagu is a SUM of the rows under it (a kegiatan row) is not a sub kegiatan of its own.
    const anak = barisDijumlah(g.formulas?.[r]?.[kolom.pagu!], kolom.pagu!);
    if (anak && anak.length > 1 && anak.every((x) => x > r)) continue;
    sub.push({
      nama: text(nama ?? ""),
      row: r,
      pagu: pagu ?? 0,
      rencana: kolom.rencana === undefined ? null : (angka(g, diag, r, kolom.rencana, "rencana") ?? 0),
      realisasi: angka(g, diag, r, kolom.realisasi, "realisasi") ?? 0,
      fisikRencana: angka(g, diag, r, kolom.fisikRencana, "fisik rencana %"),
      fisik: angka(g, diag, r, kolom.fisik, "fisik %"),
    });
  }
  const induk = barisTotal !== undefined ? indukDariTotal(sub, angka(g, diag, barisTotal, kolom.pagu, "pagu")) : [];
  const info: TemuanOpd[] = [];
  if (induk.length > 0) {
    const rows = new Set(induk);
    const nomor = sub.filter((s) => rows.has(s.row)).map((s) => s.row + 1);
    info.push({
      severity: "info",
      code: "INDUK_DARI_JUMLAH",
      message: `${nomor.length} baris tanpa kode atau label yang pagunya tepat jumlah baris di bawahnya dibaca sebagai program/kegiatan, tidak dijumlahkan (baris ${nomor.slice(0, 5).join(", ")}${nomor.length > 5 ? ", …" : ""}): dengan itu jumlah sub kegiatan sama dengan TOTAL.`,
      messageEn: `${nomor.length} rows without code or label whose budget is exactly the sum of the rows under them are read as programs/activities, not added (rows ${nomor.slice(0, 5).join(", ")}${nomor.length > 5 ? ", …" : ""}): so the sub-activities add up to the TOTAL.`,
      berkas,
      sheet: g.name,
      cell: a1(nomor[0] - 1, kolom.uraian ?? 0),
    });
    for (let i = sub.length - 1; i >= 0; i--) if (rows.has(sub[i].row)) sub.splice(i, 1);
  }
  const utama = bacaanPembaca(g, sub, barisTotal, kolom, diag);
  if (utama) {
    sub.splice(0, sub.length, ...utama);
    info.length = 0;
  }
  const { nama, kode } = opdDariJudul(g, kepala[0]);
  const periode = periodeJudul(g, kepala[0]);
  const tahunJudul = periode ? undefined : tahunJudulOpd(g, kepala[0]);
  const bacaan: BacaanOpd = {
    berkas,
    sheet: g.name,
    nama,
    kode,
    periode,
    ...(tahunJudul !== undefined ? { tahunJudul } : {}),
    bentuk: "rfk",
    kolom: Object.fromEntries(
      Object.entries(kolom)
        .filter(([, c]) => c !== undefined)
        .map(([k, c]) => [k, columnLetter(c)]),
    ),
    sub,
    ...(barisTotal !== undefined ? { barisTotal } : {}),
    temuan: [],
  };
  return { bacaan: { ...bacaan, temuan: [...cekOpd(g, bacaan, kolom), ...info] } };
}

/**
 * The sub kegiatan as the workbook reader reads the sheet (one table layer: kode over columns, numbering 1 / 1.1 /
 * 1.1.1, parents proven by their formulas, the scale "(Rp. 000)"), when the RFK rows above cannot be right: the
 * reader's sum differs from theirs and either is theirs in a scale, or they count rows the reader does not take for
 * sub kegiatan while the sheet's TOTAL agrees with the reader. Else undefined: the RFK rows stand. Rencana and fisik are still read
 * from the RFK's columns on the reader's rows (rencana in the reader's scale).
 */
function bacaanPembaca(
  g: Grid,
  sub: readonly SubKegiatanOpd[],
  barisTotal: number | undefined,
  kolom: KolomRfk,
  diag: DaftarTemuan,
): SubKegiatanOpd[] | undefined {
  const m = bacaWorkbook([g]);
  const semua = semuaNode(m.anggaran);
  const subs = semua.filter((n) => n.level === "sub_kegiatan" && n.sumber.sheet === g.name && n.pagu !== null);
  if (subs.length === 0 || !subs.some((s) => s.realisasi !== null)) return undefined;
  const jumlah = (xs: readonly { pagu: number | null }[]) => xs.reduce((a, x) => a + (x.pagu ?? 0), 0);
  const kita = jumlah(sub);
  const pembaca = jumlah(subs);
  if (Math.abs(kita - pembaca) <= 0.5) return undefined;
  const skala = [1_000, 1_000_000].find((k) => kita > 0 && Math.abs(pembaca - kita * k) <= 0.5 * k);
  if (!skala) {
    // Rows counted above that the reader does not take for sub kegiatan (a parent with one child, a rekening row).
    const barisSub = new Set(subs.map((s) => s.sumber.row));
    if (sub.every((s) => barisSub.has(s.row))) return undefined;
    // The reader's reading is the sheet's: its TOTAL, in the reader's own pagu column, is the reader's sum or the
    // sum of its programs as written.
    const kolomPagu = subs.find((s) => s.refPagu)?.refPagu?.col;
    if (barisTotal === undefined || kolomPagu === undefined) return undefined;
    const total = angka(g, diag, barisTotal, kolomPagu, "pagu");
    const program = semua.filter((n) => n.level === "program" && n.sumber.sheet === g.name);
    const tertulis = program.reduce((a, n) => a + (n.paguTertulis ?? n.pagu ?? 0), 0);
    if (total === null || (Math.abs(total - pembaca) > 0.5 && Math.abs(total - tertulis) > 0.5)) return undefined;
  }
  const faktor = skala ?? 1;
  return subs.map((s) => {
    const r = s.sumber.row;
    const rencana = kolom.rencana === undefined ? null : (angka(g, diag, r, kolom.rencana, "rencana") ?? 0) * faktor;
    return {
      nama: s.uraian,
      row: r,
      pagu: s.pagu ?? 0,
      rencana,
      realisasi: s.realisasi ?? 0,
      fisikRencana: angka(g, diag, r, kolom.fisikRencana, "fisik rencana %"),
      fisik: angka(g, diag, r, kolom.fisik, "fisik %"),
    };
  });
}

/** Parents written as plain figures, found only when the TOTAL says so (`indukTersembunyi`): their rows. */
export function indukDariTotal(sub: readonly SubKegiatanOpd[], total: number | null): number[] {
  return indukTersembunyi(
    sub.map((x) => x.pagu),
    total,
  ).map((i) => sub[i].row);
}

/** Not an RFK sheet: through the budget reader (a DPA or SIPD export, an E.81), or not an OPD's report. */
function lain(g: Grid, berkas: string, sendiri: boolean): HasilLembar {
  const m = bacaWorkbook([g]);
  // The finest level the report has: sub kegiatan, else kegiatan (an E.79/E.81 kept to kegiatan), else program.
  const node = semuaNode(m.anggaran);
  const tingkat = (["sub_kegiatan", "kegiatan", "program"] as const).find((t) => node.some((n) => n.level === t));
  const subs = node.filter((n) => n.level === tingkat && n.children.length === 0);
  const adaRealisasi = subs.some((s) => s.realisasi !== null);
  if (subs.length > 0 && adaRealisasi) {
    const kepala = (m.pemetaan.tabel?.anggaran?.barisJudul?.[0] ?? 1) - 1;
    const judul = opdDariJudul(g, kepala);
    const e81 = m.triwulan ? bacaanE81(m) : undefined;
    // An E.81 names its quarter ("Triwulan III") and year apart: its last month is the period.
    const periodeE81 =
      e81 && m.tahun && m.periode?.triwulan
        ? {
            tahun: m.tahun,
            bulan: m.periode.triwulan * 3,
            teks: `Triwulan ${NAMA_TW[m.periode.triwulan - 1]} ${m.tahun}`,
          }
        : null;
    const periode = periodeJudul(g, kepala) ?? periodeE81;
    return {
      bacaan: {
        berkas,
        sheet: g.name,
        nama: m.perangkatDaerah ?? judul.nama,
        kode: judul.kode,
        periode,
        ...(!periode && m.tahun ? { tahunJudul: m.tahun } : {}),
        bentuk: "anggaran",
        ...(e81 ? { e81 } : {}),
        sub: subs.map((s) => ({
          nama: s.uraian,
          row: s.sumber.row,
          pagu: s.pagu ?? 0,
          rencana: null,
          realisasi: s.realisasi ?? 0,
          fisikRencana: null,
          fisik: null,
        })),
        temuan: m.diagnostics
          .filter((d) => d.severity === "error")
          .map((d) => ({
            severity: d.severity,
            code: d.code,
            message: d.message,
            messageEn: d.messageEn ?? d.message,
            berkas,
            sheet: d.sheet ?? g.name,
            ...(d.cell ? { cell: d.cell } : {}),
          })),
      },
    };
  }
  const alasan = {
    id: subs.length > 0 ? "tabel anggaran tanpa kolom realisasi" : "tidak ada tabel anggaran/RFK yang dikenali",
    en: subs.length > 0 ? "a budget table without a realisation column" : "no budget/RFK table was recognised",
  };
  if (!sendiri) return { dilewati: { sheet: g.name, alasan: alasan.id, alasanEn: alasan.en } };
  return {
    bacaan: {
      berkas,
      sheet: g.name,
      nama: opdDariJudul(g, 12).nama,
      kode: null,
      periode: periodeJudul(g, 12),
      bentuk: "tak_terbaca",
      alasan: alasan.id,
      alasanEn: alasan.en,
      sub: [],
      temuan: [],
    },
  };
}

/** Where a row's cell is, for messages. */
export const selDi = (r: number, c: number) => a1(r, c);

/** The programs of an E.81 form for the E.79: K from each program's own row, Rp the sum of its sub kegiatan. */
function bacaanE81(m: Model): BacaanE81 {
  const memo = new Map<NodeAnggaran, AngkaE81>();
  return {
    tahun: m.tahun ?? null,
    triwulan: m.triwulan?.terakhir ?? null,
    program: m.anggaran
      .filter((p) => p.level === "program")
      .map((p) => {
        const a = angkaE81(p, 4, memo);
        return {
          kode: p.kode,
          uraian: p.uraian,
          indikator: p.kinerja?.indikator ?? null,
          satuan: p.kinerja?.satuan ?? null,
          jenis: a.jenis === "nilai_akhir" ? "nilai_akhir" : "kumulatif",
          targetK: a.k.c8,
          twK: a.k.tw,
          pagu: a.rp.c8,
          twRp: a.rp.tw,
          unit: p.unit ?? null,
          row: p.sumber.row,
        };
      }),
  };
}
