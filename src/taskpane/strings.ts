/** Every task-pane string once, keyed, per language. Indonesian is the product language; English follows Office. */
export const STRINGS = {
  id: {
    statusExcel: "Terhubung dengan Excel. Fungsi SAKIP siap diketik di sel mana pun.",
    statusStandalone: "Mode mandiri (di luar Excel): halaman ini tidak terhubung ke buku kerja.",
    functionsHeading: "Fungsi SAKIP",
    functionsIntro: "Ketik di sel, misalnya =SAKIP.CAPAIAN(C5; B5). Rentang menghasilkan rentang hasil.",
  },
  en: {
    statusExcel: "Connected to Excel. The SAKIP functions can be typed in any cell.",
    statusStandalone: "Standalone mode (outside Excel): this page is not connected to a workbook.",
    functionsHeading: "SAKIP functions",
    functionsIntro: "Type them in a cell, e.g. =SAKIP.ACHIEVEMENT(C5, B5). A range spills a range of results.",
  },
} as const;

export type Bahasa = keyof typeof STRINGS;

/** Office display language → UI language: English for any en-*, Indonesian otherwise. */
export function bahasaDari(displayLanguage: string | undefined): Bahasa {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "id";
}
