/** The task pane's state logic, without a browser. */
import * as path from "path";
import { bacaWorkbook } from "../../src/core/read";
import { Model } from "../../src/core/model";
import { AWAL, kelompokTemuan, reducer, ringkasanBaca } from "../../src/taskpane/state";
import { bahasaDari } from "../../src/core/bahasa";
import { STRINGS } from "../../src/taskpane/strings";
import { readGrids } from "../../src/xlsx/read";

let model: Model;
beforeAll(async () => {
  model = bacaWorkbook(await readGrids(path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx")));
});

test("what was found, in plain words", () => {
  expect(ringkasanBaca(model, STRINGS.id)).toEqual([
    "2 sasaran, 3 indikator di 'PK 2023'",
    "3 realisasi di 'Realisasi TW IV'",
    "7 program, 26 sub kegiatan di 'DPA 2023'",
  ]);
  expect(ringkasanBaca(model, STRINGS.en)[2]).toBe("7 programs, 26 sub-activities in 'DPA 2023'");
});

test("findings grouped by severity, in order", () => {
  const g = kelompokTemuan(model.diagnostics);
  expect([g.error.length, g.warning.length, g.info.length]).toEqual([2, 5, 1]);
  expect(g.error.map((d) => `${d.sheet}!${d.cell}`)).toEqual(["PK 2023!C19", "DPA 2023!G8"]);
});

test("reading proposes a mapping; the user's own choice survives a re-read", () => {
  let s = reducer(AWAL, { type: "mulai", progres: "Membaca" });
  expect(s.sibuk).toBe(true);
  s = reducer(s, { type: "dibaca", model, lembar: ["PK 2023", "Realisasi TW IV", "DPA 2023"] });
  expect(s.pemetaan.lembar).toEqual({ pk: "PK 2023", realisasi: "Realisasi TW IV", anggaran: "DPA 2023" });
  expect(s.langkah).toBe("baca");
  s = reducer(s, { type: "lembar", peran: "pk", nama: "DPA 2023" });
  s = reducer(s, { type: "dibaca", model, lembar: [] });
  expect(s.pemetaan.lembar?.pk).toBe("DPA 2023");
});

test("remembered settings load; generation, cancel and failure end the busy state with the right message", () => {
  let s = reducer(AWAL, {
    type: "pengaturan",
    pengaturan: { pemetaan: { versi: 1, lembar: { pk: "PK" } }, opsi: { skala: "lima" } },
  });
  expect(s.opsi.skala).toBe("lima");
  s = reducer(reducer(s, { type: "mulai", progres: "x" }), { type: "dibatalkan" });
  expect([s.sibuk, s.galat, s.hasil]).toEqual([false, undefined, undefined]);
  s = reducer(reducer(s, { type: "mulai", progres: "x" }), { type: "gagal", pesan: "sync gagal" });
  expect([s.sibuk, s.galat]).toEqual([false, "sync gagal"]);
  s = reducer(reducer(s, { type: "mulai", progres: "x" }), {
    type: "dibuat",
    hasil: { lembar: ["Pengukuran Kinerja"], dilewati: [], bentrok: [], narasi: [] },
  });
  expect([s.sibuk, s.galat, s.hasil?.lembar]).toEqual([false, undefined, ["Pengukuran Kinerja"]]);
});

test("the pane speaks English only when Office's display language is English", () => {
  expect([
    bahasaDari("en-US"),
    bahasaDari("en-GB"),
    bahasaDari("id-ID"),
    bahasaDari(undefined),
    bahasaDari("fr-FR"),
  ]).toEqual(["en", "en", "id", "id", "id"]);
});

test("a column picked by the user is kept in the mapping the next read uses", () => {
  let s = reducer(AWAL, { type: "dibaca", model, lembar: [] });
  expect(s.pemetaan.tabel?.pk?.kolom?.target).toBe("E");
  s = reducer(s, { type: "kolom", peran: "pk", field: "target", kolom: "D" });
  expect(s.pemetaan.tabel?.pk).toEqual({
    barisJudul: [3],
    kolom: { no: "A", sasaran: "B", indikator: "C", satuan: "D", target: "D" },
  });
  s = reducer(s, { type: "dibaca", model, lembar: [] });
  expect(s.pemetaan.tabel?.pk?.kolom?.target).toBe("D");
  // Choosing another sheet drops the column choices; the next read proposes them afresh.
  s = reducer(reducer(s, { type: "lembar", peran: "pk", nama: "PK 2023" }), { type: "dibaca", model, lembar: [] });
  expect(s.pemetaan.tabel?.pk?.kolom?.target).toBe("E");
});

test("the pane shows the reader's findings grouped as baca prints them: seven unit rows, one finding", async () => {
  const m = bacaWorkbook(await readGrids(path.resolve(__dirname, "../../samples/fixtures/rekap/rekap-kota.xlsx")));
  expect(m.diagnostics.filter((d) => d.code === "TINGKAT_TAK_DIKENAL")).toHaveLength(7);
  const g = kelompokTemuan(m.diagnostics);
  const baris = g.warning.filter((d) => d.code === "TINGKAT_TAK_DIKENAL");
  expect(baris.map((d) => [d.sheet, d.cell, d.rentang, d.jumlah])).toEqual([["Cetak", "B7:B13", "B7:B13", 7]]);
  expect(baris[0].message).toMatch(/^7 sel \(B7:B13\), temuan sejenis; yang pertama, B7: Baris "DINAS"/);
  expect(g.warning).toHaveLength(3);
});
