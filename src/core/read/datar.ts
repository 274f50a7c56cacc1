/**
 * Flat exports (SIPD e-budgeting, RKPD, anggaran kas): one row per belanja or sub keluaran, each level in its own
 * column — kode glued to the name ("1.01.01 PROGRAM …"), or kode and name in separate columns (kode_program,
 * nama_program, kode_sub_giat …). Rows are grouped by sub kegiatan; a sub kegiatan's pagu is the sum of its rows
 * (JUMLAH PERUBAHAN over JUMLAH; the twelve months of an anggaran kas, which also give the plan per quarter).
 * A column that repeats one figure on every row of a sub kegiatan (the kas export's "rincian") is not summed.
 */
import { isSakipError, kutip } from "../errors";
import { Grid, cell, columnCount, rowCount, text } from "../grid";
import { NodeAnggaran, PerTriwulan, Sumber } from "../model";
import { formatAngka, parseAngka } from "../numbers";
import { DaftarTemuan, daftarBaris } from "./diagnostics";
import { gabungKode, kodeInduk, pisahKode, tingkatKode } from "./kode";
import { skalaDari } from "./judul";
import { Nomenklatur } from "./nomenklatur";
import { dikali, laporSkala, skalaTabel } from "./skala";
import { Tingkat, tingkatKolom } from "../tabel/tingkat";

/** The levels a flat export gives a column each (of the table layer's `Tingkat`). */
const LEVELS = ["program", "kegiatan", "sub_kegiatan"] as const satisfies readonly Tingkat[];
type TingkatDatar = (typeof LEVELS)[number];

interface KolomDatar {
  /** "Kode Urusan" / kode_bidang_urusan: the prefix of kode split over columns. */
  kodeUrusan?: number;
  kode: Partial<Record<TingkatDatar, number>>;
  nama: Partial<Record<TingkatDatar, number>>;
  jumlah?: number;
  bulan: number[];
}

export interface TabelDatar {
  readonly sheet: string;
  readonly headerRow: number;
  readonly kolom: KolomDatar;
}

const label = (v: unknown) =>
  text(v as string)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

/** The level a header names (`tingkatKolom`, the table layer's words), when the export has a column for it. */
function levelOf(l: string): { level: TingkatDatar; kode: boolean } | undefined {
  const k = tingkatKolom(l);
  return k && (LEVELS as readonly Tingkat[]).includes(k.tingkat)
    ? { level: k.tingkat as TingkatDatar, kode: k.kode }
    : undefined;
}

const AMOUNT = [
  "jumlah_perubahan",
  "menjadi_anggaran",
  "pagu_perubahan",
  "pagu",
  "anggaran",
  "jumlah",
  "nilai",
  "total",
];

/** The flat export of a sheet, when its header names at least two levels in separate columns. */
export function cariDatar(grid: Grid): TabelDatar | undefined {
  const width = columnCount(grid);
  for (let r = 0; r < Math.min(10, rowCount(grid)); r++) {
    const kolom: KolomDatar = { kode: {}, nama: {}, bulan: [] };
    let amountRank = AMOUNT.length;
    for (let c = 0; c < width; c++) {
      // "Jumlah (Rp 000)": the scale is read apart (skala.ts); the label is the words before it.
      const t = text(cell(grid, r, c));
      const l = label(skalaDari(t) ? t.replace(/\s*\(.*\)\s*$/, "") : t);
      const lv = levelOf(l);
      if (lv) (lv.kode ? kolom.kode : kolom.nama)[lv.level] ??= c;
      if (/^(kode|kd)_(urusan|bidang|bidang_urusan)$/.test(l)) kolom.kodeUrusan ??= c;
      const rank = AMOUNT.indexOf(l);
      if (rank >= 0 && rank < amountRank) [kolom.jumlah, amountRank] = [c, rank];
      const bulan = /^bulan_?(\d{1,2})$/.exec(l);
      if (bulan && Number(bulan[1]) >= 1 && Number(bulan[1]) <= 12) kolom.bulan[Number(bulan[1]) - 1] = c;
    }
    const levels = LEVELS.filter((lv) => kolom.kode[lv] !== undefined || kolom.nama[lv] !== undefined);
    const colSub = kolom.kode.sub_kegiatan ?? kolom.nama.sub_kegiatan;
    // One level alone is an export only when written as one ("kode_subkegiatan", "SUBKEGIATAN"): a header in words
    // ("Nama Sub Kegiatan | Anggaran") is a table of the agency's own, read by its columns.
    const hasSub = colSub !== undefined && !/\s/.test(text(cell(grid, r, colSub)));
    if (levels.length >= 2 || (hasSub && (kolom.jumlah !== undefined || kolom.bulan.length === 12))) {
      if (kolom.bulan.filter((c) => c !== undefined).length !== 12) kolom.bulan = [];
      return { sheet: grid.name, headerRow: r, kolom };
    }
  }
  return undefined;
}

interface Kelompok {
  node: NodeAnggaran;
  rencana: number[];
}

export function readDatar(
  grid: Grid,
  t: TabelDatar,
  nomenklatur: Nomenklatur,
  diag: DaftarTemuan,
): { program: NodeAnggaran[] } {
  const k = t.kolom;
  const byKey = new Map<string, Kelompok>();
  const program: NodeAnggaran[] = [];
  const textAmounts: { cells: number[]; noise: number[]; bad: number[]; contoh?: number } = {
    cells: [],
    noise: [],
    bad: [],
  };
  // Rupiah in thousands or millions: held in rupiah.
  const skala = skalaTabel(grid, [t.headerRow], [k.jumlah, ...k.bulan]);
  laporSkala(grid, skala, diag);
  const amount = (r: number, c: number): number | null => {
    const n = angkaSel(r, c);
    return dikali(n, skala[c]?.kali ?? 1);
  };
  const angkaSel = (r: number, c: number): number | null => {
    const v = cell(grid, r, c);
    if (v === null || (typeof v === "string" && /^\s*(none|null|-|–|—)?\s*$/i.test(v))) {
      if (typeof v === "string" && v.trim() !== "") textAmounts.cells.push(r);
      return null;
    }
    const n = parseAngka(v, { ambigu: "en" });
    if (isSakipError(n) || n === null) {
      textAmounts.bad.push(r);
      return null;
    }
    const rounded = Math.round(n);
    if (Math.abs(n - rounded) > 1e-6) {
      textAmounts.noise.push(r);
      textAmounts.contoh ??= n;
    }
    return Math.abs(n - Math.round(n * 100) / 100) < 1e-6 ? Math.round(n * 100) / 100 : n;
  };
  const levelOfRow = (r: number, lv: TingkatDatar): { kode: string | null; nama: string | null } => {
    const kc = k.kode[lv];
    const nc = k.nama[lv];
    let kode = kc !== undefined ? text(cell(grid, r, kc)).replace(/\s+/g, "") || null : null;
    // Kode split over columns with plain numbers ("'1.01' | 1 | 1 | 1"): each part after its parent's.
    if (kode && tingkatKode(kode) !== lv) {
      const up = LEVELS[LEVELS.indexOf(lv) - 1];
      const prefix = up
        ? levelOfRow(r, up).kode
        : k.kodeUrusan !== undefined
          ? text(cell(grid, r, k.kodeUrusan)) || null
          : null;
      kode = gabungKode(prefix ? [prefix, kode] : [kode], prefix ? ["bidang_urusan", lv] : [lv])!.kode;
    }
    let nama = nc !== undefined ? text(cell(grid, r, nc)) || null : null;
    if (nama) {
      const glued = pisahKode(nama);
      if (glued.kode) [kode, nama] = [kode ?? glued.kode, glued.nama];
    }
    // A sub kegiatan kode may carry the sub keluaran behind it; the levels above follow from it.
    if (!kode && kc === undefined && lv !== "sub_kegiatan") {
      const sub = levelOfRow(r, "sub_kegiatan").kode;
      if (sub && tingkatKode(sub) === "sub_kegiatan") kode = kodeInduk(sub, lv);
    }
    if (kode && !nama) nama = nomenklatur.cariKode(kode)?.nama ?? null;
    return { kode, nama };
  };
  let unnamed = 0;
  for (let r = t.headerRow + 1; r < rowCount(grid); r++) {
    const sub = levelOfRow(r, "sub_kegiatan");
    if (!sub.kode && !sub.nama) continue;
    let parent: Kelompok | undefined;
    let chain = "";
    for (const lv of LEVELS) {
      const { kode, nama } = levelOfRow(r, lv);
      if (!kode && !nama) continue;
      chain += `|${kode ?? nama}`;
      let g = byKey.get(chain);
      if (!g) {
        if (!nama) unnamed++;
        const sumber: Sumber = { sheet: grid.name, row: r, col: k.nama[lv] ?? k.kode[lv] };
        const node: NodeAnggaran = {
          level: lv,
          kode,
          uraian: nama ?? kode ?? "",
          pagu: null,
          realisasi: null,
          paguTertulis: null,
          realisasiTertulis: null,
          children: [],
          sumber,
          dasarLevel: kode ? "kode" : "judul",
        };
        g = { node, rencana: [0, 0, 0, 0] };
        byKey.set(chain, g);
        if (parent) parent.node.children.push(node);
        else if (lv === "program") program.push(node);
        else
          diag.warning(
            "INDUK_TIDAK_ADA",
            {
              id: `${lv === "kegiatan" ? "Kegiatan" : "Sub kegiatan"} ${kutip(nama ?? kode, 80)} tanpa program di barisnya.`,
              en: `${lv === "kegiatan" ? "Activity" : "Sub-activity"} ${kutip(nama ?? kode, 80)} has no program on its row.`,
            },
            sumber,
          );
      }
      parent = g;
    }
    if (!parent || parent.node.level !== "sub_kegiatan") continue;
    const node = parent.node;
    let value: number | null = null;
    if (k.bulan.length === 12) {
      const months = k.bulan.map((c) => amount(r, c));
      if (months.some((m) => m !== null)) {
        value = months.reduce<number>((s, m) => s + (m ?? 0), 0);
        for (let q = 0; q < 4; q++)
          parent.rencana[q] += months.slice(q * 3, q * 3 + 3).reduce<number>((s, m) => s + (m ?? 0), 0);
      }
    } else if (k.jumlah !== undefined) value = amount(r, k.jumlah);
    if (value !== null) node.pagu = round2((node.pagu ?? 0) + value);
  }
  for (const g of byKey.values()) {
    if (k.bulan.length === 12 && g.node.level === "sub_kegiatan") {
      (g.node as { rencana?: { rp: PerTriwulan } }).rencana = { rp: g.rencana.map(round2) as unknown as PerTriwulan };
    }
  }
  const col = k.jumlah ?? k.bulan[0];
  if (textAmounts.cells.length > 0) {
    diag.info(
      "RUPIAH_SEBAGAI_TEKS",
      {
        id: `${textAmounts.cells.length} sel jumlah berisi teks kosong ("None", "-"); dibaca kosong, tidak dijumlahkan (baris ${daftarBaris(textAmounts.cells)}).`,
        en: `${textAmounts.cells.length} amount cells hold empty text ("None", "-"); read as blank, not summed (rows ${daftarBaris(textAmounts.cells)}).`,
      },
      { sheet: grid.name, row: textAmounts.cells[0], col },
    );
  }
  if (textAmounts.bad.length > 0) {
    diag.error(
      "ANGKA_TAK_TERBACA",
      {
        id: `${textAmounts.bad.length} sel jumlah bukan angka (baris ${daftarBaris(textAmounts.bad)}); tidak dijumlahkan.`,
        en: `${textAmounts.bad.length} amount cells are not numbers (rows ${daftarBaris(textAmounts.bad)}); not summed.`,
      },
      { sheet: grid.name, row: textAmounts.bad[0], col },
    );
  }
  if (textAmounts.noise.length > 0) {
    diag.info(
      "RUPIAH_PECAHAN",
      {
        id: `${textAmounts.noise.length} jumlah memuat pecahan rupiah (mis. ${String(textAmounts.contoh).replace(".", ",")} tersimpan); dibaca sampai sen, Rp ${formatAngka(round2(textAmounts.contoh!), 2)} (baris ${daftarBaris(textAmounts.noise)}).`,
        en: `${textAmounts.noise.length} amounts hold fractions of a rupiah (e.g. ${textAmounts.contoh} stored); read to the cent, Rp ${formatAngka(round2(textAmounts.contoh!), 2, 0, "en")} (rows ${daftarBaris(textAmounts.noise)}).`,
      },
      { sheet: grid.name, row: textAmounts.noise[0], col },
    );
  }
  if (unnamed > 0)
    diag.info(
      "NAMA_DARI_KODE",
      {
        id: `${unnamed} program, kegiatan atau sub kegiatan hanya tertulis kodenya; namanya tidak ada di nomenklatur yang dikenal (tambahkan daftar nomenklatur SIPD untuk nama lengkap).`,
        en: `${unnamed} programs, activities or sub-activities are written with their kode only; their names are not in the known nomenclature (add the SIPD nomenclature list for full names).`,
      },
      { sheet: grid.name, row: t.headerRow },
    );
  return { program };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
