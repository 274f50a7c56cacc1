/** The `kinerja` command: argument parsing (node:util parseArgs) and exit codes only; the work is done by exported, tested functions. */
import * as path from "path";
import { parseArgs } from "node:util";
import { audit, defaultAuditOutput, ringkasanAudit } from "./audit";
import { baca, modelJson, ringkasan } from "./baca";
import { contoh } from "./demo";
import { defaultOutput, generate, ringkasanGenerate } from "./generate";
import { defaultRekapOutput, jsonRekap, rekap, ringkasanRekap } from "./rekap";
import { PILIHAN_SKALA } from "../core/rules/predikat";
import { METODE_NEGATIF } from "../core/rules/capaian";
import { METODE_EFISIENSI } from "../core/rules/anggaran";
import { pilih as pilihOpsi, Pilihan } from "../core/rules/pilihan";
import { pilihBahasa, type Bahasa, type Dwibahasa } from "../core/bahasa";
import { isSakipError } from "../core/errors";
import { parseTriwulan, Triwulan } from "../core/rules/triwulan";
import { bacaPemetaan, tentukanKeluaran } from "./berkas";
import { bacaNomenklatur } from "./nomenklatur";
import { EXIT, ExpectedError } from "./errors";
import { bantuanPerintah, GALAT_TAK_TERDUGA, pemakaian, Perintah, SALAH, USAGE } from "./teks";
import { version } from "../../package.json";
import { PaketRusak } from "../xlsx/zip";
import { pesanPaket } from "../xlsx/pesan";

export const SAMPLE_XLSX = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");
export const SAMPLE_LAPORAN_XLSX = path.resolve(__dirname, "../../samples/dkum-depok-2023-laporan.xlsx");

type Opsi = Record<string, { type: "string" | "boolean"; short?: string }>;

/** Every command takes --bahasa and --help. */
const UMUM: Opsi = { bahasa: { type: "string" }, help: { type: "boolean", short: "h" } };
const json = { type: "boolean" } as const;
const teks = { type: "string" } as const;
const output = { type: "string", short: "o" } as const;
/** --timpa: overwrite an existing output; --bahasa-lembar en: English sheets (the sheets are Indonesian by default). */
const timpa = { type: "boolean" } as const;
const bahasaLembar = { type: "string" } as const;

const OPSI: Record<Perintah, Opsi> = {
  baca: { json, mapping: teks, nomenklatur: teks, tahun: teks },
  generate: {
    json,
    output,
    mapping: teks,
    nomenklatur: teks,
    tahun: teks,
    skala: teks,
    "metode-negatif": teks,
    "metode-efisiensi": teks,
    rumus: teks,
    instansi: teks,
    triwulan: teks,
    "batas-deviasi": teks,
    timpa,
    "bahasa-lembar": bahasaLembar,
  },
  audit: { json, output, tahun: teks, "termasuk-buatan": json, timpa, "bahasa-lembar": bahasaLembar },
  contoh: {},
  rekap: {
    json,
    output,
    daftar: teks,
    periode: teks,
    sebelumnya: teks,
    rpjmd: teks,
    "target-kurva": teks,
    kategori: teks,
    timpa,
  },
};

const PERINTAH: Record<string, Perintah> = {
  baca: "baca",
  read: "baca",
  generate: "generate",
  buat: "generate",
  audit: "audit",
  periksa: "audit",
  contoh: "contoh",
  demo: "contoh",
  rekap: "rekap",
  recap: "rekap",
};

export interface Output {
  write(text: string): unknown;
}

export async function main(
  argv: string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
): Promise<number> {
  let bahasa: Bahasa = "id";
  // The workbook being read, for a damaged part found after opening (a sheet read later).
  let berkas: string | undefined;
  if (out === process.stdout) diamSaatPipaTertutup();
  try {
    const bahasaArg = bahasaArgumen(argv);
    bahasa = bahasaArg ?? "id";
    const [command, ...rest] =
      argv[0] === "--bahasa" || argv[0]?.startsWith("--bahasa=") ? tanpaBahasaDepan(argv) : argv;
    switch (command) {
      case undefined:
        out.write(`${pilihBahasa(USAGE, bahasa)}\n`);
        return EXIT.USAGE;
      case "bantuan":
      case "help":
      case "--help":
      case "-h":
        urai(undefined, rest);
        out.write(`${pilihBahasa(USAGE, bahasa)}\n`);
        return EXIT.OK;
      case "--version":
      case "-v":
      case "versi":
      case "version":
        urai(undefined, rest);
        out.write(`${version}\n`);
        return EXIT.OK;
    }
    const perintah = Object.prototype.hasOwnProperty.call(PERINTAH, command) ? PERINTAH[command] : undefined;
    if (perintah === undefined) throw new ExpectedError(denganLihat(SALAH.perintah(command)), EXIT.USAGE);
    const { positionals, values: v } = urai(perintah, rest);
    if (v.help) {
      out.write(`${bantuanPerintah(perintah, bahasa)}\n`);
      return EXIT.OK;
    }
    const satuBerkas = () => {
      if (positionals.length > 1)
        throw new ExpectedError(denganPemakaian(SALAH.banyakBerkas(positionals), perintah), EXIT.USAGE);
      return positionals[0];
    };
    const str = (nama: string) => v[nama] as string | undefined;
    switch (perintah) {
      case "baca": {
        berkas = satuBerkas() ?? SAMPLE_XLSX;
        const catatan: string[] = [];
        const model = await baca(
          berkas,
          str("mapping"),
          await bacaNomenklatur(str("nomenklatur"), (d) => err.write(`kinerja: ${d[bahasa]}\n`)),
          (d) => catatan.push(d[bahasa]),
          tahunFlag(str("tahun")),
        );
        // How the file was read: on stderr beside --json, whose stdout is the JSON alone.
        if (v.json) for (const c of catatan) err.write(`kinerja: ${c}\n`);
        out.write(
          v.json
            ? `${JSON.stringify(modelJson(model), null, 2)}\n`
            : `${[...catatan, ringkasan(model, bahasa)].join("\n")}\n`,
        );
        return EXIT.OK;
      }
      case "generate": {
        const diberi = satuBerkas();
        const input = diberi ?? SAMPLE_XLSX;
        berkas = input;
        // Beside the input; the bundled sample's in the working folder.
        const k = tentukanKeluaran(
          input,
          str("output"),
          defaultOutput(input, diberi ? undefined : process.cwd()),
          v.timpa === true,
        );
        const keluaran = k.berkas;
        const rumus = satuDari("--rumus", str("rumus"), ["native", "sakip"] as const);
        const started = Date.now();
        const r = await generate(
          input,
          keluaran,
          {
            pemetaan: bacaPemetaan(str("mapping")),
            tahun: tahunFlag(str("tahun")),
            bahasa: bahasaLembarFlag(str("bahasa-lembar")),
            rumus,
            instansi: str("instansi"),
            nomenklatur: await bacaNomenklatur(str("nomenklatur"), (d) => err.write(`kinerja: ${d[bahasa]}\n`)),
            skala: option("--skala", PILIHAN_SKALA, str("skala")),
            metodeNegatif: option("--metode-negatif", METODE_NEGATIF, str("metode-negatif")),
            metodeEfisiensi: option("--metode-efisiensi", METODE_EFISIENSI, str("metode-efisiensi")),
            ...opsiTriwulan(str("triwulan"), str("batas-deviasi")),
          },
          (msg) => {
            if (Date.now() - started > 1000) err.write(`kinerja: ${msg}\n`);
          },
          {},
          bahasa,
        );
        if (v.json) for (const c of r.catatan) err.write(`kinerja: ${c[bahasa]}\n`);
        out.write(
          v.json
            ? `${JSON.stringify({ output: r.output, lembar: r.laporan.sheets.map((x) => x.nama), dilewati: r.laporan.dilewati, opsi: r.laporan.opsi, ...r.hasil, nilaiTakTertulis: r.nilai }, null, 2)}\n`
            : ringkasanGenerate(r, k, bahasa),
        );
        return EXIT.OK;
      }
      case "audit": {
        const diberi = satuBerkas();
        const input = diberi ?? SAMPLE_LAPORAN_XLSX;
        berkas = input;
        const k = tentukanKeluaran(
          input,
          str("output"),
          defaultAuditOutput(input, diberi ? undefined : process.cwd()),
          v.timpa === true,
        );
        const keluaran = k.berkas;
        const r = await audit(input, keluaran, {
          tahun: tahunFlag(str("tahun")),
          bahasa: bahasaLembarFlag(str("bahasa-lembar")) ?? "id",
          ...(v["termasuk-buatan"] ? { termasukBuatan: true } : {}),
        });
        if (v.json) for (const c of r.catatan) err.write(`kinerja: ${c[bahasa]}\n`);
        out.write(
          v.json
            ? `${JSON.stringify({ output: r.output, lembar: r.lembar, ...r.hasil }, null, 2)}\n`
            : ringkasanAudit(r, bahasa, k),
        );
        return EXIT.OK;
      }
      case "rekap": {
        if (positionals.length === 0) throw new ExpectedError(denganPemakaian(SALAH.perluBerkas, perintah), EXIT.USAGE);
        // Like generate and audit: an earlier rekap is never overwritten without --timpa.
        const k =
          str("output") !== undefined || !v.json
            ? tentukanKeluaran(positionals[0], str("output"), defaultRekapOutput(positionals), v.timpa === true)
            : undefined;
        const started = Date.now();
        const r = await rekap(
          positionals,
          k?.berkas,
          {
            daftar: str("daftar"),
            periode: str("periode"),
            sebelumnya: str("sebelumnya"),
            rpjmd: str("rpjmd"),
            targetKurva: str("target-kurva"),
            kategori: str("kategori"),
            bahasa,
          },
          (msg) => {
            if (Date.now() - started > 1000) err.write(`kinerja: ${msg}\n`);
          },
        );
        out.write(v.json ? `${JSON.stringify(jsonRekap(r), null, 2)}\n` : ringkasanRekap(r, bahasa, k));
        return EXIT.OK;
      }
      case "contoh":
        if (positionals.length > 0)
          throw new ExpectedError(denganPemakaian(SALAH.argumen(positionals), perintah), EXIT.USAGE);
        out.write(`${contoh(bahasa)}\n`);
        return EXIT.OK;
    }
  } catch (e) {
    if (e instanceof PaketRusak && berkas !== undefined) {
      err.write(`kinerja: ${pesanPaket(e, berkas, bahasa)}\n`);
      return EXIT.INPUT;
    }
    if (e instanceof ExpectedError) {
      err.write(`kinerja: ${e.teks(bahasa)}\n`);
      return e.exitCode;
    }
    err.write(`${pilihBahasa(GALAT_TAK_TERDUGA(version), bahasa)}\n${e instanceof Error ? e.stack : String(e)}\n`);
    return EXIT.FAILURE;
  }
}

/**
 * The output's language, read before anything else so that even a usage error speaks it: `--bahasa en` or
 * `--bahasa=en` anywhere before a `--`. Undefined when not given (each output's own default, Indonesian).
 */
function bahasaArgumen(argv: readonly string[]): Bahasa | undefined {
  let nilai: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    if (argv[i] === "--bahasa") {
      nilai = argv[++i];
      if (nilai === undefined || nilai.startsWith("-"))
        throw new ExpectedError(SALAH.perluNilai("--bahasa"), EXIT.USAGE);
    } else if (argv[i].startsWith("--bahasa=")) nilai = argv[i].slice("--bahasa=".length);
  }
  if (nilai === undefined) return undefined;
  if (nilai === "id" || nilai === "en") return nilai;
  throw new ExpectedError(SALAH.salahSatu("--bahasa", nilai, ["id", "en"]), EXIT.USAGE);
}

/** --bahasa-lembar id|en: the language of the sheets written (Indonesian unless English is chosen). */
function bahasaLembarFlag(value: string | undefined): Bahasa | undefined {
  return satuDari("--bahasa-lembar", value, ["id", "en"] as const);
}

/**
 * `kinerja … --json | head`: the reader closed the pipe. Nothing is left to say to it; end quietly (exit 0) instead
 * of an EPIPE stack. Other stdout errors stay errors.
 */
function diamSaatPipaTertutup(): void {
  if (process.stdout.listeners("error").some((f) => f === pipaTertutup)) return;
  process.stdout.on("error", pipaTertutup);
}

function pipaTertutup(e: NodeJS.ErrnoException): void {
  if (e.code === "EPIPE") process.exit(EXIT.OK);
  throw e;
}

/** `kinerja --bahasa en baca …`: the language may come before the command. */
function tanpaBahasaDepan(argv: readonly string[]): string[] {
  return argv.slice(argv[0] === "--bahasa" ? 2 : 1);
}

/** A command's options, strictly: an unknown option, a missing value or a value given to a switch is a usage error. */
function urai(perintah: Perintah | undefined, args: string[]) {
  const options = { ...(perintah ? OPSI[perintah] : {}), ...UMUM };
  try {
    return parseArgs({ args, options, allowPositionals: perintah !== undefined, strict: true });
  } catch (e) {
    if (!String((e as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS")) throw e;
    const salah = salahOpsi(args, options, perintah);
    throw new ExpectedError(perintah ? denganPemakaian(salah, perintah) : denganLihat(salah), EXIT.USAGE);
  }
}

/** Which argument parseArgs refused, found from its tokens (its own message is English and names no fix). */
function salahOpsi(args: string[], options: Opsi, perintah: Perintah | undefined): Dwibahasa {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind === "positional" && perintah === undefined) return SALAH.argumen([t.value]);
    if (t.kind !== "option") continue;
    const o = Object.prototype.hasOwnProperty.call(options, t.name) ? options[t.name] : undefined;
    if (o === undefined) return SALAH.opsi(t.rawName, perintah ?? "bantuan");
    if (o.type === "string" && t.value === undefined) return SALAH.perluNilai(t.rawName);
    if (o.type === "string" && !t.inlineValue && t.value!.startsWith("-")) return SALAH.nilaiMinus(t.rawName, t.value!);
    if (o.type === "boolean" && t.value !== undefined) return SALAH.tanpaNilai(t.rawName);
  }
  return SALAH.argumen(args);
}

function denganPemakaian(d: Dwibahasa, perintah: Perintah): Dwibahasa {
  return { id: `${d.id}\nPemakaian: ${pemakaian("id")[perintah]}`, en: `${d.en}\nUsage: ${pemakaian("en")[perintah]}` };
}

function denganLihat(d: Dwibahasa): Dwibahasa {
  return { id: `${d.id}\n${SALAH.lihat.id}`, en: `${d.en}\n${SALAH.lihat.en}` };
}

function satuDari<T extends string>(nama: string, value: string | undefined, pilihan: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(pilihan as readonly string[]).includes(value))
    throw new ExpectedError(SALAH.salahSatu(nama, value, pilihan), EXIT.USAGE);
  return value as T;
}

function tahunFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const tahun = Number(value);
  if (!(Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100)) throw new ExpectedError(SALAH.tahun, EXIT.USAGE);
  return tahun;
}

/** --triwulan II and --batas-deviasi 10 (points, ≥ 0). */
function opsiTriwulan(
  tw: string | undefined,
  batas: string | undefined,
): { triwulan?: Triwulan; batasDeviasi?: number } {
  const triwulan = parseTriwulan(tw);
  if (isSakipError(triwulan))
    throw new ExpectedError(SALAH.salahSatu("--triwulan", tw!, ["I", "II", "III", "IV"]), EXIT.USAGE);
  const b = batas === undefined ? undefined : Number(batas.replace(",", "."));
  if (b !== undefined && !(batas!.trim() !== "" && Number.isFinite(b) && b >= 0))
    throw new ExpectedError(SALAH.batasDeviasi, EXIT.USAGE);
  return { ...(triwulan ? { triwulan } : {}), ...(b !== undefined ? { batasDeviasi: b } : {}) };
}

/** A named choice (--skala, --metode-…): its synonyms accepted, an unknown word listed against the choices. */
function option<T extends string>(nama: string, p: Pilihan<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  const v = pilihOpsi(p, value);
  if (isSakipError(v)) throw new ExpectedError(SALAH.salahSatu(nama, value, Object.keys(p.sinonim)), EXIT.USAGE);
  return v;
}
