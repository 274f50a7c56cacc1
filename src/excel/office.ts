/**
 * The Office.js start-up of the task pane, kept in src/excel with every other Office.js call: wait for Office,
 * tell Excel from anything else (or from no Office at all: office.js missing or offline), register the ribbon's
 * "build again" command.
 */
import type { Bahasa } from "../core/bahasa";
import { bahasaDari } from "../core/bahasa";
import { ExcelHost } from "./host";

export type Tema = "terang" | "gelap";

/** Office's own theme: dark when its body background is dark (Office.context.officeTheme, where the host has it). */
function temaOffice(): Tema {
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return "terang";
  const n = parseInt(bg.replace("#", ""), 16);
  const luma = 0.2126 * (n >> 16) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
  return luma < 128 ? "gelap" : "terang";
}

/**
 * Office's own signal decides: Office.onReady says which host this is, however long a cold start or a slow
 * network takes (no timer: a timer guessing "not Excel" left the pane the standalone page inside Excel and the
 * ribbon's Buat Ulang unassociated).
 */
export function mulai(diExcel: (bahasa: Bahasa, host: ExcelHost, tema: Tema) => void, mandiri: () => void): void {
  if (typeof Office === "undefined") {
    // Not framed by Office: office.js loads in the background (taskpane.html). Start standalone now; should Office
    // answer as Excel once it has loaded, the pane becomes Excel's.
    mandiri();
    document.getElementById("office-js")?.addEventListener("load", () => {
      if (typeof Office !== "undefined")
        void Office.onReady((info) => info.host === Office.HostType.Excel && siapExcel(diExcel));
    });
    return;
  }
  void Office.onReady((info) => (info.host === Office.HostType.Excel ? siapExcel(diExcel) : mandiri()));
}

function siapExcel(diExcel: (bahasa: Bahasa, host: ExcelHost, tema: Tema) => void): void {
  const host = new ExcelHost();
  // Ribbon: build again with the choices saved in this workbook, without opening the pane. Associated first, before
  // anything of the pane can fail.
  Office.actions.associate("buatUlang", (event: Office.AddinCommands.Event) => {
    void host.buatUlang().finally(() => event.completed());
  });
  // Whether the pane is shown: a hidden pane's message is opened to be seen.
  void Office.addin
    ?.onVisibilityModeChanged?.((a) => void (host.terlihat = a.visibilityMode === Office.VisibilityMode.taskpane))
    ?.catch(() => undefined);
  diExcel(bahasaDari(Office.context.displayLanguage), host, temaOffice());
}
