import { kolomDariJalur } from "../../src/core/formulir/rfk";

const jalur = (...kolom: string[]) => kolom.map((k) => (k === "" ? [] : k.toLowerCase().split(" › ")));

describe("the RFK form's columns by their header paths (formulir/rfk.ts)", () => {
  it("reads the three-row e-monev header: group › measure › unit", () => {
    const k = kolomDariJalur(
      jalur(
        "NO",
        "URAIAN",
        "PAGU DPA",
        "KEUANGAN › RENCANA › Rp",
        "KEUANGAN › RENCANA › %",
        "KEUANGAN › REALISASI › Rp",
        "KEUANGAN › REALISASI › %",
        "FISIK › REN › %",
        "FISIK › REAL › %",
      ),
      { uraian: 1, pagu: 2 },
    );
    expect(k).toEqual({ uraian: 1, pagu: 2, rencana: 3, realisasi: 5, serapan: 6, fisikRencana: 7, fisik: 8 });
  });

  it("reads one-row labels with the unit inside, as the rekap's own sheet writes them", () => {
    const k = kolomDariJalur(
      jalur(
        "No",
        "Perangkat Daerah",
        "DPA (Rp)",
        "Rencana Keuangan (Rp)",
        "Realisasi Keuangan (Rp)",
        "Realisasi Keuangan (%)",
        "Sisa Anggaran (Rp)",
        "Rencana Fisik (%)",
        "Realisasi Fisik (%)",
      ),
      { uraian: 1, pagu: 2 },
    );
    expect(k).toEqual({ uraian: 1, pagu: 2, rencana: 3, realisasi: 4, serapan: 5, fisikRencana: 7, fisik: 8 });
  });

  it("never takes a physical column for money, and falls back to the table reader's realisasi", () => {
    const k = kolomDariJalur(jalur("Uraian", "Pagu", "Realisasi", "Target Fisik (%)", "Fisik › Realisasi › Rp"), {
      uraian: 0,
      pagu: 1,
      realisasi_anggaran: 2,
    });
    expect(k.realisasi).toBe(2);
    expect(k.fisikRencana).toBe(3);
    // A "Rp" under Fisik is the money of the physical work, not its progress.
    expect(k.fisik).toBeUndefined();
    expect(k.rencana).toBeUndefined();
  });

  it("names a column by the deepest measure on its path: a Target under REALISASI › Fisik is the target", () => {
    const k = kolomDariJalur(
      jalur(
        "No",
        "Program / Kegiatan / Sub Kegiatan",
        "Pagu (Rp)",
        "REALISASI › Fisik › Target (%)",
        "REALISASI › Fisik › Realisasi (%)",
        "REALISASI › Keuangan › Rp",
        "REALISASI › Keuangan › %",
      ),
      { uraian: 1, pagu: 2 },
    );
    expect(k).toEqual({ uraian: 1, pagu: 2, fisikRencana: 3, fisik: 4, realisasi: 5, serapan: 6 });
  });

  it("takes a lone FISIK (%) beside the money for the progress achieved", () => {
    const k = kolomDariJalur(
      jalur(
        "KODE",
        "PROGRAM/KEGIATAN/SUB KEGIATAN",
        "PAGU DPA (Rp)",
        "REALISASI KEUANGAN › Rp",
        "REALISASI KEUANGAN › %",
        "FISIK (%)",
      ),
      {
        uraian: 1,
        pagu: 2,
      },
    );
    expect(k).toEqual({ uraian: 1, pagu: 2, realisasi: 3, serapan: 4, fisik: 5 });
  });

  it("takes the money to date where the RFK gives last month, this month and to date", () => {
    const k = kolomDariJalur(
      jalur(
        "No",
        "Uraian",
        "Pagu (Rp)",
        "REALISASI KEUANGAN › Bulan Lalu › Rp",
        "REALISASI KEUANGAN › Bulan Ini › Rp",
        "REALISASI KEUANGAN › s.d. Bulan Ini › Rp",
      ),
      { uraian: 1, pagu: 2 },
    );
    expect(k.realisasi).toBe(5);
  });
});
