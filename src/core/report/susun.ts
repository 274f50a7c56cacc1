/**
 * The whole job between reading and writing, shared by every host: the user's sheets (ours excluded) → model →
 * final sheet names (never a user's) → SheetSpecs.
 */
import { Grid } from "../grid";
import { Model, Pemetaan } from "../model";
import { bacaWorkbook } from "../read";
import type { EntriNomenklatur } from "../read/nomenklatur";
import { buatLaporan, ID_LEMBAR, Laporan, namaBawaan, OpsiLaporan } from "./index";
import { cariNamaLembar } from "./names";
import { instansiDariJudul } from "./instansi";
import { denganKeterangan } from "./lembar";
import type { Bahasa } from "../bahasa";

export interface OpsiSusun extends OpsiLaporan {
  readonly pemetaan?: Partial<Pemetaan>;
  /** The user's nomenclature list, beside the built-in table. */
  readonly nomenklatur?: readonly EntriNomenklatur[];
}

export interface Susunan {
  readonly model: Model;
  readonly laporan: Laporan;
  /** Spec id → final sheet name. */
  readonly nama: Record<string, string>;
  /** Names the user's own sheets already had: ours took another. */
  readonly bentrok: string[];
}

export function susunLaporan(userGrids: readonly Grid[], ours: readonly string[], opsi: OpsiSusun = {}): Susunan {
  const model = bacaWorkbook(userGrids, {
    pemetaan: opsi.pemetaan,
    abaikan: ours,
    ...(opsi.nomenklatur ? { nomenklatur: opsi.nomenklatur } : {}),
    ...(opsi.tahun !== undefined ? { tahun: opsi.tahun } : {}),
  });
  const bawaan = namaBawaan(opsi.bahasa ?? "id");
  const plan = cariNamaLembar(
    ID_LEMBAR.map((id) => ({ id, nama: bawaan[id] })),
    userGrids.map((g) => g.name),
  );
  // The agency for the title block: as given, else as the reader found it, else from the PK sheet's title.
  const pk = userGrids.find((g) => g.name === model.pemetaan.lembar.pk);
  const instansi =
    opsi.instansi?.trim() || model.perangkatDaerah || instansiDariJudul(pk, model.pemetaan.tabel?.pk?.barisJudul?.[0]);
  const dibuat = buatLaporan(model, { ...opsi, ...(instansi ? { instansi } : {}), namaLembar: plan.nama });
  // A report of one of several sheets (one OPD of a workbook of many) says which one, under each title.
  const sumber = catatanSumber(model, dibuat.opsi.bahasa);
  const laporan = sumber.length
    ? { ...dibuat, sheets: dibuat.sheets.map((s) => denganKeterangan(s, sumber.join(" "))) }
    : dibuat;
  return { model, laporan, nama: plan.nama, bentrok: plan.bentrok };
}

const PERAN = {
  id: { pk: "Perjanjian Kinerja", realisasi: "realisasi", anggaran: "anggaran (DPA)" },
  en: { pk: "Performance Agreement (PK)", realisasi: "realisation", anggaran: "budget (DPA)" },
} as const;

/**
 * Which sheet the report was read from, for each table the reader found on several sheets (a workbook of many
 * SKPD sheets, one report): "Sumber: lembar "39 Kec Bjm Selatan", satu dari 56 lembar …". Printed by the CLI and
 * written under each sheet's title.
 */
export function catatanSumber(model: Model, bahasa: Bahasa = "id"): string[] {
  const lembar = model.pemetaan.lembar;
  const catatan = model.diagnostics
    .filter((d) => d.code === "PILIHAN_LEMBAR" && d.sheet)
    .flatMap((d) => {
      const peran = (["anggaran", "pk", "realisasi"] as const).find((p) => lembar[p] === d.sheet);
      if (!peran) return [];
      const n = Number(d.found);
      const berapa = Number.isFinite(n) && n > 1 ? n : undefined;
      return bahasa === "en"
        ? [
            `Source: sheet "${d.sheet}"${berapa ? `, one of ${berapa} sheets holding a ${PERAN.en[peran]} table` : ""}; only this sheet is read (change it in the mapping).`,
          ]
        : [
            `Sumber: lembar "${d.sheet}"${berapa ? `, satu dari ${berapa} lembar yang memuat tabel ${PERAN.id[peran]}` : ""}; hanya lembar ini yang dibaca (ubah di pemetaan).`,
          ];
    });
  return [...new Set(catatan)];
}
