/** The task pane's host inside Excel: Office.js calls stay here. */
import type { OpsiPeriksa } from "../core/audit";
import { Pemetaan } from "../core/model";
import { bacaWorkbook } from "../core/read";
import { OpsiSusun } from "../core/report/susun";
import { HasilBuat, HasilPeriksaHost, Host, Pengaturan } from "../host";
import { bacaExcel, generateExcel, periksaExcel } from "./generate";

const KUNCI = "sakip-kinerja";

export class ExcelHost implements Host {
  readonly jenis = "excel" as const;
  readonly judul = "Excel";

  async baca(pemetaan?: Partial<Pemetaan>) {
    return Excel.run(async (context) => {
      const { ours, grids } = await bacaExcel(context);
      return { model: bacaWorkbook(grids, { pemetaan, abaikan: ours }), lembar: grids.map((g) => g.name) };
    });
  }

  async buat(opsi: OpsiSusun, progres: (langkah: string) => void, signal: AbortSignal): Promise<HasilBuat> {
    return Excel.run(async (context) => {
      const s = await generateExcel(context, opsi, progres, signal);
      return {
        lembar: s.laporan.sheets.map((x) => x.nama),
        dilewati: s.laporan.dilewati,
        bentrok: s.bentrok,
        narasi: s.laporan.narasi,
      };
    });
  }

  async periksa(
    progres: (langkah: string) => void,
    signal: AbortSignal,
    opsi: OpsiPeriksa = {},
  ): Promise<HasilPeriksaHost> {
    return Excel.run(async (context) => {
      const { hasil, lembar } = await periksaExcel(context, progres, signal, opsi);
      return { hasil, lembar };
    });
  }

  async tunjukkan(sheet: string, cell?: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell ?? "A1").select();
      await context.sync();
    });
  }

  async muat(): Promise<Pengaturan | undefined> {
    const raw = Office.context.document.settings.get(KUNCI) as string | null;
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as Pengaturan;
    } catch {
      return undefined;
    }
  }

  async simpan(p: Pengaturan): Promise<void> {
    Office.context.document.settings.set(KUNCI, JSON.stringify(p));
    await new Promise<void>((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
  }
}
