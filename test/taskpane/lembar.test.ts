/** The pane: the sheets' language apart from the pane's (Indonesian unless chosen), and the download's name. */
import { AWAL, bahasaLembar, namaUnduh, reducer } from "../../src/taskpane/state";

test("the sheets are Indonesian unless English is chosen for them, whatever the pane's language", () => {
  expect(bahasaLembar(AWAL.opsi)).toBe("id");
  const en = reducer(AWAL, { type: "opsi", opsi: { bahasa: "en" } });
  expect(bahasaLembar(en.opsi)).toBe("en");
  // Saved settings without a sheet language (from a pane in English) still give Indonesian sheets.
  const tersimpan = reducer(AWAL, { type: "pengaturan", pengaturan: { opsi: { skala: "lima" } } });
  expect(bahasaLembar(tersimpan.opsi)).toBe("id");
});

test("the Konsistensi download is named -pemeriksaan, as `kinerja audit` names it", () => {
  expect(namaUnduh("dkum-depok-2023-laporan-kinerja.xlsx", "konsistensi")).toBe(
    "dkum-depok-2023-laporan-pemeriksaan.xlsx",
  );
  expect(namaUnduh("makro-kinerja.xlsm", "konsistensi")).toBe("makro-pemeriksaan.xlsm");
  expect(namaUnduh("dkum-depok-2023-kinerja.xlsx", "buat")).toBe("dkum-depok-2023-kinerja.xlsx");
});
