/**
 * Task-pane entry. Inside Excel: the Excel host and the Office display language (src/excel/office.ts, which also
 * registers the ribbon's "build again" command). Outside Office, or when office.js cannot be fetched: the standalone
 * page over .xlsx files (with a bundled sample preloaded when the URL says ?contoh or ?contoh=laporan), starting at once.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { mulai, Tema } from "../excel/office";
import { App } from "./App";
import { Host, simpananLokal } from "../host";
import type { Bahasa } from "../core/bahasa";
import { bahasaDari } from "../core/bahasa";

/**
 * The pane's language: the one chosen with its switch (remembered on this computer where storage is allowed), else
 * Office's display language (in Excel) or the browser's (standalone).
 */
const KUNCI_BAHASA = "sakip-kinerja-bahasa";
function bahasaDipilih(bawaan: string | undefined): Bahasa {
  const dipilih = simpananLokal.baca(KUNCI_BAHASA);
  return dipilih === "id" || dipilih === "en" ? dipilih : bahasaDari(bawaan);
}

function useBahasa(bawaan: string | undefined): [Bahasa, (b: Bahasa) => void] {
  const [bahasa, setBahasa] = React.useState<Bahasa>(() => bahasaDipilih(bawaan));
  const ganti = (b: Bahasa) => {
    simpananLokal.tulis(KUNCI_BAHASA, b);
    document.documentElement.lang = b;
    setBahasa(b);
  };
  return [bahasa, ganti];
}

function DiExcel({ host, bawaan }: { host: Host; bawaan: string }) {
  const [bahasa, gantiBahasa] = useBahasa(bawaan);
  return <App bahasa={bahasa} host={host} gantiBahasa={gantiBahasa} />;
}

function Standalone() {
  const [bahasa, gantiBahasa] = useBahasa(navigator.language);
  const contoh = new URLSearchParams(location.search).get("contoh");
  const [host, setHost] = React.useState<Host | null>(null);
  const buka = React.useCallback(async (judul: string, isi: ArrayBuffer) => {
    const { BerkasHost } = await import(/* webpackChunkName: "berkas" */ "../xlsx/browser-host.js");
    setHost(new BerkasHost(judul, isi));
  }, []);
  // ?contoh: the sample's input sheets; ?contoh=laporan: the seed report's own tables, for the consistency check.
  const muatContoh = async () => {
    const laporan = contoh === "laporan";
    const r = await fetch(laporan ? "contoh-laporan.xlsx" : "contoh.xlsx");
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    await buka(laporan ? "dkum-depok-2023-laporan.xlsx" : "dkum-depok-2023.xlsx", await r.arrayBuffer());
  };
  return (
    <App
      bahasa={bahasa}
      host={host}
      bukaBerkas={(f) => f.arrayBuffer().then((b) => buka(f.name, b))}
      muatAwal={contoh !== null ? muatContoh : undefined}
      langkahAwal={contoh === "laporan" ? "konsistensi" : undefined}
      gantiBahasa={gantiBahasa}
    />
  );
}

let root: ReturnType<typeof createRoot> | undefined;
/** Renders the pane; again when the standalone page turns out to be in Excel (office.js answered late). */
function render(node: React.ReactElement, bahasa: Bahasa, tema: Tema = "terang"): void {
  document.documentElement.lang = bahasa;
  const theme = tema === "gelap" ? webDarkTheme : webLightTheme;
  document.body.style.background = theme.colorNeutralBackground1;
  root ??= createRoot(document.getElementById("app")!);
  root.render(<FluentProvider theme={theme}>{node}</FluentProvider>);
}

mulai(
  (bahasa, host, tema) => render(<DiExcel host={host} bawaan={bahasa} />, bahasaDipilih(bahasa), tema),
  () => render(<Standalone />, bahasaDipilih(navigator.language)),
);
