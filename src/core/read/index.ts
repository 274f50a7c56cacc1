/**
 * Grids → Model. Finds the PK, realisasi and anggaran tables wherever they are, reads them, joins them and
 * reports every problem by sheet and cell. Detection proposes a mapping (Model.pemetaan); a mapping passed in
 * overrides any part of it.
 */
import { kutip } from "../errors";
import { BATAS_REALISTIS, capaian, polaritasDariNama, polaritasTebakan } from "../rules/capaian";
import { TOLERANSI } from "../rules/predikat";
import { Grid, cell, columnLetter, text } from "../grid";
import { Indikator, Model, NodeAnggaran, Pemetaan, ProgramPk, Sasaran, Sumber } from "../model";
import { formatAngka, formatPersen, formatRupiah } from "../numbers";
import {
  BacaanLembar,
  readAnggaran,
  HasilAnggaran,
  cekRingkasanBagian,
  checkTotal,
  lembarBagian,
  mungkinBagian,
  rollUp,
} from "./anggaran";
import { Field, tahunTerakhir } from "./columns";
import { PeriodeJudul, bulanLembar, periodeDari } from "./judul";
import { DaftarTemuan, daftarBaris } from "./diagnostics";
import { bedaKeterangan, normalNama, pasangkan, setaraNama } from "./join";
import { JenjangPk, jenjangPk, readPk, readProgramPk } from "./pk";
import { BarisRealisasi, readRealisasi } from "./realisasi";
import { Table, TableKind, findTables } from "./tables";
import { HasilE81, TabelE81, cariE81, laporMiripE81, miripE81, readE81 } from "./e81";
import { EntriNomenklatur, Nomenklatur, lembarNomenklatur } from "./nomenklatur";
import { TabelDatar, cariDatar, readDatar } from "./datar";
import { TabelRekap, bacaRekap, cariRekap } from "./rekap-belanja";
import { LembarKas, bacaLembarKas, cariLembarKas } from "./anggaran-kas";
import { tanpaLembarBukanData } from "./bukan-data";
import { LembarDpa, RingkasanDpa, bacaLembarDpa, bacaRingkasanDpa, cariLembarDpa, cariRingkasanDpa } from "./rka-dpa";
import { BuktiTabel, buktiTabel } from "./bukti";

export interface OpsiBaca {
  readonly pemetaan?: Partial<Pemetaan>;
  /** Sheets never read (the add-in's own generated sheets). */
  readonly abaikan?: readonly string[];
  /** The user's nomenclature list (their SIPD export), added to the built-in table to recognise names by. */
  readonly nomenklatur?: readonly EntriNomenklatur[];
  /** The year evaluated, as the user gives it (beats what the titles say). */
  readonly tahun?: number;
}

type Peran = "pk" | "realisasi" | "anggaran";
const PERAN: readonly Peran[] = ["pk", "realisasi", "anggaran"];
const NAMA_PERAN: Record<Peran, string> = {
  pk: "Perjanjian Kinerja",
  realisasi: "realisasi",
  anggaran: "anggaran (DPA)",
};
const ROLE_NAME: Record<Peran, string> = {
  pk: "Performance Agreement (PK)",
  realisasi: "realisation",
  anggaran: "budget (DPA)",
};
const NAME_HINT: Record<Peran, RegExp> = {
  pk: /\b(pk|perjanjian|perjanjian kinerja|iku|target)\b/i,
  realisasi: /\b(realisasi|capaian|tw|triwulan|pengukuran)\b/i,
  anggaran: /\b(dpa|anggaran|keuangan|belanja|sipd|rka|pagu|program)\b/i,
};

export function bacaWorkbook(grids: readonly Grid[], opsi: OpsiBaca = {}): Model {
  const diag = new DaftarTemuan();
  const map = opsi.pemetaan ?? {};
  let sheets = grids.filter((g) => !(opsi.abaikan ?? []).includes(g.name));
  for (const [peran, name] of Object.entries(map.lembar ?? {})) {
    if (name && !sheets.some((g) => g.name === name))
      diag.error(
        "LEMBAR_TAK_DITEMUKAN",
        {
          id: `Pemetaan menunjuk lembar "${name}" untuk ${NAMA_PERAN[peran as Peran]}, tetapi lembar itu tidak ada.`,
          en: `The mapping names sheet "${name}" for the ${ROLE_NAME[peran as Peran]}, but there is no such sheet.`,
        },
        undefined,
        name,
      );
  }
  const nomenklatur = Nomenklatur.dasar().tambah(opsi.nomenklatur ?? []);
  // A nomenclature list kept in the workbook (the SIPD export) names what the sheets leave unnamed.
  const daftar = new Set<string>();
  for (const g of sheets) {
    const entries = lembarNomenklatur(g);
    if (!entries) continue;
    nomenklatur.tambah(entries);
    daftar.add(g.name);
    diag.info(
      "LEMBAR_NOMENKLATUR",
      {
        id: `Lembar "${g.name}" dibaca sebagai daftar nomenklatur (${entries.length} kode) untuk mengenali nama program, kegiatan dan sub kegiatan.`,
        en: `Sheet "${g.name}" is read as a nomenclature list (${entries.length} kodes) to recognise the names of programs, activities and sub-activities.`,
      },
      { sheet: g.name, row: 0 },
    );
  }
  if (daftar.size > 0) sheets = sheets.filter((g) => !daftar.has(g.name));
  // Dropdown lists and hidden copies of a visible sheet are not data.
  sheets = tanpaLembarBukanData(sheets, diag);
  // E.81 forms first: a sheet that holds one is read as that form, not searched for other tables.
  const e81 = new Map<string, TabelE81[]>();
  for (const g of sheets) {
    if (map.lembar?.anggaran && map.lembar.anggaran !== g.name && map.tabel?.anggaran) continue;
    const found = cariE81(g);
    if (found.length > 0) e81.set(g.name, found);
  }
  // Forms described in core/formulir: the SIPD rekap belanja; the anggaran kas kept one sub kegiatan per sheet.
  const rekap = new Map<string, TabelRekap>();
  const kas: LembarKas[] = [];
  for (const g of sheets) {
    if (e81.has(g.name)) continue;
    const t = cariRekap(g);
    const k = t ? undefined : cariLembarKas(g);
    if (t) rekap.set(g.name, t);
    if (k) kas.push(k);
  }
  // SIPD RKA/DPA 2.2.1: every sheet of documents read and combined; the summary 2.2 checked against them.
  const dpa: LembarDpa[] = [];
  const ringkasanDpa: RingkasanDpa[] = [];
  for (const g of sheets) {
    if (e81.has(g.name) || rekap.has(g.name) || kas.some((k) => k.sheet === g.name)) continue;
    const rd = cariRingkasanDpa(g);
    const d = rd ? undefined : cariLembarDpa(g);
    if (rd) ringkasanDpa.push(rd);
    if (d) dpa.push(d);
  }
  const formulir = new Set([
    ...rekap.keys(),
    ...kas.map((k) => k.sheet),
    ...dpa.map((d) => d.sheet),
    ...ringkasanDpa.map((d) => d.sheet),
  ]);
  // Flat exports (SIPD, RKPD, anggaran kas): each level in its own column.
  const datar = new Map<string, TabelDatar>();
  for (const g of sheets) {
    const d = e81.has(g.name) || formulir.has(g.name) ? undefined : cariDatar(g);
    if (d) datar.set(g.name, d);
  }
  const tables = new Map<string, Table[]>();
  for (const g of sheets) {
    // A sheet headed as an E.81 the form reader did not recognise is not read by guessed columns (unless mapped).
    const mirip = e81.has(g.name) || map.tabel?.anggaran ? undefined : miripE81(g);
    if (mirip !== undefined) laporMiripE81(g, mirip, diag);
    tables.set(
      g.name,
      e81.has(g.name) || datar.has(g.name) || formulir.has(g.name) || mirip !== undefined ? [] : tablesOf(g, map),
    );
  }
  const khusus = [
    ...e81.keys(),
    ...rekap.keys(),
    ...kas.slice(0, 1).map((k) => k.sheet),
    ...[...dpa, ...ringkasanDpa].slice(0, 1).map((d) => d.sheet),
    ...datar.keys(),
  ];
  const grid = (name: string) => sheets.find((g) => g.name === name)!;

  // Budget tables kept one sheet per program: every part is read, a summary sheet beside them is checked.
  const lembarAnggaran = [...tables.keys()].filter((name) => tableOf(tables, name, "anggaran"));
  const uraianLembar = (name: string) => {
    const t = tableOf(tables, name, "anggaran")!;
    return t.rows.map((r) => (t.columns.uraian !== undefined ? text(cell(grid(name), r, t.columns.uraian)) : ""));
  };
  const bagian =
    khusus.length === 0 && !map.lembar?.anggaran && mungkinBagian(lembarAnggaran.map(uraianLembar))
      ? lembarBagian(
          lembarAnggaran.map((name) => ({
            sheet: name,
            hasil: readAnggaran(grid(name), tableOf(tables, name, "anggaran")!, new DaftarTemuan(), nomenklatur),
          })),
        )
      : undefined;

  const chosen: Partial<Record<Peran, string>> = {};
  for (const peran of PERAN) {
    const forced = map.lembar?.[peran];
    if (peran === "anggaran" && bagian) {
      chosen.anggaran = bagian.bagian[0].sheet;
      continue;
    }
    if (peran === "anggaran" && (forced ? khusus.includes(forced) || formulir.has(forced) : khusus.length > 0)) {
      chosen.anggaran = forced ?? khusus[0];
      continue;
    }
    if (forced && tables.has(forced)) {
      chosen[peran] = forced;
      if (!tables.get(forced)!.some((t) => roleOf(t) === peran)) {
        diag.error(
          "KEPALA_TAK_DITEMUKAN",
          {
            id: `Lembar "${forced}" tidak memuat tabel ${NAMA_PERAN[peran]} yang dikenali; tentukan baris judul dan kolomnya di pemetaan.`,
            en: `Sheet "${forced}" holds no recognised ${ROLE_NAME[peran]} table; set its header row and columns in the mapping.`,
          },
          { sheet: forced, row: 0 },
        );
      }
      continue;
    }
    const candidates = [...tables.entries()]
      .filter(([, ts]) => ts.some((t) => roleOf(t) === peran))
      .map(([name]) => name);
    // A sheet's name hints at its role, but a hinted recap of one row does not beat a full table elsewhere.
    const size = (name: string) =>
      Math.max(
        0,
        ...(tables.get(name) ?? []).filter((t) => roleOf(t) === peran).map((t) => filledRows(grid(name), t, peran)),
      );
    const largest = Math.max(0, ...candidates.map(size));
    const full = (name: string) => (size(name) * 4 >= largest ? 1 : 0);
    // Among PKs of several eselon levels (Kepala Dinas, Kepala Bidang, Kepala Seksi), the agency's is the head's.
    const jenjang = (name: string) => (peran === "pk" ? urutanJenjang(grid(name), tables.get(name) ?? []) : 0);
    // Among realisasi tables, the year's measurement (target beside realisasi) before a comparison of years.
    const pengukuran = (name: string) =>
      peran === "realisasi" && tableOf(tables, name, "realisasi")?.columns.target !== undefined ? 1 : 0;
    candidates.sort(
      (a, b) =>
        jenjang(a) - jenjang(b) ||
        full(b) - full(a) ||
        pengukuran(b) - pengukuran(a) ||
        hint(b, peran) - hint(a, peran) ||
        tahunTerakhir(b) - tahunTerakhir(a) ||
        // Monthly copies of one report: the latest month.
        bulanLembar(grid(b)) - bulanLembar(grid(a)) ||
        size(b) - size(a) ||
        sheets.findIndex((g) => g.name === a) - sheets.findIndex((g) => g.name === b),
    );
    if (candidates.length > 0) chosen[peran] = candidates[0];
    if (peran === "pk") pkBerjenjang(candidates, grid, tables, diag);
    const listed = candidates
      .slice(0, 8)
      .map((c) => `"${c}"`)
      .join(", ");
    const lagi = candidates.length - 8;
    if (candidates.length > 1) {
      diag.info(
        "PILIHAN_LEMBAR",
        {
          id: `Tabel ${NAMA_PERAN[peran]} ditemukan di beberapa lembar (${listed}${lagi > 0 ? ` dan ${lagi} lembar lain` : ""}); dipakai "${candidates[0]}". Ubah di pemetaan bila keliru.`,
          en: `A ${ROLE_NAME[peran]} table was found on several sheets (${listed}${lagi > 0 ? ` and ${lagi} more` : ""}); "${candidates[0]}" is used. Change it in the mapping if that is wrong.`,
        },
        { sheet: candidates[0] },
        // How many sheets held such a table: the report says which one it used (report/susun.ts).
        String(candidates.length),
      );
    }
  }
  // A sheet with indikator, target and realisasi in one table serves as both PK and realisasi.
  if (!chosen.pk && chosen.realisasi && tableOf(tables, chosen.realisasi, "realisasi")?.columns.target !== undefined) {
    chosen.pk = chosen.realisasi;
    diag.info(
      "PK_DARI_REALISASI",
      {
        id: `Tidak ada lembar Perjanjian Kinerja tersendiri; target dibaca dari tabel realisasi di "${chosen.realisasi}".`,
        en: `No separate Performance Agreement (Perjanjian Kinerja) sheet; targets are read from the realisation table on "${chosen.realisasi}".`,
      },
      { sheet: chosen.realisasi },
    );
  }
  for (const g of sheets) {
    if ((tables.get(g.name) ?? []).length > 0 || e81.has(g.name) || datar.has(g.name) || formulir.has(g.name)) continue;
    const named = PERAN.find((p) => NAME_HINT[p].test(g.name));
    if (named)
      diag.warning(
        "KEPALA_TAK_DITEMUKAN",
        {
          id: `Lembar "${g.name}" tampak seperti lembar ${NAMA_PERAN[named]}, tetapi tidak ada baris judul kolom yang dikenali (mis. "Indikator", "Target", "Uraian", "Pagu").`,
          en: `Sheet "${g.name}" looks like a ${ROLE_NAME[named]} sheet, but no column header row was recognised (e.g. "Indikator", "Target", "Uraian", "Pagu").`,
        },
        { sheet: g.name, row: 0 },
      );
  }
  const anyTable = Object.keys(chosen).length > 0;
  for (const peran of PERAN) {
    if (!chosen[peran]) {
      if (khusus.length > 0 && peran !== "anggaran") {
        diag.info("TABEL_TAK_DITEMUKAN", {
          id: `Tabel ${NAMA_PERAN[peran]} tidak ditemukan; yang terbaca ${e81.size > 0 ? "formulir E.81 (Evaluasi Renja)" : "ekspor anggaran"} di lembar "${chosen.anggaran}".`,
          en: `No ${ROLE_NAME[peran]} table was found; what was read is ${e81.size > 0 ? "an E.81 form (Evaluasi Renja)" : "a budget export"} on sheet "${chosen.anggaran}".`,
        });
        continue;
      }
      const severity = peran === "pk" && !anyTable ? "error" : "warning";
      diag.add(severity, "TABEL_TAK_DITEMUKAN", {
        id: `Tabel ${NAMA_PERAN[peran]} tidak ditemukan di lembar mana pun.`,
        en: `No ${ROLE_NAME[peran]} table was found on any sheet.`,
      });
    }
  }

  // PK. The year the realisasi sheet states ("Realisasi IKU 2023", its title) chooses a year-matrix PK's target.
  const tahunRealisasi = chosen.realisasi
    ? (periodeDari(
        grid(chosen.realisasi),
        Array.from({ length: 8 }, (_, r) => r),
      ).tahun ??
      (tahunTerakhir(chosen.realisasi) || undefined))
    : undefined;
  const pkDibaca = chosen.pk
    ? (tableOf(tables, chosen.pk, "pk") ?? tableOf(tables, chosen.pk, "realisasi"))
    : undefined;
  const pkTable = pkDibaca && targetTahunIni(grid(pkDibaca.sheet), pkDibaca, opsi.tahun ?? tahunRealisasi);
  const sasaran: Sasaran[] = pkTable ? readPk(grid(pkTable.sheet), pkTable, diag) : [];

  const programPk: ProgramPk[] = [];
  // The program table beside the PK read; where that PK has none, every sheet's (a cascade's lower PKs aside).
  const diPk = chosen.pk !== undefined && (tables.get(chosen.pk) ?? []).some((x) => x.kind === "pk_program");
  for (const [name, ts] of tables) {
    if (diPk && name !== chosen.pk) continue;
    for (const t of ts.filter((x) => x.kind === "pk_program"))
      programPk.push(...readProgramPk(grid(name), t, diag).program);
  }
  // The indicators of the other levels' PKs, to name their rows on a realisasi sheet that holds every level.
  // Only PKs of a lower level than the one read: last year's PK of the same level is not a cascade.
  const jenjangDipakai = chosen.pk ? urutanJenjang(grid(chosen.pk), tables.get(chosen.pk) ?? []) : 2;
  const jenjangLain: { sheet: string; nama: string }[] = [];
  for (const [name, ts] of tables) {
    const t = ts.find((x) => x.kind === "pk");
    const j = t ? jenjangPk(grid(name), t) : undefined;
    if (name === chosen.pk || !t || j === undefined || j <= jenjangDipakai) continue;
    for (const s of readPk(grid(name), t, new DaftarTemuan()))
      for (const i of s.indikator) jenjangLain.push({ sheet: name, nama: i.nama });
  }

  // Realisasi
  const realTable = chosen.realisasi ? tableOf(tables, chosen.realisasi, "realisasi") : undefined;
  const realisasi: BarisRealisasi[] = realTable ? readRealisasi(grid(realTable.sheet), realTable, diag) : [];
  if (realTable) joinRealisasi(sasaran, realisasi, diag, map.alias, jenjangLain);
  pembandingLain(sasaran, tables, [pkTable, realTable], grid, diag);

  // Anggaran: an E.81 form, or a budget table.
  const formE81 = chosen.anggaran ? e81.get(chosen.anggaran) : undefined;
  const flat = chosen.anggaran && !formE81 ? datar.get(chosen.anggaran) : undefined;
  const rek = chosen.anggaran ? rekap.get(chosen.anggaran) : undefined;
  const rak = chosen.anggaran && kas.some((k) => k.sheet === chosen.anggaran) ? kas : undefined;
  const rka =
    chosen.anggaran && [...dpa, ...ringkasanDpa].some((d) => d.sheet === chosen.anggaran)
      ? {
          sheet: dpa[0]?.sheet ?? ringkasanDpa[0].sheet,
          headerRows: dpa[0]?.dokumen[0].headerRows ?? ringkasanDpa[0].headerRows,
        }
      : undefined;
  const angTable =
    chosen.anggaran && !formE81 && !flat && !rek && !rak && !rka
      ? tableOf(tables, chosen.anggaran, "anggaran")
      : undefined;
  let anggaran: HasilAnggaran & Partial<HasilE81> = { program: [] };
  if (formE81) {
    anggaran = bacaE81(grid(chosen.anggaran!), formE81, nomenklatur, diag);
  } else if (flat) {
    anggaran = readDatar(grid(flat.sheet), flat, nomenklatur, diag);
    for (const p of anggaran.program) rollUp(p, flat.sheet, flat.kolom.jumlah, undefined, diag);
  } else if (rek) {
    anggaran = bacaRekap(grid(rek.sheet), rek, diag);
    if (rekap.size > 1) pilihanRekap(rek.sheet, [...rekap.keys()], diag);
  } else if (rak) {
    anggaran = bacaLembarKas(sheets, rak, nomenklatur, diag);
  } else if (rka) {
    anggaran =
      dpa.length > 0
        ? bacaLembarDpa(sheets, dpa, ringkasanDpa, nomenklatur, diag)
        : bacaRingkasanDpa(grid(ringkasanDpa[0].sheet), ringkasanDpa[0], nomenklatur, diag);
  } else if (angTable && bagian) {
    anggaran = bacaBagian(bagian, tables, grid, nomenklatur, diag);
  } else if (angTable) anggaran = readAnggaran(grid(angTable.sheet), angTable, diag, nomenklatur);
  if (angTable && programPk.length > 0) joinProgram(programPk, anggaran.program, diag, map.alias);

  reportHiddenRows([pkTable, realTable, angTable], sheets, diag);
  const periode = periodeBuku(
    anggaran.periode,
    [pkTable, realTable, angTable, flat, rek, ...(rak ?? []), rka],
    sheets,
    opsi.tahun,
    diag,
  );
  reportUnrealistic(sasaran, diag);
  reportPolaritasNode(anggaran.program, diag);

  return {
    sasaran,
    programPk,
    anggaran: anggaran.program,
    ...(anggaran.total ? { totalTertulis: anggaran.total } : {}),
    ...(anggaran.induk && anggaran.induk.length > 0 ? { induk: anggaran.induk } : {}),
    ...(anggaran.triwulan ? { triwulan: anggaran.triwulan } : {}),
    ...(anggaran.perangkatDaerah ? { perangkatDaerah: anggaran.perangkatDaerah } : {}),
    ...(periode.tahun !== undefined ? { tahun: periode.tahun } : {}),
    ...(periode.model ? { periode: periode.model } : {}),
    diagnostics: diag.list,
    pemetaan: proposal(chosen, [pkTable, realTable, angTable], tables, map.alias),
    ...buktiDari([pkTable, realTable, angTable], chosen.pk ? tables.get(chosen.pk) : undefined, grid),
  };
}

/**
 * A PK or IKU table with a target per year ("Target Kinerja Tahun › 2021 … 2026") gives this year's target, not the
 * latest year's: the year its title states, else the one given (the user's, or the realisasi sheet's); as read when
 * none says.
 */
function targetTahunIni(g: Grid, t: Table, tahunPengguna: number | undefined): Table {
  const judul = periodeDari(
    g,
    Array.from({ length: t.headerRows[0] ?? 0 }, (_, r) => r),
  ).tahun;
  const tahun = judul ?? tahunPengguna;
  const c = tahun !== undefined ? t.tahunan[tahun]?.target : undefined;
  return c !== undefined && c !== t.columns.target ? { ...t, columns: { ...t.columns, target: c } } : t;
}

/**
 * The year and quarter the workbook states: the user's year, else the E.81's (the header of (8), its title), else the
 * title rows above the tables read, else the latest year the names of those sheets state; never the clock's.
 */
function periodeBuku(
  e81: HasilE81["periode"],
  used: readonly ({ sheet: string; headerRows?: readonly number[]; headerRow?: number } | undefined)[],
  sheets: readonly Grid[],
  tahunPengguna: number | undefined,
  diag: DaftarTemuan,
): { tahun?: number; model?: NonNullable<Model["periode"]> } {
  let tahun: { tahun: number; sumber?: Sumber } | undefined;
  let tw: { triwulan: 1 | 2 | 3 | 4; bulan?: number; sumber: Sumber } | undefined;
  const ambil = (p: PeriodeJudul, sheet: string) => {
    if (!tahun && p.tahun !== undefined)
      tahun = { tahun: p.tahun, ...(p.selTahun ? { sumber: { sheet, ...p.selTahun } } : {}) };
    if (!tw && p.triwulan !== undefined && p.selTriwulan)
      tw = { triwulan: p.triwulan, ...(p.bulan ? { bulan: p.bulan } : {}), sumber: { sheet, ...p.selTriwulan } };
  };
  if (e81) ambil(e81, e81.sheet);
  for (const t of used) {
    const g = t ? sheets.find((x) => x.name === t.sheet) : undefined;
    const first = t?.headerRows?.[0] ?? t?.headerRow;
    if (g && first !== undefined)
      ambil(
        periodeDari(
          g,
          Array.from({ length: first }, (_, r) => r),
        ),
        g.name,
      );
  }
  // A year in the names of the sheets read ("PK 2024") before none at all.
  const dariNama = Math.max(0, ...used.map((t) => (t ? tahunTerakhir(t.sheet) : 0)));
  if (!tahun && dariNama > 0) tahun = { tahun: dariNama };
  if (tahunPengguna !== undefined && tahun?.sumber && tahun.tahun !== tahunPengguna)
    diag.info(
      "TAHUN_BERBEDA_DENGAN_JUDUL",
      {
        id: `Judul lembar menyebut tahun ${tahun.tahun}; dipakai tahun yang diberikan, ${tahunPengguna}.`,
        en: `The sheet's title states the year ${tahun.tahun}; the year given, ${tahunPengguna}, is used.`,
      },
      tahun.sumber,
    );
  const model: NonNullable<Model["periode"]> = {
    ...(tw ? { triwulan: tw.triwulan, ...(tw.bulan ? { bulan: tw.bulan } : {}), sumberTriwulan: tw.sumber } : {}),
    ...(tahunPengguna === undefined && tahun?.sumber ? { sumberTahun: tahun.sumber } : {}),
  };
  const y = tahunPengguna ?? tahun?.tahun;
  return { ...(y !== undefined ? { tahun: y } : {}), ...(Object.keys(model).length > 0 ? { model } : {}) };
}

/** The E.81 of a sheet (the last, when the sheet holds the form before and after perubahan), rolled up. */
function bacaE81(g: Grid, forms: readonly TabelE81[], nomenklatur: Nomenklatur, diag: DaftarTemuan): HasilE81 {
  const form = forms[forms.length - 1];
  if (forms.length > 1) {
    diag.info(
      "E81_LEBIH_DARI_SATU",
      {
        id: `Lembar "${g.name}" memuat ${forms.length} tabel E.81 (judul di baris ${forms.map((f) => f.headerRows[0] + 1).join(", ")}); dibaca yang terakhir. Pilih yang lain lewat pemetaan.`,
        en: `Sheet "${g.name}" holds ${forms.length} E.81 tables (headers on rows ${forms.map((f) => f.headerRows[0] + 1).join(", ")}); the last is read. Choose another through the mapping.`,
      },
      { sheet: g.name, row: form.headerRows[0] },
    );
  }
  const hasil = readE81(g, form, nomenklatur, diag);
  const c = { pagu: form.kolom.blok[8]?.rp, realisasi: form.kolom.blok[13]?.rp };
  for (const p of hasil.program) rollUp(p, g.name, c.pagu, c.realisasi, diag, true);
  if (hasil.total) checkTotal(hasil.total, hasil.program, diag);
  return hasil;
}

/** Budget tables kept one sheet per program: each part read and their programs put together; summaries checked. */
function bacaBagian(
  b: { bagian: BacaanLembar[]; ringkasan: BacaanLembar[] },
  tables: Map<string, Table[]>,
  grid: (name: string) => Grid,
  nomenklatur: Nomenklatur,
  diag: DaftarTemuan,
): HasilAnggaran {
  const program = b.bagian.flatMap(
    (x) => readAnggaran(grid(x.sheet), tableOf(tables, x.sheet, "anggaran")!, diag, nomenklatur).program,
  );
  for (const r of b.ringkasan) cekRingkasanBagian(r, program, diag);
  const nama = (xs: BacaanLembar[]) => xs.map((x) => `"${x.sheet}"`).join(", ");
  diag.info(
    "ANGGARAN_PER_LEMBAR",
    {
      id: `Tabel anggaran disimpan satu lembar per program: ${b.bagian.length} lembar dibaca dan digabung (${nama(b.bagian)})${b.ringkasan.length ? `; ringkasan ${nama(b.ringkasan)} dicocokkan dengannya, tidak dijumlahkan lagi` : ""}.`,
      en: `The budget table is kept one sheet per program: ${b.bagian.length} sheets are read and combined (${nama(b.bagian)})${b.ringkasan.length ? `; the summary ${nama(b.ringkasan)} is checked against them, not added again` : ""}.`,
    },
    { sheet: b.bagian[0].sheet, row: 0 },
  );
  return { program };
}

/** Several sheets hold the rekap belanja: the first is read, the others named. */
function pilihanRekap(dipakai: string, semua: readonly string[], diag: DaftarTemuan): void {
  const lain = semua.filter((s) => s !== dipakai).map((s) => `"${s}"`);
  diag.info(
    "PILIHAN_LEMBAR",
    {
      id: `Rekapitulasi belanja juga ada di ${lain.join(", ")}; dipakai "${dipakai}". Ubah di pemetaan bila keliru.`,
      en: `The spending recap is also on ${lain.join(", ")}; "${dipakai}" is used. Change it in the mapping if that is wrong.`,
    },
    { sheet: dipakai },
  );
}

/**
 * A table elsewhere that compares years ("Realisasi › 2021 | 2022 | 2023", "Target Akhir Renstra"), such as an LKIP's
 * Tabel 3.2 beside its Tabel 3.1: its earlier years and Renstra target go to the indicators of the same name.
 */
function pembandingLain(
  sasaran: Sasaran[],
  tables: Map<string, Table[]>,
  dipakai: readonly (Table | undefined)[],
  grid: (name: string) => Grid,
  diag: DaftarTemuan,
): void {
  const indikator = sasaran.flatMap((s) => s.indikator);
  if (indikator.length === 0) return;
  for (const [name, ts] of tables) {
    for (const t of ts) {
      if (t.kind !== "realisasi" || dipakai.includes(t)) continue;
      if (Object.keys(t.tahunan).length < 2 && t.columns.target_renstra === undefined) continue;
      const rows = readRealisasi(grid(name), t, new DaftarTemuan());
      const diisi: string[] = [];
      for (const s of sasaran) {
        s.indikator.forEach((ind, i) => {
          if (ind.tahunLalu || ind.targetRenstra || ind.realisasi?.tahunLalu || ind.realisasi?.targetRenstra) return;
          const cocok = rows.filter((r) => normalNama(r.nama) === normalNama(ind.nama) || setaraNama(r.nama, ind.nama));
          if (cocok.length !== 1) return;
          const { tahunLalu, targetRenstra } = cocok[0].realisasi;
          if (!tahunLalu && !targetRenstra) return;
          s.indikator[i] = { ...ind, ...(tahunLalu ? { tahunLalu } : {}), ...(targetRenstra ? { targetRenstra } : {}) };
          diisi.push(ind.nama);
        });
      }
      if (diisi.length === 0) continue;
      const tahun = Object.keys(t.tahunan)
        .map(Number)
        .sort((a, b) => a - b);
      const apa = (en: boolean) =>
        [
          tahun.length >= 2 ? `${en ? "actuals of" : "realisasi"} ${tahun.slice(0, -1).join(", ")}` : "",
          t.columns.target_renstra !== undefined ? (en ? "the Renstra end target" : "target akhir Renstra") : "",
        ]
          .filter(Boolean)
          .join(en ? " and " : " dan ");
      diag.info(
        "PEMBANDING_LEMBAR_LAIN",
        {
          id: `${kapital(apa(false))} untuk ${diisi.length} indikator dibaca dari tabel di lembar "${name}" (baris judul ${t.headerRows[0] + 1}), dipasangkan menurut nama indikator.`,
          en: `${kapital(apa(true))} for ${diisi.length} indicators are read from the table on sheet "${name}" (header row ${t.headerRows[0] + 1}), joined by indicator name.`,
        },
        { sheet: name, row: t.headerRows[0] },
        String(diisi.length),
      );
    }
  }
}

const kapital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The PK of the head of the agency first (eselon II, or a PK whose level nothing says), then eselon III, IV. */
function urutanJenjang(g: Grid, ts: readonly Table[]): number {
  const t = ts.find((x) => x.kind === "pk");
  const j = t ? jenjangPk(g, t) : undefined;
  return j ?? 2;
}

const NAMA_JENJANG: Record<JenjangPk, { id: string; en: string }> = {
  2: { id: "kepala perangkat daerah (eselon II)", en: "head of the agency (eselon II)" },
  3: { id: "eselon III (kepala bidang/bagian)", en: "eselon III (head of division)" },
  4: { id: "eselon IV (kepala seksi/subbagian)", en: "eselon IV (head of section)" },
};

/** PKs of several levels: the head's is read; the others are named as the cascade below it, not read. */
function pkBerjenjang(
  candidates: readonly string[],
  grid: (name: string) => Grid,
  tables: Map<string, Table[]>,
  diag: DaftarTemuan,
): void {
  const level = (name: string) => {
    const t = (tables.get(name) ?? []).find((x) => x.kind === "pk");
    return t ? jenjangPk(grid(name), t) : undefined;
  };
  const [dipakai, ...lain] = candidates;
  const j = dipakai !== undefined ? level(dipakai) : undefined;
  const bawah = lain
    .map((n) => [n, level(n)] as const)
    .filter(([, l]) => l !== undefined && (j === undefined || l > j));
  if (dipakai === undefined || bawah.length === 0) return;
  const daftar = (en: boolean) =>
    bawah.map(([n, l]) => `"${n}" (${en ? NAMA_JENJANG[l!].en : NAMA_JENJANG[l!].id})`).join(", ");
  const kepala = j !== undefined ? NAMA_JENJANG[j] : { id: "tanpa keterangan jenjang", en: "of no stated level" };
  diag.info(
    "PK_BERJENJANG",
    {
      id: `Perjanjian Kinerja berjenjang: dipakai PK "${dipakai}" (${kepala.id}) sebagai PK perangkat daerah; ${daftar(false)} adalah jenjang di bawahnya (cascading) dan tidak dibaca sebagai PK perangkat daerah. Ubah di pemetaan bila keliru.`,
      en: `Cascaded Performance Agreements: PK "${dipakai}" (${kepala.en}) is read as the agency's; ${daftar(true)} are the levels below it (cascading) and are not read as the agency's PK. Change it in the mapping if that is wrong.`,
    },
    { sheet: dipakai },
    String(bawah.length),
  );
}

function roleOf(t: Table): Peran | undefined {
  return t.kind === "pk_program" ? undefined : t.kind;
}

/** Rows whose main figure (pagu, target, realisasi) is filled: a table's weight when choosing between sheets. */
function filledRows(g: Grid, t: Table, peran: Peran): number {
  const col =
    peran === "anggaran"
      ? t.columns.pagu
      : peran === "pk"
        ? t.columns.target
        : (t.columns.realisasi ?? t.columns.tw4 ?? t.columns.tw1);
  if (col === undefined) return 0;
  return t.rows.filter((r) => {
    const v = g.values[r]?.[col] ?? null;
    return typeof v === "number" || (typeof v === "string" && /\d/.test(v));
  }).length;
}

function hint(sheet: string, peran: Peran): number {
  return NAME_HINT[peran].test(sheet) ? 1 : 0;
}

function tableOf(tables: Map<string, Table[]>, sheet: string, kind: TableKind): Table | undefined {
  const ts = (tables.get(sheet) ?? []).filter((t) => t.kind === kind);
  // Two realisasi tables on a sheet (an LKIP's Tabel 3.1 and 3.2): the year's measurement, with its target, first.
  const target = (t: Table) => (kind === "realisasi" && t.columns.target !== undefined ? 1 : 0);
  return ts.sort((a, b) => target(b) - target(a) || b.rows.length - a.rows.length)[0];
}

/** The tables of a sheet, with the mapping's header rows and columns applied where it names this sheet. */
function tablesOf(g: Grid, map: Partial<Pemetaan>): Table[] {
  let found = findTables(g);
  // A program table in a sheet without a PK table is a budget table without a realisasi column.
  if (!found.some((t) => t.kind === "pk"))
    found = found.map((t) => (t.kind === "pk_program" ? { ...t, kind: "anggaran" as const } : t));
  for (const peran of PERAN) {
    if (map.lembar?.[peran] !== g.name) continue;
    const override = map.tabel?.[peran];
    if (!override) continue;
    const columns = override.kolom as Partial<Record<Field, string>> | undefined;
    if (override.barisJudul?.length) {
      const [t] = findTables(g, { headerRows: override.barisJudul, columns });
      const start = t.headerRows[t.headerRows.length - 1];
      const next = found.find((x) => x.headerRows[0] > start);
      const rows = next ? t.rows.filter((r) => r < next.headerRows[0]) : t.rows;
      found = [...found.filter((x) => x.kind !== peran), { ...t, kind: peran, rows }];
    } else if (columns) {
      const [t] = findTables(g, { columns });
      found = found.map((x) =>
        x.kind === peran && t
          ? { ...x, columns: { ...x.columns, ...pick(t.columns, Object.keys(columns) as Field[]) } }
          : x,
      );
    }
  }
  return found;
}

function pick(columns: Partial<Record<Field, number>>, fields: Field[]): Partial<Record<Field, number>> {
  return Object.fromEntries(fields.filter((f) => columns[f] !== undefined).map((f) => [f, columns[f]]));
}

function joinRealisasi(
  sasaran: Sasaran[],
  rows: BarisRealisasi[],
  diag: DaftarTemuan,
  alias?: Record<string, string>,
  jenjangLain: readonly { sheet: string; nama: string }[] = [],
): void {
  const indikator = sasaran.flatMap((s) => s.indikator);
  // Sasaran headings (a label alone in a table with satuan and target) are not rows to join, unless a PK indicator
  // bears that very name.
  const namaPk = new Set(indikator.map((i) => normalNama(i.nama)));
  const judul = rows.filter((r) => r.judul && !namaPk.has(normalNama(r.nama)));
  if (judul.length > 0) {
    const s = judul[0].realisasi.sumber;
    diag.info(
      "BARIS_JUDUL_SASARAN",
      {
        id: `${judul.length} baris tanpa satuan, target dan realisasi (${daftarBaris(judul.map((r) => r.realisasi.sumber.row))}, mis. ${kutip(judul[0].nama, 60)}) dibaca sebagai judul sasaran, bukan indikator.`,
        en: `${judul.length} rows without satuan, target and actual (${daftarBaris(judul.map((r) => r.realisasi.sumber.row))}, e.g. ${kutip(judul[0].nama, 60)}) are read as goal headings, not indicators.`,
      },
      { sheet: s.sheet, row: s.row, col: s.col },
      String(judul.length),
    );
  }
  rows = rows.filter((r) => !judul.includes(r));
  const { pairs, onlyLeft, onlyRight } = pasangkan(
    indikator,
    rows,
    (i) => i.nama,
    (r) => r.nama,
    (i) => i.sumber,
    (r) => r.realisasi.sumber,
    diag,
    { id: "Nama indikator", en: "Indicator name" },
    alias,
    (ind, row) => buktiPosisi(indikator, rows, ind, row),
  );
  for (const [ind, row] of pairs) {
    if (ind.realisasi) continue;
    ind.realisasi = row.realisasi;
    if (row.judul)
      diag.warning(
        "REALISASI_KOSONG",
        {
          id: `Realisasi ${kutip(ind.nama, 80)} kosong: belum dilaporkan.`,
          en: `The actual of ${kutip(ind.nama, 80)} is blank: not reported yet.`,
        },
        row.realisasi.sumber,
      );
    const stated = row.realisasi.targetTertulis;
    if (
      stated !== undefined &&
      stated !== null &&
      ind.target !== null &&
      Math.abs(stated - ind.target) > TOLERANSI * Math.max(1, Math.abs(ind.target))
    ) {
      const s = row.realisasi.sumber;
      diag.warning(
        "TARGET_BERBEDA",
        {
          id: `Target ${kutip(ind.nama, 80)} di lembar realisasi (${formatAngka(stated, 4)}) berbeda dengan PK (${formatAngka(ind.target, 4)}); dipakai target PK.`,
          en: `The target of ${kutip(ind.nama, 80)} on the realisation sheet (${formatAngka(stated, 4, 0, "en")}) differs from the PK (${formatAngka(ind.target, 4, 0, "en")}); the PK target is used.`,
        },
        { sheet: s.sheet, row: s.row, col: s.col },
        String(stated),
        String(ind.target),
      );
    }
  }
  for (const ind of onlyLeft) {
    diag.warning(
      "PK_TANPA_REALISASI",
      {
        id: `Indikator PK ${kutip(ind.nama, 80)} tidak ditemukan di lembar realisasi.`,
        en: `PK indicator ${kutip(ind.nama, 80)} was not found on the realisation sheet.`,
      },
      { sheet: ind.sumber.sheet, row: ind.sumber.row, col: ind.sumber.col },
    );
  }
  for (const row of onlyRight) {
    const s = row.realisasi.sumber;
    const lain = jenjangLain.find((x) => normalNama(x.nama) === normalNama(row.nama) || setaraNama(x.nama, row.nama));
    if (lain) {
      diag.info(
        "REALISASI_JENJANG_LAIN",
        {
          id: `Baris realisasi ${kutip(row.nama, 80)} adalah indikator PK jenjang lain ("${lain.sheet}"), bukan PK perangkat daerah; tidak dipakai.`,
          en: `Realisation row ${kutip(row.nama, 80)} is an indicator of another level's PK ("${lain.sheet}"), not the agency's; it is not used.`,
        },
        { sheet: s.sheet, row: s.row, col: s.col },
        row.nama,
      );
      continue;
    }
    diag.warning(
      "REALISASI_TANPA_PK",
      {
        id: `Baris realisasi ${kutip(row.nama, 80)} tidak sesuai dengan indikator PK mana pun; tidak dipakai.`,
        en: `Realisation row ${kutip(row.nama, 80)} matches no PK indicator; it is not used.`,
      },
      { sheet: s.sheet, row: s.row, col: s.col },
      row.nama,
    );
  }
}

/**
 * Weaker evidence than the name that an indicator and a realisasi row are one: the same place in their lists, the same
 * satuan and the same target, a satuan and target no other indicator on either side has.
 */
function buktiPosisi(
  indikator: readonly Indikator[],
  rows: readonly BarisRealisasi[],
  ind: Indikator,
  row: BarisRealisasi,
): { id: string; en: string } | undefined {
  const i = indikator.indexOf(ind);
  if (i < 0 || rows.indexOf(row) !== i || bedaKeterangan(ind.nama, row.nama)) return undefined;
  const satuan = (s: string | null) => (s ?? "").toLowerCase().replace(/\s+/g, " ").trim();
  const sama = (x: number | null | undefined, y: number | null | undefined) =>
    x != null && y != null && Math.abs(x - y) <= TOLERANSI * Math.max(1, Math.abs(y));
  const cocok = (s: string | null, t: number | null | undefined) =>
    satuan(s) !== "" && satuan(s) === satuan(ind.satuan) && sama(t, ind.target);
  if (!cocok(row.satuan, row.realisasi.targetTertulis)) return undefined;
  if (
    indikator.filter((x) => x.satuan !== null && satuan(x.satuan) === satuan(ind.satuan) && sama(x.target, ind.target))
      .length !== 1
  )
    return undefined;
  if (rows.filter((r) => cocok(r.satuan, r.realisasi.targetTertulis)).length !== 1) return undefined;
  const t = formatAngka(ind.target!, 4);
  return {
    id: `keduanya indikator ke-${i + 1} dengan satuan ${ind.satuan} dan target ${t}`,
    en: `both are indicator no. ${i + 1} with satuan ${ind.satuan} and target ${formatAngka(ind.target!, 4, 0, "en")}`,
  };
}

function joinProgram(
  programPk: ProgramPk[],
  program: NodeAnggaran[],
  diag: DaftarTemuan,
  alias?: Record<string, string>,
): void {
  const funded = programPk.filter((p) => p.anggaran !== null && p.anggaran !== 0);
  for (const p of programPk.filter((x) => x.anggaran === null || x.anggaran === 0)) {
    diag.info(
      "PROGRAM_TANPA_ANGGARAN",
      {
        id: `Program PK "${p.nama}" beranggaran Rp 0; tidak ada di tabel anggaran.`,
        en: `PK program "${p.nama}" has a budget of Rp 0; it is not in the budget table.`,
      },
      { sheet: p.sumber.sheet, row: p.sumber.row, col: p.sumber.col },
    );
  }
  const { pairs, onlyLeft, onlyRight } = pasangkan(
    funded,
    program,
    (p) => p.nama,
    (n) => n.uraian,
    (p) => p.sumber,
    (n) => n.sumber,
    diag,
    { id: "Nama program", en: "Program name" },
    alias,
  );
  for (const [pk, node] of pairs) {
    node.sasaranNo = pk.sasaranNo;
    if (pk.anggaran !== null && node.pagu !== null && Math.abs(pk.anggaran - node.pagu) > 0.5) {
      diag.warning(
        "ANGGARAN_PK_BERBEDA",
        {
          id: `Anggaran program "${pk.nama}" di PK ${formatRupiah(pk.anggaran)}, di tabel anggaran ${formatRupiah(node.pagu)}.`,
          en: `The budget of program "${pk.nama}" is ${formatRupiah(pk.anggaran, "en")} in the PK and ${formatRupiah(node.pagu, "en")} in the budget table.`,
        },
        { sheet: pk.sumber.sheet, row: pk.sumber.row, col: pk.sumber.col },
        String(pk.anggaran),
        String(node.pagu),
      );
    }
  }
  for (const p of onlyLeft)
    diag.warning(
      "PROGRAM_TAK_ADA_DI_ANGGARAN",
      {
        id: `Program PK "${p.nama}" (${formatRupiah(p.anggaran ?? 0)}) tidak ditemukan di tabel anggaran.`,
        en: `PK program "${p.nama}" (${formatRupiah(p.anggaran ?? 0, "en")}) was not found in the budget table.`,
      },
      { sheet: p.sumber.sheet, row: p.sumber.row, col: p.sumber.col },
    );
  for (const n of onlyRight)
    diag.info(
      "PROGRAM_TAK_ADA_DI_PK",
      {
        id: `Program "${n.uraian}" ada di tabel anggaran tetapi tidak di tabel program PK.`,
        en: `Program "${n.uraian}" is in the budget table but not in the PK's program table.`,
      },
      { sheet: n.sumber.sheet, row: n.sumber.row, col: n.sumber.col },
      n.uraian,
    );
}

function reportHiddenRows(used: (Table | undefined)[], sheets: readonly Grid[], diag: DaftarTemuan): void {
  for (const t of used) {
    if (!t) continue;
    const g = sheets.find((x) => x.name === t.sheet)!;
    const hidden = new Set(g.hiddenRows ?? []);
    const rows = t.rows.filter((r) => hidden.has(r));
    if (rows.length > 0)
      diag.info(
        "BARIS_TERSEMBUNYI",
        {
          id: `${rows.length} baris tersembunyi ikut dibaca (${daftarBaris(rows)}). Hapus barisnya bila tidak berlaku.`,
          en: `${rows.length} hidden rows were read too (${daftarBaris(rows)}). Delete the rows if they do not apply.`,
        },
        { sheet: t.sheet, row: rows[0] },
      );
  }
}

/** A program's or kegiatan's indicator taken as lower-is-better from its name alone (rules/capaian.ts): said. */
function reportPolaritasNode(nodes: readonly NodeAnggaran[], diag: DaftarTemuan): void {
  for (const n of nodes) {
    const nama = n.kinerja?.indikator;
    if (nama && polaritasDariNama(nama) === undefined && polaritasTebakan(nama) === "negatif")
      diag.warning(
        "POLARITAS_DITEBAK",
        {
          id: `Indikator ${kutip(nama, 80)} (${kutip(n.uraian, 60)}) dianggap semakin kecil semakin baik menurut namanya; capaiannya (Program Pendukung, E.81 kolom (15)) dihitung (2 − realisasi ÷ target). Bila keliru, tulis "(semakin besar semakin baik)" pada nama indikatornya.`,
          en: `Indicator ${kutip(nama, 80)} (${kutip(n.uraian, 60)}) is taken as lower-is-better from its name; its achievement (Program Pendukung, E.81 column (15)) is (2 − actual ÷ target). If wrong, add "(semakin besar semakin baik)" to the indicator's name.`,
        },
        n.sumber,
      );
    reportPolaritasNode(n.children, diag);
  }
}

function reportUnrealistic(sasaran: Sasaran[], diag: DaftarTemuan): void {
  for (const ind of sasaran.flatMap((s) => s.indikator)) {
    const c = capaianOf(ind);
    if (c !== undefined && c > BATAS_REALISTIS) {
      const s = ind.realisasi!.sumber;
      diag.warning(
        "CAPAIAN_TAK_WAJAR",
        {
          id: `Capaian ${kutip(ind.nama, 80)} ${formatPersen(c)} melebihi 150%: periksa target dan realisasinya (target mungkin terlalu rendah).`,
          en: `The achievement of ${kutip(ind.nama, 80)}, ${formatPersen(c, 2, "en")}, exceeds 150%: check its target and actual (the target may be too low).`,
        },
        { sheet: s.sheet, row: s.row, col: ind.realisasi!.kolomNilai ?? s.col },
      );
    }
  }
}

function capaianOf(ind: Indikator): number | undefined {
  if (!ind.realisasi) return undefined;
  const c = capaian(ind.realisasi.nilai, ind.target, { polaritas: ind.polaritas, targetAtas: ind.targetAtas ?? null });
  return typeof c === "number" ? c : undefined;
}

function proposal(
  chosen: Partial<Record<Peran, string>>,
  used: (Table | undefined)[],
  tables: Map<string, Table[]>,
  alias?: Record<string, string>,
): Pemetaan {
  const tabel: NonNullable<Pemetaan["tabel"]> = {};
  const describe = (t: Table) => ({
    barisJudul: t.headerRows.map((r) => r + 1),
    kolom: Object.fromEntries(Object.entries(t.columns).map(([f, c]) => [f, columnLetter(c)])),
  });
  const [pk, real, ang] = used;
  if (pk) tabel.pk = describe(pk);
  if (real) tabel.realisasi = describe(real);
  if (ang) tabel.anggaran = describe(ang);
  const pkProgram = chosen.pk ? (tables.get(chosen.pk) ?? []).find((t) => t.kind === "pk_program") : undefined;
  if (pkProgram) tabel.pk_program = describe(pkProgram);
  return { versi: 1, lembar: { ...chosen }, tabel, ...(alias ? { alias } : {}) };
}

/** The evidence for the columns of the tables read (PK, its program table, realisasi, anggaran), for Tinjau and `baca`. */
function buktiDari(
  [pk, real, ang]: (Table | undefined)[],
  diPk: Table[] | undefined,
  grid: (name: string) => Grid,
): { buktiKolom?: BuktiTabel[] } {
  const program = diPk?.find((t) => t.kind === "pk_program");
  const out = (
    [
      [pk, "pk"],
      [program, "pk_program"],
      [real, "realisasi"],
      [ang, "anggaran"],
    ] as const
  ).flatMap(([t, peran]) => (t ? [buktiTabel(grid(t.sheet), t, peran)] : []));
  return out.length > 0 ? { buktiKolom: out } : {};
}
