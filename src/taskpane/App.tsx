/**
 * The task pane: Baca (what is in my workbook?) → Periksa (mapping and findings) → Buat (options, progress, result,
 * the narrative to copy); beside them, Konsistensi audits a finished report's tables. All state changes go through
 * the pure reducer in state.ts; the host does the work.
 */
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Subtitle2,
  Switch,
  Tab,
  TabList,
  Textarea,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { TemuanAudit } from "../core/audit";
import { Temuan } from "../core/model";
import { METODE_NEGATIF, MetodeNegatif } from "../core/rules/capaian";
import { METODE_EFISIENSI, MetodeEfisiensi } from "../core/rules/anggaran";
import { SKALA } from "../core/rules/predikat";
import { NAMA_TW, Triwulan } from "../core/rules/triwulan";
import { triwulanLaporan } from "../core/report/e81";
import { TEKS } from "../core/report/teks";
import { adaTriwulan } from "../core/report/monitoring";
import { BukanXlsx, Dibatalkan, Host, Kabar } from "../host";
import {
  AWAL,
  Aksi,
  Langkah,
  URUTAN,
  adaE81,
  bahasaLembar,
  kelompokKode,
  kelompokTemuan,
  namaUnduh,
  reducer,
  ringkasanBaca,
  tahunDiketik,
  teksNarasi,
} from "./state";
import { rujukanSel } from "../core/grid";
import { KATALOG } from "../core/temuan-katalog";
import { selLain } from "../core/temuan-kelompok";
import { Bahasa, pesan as pesanDalam } from "../core/bahasa";
import { STRINGS } from "./strings";
import { DaftarAlias, EditorAlias, KolomTinjau, RaguKolom } from "./Tinjau";
import { RekapPemda } from "./RekapPemda";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: "12px",
    padding: "12px 14px",
    boxSizing: "border-box",
    maxWidth: "100%",
    overflowWrap: "anywhere",
  },
  section: { display: "flex", flexDirection: "column", rowGap: "8px" },
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", rowGap: "4px" },
  row: { display: "flex", columnGap: "8px", flexWrap: "wrap" },
  /** Four tabs do not fit 320 px on one line: the last wraps below instead of scrolling sideways. */
  tabs: { flexWrap: "wrap" },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "12px",
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
    alignItems: "flex-start",
  },
  finding: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  detail: { display: "block", color: tokens.colorNeutralForeground2 },
  narasi: { width: "100%" },
});

export interface AppProps {
  readonly bahasa: Bahasa;
  /** null: standalone without a workbook yet. */
  readonly host: Host | null;
  /** Standalone: the user picked or dropped a file; a failure to read it is the pane's error. */
  readonly bukaBerkas?: (file: File) => Promise<void>;
  /** Standalone with ?contoh: loads the bundled sample; a failure (the file not served) is the pane's error. */
  readonly muatAwal?: () => Promise<void>;
  /** The step to open on (?contoh=laporan opens on Konsistensi). */
  readonly langkahAwal?: Langkah;
  /** The pane's language switch (remembered by the caller). */
  readonly gantiBahasa?: (b: Bahasa) => void;
}

export function App({ bahasa, host, bukaBerkas, muatAwal, langkahAwal, gantiBahasa }: AppProps): React.ReactElement {
  const t = STRINGS[bahasa];
  const s = useStyles();
  const [state, dispatch] = React.useReducer(reducer, langkahAwal ? { ...AWAL, langkah: langkahAwal } : AWAL);
  const abort = React.useRef<AbortController | null>(null);
  // The reader of packages says what a file is in Indonesian only: an English pane gives its own sentence instead.
  const pesan = (e: unknown) =>
    e instanceof BukanXlsx ? (bahasa === "id" && e.message) || t.bukanXlsx : (e as Error).message;

  // Focus follows the work: each step's heading when the step opens, each result when it arrives, so a keyboard or
  // screen-reader user continues from there (the results are also role=status, announced).
  const fokus = React.useRef<HTMLElement | null>(null);
  const arahkan = (el: HTMLElement | null) => {
    fokus.current = el;
  };
  const pertama = React.useRef(true);
  /** A column chosen in Tinjau re-reads the workbook: focus stays on the dropdown it was chosen in. */
  const tetap = React.useRef(false);
  React.useEffect(() => {
    if (pertama.current) {
      pertama.current = false;
      return;
    }
    if (tetap.current && state.model) {
      tetap.current = false;
      return;
    }
    fokus.current?.focus();
  }, [state.langkah, state.model, state.hasil, state.pemeriksaan, state.galat]);

  React.useEffect(() => {
    muatAwal?.().catch((e) => dispatch({ type: "gagal", pesan: t.contohGagal((e as Error).message) }));
    // Once, on the page's start.
  }, []);
  const bukaFile = (f: File) => void bukaBerkas?.(f).catch((e) => dispatch({ type: "gagal", pesan: pesan(e) }));

  React.useEffect(() => {
    if (!host) return;
    host.muat().then(
      (p) => p && dispatch({ type: "pengaturan", pengaturan: p }),
      (e) => dispatch({ type: "gagal", pesan: pesan(e) }),
    );
  }, [host]);

  // What the ribbon's Buat Ulang did (or a choice the workbook would not save), said here.
  const [kabar, setKabar] = React.useState<Kabar | null>(null);
  React.useEffect(() => host?.dengarKabar?.(setKabar), [host]);

  /** A cancellable job of the host, with its progress steps shown in the pane's words. Never rejects: a failure is the pane's error. */
  const jalankan = async (
    kerja: (h: Host, progres: (langkah: string) => void, signal: AbortSignal) => Promise<void>,
  ) => {
    if (!host) return;
    const controller = new AbortController();
    abort.current = controller;
    dispatch({ type: "mulai", progres: t.membaca });
    try {
      await kerja(
        host,
        (l) => dispatch({ type: "progres", progres: (t as unknown as Record<string, string>)[l] ?? l }),
        controller.signal,
      );
    } catch (e) {
      if (e instanceof Dibatalkan || controller.signal.aborted) dispatch({ type: "dibatalkan" });
      else dispatch({ type: "gagal", pesan: pesan(e) });
    } finally {
      abort.current = null;
    }
  };

  const baca = (pemetaan = state.pemetaan) =>
    jalankan(async (h, progres, signal) => {
      const { model, lembar } = await h.baca(
        pemetaan.lembar && Object.keys(pemetaan.lembar).length ? pemetaan : undefined,
        progres,
        signal,
      );
      dispatch({ type: "dibaca", model, lembar });
    });
  /** A change to the mapping made in Tinjau (a column, an alias): applied, then the workbook read again with it. */
  const ubahLaluBaca = (aksi: Aksi) => {
    dispatch(aksi);
    void baca(reducer(state, aksi).pemetaan);
  };

  const buat = () =>
    jalankan(async (h, progres, signal) => {
      const hasil = await h.buat(
        { ...state.opsi, bahasa: bahasaLembar(state.opsi), pemetaan: state.pemetaan },
        progres,
        signal,
      );
      await h.simpan({ pemetaan: state.pemetaan, opsi: state.opsi });
      dispatch({ type: "dibuat", hasil });
    });

  /** Selects a sheet or cell in Excel; a failure (the sheet since deleted or renamed) shows as the pane's error. */
  const tunjukkan =
    host?.tunjukkan &&
    ((sheet: string, cell?: string) =>
      void host.tunjukkan!(sheet, cell).catch((e) => dispatch({ type: "gagal", pesan: pesan(e) })));

  const [termasukBuatan, setTermasukBuatan] = React.useState(false);
  const periksa = () =>
    jalankan(async (h, progres, signal) =>
      dispatch({
        type: "diperiksa",
        hasil: await h.periksa(progres, signal, { termasukBuatan, bahasa: bahasaLembar(state.opsi) }),
      }),
    );

  const [tersalin, setTersalin] = React.useState(false);
  /** The year as typed, while it is not (yet) a year; null: the option's. */
  const [tahunTeks, setTahunTeks] = React.useState<string | null>(null);
  // "Copied" speaks of this build's narrative; a new build has not been copied yet.
  React.useEffect(() => setTersalin(false), [state.hasil]);
  const narasiRef = React.useRef<HTMLTextAreaElement>(null);
  const salin = async (teks: string) => {
    try {
      await navigator.clipboard.writeText(teks);
    } catch {
      // Office's web frames may not grant the clipboard API: select the text and copy the classic way.
      narasiRef.current?.select();
      document.execCommand("copy");
    }
    setTersalin(true);
  };

  const ke = (langkah: Langkah) => dispatch({ type: "ke", langkah });
  const model = state.model;

  return (
    <main className={s.root} aria-busy={state.sibuk}>
      <Title3 as="h1">{t.judul}</Title3>
      {host?.jenis !== "excel" && <Caption1>{t.mandiri}</Caption1>}
      {gantiBahasa && (
        <Pilih
          label={t.bahasaPanel}
          value={bahasa}
          options={[
            ["id", "Bahasa Indonesia"],
            ["en", "English"],
          ]}
          onChange={(v) => gantiBahasa(v as Bahasa)}
        />
      )}
      <TabList
        className={s.tabs}
        selectedValue={state.langkah}
        onTabSelect={(_, d) => ke(d.value as Langkah)}
        aria-label={t.judul}
        size="small"
      >
        <Tab value="baca">{t.langkah.baca}</Tab>
        <Tab value="tinjau" disabled={!model}>
          {t.langkah.tinjau}
        </Tab>
        <Tab value="buat" disabled={!model}>
          {t.langkah.buat}
        </Tab>
        <Tab value="konsistensi" disabled={!host}>
          {t.langkah.konsistensi}
        </Tab>
        <Tab value="rekap">{t.rekap.tab}</Tab>
      </TabList>

      {/* Every job shows its progress at once, with a way to stop it. */}
      {state.progres && <ProgressBar aria-label={state.progres} />}
      {state.progres && (
        <div className={s.row}>
          <Body1 role="status">{state.progres}</Body1>
          {state.sibuk && <Button onClick={() => abort.current?.abort()}>{t.batal}</Button>}
        </div>
      )}
      {kabar && (
        <MessageBar
          intent={kabar.jenis === "berhasil" ? "success" : kabar.jenis === "gagal" ? "error" : "warning"}
          role="status"
        >
          <MessageBarBody>{kabar.teks}</MessageBarBody>
        </MessageBar>
      )}
      {state.galat && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t.galat} {state.galat}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.langkah === "baca" && (
        <section className={s.section} aria-labelledby="baca-judul">
          <Titik r={state.model ? undefined : arahkan}>
            <Subtitle2 as="h2" id="baca-judul">
              {t.langkah.baca}
            </Subtitle2>
          </Titik>
          {bukaBerkas && (
            <div
              className={s.drop}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const f = e.dataTransfer.files[0];
                if (f) bukaFile(f);
              }}
            >
              <label htmlFor="berkas">{t.pilihBerkas}</label>
              <input
                id="berkas"
                type="file"
                accept=".xlsx"
                onChange={(e) => e.target.files?.[0] && bukaFile(e.target.files[0])}
              />
              <Caption1>{t.seretBerkas}</Caption1>
            </div>
          )}
          {host ? (
            <>
              <Body1>
                {t.bacaPenjelasan} <strong>{host.judul}</strong>
              </Body1>
              <Button appearance={model ? "secondary" : "primary"} onClick={() => void baca()} disabled={state.sibuk}>
                {t.bacaTombol}
              </Button>
            </>
          ) : (
            <Body1>{t.tanpaBerkas}</Body1>
          )}
          {model && (
            <>
              <div role="status" className={s.section}>
                <Titik r={arahkan}>
                  <Body1 as="h3">
                    <strong>{t.hasilBaca}</strong>
                  </Body1>
                </Titik>
                <ul className={s.list} aria-label={t.hasilBaca}>
                  {ringkasanBaca(model, t).map((r) => (
                    <li key={r}>
                      <Body1>{r}</Body1>
                    </li>
                  ))}
                </ul>
              </div>
              <Button appearance="primary" onClick={() => ke("tinjau")}>
                {t.lanjut}
              </Button>
            </>
          )}
        </section>
      )}

      {state.langkah === "tinjau" && model && (
        <section className={s.section} aria-labelledby="periksa-judul">
          <Titik r={arahkan}>
            <Subtitle2 as="h2" id="periksa-judul">
              {t.pemetaan}
            </Subtitle2>
          </Titik>
          {/* Where the reader is not sure of a column, Tinjau says so first. */}
          <RaguKolom model={model} state={state} t={t} bahasa={bahasa} />
          {(["pk", "realisasi", "anggaran"] as const).map((peran) => (
            <React.Fragment key={peran}>
              <Pilih
                label={peran === "anggaran" && adaE81(model) ? t.peranE81 : t.peran[peran]}
                value={state.pemetaan.lembar?.[peran] ?? ""}
                options={state.lembar.map((l) => [l, l])}
                onChange={(nama) => dispatch({ type: "lembar", peran, nama })}
              />
              <KolomTinjau
                model={model}
                state={state}
                peran={peran}
                t={t}
                bahasa={bahasa}
                pilih={(field, kolom) => {
                  tetap.current = true;
                  ubahLaluBaca({ type: "kolom", peran, field, kolom });
                }}
              />
            </React.Fragment>
          ))}
          <Subtitle2 as="h2">{t.temuan}</Subtitle2>
          {model.diagnostics.length === 0 && <Body1>{t.tidakAdaTemuan}</Body1>}
          <TemuanPerTingkat
            items={model.diagnostics}
            t={t}
            bahasa={bahasa}
            tunjukkan={tunjukkan}
            tambahan={(d) => (
              <EditorAlias
                d={d}
                model={model}
                state={state}
                dispatch={dispatch}
                simpan={() => ubahLaluBaca({ type: "aliasSimpan" })}
                t={t}
              />
            )}
          />
          <DaftarAlias state={state} t={t} />
          {/* The step's actions follow its findings: read them, then go on. */}
          <div className={s.row}>
            <Button onClick={() => void baca()} disabled={state.sibuk}>
              {t.bacaUlang}
            </Button>
            <Button appearance="primary" onClick={() => ke("buat")}>
              {t.lanjut}
            </Button>
          </div>
        </section>
      )}

      {state.langkah === "buat" && model && (
        <section className={s.section} aria-labelledby="buat-judul">
          <Titik r={state.hasil ? undefined : arahkan}>
            <Subtitle2 as="h2" id="buat-judul">
              {t.opsi}
            </Subtitle2>
          </Titik>
          {/* What was read, shown in the field; typing replaces it (the CLI's --tahun and --instansi). */}
          <Field
            label={t.instansi}
            hint={model.perangkatDaerah ? t.instansiTerbaca(model.perangkatDaerah) : t.instansiPenjelasan}
          >
            <Input
              value={state.opsi.instansi ?? ""}
              placeholder={model.perangkatDaerah ?? ""}
              onChange={(_, d) => dispatch({ type: "opsi", opsi: { ...state.opsi, instansi: d.value } })}
            />
          </Field>
          <Field
            label={t.tahun}
            hint={tahunTeks !== null && tahunDiketik(tahunTeks) === "salah" ? undefined : t.tahunTerbaca(model.tahun)}
            validationMessage={tahunTeks !== null && tahunDiketik(tahunTeks) === "salah" ? t.tahunSalah : undefined}
          >
            <Input
              inputMode="numeric"
              value={tahunTeks ?? (state.opsi.tahun ? String(state.opsi.tahun) : "")}
              placeholder={model.tahun ? String(model.tahun) : ""}
              onChange={(_, d) => {
                setTahunTeks(d.value);
                const y = tahunDiketik(d.value);
                if (y !== "salah") {
                  const { tahun: _lama, ...lain } = state.opsi;
                  dispatch({ type: "opsi", opsi: y === undefined ? lain : { ...lain, tahun: y } });
                }
              }}
            />
          </Field>
          <Pilih
            label={t.skala}
            hint={t.jelasSkala}
            value={state.opsi.skala ?? "tiga"}
            options={Object.values(SKALA)
              .filter((x) => !x.id.startsWith("efisiensi"))
              .map((x) => [x.id, t.namaSkala[x.id] ?? x.judul])}
            onChange={(v) => dispatch({ type: "opsi", opsi: { ...state.opsi, skala: v } })}
          />
          <Pilih
            label={t.metodeNegatif}
            hint={t.jelasNegatif[state.opsi.metodeNegatif ?? "selisih"]}
            value={state.opsi.metodeNegatif ?? "selisih"}
            options={(Object.keys(METODE_NEGATIF.sinonim) as MetodeNegatif[]).map((x) => [x, t.namaNegatif[x]])}
            onChange={(v) =>
              dispatch({ type: "opsi", opsi: { ...state.opsi, metodeNegatif: v as "selisih" | "rasio" } })
            }
          />
          <Pilih
            label={t.metodeEfisiensi}
            hint={t.jelasEfisiensi[state.opsi.metodeEfisiensi ?? "sisa"]}
            value={state.opsi.metodeEfisiensi ?? "sisa"}
            options={(Object.keys(METODE_EFISIENSI.sinonim) as MetodeEfisiensi[]).map((x) => [x, t.namaEfisiensi[x]])}
            onChange={(v) => dispatch({ type: "opsi", opsi: { ...state.opsi, metodeEfisiensi: v as "sisa" } })}
          />
          {adaTriwulan(model) && (
            <Pilih
              label={t.triwulan}
              value={String(state.opsi.triwulan ?? 0)}
              options={[
                ["0", t.triwulanTerakhir(NAMA_TW[triwulanLaporan(model) - 1])],
                ...NAMA_TW.map((tw, i) => [String(i + 1), `TW ${tw}`]),
              ]}
              onChange={(v) =>
                dispatch({
                  type: "opsi",
                  opsi: { ...state.opsi, triwulan: v === "0" ? undefined : (Number(v) as Triwulan) },
                })
              }
            />
          )}
          <Pilih
            label={t.bahasa}
            hint={t.jelasBahasa}
            value={bahasaLembar(state.opsi)}
            options={[
              ["id", "Bahasa Indonesia"],
              ["en", "English"],
            ]}
            onChange={(v) => dispatch({ type: "opsi", opsi: { ...state.opsi, bahasa: v as Bahasa } })}
          />
          {host?.jenis === "excel" && (
            <Switch
              label={t.rumusSakip}
              checked={state.opsi.rumus === "sakip"}
              onChange={(_, d) =>
                dispatch({ type: "opsi", opsi: { ...state.opsi, rumus: d.checked ? "sakip" : "native" } })
              }
            />
          )}
          <div className={s.row}>
            <Button appearance="primary" onClick={() => void buat()} disabled={state.sibuk}>
              {t.buatTombol}
            </Button>
            <Button onClick={() => ke("tinjau")} disabled={state.sibuk}>
              {t.kembali}
            </Button>
          </div>
          {state.hasil && (
            <div role="status" className={s.section}>
              <Titik r={arahkan}>
                <Body1>{t.selesai}</Body1>
              </Titik>
              <ul className={s.list}>
                {state.hasil.lembar.map((l) => (
                  <li key={l}>{tunjukkan ? <Link onClick={() => tunjukkan(l)}>{l}</Link> : <Body1>{l}</Body1>}</li>
                ))}
              </ul>
              {state.hasil.catatan?.map((c) => (
                <Caption1 key={c}>{c}</Caption1>
              ))}
              {state.hasil.bentrok.map((b) => (
                <Caption1 key={b}>{t.bentrok(b)}</Caption1>
              ))}
              {state.hasil.dilewati.length > 0 && <Body1>{t.dilewati}</Body1>}
              <ul className={s.list}>
                {state.hasil.dilewati.map((d) => (
                  <li key={d.id}>
                    <Caption1>
                      {/* in the pane's language, which may differ from the sheets' */}
                      {(TEKS[bahasa].dilewati as Record<string, readonly string[]>)[d.id]?.join(": ") ??
                        `${d.nama}: ${d.alasan}`}
                    </Caption1>
                  </li>
                ))}
              </ul>
              {host?.unduh?.() && (
                <Link href={host.unduh()!.url} download={host.unduh()!.nama}>
                  {t.unduh}
                </Link>
              )}
              {state.hasil.narasi.length > 0 && (
                <section className={s.section} aria-labelledby="narasi-judul">
                  <Subtitle2 as="h2" id="narasi-judul">
                    {t.narasi}
                  </Subtitle2>
                  <Caption1>{t.narasiPenjelasan}</Caption1>
                  <Textarea
                    ref={narasiRef}
                    className={s.narasi}
                    readOnly
                    resize="vertical"
                    rows={8}
                    value={teksNarasi(state.hasil.narasi)}
                    aria-labelledby="narasi-judul"
                  />
                  <div className={s.row}>
                    <Button onClick={() => void salin(teksNarasi(state.hasil!.narasi))}>{t.salinNarasi}</Button>
                    {tersalin && <Caption1 role="status">{t.tersalin}</Caption1>}
                  </div>
                </section>
              )}
            </div>
          )}
        </section>
      )}

      {state.langkah === "konsistensi" && host && (
        <section className={s.section} aria-labelledby="konsistensi-judul">
          <Titik r={state.pemeriksaan ? undefined : arahkan}>
            <Subtitle2 as="h2" id="konsistensi-judul">
              {t.konsistensiJudul}
            </Subtitle2>
          </Titik>
          <Body1>{t.konsistensiPenjelasan}</Body1>
          <Switch label={t.termasukBuatan} checked={termasukBuatan} onChange={(_, d) => setTermasukBuatan(d.checked)} />
          <div className={s.row}>
            <Button appearance="primary" onClick={() => void periksa()} disabled={state.sibuk}>
              {t.periksaTombol}
            </Button>
          </div>
          {state.pemeriksaan && (
            <div role="status" className={s.section}>
              <Titik r={arahkan}>
                <Body1>
                  {t.ringkasPeriksa(state.pemeriksaan.hasil.tabel.length, state.pemeriksaan.hasil.diperiksa)}{" "}
                  {t.jumlahTemuan(
                    ...(URUTAN.map(
                      (sev) => state.pemeriksaan!.hasil.temuan.filter((x) => x.severity === sev).length,
                    ) as [number, number, number]),
                  )}
                </Body1>
              </Titik>
              <Body1>
                {t.hasilDiLembar}{" "}
                {tunjukkan ? (
                  <Link onClick={() => tunjukkan(state.pemeriksaan!.lembar)}>{state.pemeriksaan.lembar}</Link>
                ) : (
                  <strong>{state.pemeriksaan.lembar}</strong>
                )}
                {host.unduh?.() && (
                  <>
                    {" · "}
                    <Link href={host.unduh()!.url} download={namaUnduh(host.unduh()!.nama, "konsistensi")}>
                      {t.unduh}
                    </Link>
                  </>
                )}
              </Body1>
              <TemuanPerTingkat items={state.pemeriksaan.hasil.temuan} t={t} bahasa={bahasa} tunjukkan={tunjukkan} />
              {state.pemeriksaan.hasil.diagnostik.length > 0 && (
                <section aria-label={t.tidakTerbaca}>
                  <Body1 as="h3">
                    <strong>{t.tidakTerbaca}</strong>
                  </Body1>
                  <ul className={s.list}>
                    {state.pemeriksaan.hasil.diagnostik.map((d, i) => (
                      <li key={i} className={s.finding}>
                        <SatuTemuan d={d} bahasa={bahasa} tunjukkan={tunjukkan} label={t.tunjukkanSel} />
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </div>
          )}
        </section>
      )}
      {/* Rekap Pemda: kept mounted (hidden) so the files picked survive a visit to another step. */}
      <div hidden={state.langkah !== "rekap"}>
        <RekapPemda bahasa={bahasa} host={host} />
      </div>
    </main>
  );
}

/** Where focus goes when a step opens or its result arrives: a wrapper that can take focus without a tab stop. */
function Titik({ r, children }: { r?: (el: HTMLElement | null) => void; children: React.ReactNode }) {
  return (
    <div tabIndex={-1} ref={r}>
      {children}
    </div>
  );
}

/** Findings grouped Galat / Peringatan / Info, each with its cells. */
function TemuanPerTingkat({
  items,
  t,
  bahasa,
  tunjukkan,
  tambahan,
}: {
  items: readonly (Temuan | TemuanAudit)[];
  t: (typeof STRINGS)[Bahasa];
  bahasa: Bahasa;
  tunjukkan?: (sheet: string, cell?: string) => void;
  /** What follows a finding (the alias editor, where an alias fixes it). */
  tambahan?: (d: Temuan) => React.ReactNode;
}) {
  const s = useStyles();
  const kelompok = kelompokTemuan(items);
  return (
    <>
      {URUTAN.map((sev) => {
        const daftar = kelompok[sev];
        return daftar.length === 0 ? null : (
          <section key={sev} aria-label={`${t.tingkat[sev]} (${daftar.length})`}>
            <Body1 as="h3">
              <strong>
                {t.tingkat[sev]} ({daftar.length})
              </strong>
            </Body1>
            <ul className={s.list}>
              {kelompokKode(daftar).flatMap((g) => {
                const items = g.items.map((d, i) => (
                  <li key={`${g.code}-${i}`} className={s.finding}>
                    <SatuTemuan
                      d={d}
                      bahasa={bahasa}
                      tunjukkan={tunjukkan}
                      label={t.tunjukkanSel}
                      t={t}
                      detail={s.detail}
                    />
                    {tambahan?.(d)}
                  </li>
                ));
                // Many findings of one code (a column of cell errors): one collapsed group, its title and count.
                return g.lipat
                  ? [
                      <li key={g.code} className={s.finding}>
                        <details>
                          <summary>
                            {KATALOG[g.code][bahasa]} ({g.items.length})
                          </summary>
                          <ul className={s.list}>{items}</ul>
                        </details>
                      </li>,
                    ]
                  : items;
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/** A cell reference: a link that selects the cell in Excel, bold text elsewhere. */
function Sel({
  sheet,
  cell,
  tunjukkan,
  label,
}: {
  sheet: string;
  cell?: string;
  tunjukkan?: (sheet: string, cell?: string) => void;
  label: (ref: string) => string;
}) {
  const ref = rujukanSel(sheet, cell);
  return tunjukkan ? (
    <Link aria-label={label(ref)} onClick={() => tunjukkan(sheet, cell)}>
      {ref}
    </Link>
  ) : (
    <strong>{ref}</strong>
  );
}

/**
 * A reader diagnostic, or an audit finding (its message states the figures) with its likely cause and other cells,
 * in the pane's language.
 */
function SatuTemuan(props: {
  d: Temuan | TemuanAudit;
  bahasa: Bahasa;
  tunjukkan?: (sheet: string, cell?: string) => void;
  label: (ref: string) => string;
  t?: (typeof STRINGS)[Bahasa];
  detail?: string;
}) {
  const { d, bahasa, tunjukkan, label, t, detail } = props;
  const audit = "sel" in d ? d : undefined;
  const pesan = pesanDalam(d, bahasa);
  // The audit's likely cause, in the pane's language when it was written in it.
  const penyebab = bahasa === "en" ? (audit?.penyebabEn ?? audit?.penyebab) : audit?.penyebab;
  // Text with no English written yet shows in Indonesian in an English pane, marked as such (WCAG 3.1.2).
  const asli = (ada: boolean) => (bahasa !== "id" && !ada ? "id" : undefined);
  return (
    <>
      {d.sheet && <Sel sheet={d.sheet} cell={d.cell} tunjukkan={tunjukkan} label={label} />}
      {d.sheet ? ": " : ""}
      <span lang={asli(d.messageEn !== undefined)}>{pesan}</span>
      {audit && t && (
        <>
          {penyebab && !pesan.includes(penyebab) && (
            <Caption1 className={detail}>
              {t.penyebab} <span lang={asli(audit.penyebabEn !== undefined)}>{penyebab}</span>
            </Caption1>
          )}
          {selLain(audit).length > 0 && (
            <Caption1 className={detail}>
              {t.selLain}{" "}
              {selLain(audit).map((x, i) => (
                <React.Fragment key={i}>
                  {i > 0 && ", "}
                  <Sel sheet={x.sheet} cell={x.cell} tunjukkan={tunjukkan} label={label} />
                </React.Fragment>
              ))}
            </Caption1>
          )}
        </>
      )}
    </>
  );
}

function Pilih({
  label,
  hint,
  value,
  options,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string;
  options: string[][];
  onChange: (v: string) => void;
}) {
  const text = options.find(([v]) => v === value)?.[1] ?? value;
  return (
    <Field label={label} hint={hint}>
      <Dropdown
        value={text}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}
        style={{ minWidth: 0, width: "100%" }}
      >
        {options.map(([v, l]) => (
          <Option key={v} value={v} text={l}>
            {l}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
