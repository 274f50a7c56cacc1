/** The pure core: everything hosts need, with no Office.js, DOM or Node API. */
export * from "./errors";
export * from "./numbers";
export * from "./rules/capaian";
export * from "./rules/predikat";
export * from "./rules/anggaran";
export * from "./rules/agregasi";
export { normalKata, pilih, type Pilihan } from "./rules/pilihan";
