/**
 * The rekap's sheets as SheetSpecs with live formulas: Kelengkapan (every expected OPD and its status, counted by
 * COUNTIF), Rekap per OPD (each OPD's figures; %, sisa, deviasi and kategori as formulas guarded against a zero DPA;
 * the Pemda total weighted by DPA — SUM over SUM, SUMPRODUCT by the pagu weights — and the same with the others at 0,
 * its DPA taken from the Kelengkapan sheet), the rankings (INDEX/MATCH on a rank column of the rekap: generated from
 * its rows, never copies), the sub kegiatan that need attention, and each OPD's findings. Every formula cell carries
 * the core's value (`hasil`).
 */
import type { Bahasa } from "../bahasa";
import { quoteSheet } from "../grid";
import { Lembar } from "../report/lembar";
import { FMT, rumus, teks } from "../report/sel";
import { SheetSpec, SpecCell, Skalar } from "../report/spec";
import type { HasilRekap, JenisPerhatian } from "./hitung";
import type { TargetPeriode } from "./kurva";
import { namaPeriode } from "./hitung";
import { kunciNama } from "./nama";
import type { RekapSebelumnya } from "./sebelumnya";
import { NAMA_STATUS, type BacaanOpd, type PitaKategori, type StatusOpd, type TemuanOpd } from "./jenis";

export const ID_REKAP = {
  kelengkapan: "rekap-kelengkapan",
  opd: "rekap-opd",
  peringkatKeu: "rekap-peringkat-keuangan",
  peringkatFisik: "rekap-peringkat-fisik",
  perhatian: "rekap-perhatian",
  temuan: "rekap-temuan",
} as const;

const KATA = {
  id: {
    nama: {
      kelengkapan: "Kelengkapan",
      opd: "Rekap per OPD",
      peringkatKeu: "Peringkat Keuangan",
      peringkatFisik: "Peringkat Fisik",
      perhatian: "Perlu Perhatian",
      temuan: "Pemeriksaan OPD",
    },
    status: NAMA_STATUS.id,
    judulRekap: "REKAPITULASI REALISASI FISIK DAN KEUANGAN",
    judulKelengkapan: "KELENGKAPAN LAPORAN OPD",
    judulPeringkat: (fisik: boolean) => `PERINGKAT REALISASI ${fisik ? "FISIK" : "KEUANGAN"} OPD`,
    judulPerhatian: "SUB KEGIATAN YANG PERLU PERHATIAN",
    judulTemuan: "PEMERIKSAAN LAPORAN OPD",
    kondisi: (p: string | null, lapor: number, semua: number) =>
      `${p ? `Kondisi ${p} · ` : ""}${lapor} dari ${semua} OPD melapor`,
    kolomKelengkapan: [
      "No",
      "Perangkat Daerah",
      "Kode",
      "Kelompok",
      "Status",
      "Periode",
      "DPA (Rp)",
      "Berkas",
      "Lembar",
      "Keterangan",
    ],
    kolomRekap: [
      "No",
      "Perangkat Daerah",
      "DPA (Rp)",
      "Rencana Keuangan (Rp)",
      "Realisasi Keuangan (Rp)",
      "Realisasi Keuangan (%)",
      "Sisa Anggaran (Rp)",
      "Rencana Fisik (%)",
      "Realisasi Fisik (%)",
      "Deviasi Keuangan",
      "Deviasi Fisik",
      "Kategori",
      "Pagu Berfisik (Rp)",
      "Peringkat Keuangan",
      "Peringkat Fisik",
      "Sumber",
      "Kelompok",
    ],
    kolomPeringkat: [
      "Peringkat",
      "Perangkat Daerah",
      "DPA (Rp)",
      "Realisasi Keuangan (Rp)",
      "Realisasi Keuangan (%)",
      "Realisasi Fisik (%)",
      "Deviasi Keuangan",
      "Kategori",
    ],
    kolomPerhatian: [
      "No",
      "Perangkat Daerah",
      "Sub Kegiatan",
      "Berkas",
      "Lembar",
      "Baris",
      "DPA (Rp)",
      "Realisasi (Rp)",
      "Realisasi (%)",
      "Fisik (%)",
      "Masalah",
    ],
    kolomTemuan: ["No", "Tingkat", "Kode", "Berkas", "Lembar", "Sel", "Tertulis", "Seharusnya", "Uraian"],
    tingkat: { error: "Galat", warning: "Peringatan", info: "Info" },
    jumlahStatus: "Jumlah OPD",
    total: (n: number) => `JUMLAH PEMDA (${n} OPD melapor)`,
    lain: "OPD lain (tidak/belum lapor, kosong, periode lain) dengan DPA diketahui",
    semua: "PEMDA bila OPD lain dihitung 0",
    catatan: (n: number, m: number, tanpaDpa: number) =>
      `Angka Pemda dihitung atas ${n} OPD yang melapor dari ${m} OPD (lihat lembar Kelengkapan), ditimbang DPA — bukan rata-rata persentase. Baris di bawahnya: bila OPD lain dihitung 0.${tanpaDpa > 0 ? ` ${tanpaDpa} OPD tanpa DPA yang diketahui tetap tidak terhitung.` : ""}`,
    catatanDeviasi: "Deviasi = realisasi − rencana, dalam poin persen; kategori menurut realisasi keuangan.",
    pita: (p: readonly PitaKategori[]) =>
      `Kategori: ${p.map((x) => (x.min === -Infinity ? `${x.label} < ${persen(p[p.length - 2]?.min ?? 0)}` : `${x.label} ≥ ${persen(x.min)}`)).join("; ")}.`,
    masalah: {
      realisasi_lebihi_dpa: "Realisasi melebihi DPA",
      fisik_lebihi_100: "Fisik melebihi 100%",
      fisik_100_tanpa_rp: "Fisik 100% dengan Rp 0",
      keuangan_nol: "Keuangan 0 padahal ada rencana",
      rencana_bukan_dpa: "Rencana akhir tahun ≠ DPA",
      fisik_sama_keuangan: "Fisik = keuangan di semua baris",
    } as Record<JenisPerhatian, string>,
    semuaBaris: "(semua baris)",
    kolomSebelumnya: [
      "Realisasi Keuangan Sebelumnya (%)",
      "Perubahan Keuangan",
      "Realisasi Fisik Sebelumnya (%)",
      "Perubahan Fisik",
    ],
    sebelumnya: (j: string | null) => `Sebelumnya: rekap terdahulu${j ? ` (${j})` : ""}; perubahan dalam poin persen.`,
    kolomTarget: ["Deviasi Keuangan thd Target", "Deviasi Fisik thd Target"],
    target: (p: string | null, dasar: TargetPeriode["dasar"]) =>
      `Target periode${p ? ` ${p}` : ""} (kurva target Pemda${dasar === "antara" ? ", garis lurus antara dua akhir triwulan" : ""})`,
    catatanTarget:
      "Deviasi thd target = realisasi (keuangan % / fisik) − target periode dari kurva target Pemda (--target-kurva), dalam poin persen; target dapat diubah di baris ini.",
    perKelompok: "Per kelompok (kolom Kelompok dari daftar OPD)",
    bersih: "Tidak ada.",
  },
  en: {
    nama: {
      kelengkapan: "Completeness",
      opd: "Recap by Agency",
      peringkatKeu: "Ranking Financial",
      peringkatFisik: "Ranking Physical",
      perhatian: "Needs Attention",
      temuan: "Agency Checks",
    },
    status: NAMA_STATUS.en,
    judulRekap: "RECAP OF PHYSICAL AND FINANCIAL REALISATION",
    judulKelengkapan: "COMPLETENESS OF THE AGENCIES' REPORTS",
    judulPeringkat: (fisik: boolean) => `AGENCIES RANKED BY ${fisik ? "PHYSICAL" : "FINANCIAL"} REALISATION`,
    judulPerhatian: "SUB-ACTIVITIES THAT NEED ATTENTION",
    judulTemuan: "CHECKS OF THE AGENCIES' REPORTS",
    kondisi: (p: string | null, lapor: number, semua: number) =>
      `${p ? `As of ${p} · ` : ""}${lapor} of ${semua} agencies reported`,
    kolomKelengkapan: ["No", "Agency", "Code", "Group", "Status", "Period", "DPA (Rp)", "File", "Sheet", "Note"],
    kolomRekap: [
      "No",
      "Agency",
      "DPA (Rp)",
      "Financial Plan (Rp)",
      "Financial Realisation (Rp)",
      "Financial Realisation (%)",
      "Remaining Budget (Rp)",
      "Physical Plan (%)",
      "Physical Realisation (%)",
      "Financial Deviation",
      "Physical Deviation",
      "Category",
      "Budget with Physical Figure (Rp)",
      "Financial Rank",
      "Physical Rank",
      "Source",
      "Group",
    ],
    kolomPeringkat: [
      "Rank",
      "Agency",
      "DPA (Rp)",
      "Financial Realisation (Rp)",
      "Financial Realisation (%)",
      "Physical Realisation (%)",
      "Financial Deviation",
      "Category",
    ],
    kolomPerhatian: [
      "No",
      "Agency",
      "Sub-activity",
      "File",
      "Sheet",
      "Row",
      "DPA (Rp)",
      "Realisation (Rp)",
      "Realisation (%)",
      "Physical (%)",
      "Issue",
    ],
    kolomTemuan: ["No", "Severity", "Code", "File", "Sheet", "Cell", "Stated", "Expected", "Finding"],
    tingkat: { error: "Error", warning: "Warning", info: "Info" },
    jumlahStatus: "Agencies",
    total: (n: number) => `LOCAL GOVERNMENT TOTAL (${n} agencies reported)`,
    lain: "Other agencies (not reported, empty, other period) with a known DPA",
    semua: "LOCAL GOVERNMENT with the others at 0",
    catatan: (n: number, m: number, tanpaDpa: number) =>
      `The local government's figures are over the ${n} of ${m} agencies that reported (see the Completeness sheet), weighted by DPA — not a mean of percentages. The row below: with the other agencies at 0.${tanpaDpa > 0 ? ` ${tanpaDpa} agencies whose DPA nobody states are still left out.` : ""}`,
    catatanDeviasi:
      "Deviation = realisation − plan, in percentage points; the category follows the financial realisation.",
    pita: (p: readonly PitaKategori[]) =>
      `Categories: ${p.map((x) => (x.min === -Infinity ? `${x.label} < ${persen(p[p.length - 2]?.min ?? 0)}` : `${x.label} ≥ ${persen(x.min)}`)).join("; ")}.`,
    masalah: {
      realisasi_lebihi_dpa: "Realisation above the DPA",
      fisik_lebihi_100: "Physical above 100%",
      fisik_100_tanpa_rp: "Physical 100% with Rp 0",
      keuangan_nol: "Nothing spent although planned",
      rencana_bukan_dpa: "Year-end plan ≠ DPA",
      fisik_sama_keuangan: "Physical = financial on every row",
    } as Record<JenisPerhatian, string>,
    semuaBaris: "(every row)",
    kolomSebelumnya: [
      "Previous Financial Realisation (%)",
      "Financial Change",
      "Previous Physical Realisation (%)",
      "Physical Change",
    ],
    sebelumnya: (j: string | null) => `Previous: the earlier recap${j ? ` (${j})` : ""}; changes in percentage points.`,
    kolomTarget: ["Financial Deviation from Target", "Physical Deviation from Target"],
    target: (p: string | null, dasar: TargetPeriode["dasar"]) =>
      `Target of the period${p ? ` ${p}` : ""} (the local government's target curve${dasar === "antara" ? ", a straight line between two quarter ends" : ""})`,
    catatanTarget:
      "Deviation from target = realisation (financial % / physical) − the period's target from the local government's target curve (--target-kurva), in percentage points; the target can be changed on its row.",
    perKelompok: "By group (the Group column of the agency list)",
    bersih: "None.",
  },
} as const;

const persen = (x: number) => `${Math.round(x * 10000) / 100}%`;
const KOSONG = "–";

/** The category of a % cell by the bands, as a nested IF (boundaries to 1e-9, as the core compares). */
export function kategoriRumus(sel: string, pita: readonly PitaKategori[]): string {
  let f = `"${pita[pita.length - 1].label}"`;
  for (let i = pita.length - 2; i >= 0; i--) f = `IF(${sel}>=${pita[i].min}-1E-9,"${pita[i].label}",${f})`;
  return `=IF(ISNUMBER(${sel}),${f},"${KOSONG}")`;
}

const rp = (v: number | null): SpecCell | null => (v === null ? null : { v, fmt: FMT.rp, gaya: "angka" });
const pct = (v: number | null): SpecCell | null => (v === null ? null : { v, fmt: FMT.persen, gaya: "angka" });
const hasil = (v: number | null): Skalar => (v === null ? KOSONG : v);

export interface OpsiLembarRekap {
  readonly bahasa?: Bahasa;
  /** The readings, for the findings sheet. */
  readonly bacaan?: readonly BacaanOpd[];
  /** Findings about a workbook's hand-kept rekap sheets (cekRekapLama). */
  readonly temuanLain?: readonly TemuanOpd[];
  /** The previous rekap this command wrote, for the change month on month. */
  readonly sebelumnya?: RekapSebelumnya;
}

export function lembarRekap(h: HasilRekap, opsi: OpsiLembarRekap = {}): SheetSpec[] {
  const k = KATA[opsi.bahasa ?? "id"];
  const periode = h.periode ? namaPeriode(h.periode, opsi.bahasa ?? "id") : null;
  const semua = h.kelengkapan.filter((x) => x.status !== "ganda").length;
  const sub = k.kondisi(periode, h.opd.length, semua);
  const nKel = quoteSheet(k.nama.kelengkapan);
  const nOpd = quoteSheet(k.nama.opd);

  // Kelengkapan
  const kl = new Lembar([5, 40, 22, 14, 14, 16, 18, 24, 18, 50]);
  kl.judul(k.judulKelengkapan, sub);
  const kepalaK = kl.kepala([...k.kolomKelengkapan]);
  const k0 = kl.next;
  h.kelengkapan.forEach((x, i) =>
    kl.push([
      { v: i + 1, gaya: "angka" },
      teks(x.nama),
      teks(x.kode ?? ""),
      teks(x.kelompok ?? ""),
      teks(k.status[x.status]),
      teks(x.periode ? x.periode.teks : ""),
      rp(x.dpa),
      teks(x.berkas ?? ""),
      teks(x.sheet ?? ""),
      teks(opsi.bahasa === "en" ? x.keteranganEn : x.keterangan),
    ]),
  );
  const k1 = kl.next - 1;
  const kolStatus = `$E$${k0 + 1}:$E$${Math.max(k0, k1) + 1}`;
  const kolDpa = `$G$${k0 + 1}:$G$${Math.max(k0, k1) + 1}`;
  kl.push([]);
  kl.push([null, teks(k.jumlahStatus, "teksTebal"), rumus(`=COUNTA(${kolStatus})`, h.kelengkapan.length, FMT.cacah)]);
  for (const st of Object.keys(k.status) as StatusOpd[]) {
    const dpa = h.kelengkapan.filter((x) => x.status === st).reduce((s, x) => s + (x.dpa ?? 0), 0);
    kl.push([
      null,
      teks(k.status[st]),
      rumus(`=COUNTIF(${kolStatus},"${k.status[st]}")`, h.jumlah[st], FMT.cacah),
      null,
      null,
      null,
      rumus(`=SUMIFS(${kolDpa},${kolStatus},"${k.status[st]}")`, dpa, FMT.rp),
    ]);
  }
  kl.warna.push({
    range: `E${k0 + 1}:E${Math.max(k0, k1) + 1}`,
    aturan: [
      { teks: k.status.lapor, warna: "C6E9B4" },
      { teks: k.status.kosong, warna: "F4A6A6" },
      { teks: k.status.tidak_terbaca, warna: "F4A6A6" },
      { teks: k.status.belum_lapor, warna: "F9C38E" },
      { teks: k.status.periode_lain, warna: "FFE699" },
    ],
  });
  const specKel = kl.spec(ID_REKAP.kelengkapan, k.nama.kelengkapan, kepalaK);

  // Rekap per OPD
  const lalu = opsi.sebelumnya;
  const tg = h.target;
  const ro = new Lembar([
    5,
    40,
    18,
    18,
    18,
    11,
    18,
    10,
    10,
    11,
    11,
    13,
    18,
    10,
    10,
    30,
    14,
    ...(lalu ? [12, 11, 12, 11] : []),
    ...(tg ? [13, 13] : []),
  ]);
  ro.judul(k.judulRekap, sub);
  ro.catatan(k.catatan(h.opd.length, semua, h.total.lainTanpaDpa));
  if (lalu) ro.catatan(k.sebelumnya(lalu.judul));
  const kepalaR = ro.kepala([...k.kolomRekap, ...(lalu ? k.kolomSebelumnya : []), ...(tg ? k.kolomTarget : [])]);
  /** Columns R–U: the previous % and the change, for keuangan (F) and fisik (I). */
  const perubahan = (r: number, kini: [number | null, number | null], dulu: [number | null, number | null]) =>
    lalu
      ? [
          pct(dulu[0]),
          rumus(
            `=IF(AND(ISNUMBER(F${r}),ISNUMBER(R${r})),F${r}-R${r},"${KOSONG}")`,
            kini[0] !== null && dulu[0] !== null ? kini[0] - dulu[0] : KOSONG,
            FMT.persen,
          ),
          pct(dulu[1]),
          rumus(
            `=IF(AND(ISNUMBER(I${r}),ISNUMBER(T${r})),I${r}-T${r},"${KOSONG}")`,
            kini[1] !== null && dulu[1] !== null ? kini[1] - dulu[1] : KOSONG,
            FMT.persen,
          ),
        ]
      : [];
  const r0 = ro.next + 1;
  const n = h.opd.length;
  const r1 = r0 + Math.max(n, 1) - 1;
  /** The target row (below the Pemda rows) and, per row, the deviasi of F and I against it. */
  const Tg = r1 + 4;
  const keTarget = (
    r: number,
    d: { deviasiKeu: number | null; deviasiFisik: number | null } | undefined,
  ): SpecCell[] =>
    tg && d
      ? (
          [
            ["F", d.deviasiKeu],
            ["I", d.deviasiFisik],
          ] as const
        ).map(([c, x]) =>
          rumus(
            `=IF(AND(ISNUMBER(${c}${r}),ISNUMBER($${c}$${Tg})),${c}${r}-$${c}$${Tg},"${KOSONG}")`,
            hasil(x),
            FMT.persen,
          ),
        )
      : [];
  const kol = (c: string) => `${c}$${r0}:${c}$${r1}`;
  const urutKeu = peringkat(h.opd.map((o) => o.persen));
  const urutFisik = peringkat(h.opd.map((o) => o.fisik));
  h.opd.forEach((o, i) => {
    const r = r0 + i;
    ro.push([
      { v: i + 1, gaya: "angka" },
      teks(o.nama),
      rp(o.dpa),
      rp(o.rencana),
      rp(o.realisasi),
      rumus(`=IF(C${r}=0,"${KOSONG}",E${r}/C${r})`, hasil(o.persen), FMT.persen),
      rumus(`=C${r}-E${r}`, o.sisa, FMT.rp),
      pct(o.fisikRencana),
      pct(o.fisik),
      rumus(`=IF(OR(C${r}=0,ISBLANK(D${r})),"${KOSONG}",E${r}/C${r}-D${r}/C${r})`, hasil(o.deviasiKeu), FMT.persen),
      rumus(`=IF(OR(ISBLANK(H${r}),ISBLANK(I${r})),"${KOSONG}",I${r}-H${r})`, hasil(o.deviasiFisik), FMT.persen),
      rumus(kategoriRumus(`F${r}`, h.pita), o.kategori ?? KOSONG, undefined, "teks"),
      rp(o.bobotFisik),
      rumus(rankRumus("F", r, r0, r1), urutKeu[i], FMT.cacah),
      rumus(rankRumus("I", r, r0, r1), urutFisik[i], FMT.cacah),
      teks(`${o.berkas} › ${o.sheet}`),
      teks(o.kelompok ?? ""),
      ...perubahan(r, [o.persen, o.fisik], sebelumDari(lalu, o.nama)),
      ...keTarget(r, tg?.opd[i]),
    ]);
  });
  if (n === 0) ro.push([null, teks(k.bersih)]);
  const T = r1 + 1;
  const t = h.total;
  const sumif = (c: string) => `SUMIFS(${kol("M")},${kol(c)},"<>")`;
  ro.push([
    null,
    teks(k.total(n), "total"),
    rumus(`=SUM(${kol("C")})`, t.dpa, FMT.rp, "total"),
    rumus(`=SUM(${kol("D")})`, t.rencana ?? 0, FMT.rp, "total"),
    rumus(`=SUM(${kol("E")})`, t.realisasi, FMT.rp, "total"),
    rumus(`=IF(C${T}=0,"${KOSONG}",E${T}/C${T})`, hasil(t.persen), FMT.persen, "total"),
    rumus(`=C${T}-E${T}`, t.sisa, FMT.rp, "total"),
    rumus(
      `=IF(${sumif("H")}=0,"${KOSONG}",SUMPRODUCT(${kol("M")},${kol("H")})/${sumif("H")})`,
      hasil(t.fisikRencana),
      FMT.persen,
      "total",
    ),
    rumus(
      `=IF(${sumif("I")}=0,"${KOSONG}",SUMPRODUCT(${kol("M")},${kol("I")})/${sumif("I")})`,
      hasil(t.fisik),
      FMT.persen,
      "total",
    ),
    rumus(
      `=IF(OR(C${T}=0,COUNT(${kol("D")})=0),"${KOSONG}",E${T}/C${T}-D${T}/C${T})`,
      hasil(t.deviasiKeu),
      FMT.persen,
      "total",
    ),
    rumus(
      `=IF(AND(ISNUMBER(H${T}),ISNUMBER(I${T})),I${T}-H${T},"${KOSONG}")`,
      hasil(t.deviasiFisik),
      FMT.persen,
      "total",
    ),
    rumus(kategoriRumus(`F${T}`, h.pita), t.kategori ?? KOSONG, undefined, "total"),
    rumus(`=SUM(${kol("M")})`, t.bobotFisik, FMT.rp, "total"),
    null,
    null,
    null,
    null,
    ...perubahan(T, [t.persen, t.fisik], lalu ? [lalu.total.persen, lalu.total.fisik] : [null, null]),
    ...keTarget(T, tg ?? undefined).map((c) => ({ ...c, gaya: "total" as const })),
  ]);
  // The others: the DPA of every OPD on the Kelengkapan sheet that did not report (duplicates not counted twice).
  const L = T + 1;
  ro.push([
    null,
    teks(k.lain),
    rumus(
      `=SUMIFS(${nKel}!${kolDpa},${nKel}!${kolStatus},"<>${k.status.lapor}")-SUMIFS(${nKel}!${kolDpa},${nKel}!${kolStatus},"${k.status.ganda}")`,
      t.dpaLain,
      FMT.rp,
    ),
  ]);
  const S = L + 1;
  ro.push([
    null,
    teks(k.semua, "total"),
    rumus(`=C${T}+C${L}`, t.dpa + t.dpaLain, FMT.rp, "total"),
    null,
    rumus(`=E${T}`, t.realisasi, FMT.rp, "total"),
    rumus(`=IF(C${S}=0,"${KOSONG}",E${S}/C${S})`, hasil(t.persenSemua), FMT.persen, "total"),
    rumus(`=C${S}-E${S}`, t.dpa + t.dpaLain - t.realisasi, FMT.rp, "total"),
    null,
    rumus(
      `=IF(${sumif("I")}+C${L}=0,"${KOSONG}",SUMPRODUCT(${kol("M")},${kol("I")})/(${sumif("I")}+C${L}))`,
      hasil(t.fisikSemua),
      FMT.persen,
      "total",
    ),
  ]);
  // The Pemda's target of the period, from its curve: a value the rows' deviasi against target read.
  if (tg) {
    const r = ro.push([
      null,
      teks(k.target(periode, tg.dasar), "teksTebal"),
      null,
      null,
      null,
      pct(tg.keuangan),
      null,
      null,
      pct(tg.fisik),
    ]);
    if (r + 1 !== Tg) throw new Error(`target row ${r + 1}, expected ${Tg}`);
  }
  ro.push([]);
  ro.catatan(k.catatanDeviasi);
  if (tg) ro.catatan(k.catatanTarget);
  ro.catatan(k.pita(h.pita));
  // Subtotals per group of the list: SUMIFS over the rekap's rows by the Kelompok column, weighted as the total.
  if (h.kelompok.length > 0) {
    ro.push([]);
    ro.push([null, teks(k.perKelompok, "teksTebal")]);
    for (const g of h.kelompok) {
      const r = ro.next + 1;
      const nama = g.nama.replace(/"/g, '""');
      const di = (c: string) => `SUMIFS(${kol(c)},${kol("Q")},"${nama}")`;
      const berfisik = `SUMIFS(${kol("M")},${kol("Q")},"${nama}",${kol("I")},"<>")`;
      ro.push([
        null,
        teks(g.nama),
        rumus(`=${di("C")}`, g.dpa, FMT.rp),
        null,
        rumus(`=${di("E")}`, g.realisasi, FMT.rp),
        rumus(`=IF(C${r}=0,"${KOSONG}",E${r}/C${r})`, hasil(g.persen), FMT.persen),
        rumus(`=C${r}-E${r}`, g.dpa - g.realisasi, FMT.rp),
        null,
        rumus(
          `=IF(${berfisik}=0,"${KOSONG}",SUMPRODUCT((${kol("Q")}="${nama}")*${kol("M")}*${kol("I")})/${berfisik})`,
          hasil(g.fisik),
          FMT.persen,
        ),
      ]);
    }
  }
  ro.warna.push({
    range: `L${r0}:L${T}`,
    aturan: h.pita.map((p) => ({ teks: p.label, warna: p.warna })),
  });
  const specOpd = ro.spec(ID_REKAP.opd, k.nama.opd, kepalaR);

  // Rankings: row k holds the OPD whose rank is k on the rekap (INDEX/MATCH), so a changed figure re-sorts them.
  const peringkatSpec = (fisik: boolean): SheetSpec => {
    const lp = new Lembar([10, 40, 18, 18, 12, 12, 12, 13]);
    lp.judul(k.judulPeringkat(fisik), sub);
    const kp = lp.kepala([...k.kolomPeringkat]);
    const rankCol = fisik ? "O" : "N";
    const urut = fisik ? urutFisik : urutKeu;
    const rr0 = lp.next + 1;
    for (let j = 0; j < n; j++) {
      const r = rr0 + j;
      const o = h.opd[urut.indexOf(j + 1)];
      const ambil = (c: string) => `INDEX(${nOpd}!${kol(c)},MATCH($A${r},${nOpd}!${kol(rankCol)},0))`;
      lp.push([
        { v: j + 1, gaya: "angka" },
        rumus(`=${ambil("B")}`, o.nama, undefined, "teks"),
        rumus(`=${ambil("C")}`, o.dpa, FMT.rp),
        rumus(`=${ambil("E")}`, o.realisasi, FMT.rp),
        rumus(`=${ambil("F")}`, hasil(o.persen), FMT.persen),
        rumus(`=IF(ISNUMBER(${ambil("I")}),${ambil("I")},"${KOSONG}")`, hasil(o.fisik), FMT.persen),
        rumus(`=${ambil("J")}`, hasil(o.deviasiKeu), FMT.persen),
        rumus(`=${ambil("L")}`, o.kategori ?? KOSONG, undefined, "teks"),
      ]);
    }
    if (n === 0) lp.push([null, teks(k.bersih)]);
    lp.warna.push({
      range: `H${rr0}:H${rr0 + Math.max(n, 1) - 1}`,
      aturan: h.pita.map((p) => ({ teks: p.label, warna: p.warna })),
    });
    return lp.spec(
      fisik ? ID_REKAP.peringkatFisik : ID_REKAP.peringkatKeu,
      fisik ? k.nama.peringkatFisik : k.nama.peringkatKeu,
      kp,
    );
  };

  // Sub kegiatan that need attention.
  const lh = new Lembar([5, 30, 44, 22, 16, 7, 16, 16, 11, 10, 30]);
  lh.judul(k.judulPerhatian, sub);
  const kh = lh.kepala([...k.kolomPerhatian]);
  h.perhatian.forEach((p, i) => {
    const r = lh.next + 1;
    const s = p.sub;
    lh.push([
      { v: i + 1, gaya: "angka" },
      teks(p.opd),
      teks(s ? s.nama : k.semuaBaris),
      teks(p.berkas),
      teks(p.sheet),
      s ? { v: s.row + 1, gaya: "angka" } : null,
      s ? rp(s.pagu) : null,
      s ? rp(s.realisasi) : null,
      s
        ? rumus(`=IF(G${r}=0,"${KOSONG}",H${r}/G${r})`, s.pagu === 0 ? KOSONG : s.realisasi / s.pagu, FMT.persen)
        : null,
      s && s.fisik !== null ? pct(s.fisik / 100) : null,
      teks(`${k.masalah[p.jenis]}: ${opsi.bahasa === "en" ? p.messageEn : p.message}`),
    ]);
  });
  if (h.perhatian.length === 0) lh.push([null, teks(k.bersih)]);
  const specPerhatian = lh.spec(ID_REKAP.perhatian, k.nama.perhatian, kh);

  // Each OPD's findings on the way in.
  const lt = new Lembar([5, 12, 22, 24, 16, 8, 16, 16, 70]);
  lt.judul(k.judulTemuan, sub);
  const kt = lt.kepala([...k.kolomTemuan]);
  const temuan = [...(opsi.bacaan ?? []).flatMap((b) => b.temuan), ...(opsi.temuanLain ?? [])];
  temuan.forEach((x, i) =>
    lt.push([
      { v: i + 1, gaya: "angka" },
      teks(k.tingkat[x.severity]),
      teks(x.code),
      teks(x.berkas),
      teks(x.sheet),
      teks(x.cell ?? ""),
      x.tertulis === undefined ? null : { v: x.tertulis, fmt: FMT.desimal, gaya: "angka" },
      x.seharusnya === undefined ? null : { v: x.seharusnya, fmt: FMT.desimal, gaya: "angka" },
      teks(opsi.bahasa === "en" ? x.messageEn : x.message),
    ]),
  );
  if (temuan.length === 0) lt.push([null, teks(k.bersih)]);
  const specTemuan = lt.spec(ID_REKAP.temuan, k.nama.temuan, kt);

  return [specKel, specOpd, peringkatSpec(false), peringkatSpec(true), specPerhatian, specTemuan];
}

function sebelumDari(lalu: RekapSebelumnya | undefined, nama: string): [number | null, number | null] {
  const x = lalu?.opd.get(kunciNama(nama));
  return x ? [x.dpa === 0 ? null : x.realisasi / x.dpa, x.fisik] : [null, null];
}

/** Rank of each value, highest first, ties by order; values that are not numbers after every number. */
export function peringkat(nilai: readonly (number | null)[]): number[] {
  const idx = nilai.map((_, i) => i);
  const angka = idx.filter((i) => nilai[i] !== null);
  const rank = new Array<number>(nilai.length);
  for (const i of angka)
    rank[i] = 1 + angka.filter((j) => nilai[j]! > nilai[i]! || (nilai[j] === nilai[i] && j < i)).length;
  let lain = angka.length;
  for (const i of idx) if (nilai[i] === null) rank[i] = ++lain;
  return rank;
}

/** The same rank as a formula: RANK plus the equal values above it; a "–" after every number, in row order. */
function rankRumus(c: string, r: number, r0: number, r1: number): string {
  const range = `${c}$${r0}:${c}$${r1}`;
  const atas = `${c}$${r0}:${c}${r}`;
  return `=IF(ISNUMBER(${c}${r}),RANK(${c}${r},${range})+COUNTIF(${atas},${c}${r})-1,COUNT(${range})+ROWS(${atas})-COUNT(${atas}))`;
}
