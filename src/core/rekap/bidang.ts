/**
 * One OPD's report kept one sheet per bidang ("DINAS PEKERJAAN UMUM - SEKRETARIAT", "… - BIDANG BINA MARGA", "… -
 * BIDANG SDA", each with its own table and total): one OPD, its sub kegiatan those of every sheet, never three OPD
 * ranked against each other. Only sheets of one file, of one period, whose titles name the same OPD before a unit
 * word (Sekretariat, Bidang, UPT/UPTD, Seksi, Bagian) are joined.
 */
import { kunciNama } from "./nama";
import type { BacaanOpd, TemuanOpd } from "./jenis";

const UNIT = /^(.{6,}?)\s*[-–—:]\s*(sekretariat|bid(?:ang)?\.?\s.+|upt\b.*|uptd\b.*|seksi\b.*|bagian\b.*)$/i;

/** The OPD a reading's title names before its unit, or undefined when it names no unit. */
function opdInduk(b: BacaanOpd): string | undefined {
  return b.bentuk === "tak_terbaca" || !b.nama ? undefined : UNIT.exec(b.nama.trim())?.[1].trim();
}

export function gabungBidang(bacaan: readonly BacaanOpd[]): { bacaan: BacaanOpd[]; temuan: TemuanOpd[] } {
  const kunci = (b: BacaanOpd) => {
    const induk = opdInduk(b);
    return induk === undefined
      ? undefined
      : `${b.berkas}|${b.periode?.tahun ?? ""}-${b.periode?.bulan ?? ""}|${kunciNama(induk)}`;
  };
  const kelompok = new Map<string, BacaanOpd[]>();
  for (const b of bacaan) {
    const k = kunci(b);
    if (k !== undefined) kelompok.set(k, [...(kelompok.get(k) ?? []), b]);
  }
  const temuan: TemuanOpd[] = [];
  const sudah = new Set<string>();
  const out: BacaanOpd[] = [];
  for (const b of bacaan) {
    const k = kunci(b);
    const xs = k === undefined ? [] : kelompok.get(k)!;
    if (xs.length < 2) {
      out.push(b);
      continue;
    }
    if (sudah.has(k!)) continue;
    sudah.add(k!);
    const nama = opdInduk(b)!;
    const lembar = xs.map((x) => x.sheet);
    out.push({
      ...b,
      sheet: lembar.join(", "),
      nama,
      sub: xs.flatMap((x) => x.sub.map((s) => ({ ...s, sheet: s.sheet ?? x.sheet }))),
      temuan: xs.flatMap((x) => x.temuan),
      barisTotal: undefined,
    });
    temuan.push({
      severity: "info",
      code: "LEMBAR_PER_BIDANG",
      message: `${nama}: ${xs.length} lembar per bidang (${lembar.map((l) => `'${l}'`).join(", ")}) dibaca sebagai satu OPD; sub kegiatannya digabung.`,
      messageEn: `${nama}: ${xs.length} sheets, one per unit (${lembar.map((l) => `'${l}'`).join(", ")}), read as one OPD; their sub-activities are joined.`,
      berkas: b.berkas,
      sheet: lembar[0],
    });
  }
  return { bacaan: out, temuan };
}
