/**
 * Task-pane entry. Inside Excel it waits for Office.onReady; outside Office (or when office.js could not be fetched)
 * it starts in standalone mode at once instead of hanging.
 */
import { bahasaDari, Bahasa, STRINGS } from "./strings";

const OFFICE_READY_TIMEOUT_MS = 3000;

interface FunctionMetadata {
  functions: { name: string; description: string; parameters?: { name: string; optional?: boolean }[] }[];
}

/** The function list, from the same metadata Excel reads (same origin: functions.json / functions.en-US.json). */
async function loadFunctions(bahasa: Bahasa): Promise<FunctionMetadata["functions"]> {
  const response = await fetch(bahasa === "en" ? "functions.en-US.json" : "functions.json");
  return response.ok ? ((await response.json()) as FunctionMetadata).functions : [];
}

async function render(bahasa: Bahasa, inExcel: boolean): Promise<void> {
  const s = STRINGS[bahasa];
  document.documentElement.lang = bahasa;
  const status = document.getElementById("status");
  if (status) status.textContent = inExcel ? s.statusExcel : s.statusStandalone;
  const app = document.getElementById("app");
  if (!app || document.getElementById("functions")) return;
  const section = document.createElement("section");
  section.id = "functions";
  section.setAttribute("aria-labelledby", "functions-heading");
  const h2 = document.createElement("h2");
  h2.id = "functions-heading";
  h2.textContent = s.functionsHeading;
  const intro = document.createElement("p");
  intro.textContent = s.functionsIntro;
  const list = document.createElement("dl");
  for (const fn of await loadFunctions(bahasa)) {
    const params = (fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
    const dt = document.createElement("dt");
    dt.textContent = `SAKIP.${fn.name}(${params.join(bahasa === "en" ? ", " : "; ")})`;
    const dd = document.createElement("dd");
    dd.textContent = fn.description;
    list.append(dt, dd);
  }
  section.append(h2, intro, list);
  app.append(section);
}

function start(): void {
  if (typeof Office === "undefined") {
    void render(bahasaDari(navigator.language), false);
    return;
  }
  const fallback = setTimeout(() => void render(bahasaDari(navigator.language), false), OFFICE_READY_TIMEOUT_MS);
  Office.onReady((info) => {
    clearTimeout(fallback);
    const inExcel = info.host === Office.HostType.Excel;
    void render(bahasaDari(inExcel ? Office.context.displayLanguage : navigator.language), inExcel);
  });
}

start();
