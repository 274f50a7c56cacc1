/** Checks within a table: parents against their children, totals and averages against their parts. */
import { Tingkat, kedalaman } from "../tabel";
import { indukTersembunyi } from "../tabel/induk-total";
import { Baris } from "./kelompok";
import { AngkaTertulis, Isian, ISIAN_PERSEN, ISIAN_RUPIAH } from "./tabel";
import {
  cocok,
  dua,
  EPS,
  NAMA_ISIAN,
  NAMA_ISIAN_EN,
  Pemeriksa,
  pendek,
  rujukan,
  selDari,
  setengah,
  tampil,
  tampilA,
  tampilAEn,
  tampilEn,
} from "./temuan";

/** The children's level, in words: "jumlah 3 kegiatan di bawahnya". */
const NAMA_ANAK: Record<Tingkat, readonly [string, string]> = {
  urusan: ["urusan", "affairs"],
  bidang_urusan: ["bidang urusan", "affair fields"],
  organisasi: ["unit", "units"],
  program: ["program", "programmes"],
  kegiatan: ["kegiatan", "activities"],
  sub_kegiatan: ["sub kegiatan", "sub-activities"],
  rincian: ["rincian", "spending lines"],
};

/** A row without a level counts as the table's top (the agency's own row) when totals are matched to their rows. */
const dalam = (t: Tingkat | null): number => kedalaman(t ?? "organisasi");

/**
 * The rows a parent totals: below it, deeper than it, up to the next row at its level or above. Its children are
 * the next level down; in a table whose levels are its kode's, the next level present below it (a bidang urusan
 * over programs when no unit row stands between), and a row without kode among them (a detail line) is passed over.
 */
function anakDari(
  rows: readonly Baris[],
  i: number,
): { anak: number[]; tebakan: boolean; posisi: boolean; lepas: boolean } {
  const T = rows[i].b.tingkat;
  const anak: number[] = [];
  let tebakan = false;
  if (T === null) return { anak, tebakan, posisi: false, lepas: false };
  const L = kedalaman(T);
  const kode = rows[i].b.dasarTingkat === "kode";
  const rentang: number[] = [];
  for (let j = i + 1; j < rows.length; j++) {
    const t = rows[j].b.tingkat;
    if (t === null && kode && rows[j].b.jenis === "item") continue;
    if (t === null || kedalaman(t) <= L) break;
    rentang.push(j);
  }
  const target = kode ? Math.min(...rentang.map((j) => kedalaman(rows[j].b.tingkat!))) : L + 1;
  for (const j of rentang) {
    const t = kedalaman(rows[j].b.tingkat!);
    if (t === target) anak.push(j);
    // Rows below it whose level is only guessed from their order: its children are then not proven.
    if (rows[j].b.tingkatDitebak && (t === target || indukTersamar(rows, j))) tebakan = true;
  }
  // A child whose level only its place gives (no kode, label word or indentation): the sum is not proven.
  const posisi = anak.some((j) => rows[j].b.dasarTingkat === "posisi");
  // Levels from the kode prove the children only where their kode extends the parent's (a unit's items follow it,
  // whatever their kode): two "Kode" columns that are not one kode split give levels, not parents. A parent whose
  // kode is one segment ("2": an urusan, or a row of column numbers) names no kode to extend: nothing is proven.
  const induk = rows[i].b.kode;
  const lepas =
    kode && T !== "organisasi" && (induk === null || anak.some((j) => !(rows[j].b.kode ?? "").startsWith(`${induk}.`)));
  return { anak, tebakan, posisi, lepas };
}

/** Parents against their children and totals/averages against their parts, within one table. */
export function periksaSusunan(p: Pemeriksa, rows: readonly Baris[]): void {
  const isianDi = new Set(rows.flatMap((b) => [...b.nilai.keys()]));
  // Parents: every row with a level against the rows one level below it.
  rows.forEach((b, i) => {
    const L = b.b.tingkat;
    if (L === null || kedalaman(L) >= kedalaman("sub_kegiatan")) return;
    const { anak: anakIdx, tebakan, posisi, lepas } = anakDari(rows, i);
    const anak = anakIdx.map((j) => rows[j]);
    if (anak.length === 0) return;
    const [namaAnak, namaAnakEn] = NAMA_ANAK[anak[0].b.tingkat!];
    for (const key of isianDi) {
      const isian = key.split("|")[0] as Isian;
      if (!ISIAN_RUPIAH.has(isian)) continue;
      // Sisa follows from pagu and realisasi; its own arithmetic is checked per row.
      if (isian === "sisa" && b.nilai.has(key.replace("sisa", "pagu"))) continue;
      const induk = b.nilai.get(key);
      const bagian = anak.map((a) => a.nilai.get(key));
      if (!induk || bagian.some((x) => x === undefined)) continue;
      // A parent whose cell adds cells of its column says itself which rows are its children: that formula is
      // checked against its column's pattern (cek-rumus.ts), not against children guessed from the names.
      if (b.t.rumusJumlah.has(`${induk.row}:${induk.col}`)) continue;
      p.diperiksa++;
      const jumlah = bagian.reduce((s, x) => s + x!.nilai, 0);
      if (Math.abs(jumlah - induk.nilai) <= 0.5) continue;
      // The parent may be right and one child's own total wrong: the same difference, the other way.
      const asal = anakIdx.find((j) => Math.abs(selisihAnak(rows, j, key) + (induk.nilai - jumlah)) <= 0.5);
      const pesan = dua(
        `${NAMA_ISIAN[isian][0].toUpperCase()}${NAMA_ISIAN[isian].slice(1)} ${pendek(b.b.nama)}: tertulis ${tampilA(induk)}, jumlah ${anak.length} ${namaAnak} di bawahnya ${tampil(jumlah, 0)} (selisih ${tampil(induk.nilai - jumlah, 0)}).`,
        `${NAMA_ISIAN_EN[isian][0].toUpperCase()}${NAMA_ISIAN_EN[isian].slice(1)} of ${pendek(b.b.nama)}: stated ${tampilAEn(induk)}, its ${anak.length} ${namaAnakEn} add up to ${tampilEn(jumlah, 0)} (difference ${tampilEn(induk.nilai - jumlah, 0)}).`,
      );
      const asalSel = asal !== undefined ? rujukan(selDari(rows[asal].nilai.get(key)!)) : "";
      p.tambah("JUMLAH_INDUK", pesan, [selDari(induk), ...bagian.map((x) => selDari(x!))], {
        tertulis: induk.nilai,
        seharusnya: jumlah,
        desimal: 0,
        isian,
        // A parent right against its children's own details carries the child's error: info, not a second galat.
        ...(tebakan
          ? { severity: "warning" as const }
          : posisi || lepas || asal !== undefined
            ? { severity: "info" as const }
            : {}),
        penyebab:
          tebakan || posisi
            ? dua(
                "Tingkat baris-baris ini ditebak dari urutannya (tanpa kode, awalan atau indentasi): sebagian mungkin bukan rinciannya",
                "These rows' levels are guessed from their order (no kode, prefix or indentation): some may not be its details",
              )
            : lepas
              ? dua(
                  "Kode sebagian baris di bawahnya tidak berawal dengan kode baris ini: tidak terbukti rinciannya",
                  "Some rows below do not have a kode that starts with this row's: they are not proven its details",
                )
              : asal !== undefined
                ? dua(
                    `Selisih ini berasal dari ${pendek(rows[asal].b.nama, 40)} (${asalSel}), yang tidak sama dengan jumlah rinciannya`,
                    `The difference comes from ${pendek(rows[asal].b.nama, 40)} (${asalSel}), which differs from the sum of its own details`,
                  )
                : undefined,
      });
    }
  });
  // Total and average rows against the rows above them (since the previous total), at the top level present.
  let awal = 0;
  rows.forEach((b, i) => {
    // A rating row ("Predikat kinerja") states no sum or average of the rows above.
    if (b.b.jenis === "item" || b.b.jenis === "predikat") return;
    // Rows without figures (a "NAMA KEGIATAN : …" title line) total nothing.
    let bagianRows = rows.slice(awal, i).filter((x) => x.b.jenis === "item" && x.nilai.size > 0);
    awal = i + 1;
    // Rows over everything that only repeat the total ("3 URUSAN …" and "3.27 …" written =C37 above a JUMLAH
    // BELANJA in row 37) prove nothing: where the other rows stand on their kode, the total is checked against the
    // level below them.
    const salinan = (x: Baris) =>
      x.nilai.size > 0 &&
      [...x.nilai].every(([k, v]) => {
        const a = b.nilai.get(k);
        return a !== undefined && Math.abs(a.nilai - v.nilai) <= EPS;
      });
    const salin = bagianRows.filter(salinan);
    const sisa = bagianRows.filter((x) => !salin.includes(x));
    if (
      salin.length > 0 &&
      salin.length <= 3 &&
      sisa.length > 1 &&
      sisa.every((x) => x.b.dasarTingkat === "kode") &&
      salin.every((x) => sisa.every((y) => dalam(y.b.tingkat) > dalam(x.b.tingkat)))
    )
      bagianRows = sisa;
    const puncak = Math.min(...bagianRows.map((x) => dalam(x.b.tingkat)));
    // Rows another row's sum formula adds are its children (a table whose names do not say their level).
    // A row whose kode extends another's above it (rekening 5.1.02.01.01.0024 under 5.1.02) is that row's detail.
    const kodeAtas = bagianRows.map((x) => x.b.kode).filter((k): k is string => !!k);
    const atas = bagianRows.filter(
      (x) =>
        dalam(x.b.tingkat) === puncak &&
        !x.t.anakRumus.has(x.b.row) &&
        !kodeAtas.some((k) => x.b.kode?.startsWith(`${k}.`)),
    );
    // Parents written as plain figures, as each rupiah column of the total shows them (rows without a level only).
    const indukTotal: Baris[][] = [];
    if (b.b.jenis === "jumlah" && atas.length > 2 && atas.every((x) => x.b.tingkat === null))
      for (const [key, a] of b.nilai) {
        if (!ISIAN_RUPIAH.has(key.split("|")[0] as Isian) || atas.some((x) => !x.nilai.has(key))) continue;
        const xs = indukTersembunyi(
          atas.map((x) => x.nilai.get(key)!.nilai),
          a.nilai,
        ).map((j) => atas[j]);
        if (xs.length > 0) indukTotal.push(xs);
      }
    // One top row (a table of one program, every row with a level; or a table of one row): the total is its figure.
    const satu =
      atas.length === 1 &&
      b.b.jenis === "jumlah" &&
      (bagianRows.length === 1 || bagianRows.every((x) => x.b.tingkat !== null))
        ? atas[0]
        : undefined;
    for (const [key, a] of b.nilai) {
      const isian = key.split("|")[0] as Isian;
      const bagian = atas.map((x) => x.nilai.get(key)).filter((x): x is AngkaTertulis => x !== undefined);
      if (satu && bagian.length === 1) {
        jumlahSatu(p, b, a, satu, bagianRows, rows, key);
        continue;
      }
      if (bagian.length < 2) continue;
      p.diperiksa++;
      const jumlah = bagian.reduce((s, x) => s + x.nilai, 0);
      const rata = jumlah / bagian.length;
      const persen = ISIAN_PERSEN.has(isian) || a.persen || bagian.some((x) => x.persen);
      const sel = [selDari(a), ...bagian.map(selDari)];
      if (persen && cocok(a, jumlah) && !cocok(a, rata)) {
        const pesan = dua(
          `${pendek(b.b.nama)} (${NAMA_ISIAN[isian]}): ${tampilA(a)}% adalah jumlah ${bagian.length} persentase di atasnya. Persentase tidak dijumlahkan${isian === "serapan" ? "; serapan total = total realisasi ÷ total pagu" : "; gunakan rata-rata atau hitung dari angka dasarnya"}.`,
          `${pendek(b.b.nama)} (${NAMA_ISIAN_EN[isian]}): ${tampilAEn(a)}% is the sum of the ${bagian.length} percentages above it. Percentages are not added up${isian === "serapan" ? "; the overall absorption = total spent ÷ total ceiling" : "; use the average or compute from the underlying figures"}.`,
        );
        p.tambah("PERSEN_DIJUMLAH", pesan, sel, { tertulis: a.nilai, seharusnya: rata, desimal: a.desimal, isian });
      } else if (b.b.jenis === "rata" && !cocok(a, rata)) {
        p.tambah(
          "RATA_RATA",
          dua(
            `${pendek(b.b.nama)} (${NAMA_ISIAN[isian]}): tertulis ${tampilA(a)}, rata-rata ${bagian.length} baris di atasnya ${tampil(rata, a.desimal)}.`,
            `${pendek(b.b.nama)} (${NAMA_ISIAN_EN[isian]}): stated ${tampilAEn(a)}, the average of the ${bagian.length} rows above it is ${tampilEn(rata, a.desimal)}.`,
          ),
          sel,
          { tertulis: a.nilai, seharusnya: rata, desimal: a.desimal, isian },
        );
      } else if (b.b.jenis === "jumlah" && !persen && Math.abs(a.nilai - jumlah) > setengah(a.desimal) + EPS) {
        // The total may be right and one part's own sum wrong: the same difference, the other way.
        const asal = atas.find((x) => Math.abs(selisihAnak(rows, rows.indexOf(x), key) + (a.nilai - jumlah)) <= 0.5);
        // Rows without a level whose figure is the sum of the rows under them, and the rest add up to the total
        // (in this column, under the parents any rupiah column shows): parents the names do not show, and the total
        // is right under that reading. Not proven either way: info.
        const induk = ISIAN_RUPIAH.has(isian)
          ? (indukTotal.find((xs) => {
              const sisa = bagian.filter((x) => !xs.some((y) => y.nilai.get(key) === x));
              return Math.abs(sisa.reduce((t, x) => t + x.nilai, 0) - a.nilai) <= setengah(a.desimal) + EPS;
            }) ?? [])
          : [];
        p.tambah(
          "JUMLAH_TOTAL",
          dua(
            `${pendek(b.b.nama)} (${NAMA_ISIAN[isian]}): tertulis ${tampilA(a)}, jumlah ${bagian.length} baris di atasnya ${tampil(jumlah, a.desimal)} (selisih ${tampil(a.nilai - jumlah, a.desimal)}).`,
            `${pendek(b.b.nama)} (${NAMA_ISIAN_EN[isian]}): stated ${tampilAEn(a)}, the ${bagian.length} rows above it add up to ${tampilEn(jumlah, a.desimal)} (difference ${tampilEn(a.nilai - jumlah, a.desimal)}).`,
          ),
          sel,
          {
            tertulis: a.nilai,
            seharusnya: jumlah,
            desimal: a.desimal,
            isian,
            ...(asal
              ? {
                  severity: "info" as const,
                  penyebab: dua(
                    `Selisih ini berasal dari ${pendek(asal.b.nama, 40)} (${rujukan(selDari(asal.nilai.get(key)!))}), yang tidak sama dengan jumlah rinciannya`,
                    `The difference comes from ${pendek(asal.b.nama, 40)} (${rujukan(selDari(asal.nilai.get(key)!))}), which differs from the sum of its own details`,
                  ),
                }
              : induk.length > 0
                ? {
                    severity: "info" as const,
                    penyebab: dua(
                      `Baris ${induk.map((x) => rujukan(selDari(x.nilai.get(key)!))).join(", ")} tepat jumlah baris di bawahnya: bila itu program/kegiatan (tanpa kode atau awalan yang menyatakannya), baris lainnya berjumlah sama dengan ${pendek(b.b.nama)}`,
                      `Rows ${induk.map((x) => rujukan(selDari(x.nilai.get(key)!))).join(", ")} are exactly the sum of the rows under them: if they are programmes/activities (no kode or prefix says so), the other rows add up to ${pendek(b.b.nama)}`,
                    ),
                  }
                : {}),
          },
        );
      }
    }
  });
}

/**
 * A typed total under the table's one top row (a program and its kegiatan, then "JUMLAH"): the total is that row's
 * figure. Proven when that row's level and the level of every row below it are stated (kode extending its kode,
 * "Kegiatan …" words, indentation): a galat at the total's cell. A total equal to the sum of the top row's own
 * children carries the top row's error (its JUMLAH_INDUK): info naming it. Rows whose level only their place gives
 * leave it unproven which rows the total adds: info.
 */
function jumlahSatu(
  p: Pemeriksa,
  b: Baris,
  a: AngkaTertulis,
  puncak: Baris,
  bagianRows: readonly Baris[],
  rows: readonly Baris[],
  key: string,
): void {
  const isian = key.split("|")[0] as Isian;
  const atas = puncak.nilai.get(key)!;
  if (ISIAN_PERSEN.has(isian) || a.persen || atas.persen) return;
  p.diperiksa++;
  if (Math.abs(a.nilai - atas.nilai) <= setengah(a.desimal) + EPS) return;
  const kodeAtas = puncak.b.kode;
  const terbukti = (x: Baris) =>
    x.b.dasarTingkat !== null &&
    x.b.dasarTingkat !== "posisi" &&
    !x.b.tingkatDitebak &&
    (x.b.dasarTingkat !== "kode" || x === puncak || (kodeAtas !== null && (x.b.kode ?? "").startsWith(`${kodeAtas}.`)));
  const i = rows.indexOf(puncak);
  const asal = puncak.b.tingkat !== null && Math.abs(a.nilai - (atas.nilai - selisihAnak(rows, i, key))) <= 0.5;
  const pasti = bagianRows.every(terbukti) && !asal;
  const nama = pendek(b.b.nama);
  p.tambah(
    "JUMLAH_TOTAL",
    dua(
      `${nama} (${NAMA_ISIAN[isian]}): tertulis ${tampilA(a)}, sedangkan satu-satunya baris teratas di atasnya, ${pendek(puncak.b.nama, 40)}, ${tampil(atas.nilai, a.desimal)} (selisih ${tampil(a.nilai - atas.nilai, a.desimal)}).`,
      `${nama} (${NAMA_ISIAN_EN[isian]}): stated ${tampilAEn(a)}, while the one top row above it, ${pendek(puncak.b.nama, 40)}, has ${tampilEn(atas.nilai, a.desimal)} (difference ${tampilEn(a.nilai - atas.nilai, a.desimal)}).`,
    ),
    [selDari(a), selDari(atas)],
    {
      tertulis: a.nilai,
      seharusnya: atas.nilai,
      desimal: a.desimal,
      isian,
      ...(pasti ? {} : { severity: "info" as const }),
      penyebab: asal
        ? dua(
            `Jumlah ini sama dengan jumlah rincian ${pendek(puncak.b.nama, 40)} (${rujukan(selDari(atas))}), yang tidak sama dengan jumlah rinciannya`,
            `This total equals the sum of the details of ${pendek(puncak.b.nama, 40)} (${rujukan(selDari(atas))}), which differs from the sum of its own details`,
          )
        : pasti
          ? undefined
          : dua(
              "Tingkat sebagian baris ditebak dari urutannya (tanpa kode, awalan atau indentasi): tidak terbukti baris mana yang dijumlahkan",
              "Some rows' levels are guessed from their order (no kode, prefix or indentation): which rows the total adds is not proven",
            ),
    },
  );
}

/** A row's figure minus the sum of its children's (0 when it has none or they lack the figure). */
function selisihAnak(rows: readonly Baris[], i: number, key: string): number {
  const induk = rows[i].nilai.get(key);
  if (rows[i].b.tingkat === null || !induk) return 0;
  let jumlah = 0;
  let ada = false;
  for (const j of anakDari(rows, i).anak) {
    const x = rows[j].nilai.get(key);
    if (!x) return 0;
    jumlah += x.nilai;
    ada = true;
  }
  return ada ? induk.nilai - jumlah : 0;
}

/**
 * A row whose level was guessed as a leaf, yet whose rupiah figure is the sum of the two or more leaves right below
 * it: a parent (the next kegiatan) read as a leaf.
 */
function indukTersamar(rows: readonly Baris[], i: number): boolean {
  const bawah: Baris[] = [];
  for (let j = i + 1; j < rows.length && rows[j].b.tingkat === "sub_kegiatan"; j++) bawah.push(rows[j]);
  if (bawah.length < 2) return false;
  for (const [key, a] of rows[i].nilai) {
    if (!ISIAN_RUPIAH.has(key.split("|")[0] as Isian)) continue;
    const xs = bawah.map((b) => b.nilai.get(key));
    if (xs.some((x) => x === undefined)) continue;
    if (Math.abs(xs.reduce((s, x) => s + x!.nilai, 0) - a.nilai) <= 0.5) return true;
  }
  return false;
}
