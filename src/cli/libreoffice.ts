/**
 * Old and other formats (.xls Excel 97–2003, .ods OpenDocument), recognised by their content, read through
 * LibreOffice where it is installed: `soffice --headless --convert-to xlsx` on a copy in a private temporary folder,
 * with its own profile and a time limit. The input is never opened by LibreOffice (no lock file beside it); the
 * temporary folder is removed before the workbook is read.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";

export type FormatLama = "xls" | "ods";

/** LibreOffice's import filter per format: a file that is not what its first bytes say fails instead of becoming an empty sheet. */
const FILTER: Record<FormatLama, string> = { xls: "MS Excel 97", ods: "calc8" };

/** How long LibreOffice may take (seconds): KINERJA_SOFFICE_DETIK, 120 by default. */
export function batasDetik(): number {
  const n = Number(process.env.KINERJA_SOFFICE_DETIK);
  return Number.isFinite(n) && n > 0 ? n : 120;
}

/**
 * The soffice program: KINERJA_SOFFICE when set (empty: never use LibreOffice), otherwise `soffice` on the PATH or
 * in LibreOffice's usual install folder.
 */
export function cariSoffice(): string | undefined {
  const env = process.env.KINERJA_SOFFICE;
  if (env !== undefined) return env === "" ? undefined : env;
  const nama = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  const folder = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const calon = [
    ...folder.flatMap((d) => nama.map((n) => path.join(d, n))),
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  ];
  return calon.find((f) => {
    try {
      return fs.statSync(f).isFile();
    } catch {
      return false;
    }
  });
}

/** Why LibreOffice gave no workbook: it did not open the file, took too long, or could not be started. */
export class GagalUbah extends Error {
  constructor(
    readonly alasan: "tak-terbaca" | "waktu-habis" | "tak-jalan",
    readonly detail = "",
  ) {
    super(`${alasan}${detail ? `: ${detail}` : ""}`);
  }
}

/** The workbook's bytes as .xlsx, converted by LibreOffice from a copy in a private temporary folder (removed after). */
export async function keXlsx(
  isi: Uint8Array,
  format: FormatLama,
  soffice: string,
  batasMs = batasDetik() * 1000,
): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-lo-"));
  try {
    const masukan = path.join(dir, `masukan.${format}`);
    const keluar = path.join(dir, "keluar");
    fs.writeFileSync(masukan, isi);
    await jalankan(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, "profil")).href}`,
        "--headless",
        "--norestore",
        `--infilter=${FILTER[format]}`,
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        keluar,
        masukan,
      ],
      batasMs,
    );
    const hasil = path.join(keluar, "masukan.xlsx");
    if (!fs.existsSync(hasil)) throw new GagalUbah("tak-terbaca");
    return new Uint8Array(fs.readFileSync(hasil));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs soffice in its own process group, killed whole (soffice starts soffice.bin) when the time is up. */
function jalankan(program: string, args: string[], batasMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let habis = false;
    const anak = spawn(program, args, { stdio: "ignore", detached: process.platform !== "win32" });
    const timer = setTimeout(() => {
      habis = true;
      try {
        if (process.platform === "win32" || anak.pid === undefined) anak.kill("SIGKILL");
        else process.kill(-anak.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, batasMs);
    anak.on("error", (e) => {
      clearTimeout(timer);
      reject(new GagalUbah("tak-jalan", (e as NodeJS.ErrnoException).code ?? e.message));
    });
    anak.on("close", () => {
      clearTimeout(timer);
      if (habis) reject(new GagalUbah("waktu-habis", String(Math.round(batasMs / 1000))));
      else resolve();
    });
  });
}
