/**
 * `kinerja rekap` on 45 (a kabupaten) and 500 (a province's) generated OPD files of ~60 sub kegiatan each, in the RFK
 * layout of scripts/fixtures-rekap.ts: the time to read, check and write the rekap, and the heap after each run (one
 * file at a time: it should not grow with the number of files). Run: npx tsx bench/rekap.bench.ts
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { lembarOpd, OpdFx, SubFx } from "../scripts/fixtures-rekap";
import { workbookBuffer } from "../scripts/workbook-builder";
import { rekap } from "../src/cli/rekap";

const SUB = 60;

function opd(i: number): OpdFx {
  const subs: SubFx[] = [];
  for (let j = 0; j < SUB; j++) {
    const pagu = 10_000_000 + ((i * 7919 + j * 104_729) % 90) * 1_000_000;
    const p = ((i * 31 + j * 17) % 100) / 100;
    subs.push({
      nama: `Sub Kegiatan ${j + 1} OPD ${i + 1}`,
      pagu,
      realisasi: Math.round(pagu * p),
      fisikRencana: 100,
      fisik: Math.min(100, Math.round(p * 100) + 5),
    });
  }
  return {
    lembar: `${i + 1} OPD`,
    berkas: `opd-${i + 1}.xlsx`,
    judul: `DINAS NOMOR ${i + 1}`,
    kondisi: "KONDISI DESEMBER 2024",
    subs,
  };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-rekap-bench-"));
  // One file written by ExcelJS, copied with its OPD's name changed in the shared strings (ExcelJS would take longer
  // to write 500 files than the rekap takes to read them).
  const contoh = unzipSync(await workbookBuffer([lembarOpd(opd(0))]));
  const salin = (i: number) =>
    zipSync({
      ...contoh,
      "xl/sharedStrings.xml": strToU8(
        strFromU8(contoh["xl/sharedStrings.xml"]).replace(">DINAS NOMOR 1<", `>DINAS NOMOR ${i + 1}<`),
      ),
    });
  for (const n of [45, 500]) {
    const folder = path.join(dir, `opd-${n}`);
    fs.mkdirSync(folder);
    for (let i = 0; i < n; i++)
      fs.writeFileSync(path.join(folder, `opd-${String(i + 1).padStart(3, "0")}.xlsx`), salin(i));
    const out = path.join(dir, `rekap-${n}.xlsx`);
    global.gc?.();
    const t0 = process.hrtime.bigint();
    let puncak = 0;
    const r = await rekap([folder], out, {}, () => {
      puncak = Math.max(puncak, process.memoryUsage().heapUsed);
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(
      `rekap ${n} berkas OPD (${n * SUB} sub kegiatan): ${(ms / 1000).toFixed(2)} s, ${(ms / n).toFixed(1)} ms per berkas; ` +
        `heap tertinggi ${(puncak / 2 ** 20).toFixed(0)} MB; ${r.rekap.jumlah.lapor} lapor (nama sama: ${r.rekap.jumlah.ganda} ganda)`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
