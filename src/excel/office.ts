/**
 * The Office.js start-up of the task pane, kept in src/excel with every other Office.js call: wait for Office,
 * tell Excel from anything else (or from no Office at all: office.js missing or offline), register the ribbon's
 * "build again" command.
 */
import type { Bahasa } from "../core/bahasa";
import { bahasaDari } from "../core/bahasa";
import { ExcelHost } from "./host";

const OFFICE_READY_TIMEOUT_MS = 3000;

export type Tema = "terang" | "gelap";

/** Office's own theme: dark when its body background is dark (Office.context.officeTheme, where the host has it). */
function temaOffice(): Tema {
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return "terang";
  const n = parseInt(bg.replace("#", ""), 16);
  const luma = 0.2126 * (n >> 16) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
  return luma < 128 ? "gelap" : "terang";
}

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
  let done = false;
  const fallback = setTimeout(() => {
    done = true;
    mandiri();
  }, OFFICE_READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    if (done) return;
    clearTimeout(fallback);
    if (info.host !== Office.HostType.Excel) return mandiri();
    siapExcel(diExcel);
  });
}

function siapExcel(diExcel: (bahasa: Bahasa, host: ExcelHost, tema: Tema) => void): void {
  const host = new ExcelHost();
  // Ribbon: build again with the choices saved in this workbook, without opening the pane.
  Office.actions.associate("buatUlang", (event: Office.AddinCommands.Event) => {
    void host
      .muat()
      .then((p) =>
        host.buat({ ...(p?.opsi ?? {}), pemetaan: p?.pemetaan }, () => undefined, new AbortController().signal),
      )
      .finally(() => event.completed());
  });
  diExcel(bahasaDari(Office.context.displayLanguage), host, temaOffice());
}
