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
  const laporan = buatLaporan(model, { ...opsi, ...(instansi ? { instansi } : {}), namaLembar: plan.nama });
  return { model, laporan, nama: plan.nama, bentrok: plan.bentrok };
}
