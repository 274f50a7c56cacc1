/**
 * `kinerja contoh`: the seed agency's 2023 figures (samples/dkum-depok-2023.json) computed by the core rules and
 * printed next to what the report states, so a newcomer sees the calculation rules at work.
 */
import * as fs from "fs";
import * as path from "path";
import { capaian, capaianSasaran, formatPersen, formatRupiah, isSakipError, predikat, serapan, SKALA } from "../core";
import type { Bahasa } from "../core/bahasa";
import { TEKS } from "../core/report/teks";

interface Seed {
  raw_counts: { koperasi_berkualitas_2023: { numerator: number; denominator: number } };
  iku_capaian_2023: {
    primary_section_3_1: {
      indikator: string;
      target: number;
      realisasi: number;
      capaian_pct: number;
      sasaran_no: number;
      satuan: string;
    }[];
  };
  program_kegiatan_subkegiatan_3_6: {
    rows: { level: string; name: string; anggaran: number; realisasi_anggaran: number; serapan_pct: number }[];
  };
}

export const SAMPLE_JSON = path.resolve(__dirname, "../../samples/dkum-depok-2023.json");

const KATA = {
  id: {
    judul: "Capaian IKU 2023 — Dinas Koperasi dan Usaha Mikro Kota Depok (dihitung ulang; angka laporan di kanan)",
    capaian: "capaian",
    laporan: "laporan",
    sasaran: (no: number) => `Capaian sasaran ${no}`,
    program: "Realisasi anggaran per program",
    total: "Total dinas",
  },
  en: {
    judul:
      "KPI achievement 2023 — Dinas Koperasi dan Usaha Mikro Kota Depok (recomputed; the report's figures on the right)",
    capaian: "achievement",
    laporan: "report",
    sasaran: (no: number) => `Goal ${no} achievement`,
    program: "Budget realisation per program",
    total: "Agency total",
  },
} as const;

export function contoh(bahasa: Bahasa = "id", file = SAMPLE_JSON): string {
  const k = KATA[bahasa];
  // A rating label in the output's language; an error's code and message as the core gives them.
  const tampil = (x: unknown) =>
    typeof x === "number"
      ? formatPersen(x, 2, bahasa)
      : isSakipError(x)
        ? `${x.code} ${x.message}`
        : bahasa === "en"
          ? (TEKS.en.predikat[String(x)] ?? String(x))
          : String(x);
  const seed = JSON.parse(fs.readFileSync(file, "utf8")) as Seed;
  const lines: string[] = [k.judul, ""];
  const { numerator, denominator } = seed.raw_counts.koperasi_berkualitas_2023;
  const perSasaran = new Map<number, number[]>();
  for (const iku of seed.iku_capaian_2023.primary_section_3_1) {
    // Koperasi Berkualitas is computed from its counts (60/165), not from the rounded 36,36%.
    const realisasi =
      iku.satuan === "%" && iku.indikator === "Koperasi Berkualitas"
        ? numerator / denominator
        : iku.realisasi / (iku.satuan === "%" ? 100 : 1);
    const target = iku.target / (iku.satuan === "%" ? 100 : 1);
    const c = capaian(realisasi, target);
    if (typeof c === "number") perSasaran.set(iku.sasaran_no, [...(perSasaran.get(iku.sasaran_no) ?? []), c]);
    const p = typeof c === "number" ? predikat(c, SKALA.tiga) : c;
    lines.push(
      `  ${iku.indikator.padEnd(24)} ${k.capaian} ${tampil(c).padStart(8)}  ${tampil(p).padEnd(16)} (${k.laporan}: ${formatPersen(iku.capaian_pct / 100, 2, bahasa)})`,
    );
  }
  lines.push("");
  for (const [no, values] of perSasaran) lines.push(`  ${k.sasaran(no)}: ${tampil(capaianSasaran(values))}`);
  const agency = seed.program_kegiatan_subkegiatan_3_6.rows.find((r) => r.level === "agency")!;
  lines.push("", k.program, "");
  for (const r of seed.program_kegiatan_subkegiatan_3_6.rows.filter((row) => row.level === "program")) {
    lines.push(
      `  ${r.name.slice(0, 48).padEnd(48)} ${formatRupiah(r.anggaran, bahasa).padStart(20)} ${tampil(serapan(r.realisasi_anggaran, r.anggaran)).padStart(8)}`,
    );
  }
  lines.push(
    `  ${k.total.padEnd(48)} ${formatRupiah(agency.anggaran, bahasa).padStart(20)} ${tampil(serapan(agency.realisasi_anggaran, agency.anggaran)).padStart(8)}`,
  );
  return lines.join("\n");
}
