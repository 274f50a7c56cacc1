/** The task pane's host inside Excel: Office.js calls stay here. */
import type { OpsiPeriksa } from "../core/audit";
import { Bahasa, bahasaDari } from "../core/bahasa";
import { Pemetaan } from "../core/model";
import { bacaWorkbook } from "../core/read";
import { OpsiSusun } from "../core/report/susun";
import { HasilBuat, HasilPeriksaHost, Host, Kabar, Pengaturan } from "../host";
import { HasilExcel, bacaExcel, generateExcel, periksaExcel } from "./generate";
import { Terpotong } from "./read";
import type { SheetSpec } from "../core/report/spec";
import { tulisRekapExcel } from "./rekap";

const KUNCI = "sakip-kinerja";

/** One job on the workbook at a time, the pane's and the ribbon's: a second waits for the first to end. */
let antrean: Promise<unknown> = Promise.resolve();
export function satuSatu<T>(kerja: () => Promise<T>): Promise<T> {
  const giliran = antrean.then(kerja, kerja);
  antrean = giliran.catch(() => undefined);
  return giliran;
}

/** Excel's display language (none where Office is not loaded: the tests' fake workbook). */
const lokalOffice = (): string | undefined =>
  typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
const bahasaOffice = (): Bahasa => bahasaDari(lokalOffice());

/** What a rebuild did besides writing its sheets, in the user's words. */
export function catatanBuat(
  h: Pick<HasilExcel, "disambung" | "dibersihkan" | "terpotong" | "rumusTakDibaca">,
  b: Bahasa,
): string[] {
  const out: string[] = [];
  if (h.disambung.length > 0)
    out.push(
      b === "en"
        ? `${h.disambung.length} of your formulas that point into the rebuilt sheets point to the new ones (${h.disambung.slice(0, 3).join(", ")}${h.disambung.length > 3 ? ", …" : ""}).`
        : `${h.disambung.length} rumus Anda yang merujuk lembar yang dibuat ulang kini merujuk lembar barunya (${h.disambung.slice(0, 3).join(", ")}${h.disambung.length > 3 ? ", …" : ""}).`,
    );
  if (h.dibersihkan.length > 0)
    out.push(
      b === "en"
        ? `Temporary sheets left by an interrupted run were deleted: ${h.dibersihkan.join(", ")}.`
        : `Lembar sementara sisa proses yang terputus dihapus: ${h.dibersihkan.join(", ")}.`,
    );
  for (const t of h.terpotong) out.push(teksTerpotong(t, b));
  if (h.rumusTakDibaca.length > 0)
    out.push(
      b === "en"
        ? `The formulas of ${h.rumusTakDibaca.join(", ")} (over 20,000) were not checked: those that pointed into a rebuilt sheet now show #REF!.`
        : `Rumus di ${h.rumusTakDibaca.join(", ")} (lebih dari 20.000) tidak diperiksa: yang merujuk lembar yang dibuat ulang kini #REF!.`,
    );
  return out;
}

function teksTerpotong(t: Terpotong, b: Bahasa): string {
  return b === "en"
    ? `Sheet "${t.lembar}": read up to ${t.sampai}; its used range runs on to ${t.ujung} (a stray entry?). Clear the cells past the table, or move that data into the table, and build again.`
    : `Lembar "${t.lembar}": dibaca sampai ${t.sampai}; rentang terpakainya berlanjut sampai ${t.ujung} (isian yang tersesat?). Kosongkan sel di luar tabel, atau pindahkan data itu ke dalam tabel, lalu buat ulang.`;
}

export class ExcelHost implements Host {
  readonly jenis = "excel" as const;
  readonly judul = "Excel";
  private pendengar = new Set<(k: Kabar) => void>();
  private terakhir: Kabar | undefined;
  /** Whether the pane is shown (Office.addin.onVisibilityModeChanged); a hidden pane's messages are not seen. */
  terlihat = false;

  async baca(pemetaan?: Partial<Pemetaan>) {
    return satuSatu(() =>
      Excel.run(async (context) => {
        const { ours, grids } = await bacaExcel(context);
        return { model: bacaWorkbook(grids, { pemetaan, abaikan: ours }), lembar: grids.map((g) => g.name) };
      }),
    );
  }

  async buat(opsi: OpsiSusun, progres: (langkah: string) => void, signal: AbortSignal): Promise<HasilBuat> {
    return satuSatu(() =>
      Excel.run(async (context) => {
        const s = await generateExcel(context, opsi, progres, signal, lokalOffice());
        return {
          lembar: s.laporan.sheets.map((x) => x.nama),
          dilewati: s.laporan.dilewati,
          bentrok: s.bentrok,
          narasi: s.laporan.narasi,
          catatan: catatanBuat(s, bahasaOffice()),
        };
      }),
    );
  }

  async periksa(
    progres: (langkah: string) => void,
    signal: AbortSignal,
    opsi: OpsiPeriksa = {},
  ): Promise<HasilPeriksaHost> {
    return satuSatu(() =>
      Excel.run(async (context) => {
        const { hasil, lembar } = await periksaExcel(context, progres, signal, opsi);
        return { hasil, lembar };
      }),
    );
  }

  /** Rekap Pemda: its sheets into this workbook, one job at a time with the others (src/excel/rekap.ts). */
  async tulisRekap(specs: readonly SheetSpec[], signal: AbortSignal): Promise<{ lembar: string[]; bentrok: string[] }> {
    return satuSatu(() =>
      Excel.run(async (context) => {
        const { lembar, bentrok } = await tulisRekapExcel(context, specs, signal);
        return { lembar, bentrok };
      }),
    );
  }

  /**
   * The ribbon's Buat Ulang: the choices saved in this workbook, one job at a time with the pane's, and a message of
   * what it did (the sheets written, or why nothing changed). A hidden pane is opened to show it.
   */
  async buatUlang(): Promise<void> {
    const b = bahasaOffice();
    let kabar: Kabar;
    try {
      const p = await this.muat();
      const h = await this.buat(
        { bahasa: b, ...(p?.opsi ?? {}), pemetaan: p?.pemetaan },
        () => undefined,
        new AbortController().signal,
      );
      const daftar = h.lembar.join(", ");
      kabar = {
        jenis: "berhasil",
        teks: [
          b === "en"
            ? `Build Again: ${h.lembar.length} sheets written (${daftar}).`
            : `Buat Ulang: ${h.lembar.length} lembar ditulis (${daftar}).`,
          ...(h.catatan ?? []),
        ].join(" "),
      };
    } catch (e) {
      kabar = {
        jenis: "gagal",
        teks:
          b === "en"
            ? `Build Again failed, the workbook is as it was: ${(e as Error).message}`
            : `Buat Ulang gagal, buku kerja tetap seperti semula: ${(e as Error).message}`,
      };
    }
    this.kabari(kabar);
    if (!this.terlihat) await Office.addin.showAsTaskpane().catch(() => undefined);
  }

  dengarKabar(fn: (k: Kabar) => void): () => void {
    this.pendengar.add(fn);
    if (this.terakhir) fn(this.terakhir);
    return () => this.pendengar.delete(fn);
  }

  private kabari(k: Kabar): void {
    this.terakhir = k;
    for (const fn of this.pendengar) fn(k);
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
    try {
      const raw = Office.context.document.settings.get(KUNCI) as string | null;
      return raw ? (JSON.parse(raw) as Pengaturan) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saved in the workbook; a workbook that refuses (read-only, shared, offline) is said, and the job still stands. */
  async simpan(p: Pengaturan): Promise<void> {
    const gagal = (sebab: string) =>
      this.kabari({
        jenis: "peringatan",
        teks:
          bahasaOffice() === "en"
            ? `The choices were not saved in this workbook (${sebab}); the sheets are written.`
            : `Pilihan tidak tersimpan di buku kerja ini (${sebab}); lembar sudah ditulis.`,
      });
    try {
      Office.context.document.settings.set(KUNCI, JSON.stringify(p));
    } catch (e) {
      return gagal((e as Error).message);
    }
    await new Promise<void>((resolve) =>
      Office.context.document.settings.saveAsync((r) => {
        if (r.status !== Office.AsyncResultStatus.Succeeded) gagal(r.error?.message ?? String(r.status));
        resolve();
      }),
    );
  }
}
