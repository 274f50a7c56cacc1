/** The realisasi table: one row per indikator, with an annual column and/or TW I–IV columns. */
import { barisRingkasan } from "./pk";
import { duaBahasa, isSakipError, kutip } from "../errors";
import { Grid, cell, text } from "../grid";
import { Realisasi } from "../model";
import {
  JenisAkumulasi,
  akumulasi,
  jenisAkumulasiDariKeterangan,
  jenisAkumulasiIndikator,
  parseJenisAkumulasi,
} from "../rules/agregasi";
import { jenisBaris } from "../tabel/baris";
import { TOTAL_LABEL } from "./columns";
import { DaftarTemuan } from "./diagnostics";
import { readPembanding } from "./pembanding";
import { Table } from "./tables";
import { columnStyle, inUnit, readAngka, readTeks, refOf, unitFactor } from "./values";

export interface BarisRealisasi {
  readonly nama: string;
  readonly satuan: string | null;
  readonly realisasi: Realisasi;
  /** A label with no satuan, target or figure in a table that has them: a sasaran heading, not an indicator. */
  readonly judul?: boolean;
}

const TW_FIELDS = ["tw1", "tw2", "tw3", "tw4"] as const;

export function readRealisasi(grid: Grid, table: Table, diag: DaftarTemuan): BarisRealisasi[] {
  const c = table.columns;
  const ctx = { grid, diag };
  const out: BarisRealisasi[] = [];
  const style = columnStyle(grid, table.rows, c.realisasi);
  const styleTarget = columnStyle(grid, table.rows, c.target);
  const hasTw = TW_FIELDS.some((f) => c[f] !== undefined);
  for (const row of table.rows) {
    const nama = readTeks(grid, row, c.indikator);
    if (
      !nama ||
      TOTAL_LABEL.test(nama) ||
      jenisBaris(nama) === "rata" ||
      barisRingkasan(grid, row, nama, c.indikator, c.realisasi ?? c.target)
    )
      continue;
    let satuan = readTeks(grid, row, c.satuan);
    const annual = readAngka(ctx, row, c.realisasi, "realisasi", style);
    if (annual.percent && satuan === null) satuan = "%";
    const tw = TW_FIELDS.map((f) => inUnit(readAngka(ctx, row, c[f], `realisasi ${f.toUpperCase()}`, style), satuan));
    const targetTertulis =
      c.target !== undefined ? inUnit(readAngka(ctx, row, c.target, "target", styleTarget), satuan) : undefined;
    let jenis: JenisAkumulasi | undefined;
    if (c.jenis !== undefined && text(cell(grid, row, c.jenis)) !== "") {
      const j = parseJenisAkumulasi(text(cell(grid, row, c.jenis)));
      if (isSakipError(j))
        diag.error(
          "AKUMULASI_TAK_DIKENAL",
          duaBahasa(j),
          { sheet: grid.name, row, col: c.jenis },
          text(cell(grid, row, c.jenis)),
          "kumulatif / nilai_akhir",
        );
      else jenis = j;
    }
    // A note that says it ("nilai terakhir", "kumulatif": the Rencana Aksi's Keterangan column).
    const dariKet =
      jenis === undefined && c.keterangan !== undefined
        ? jenisAkumulasiDariKeterangan(text(cell(grid, row, c.keterangan)))
        : undefined;
    jenis ??= dariKet;
    let nilai = inUnit(annual, satuan);
    if (annual.status === "blank" && hasTw && tw.some((v) => v !== null)) {
      // Stocks (percentages, indices) take the last filled quarter; flows are summed. Said, not guessed silently:
      // a note ("nilai terakhir", "kumulatif") or the satuan and name decide; when neither does, summed with a warning.
      const dugaan = jenis ?? jenisAkumulasiIndikator(satuan, nama);
      const used = dugaan ?? "kumulatif";
      const v = akumulasi(tw, used);
      nilai = typeof v === "number" ? v : null;
      const pesan = {
        id: `Realisasi tahunan ${kutip(nama, 80)} dihitung dari TW (${used === "kumulatif" ? "dijumlahkan" : "nilai triwulan terakhir"}${dariKet ? ", menurut kolom keterangannya" : jenis ? "" : dugaan ? ", menurut satuan dan namanya; isi kolom jenis akumulasi untuk memastikan" : `: satuan ${satuan ? kutip(satuan, 30) : "(kosong)"} dan namanya tidak menunjukkan apakah nilainya dijumlahkan (aliran) atau nilai terakhir (stok, mis. persentase, indeks, waktu); isi kolom jenis akumulasi (kumulatif / nilai_akhir)`}).`,
        en: `The annual actual of ${kutip(nama, 80)} is computed from the quarters (${used === "kumulatif" ? "summed" : "the last quarter's value"}${dariKet ? ", by its Keterangan column" : jenis ? "" : dugaan ? ", by its unit and name; fill the accumulation-type column to be sure" : `: the unit ${satuan ? kutip(satuan, 30) : "(blank)"} and the name do not tell whether it adds up (a flow) or is the last value (a stock such as a percentage, an index, a time); fill the accumulation-type column (kumulatif / nilai_akhir)`}).`,
      };
      const di = { sheet: grid.name, row, col: c.indikator };
      // Only one quarter filled: summing and the last value agree.
      if (jenis || dugaan || tw.filter((x) => x !== null).length < 2) diag.info("REALISASI_DARI_TW", pesan, di);
      else diag.warning("REALISASI_DARI_TW", pesan, di);
    }
    const kosong = (f: keyof typeof c) => c[f] === undefined || text(cell(grid, row, c[f])).trim() === "";
    const judul =
      (c.satuan !== undefined || c.target !== undefined) &&
      (["satuan", "target", "realisasi", "capaian", ...TW_FIELDS] as const).every(kosong);
    if (nilai === null && annual.status === "blank" && !tw.some((v) => v !== null) && !judul) {
      diag.warning(
        "REALISASI_KOSONG",
        {
          id: `Realisasi ${kutip(nama, 80)} kosong: belum dilaporkan.`,
          en: `The actual of ${kutip(nama, 80)} is blank: not reported yet.`,
        },
        { sheet: grid.name, row, col: c.realisasi ?? c.indikator },
      );
    }
    out.push({
      nama,
      satuan,
      ...(judul ? { judul } : {}),
      realisasi: {
        nilai,
        ...(hasTw ? { tw } : {}),
        ...(jenis ? { jenisAkumulasi: jenis } : {}),
        ...(targetTertulis !== undefined ? { targetTertulis } : {}),
        sumber: { sheet: grid.name, row, col: c.indikator },
        ...(c.realisasi !== undefined ? { kolomNilai: c.realisasi } : {}),
        ...(annual.status === "ok" && annual.typed
          ? { ref: refOf(annual, grid.name, row, c.realisasi, unitFactor(annual, satuan)) }
          : {}),
        ...readPembanding(grid, diag, table, row, satuan),
      },
    });
  }
  return out;
}
