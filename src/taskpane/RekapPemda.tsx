/**
 * The task pane's Rekap Pemda step: many OPD files picked (and optionally the list of OPD and the period), each read
 * by the CLI's own code (rekap-kerja.ts), then Kelengkapan first — every expected OPD and its status — the Pemda's
 * figures, and the sub kegiatan that need attention (collapsed groups). "Buat rekap" writes the rekap's sheets into
 * the open workbook in Excel (host.tulisRekap, never touching the user's sheets) and into a new workbook to download
 * on the standalone page. State changes go through the pure reducer in rekap.ts.
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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { Bahasa, pesan } from "../core/bahasa";
import { Dibatalkan, Host } from "../host";
import {
  AWAL_REKAP,
  angkaPemda,
  barisKelengkapan,
  kelompokPerhatian,
  namaUnduhRekap,
  periodeDiketik,
  reducerRekap,
  susunRekapPane,
  temuanPerBerkas,
} from "./rekap";
import { STRINGS } from "./strings";
import { namaPeriode } from "../core/rekap/hitung";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: "8px" },
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", rowGap: "6px" },
  row: { display: "flex", columnGap: "8px", rowGap: "8px", flexWrap: "wrap", alignItems: "center" },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "12px",
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
    alignItems: "flex-start",
  },
  file: { maxWidth: "100%" },
  detail: { display: "block", color: tokens.colorNeutralForeground2 },
  kecil: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  angka: { margin: 0, display: "grid", gridTemplateColumns: "1fr", rowGap: "2px" },
  dd: { margin: "0 0 6px 0", fontWeight: tokens.fontWeightSemibold },
});

/** The folder picker's attribute, which React's types do not know. */
const FOLDER = { webkitdirectory: "", directory: "" } as Record<string, string>;

export function RekapPemda({ bahasa, host }: { bahasa: Bahasa; host: Host | null }): React.ReactElement {
  const T = STRINGS[bahasa];
  const t = T.rekap;
  const s = useStyles();
  const [st, dispatch] = React.useReducer(reducerRekap, AWAL_REKAP);
  const opd = React.useRef<File[]>([]);
  const daftar = React.useRef<File | undefined>(undefined);
  const abort = React.useRef<AbortController | null>(null);
  const hasilRef = React.useRef<HTMLDivElement>(null);
  const tulisanRef = React.useRef<HTMLDivElement>(null);
  const diExcel = !!host?.tulisRekap;
  const periode = periodeDiketik(st.periode);
  const susunan = React.useMemo(
    () => (st.hasil ? susunRekapPane(st.hasil, st.bahasaLembar) : undefined),
    [st.hasil, st.bahasaLembar],
  );

  // Focus follows the work: to the result when it arrives, to what was written when it is written.
  React.useEffect(() => {
    if (st.hasil) hasilRef.current?.focus();
  }, [st.hasil]);
  React.useEffect(() => {
    if (st.tulisan) tulisanRef.current?.focus();
    const u = st.tulisan;
    return () => {
      if (u?.jenis === "unduh") URL.revokeObjectURL(u.url);
    };
  }, [st.tulisan]);

  const pilihOpd = (files: FileList | null) => {
    opd.current = files ? [...files] : [];
    dispatch({ type: "berkas", berkas: opd.current.map((f) => f.webkitRelativePath || f.name) });
  };

  const baca = async () => {
    if (opd.current.length === 0) return dispatch({ type: "gagal", pesan: t.tanpaBerkas });
    if (periode === "salah") return dispatch({ type: "gagal", pesan: t.periodeSalah });
    const c = new AbortController();
    abort.current = c;
    dispatch({ type: "mulai" });
    let kerja: typeof import("./rekap-kerja") | undefined;
    try {
      kerja = await import(/* webpackChunkName: "rekap" */ "./rekap-kerja.js");
      const hasil = await kerja.bacaRekapLuar(
        opd.current,
        { daftar: daftar.current, ...(periode ? { periode } : {}) },
        (ke, dari, nama) => dispatch({ type: "progres", ke, dari, nama }),
        c.signal,
      );
      dispatch({ type: "dibaca", hasil });
    } catch (e) {
      if (e instanceof Dibatalkan) dispatch({ type: "dibatalkan" });
      else if (kerja && e instanceof kerja.DaftarTakDikenali)
        dispatch({ type: "gagal", pesan: t.daftarTakDikenali(e.berkas) });
      else dispatch({ type: "gagal", pesan: (e as Error).message });
    } finally {
      abort.current = null;
    }
  };

  const buat = async () => {
    if (!susunan) return;
    dispatch({ type: "menulis" });
    try {
      if (host?.tulisRekap) {
        const r = await host.tulisRekap(susunan.specs, new AbortController().signal);
        dispatch({
          type: "ditulis",
          tulisan:
            r.bentrok.length > 0 ? { jenis: "bentrok", lembar: r.bentrok } : { jenis: "excel", lembar: r.lembar },
        });
      } else {
        const kerja = await import(/* webpackChunkName: "rekap" */ "./rekap-kerja.js");
        dispatch({
          type: "ditulis",
          tulisan: {
            jenis: "unduh",
            nama: namaUnduhRekap(susunan.rekap),
            url: kerja.unduhRekap(susunan.specs),
            lembar: susunan.specs.map((x) => x.nama),
          },
        });
      }
    } catch (e) {
      dispatch({ type: "gagal", pesan: (e as Error).message });
    }
  };

  const h = susunan?.rekap;
  const angka = h && angkaPemda(h, bahasa);
  const perhatian = h ? kelompokPerhatian(h.perhatian) : [];
  const temuan = st.hasil ? temuanPerBerkas(st.hasil.bacaan, st.hasil.temuanRekap) : [];
  const tunjukkan = host?.tunjukkan?.bind(host);

  return (
    <section className={s.section} aria-labelledby="rekap-judul">
      <Subtitle2 as="h2" id="rekap-judul">
        {t.judul}
      </Subtitle2>
      <Body1>{t.penjelasan}</Body1>
      <div
        className={s.drop}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          pilihOpd(e.dataTransfer.files);
        }}
      >
        <label htmlFor="rekap-opd">{t.pilihOpd}</label>
        <input
          id="rekap-opd"
          className={s.file}
          type="file"
          multiple
          accept=".xlsx,.xlsm,.json"
          onChange={(e) => pilihOpd(e.target.files)}
        />
        <label htmlFor="rekap-folder">{t.pilihFolder}</label>
        <input
          id="rekap-folder"
          className={s.file}
          type="file"
          {...FOLDER}
          onChange={(e) => pilihOpd(e.target.files)}
        />
        <Caption1 role="status">{st.berkas.length > 0 ? t.dipilih(st.berkas.length) : T.seretBerkas}</Caption1>
      </div>
      <div className={s.section}>
        <label htmlFor="rekap-daftar">{t.daftar}</label>
        <input
          id="rekap-daftar"
          className={s.file}
          type="file"
          accept=".xlsx,.xlsm"
          aria-describedby="rekap-daftar-hint"
          onChange={(e) => {
            daftar.current = e.target.files?.[0];
            dispatch({ type: "daftar", nama: daftar.current?.name });
          }}
        />
        <Caption1 id="rekap-daftar-hint" className={s.detail}>
          {t.daftarHint}
        </Caption1>
      </div>
      <Field
        label={t.periode}
        hint={periode === "salah" ? undefined : t.periodeHint}
        validationMessage={periode === "salah" ? t.periodeSalah : undefined}
      >
        <Input value={st.periode} onChange={(_, d) => dispatch({ type: "periode", teks: d.value })} />
      </Field>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void baca()} disabled={st.sibuk}>
          {t.bacaTombol}
        </Button>
      </div>
      {st.progres && (
        <>
          <ProgressBar
            aria-label={t.membaca(st.progres.ke, st.progres.dari, st.progres.nama)}
            value={st.progres.ke / st.progres.dari}
          />
          <div className={s.row}>
            <Body1 role="status">{t.membaca(st.progres.ke, st.progres.dari, st.progres.nama)}</Body1>
            {st.sibuk && <Button onClick={() => abort.current?.abort()}>{T.batal}</Button>}
          </div>
        </>
      )}
      {st.galat && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {T.galat} {st.galat}
          </MessageBarBody>
        </MessageBar>
      )}

      {h && angka && st.hasil && (
        <>
          <section className={s.section} aria-labelledby="rekap-kelengkapan">
            <div tabIndex={-1} ref={hasilRef} role="status">
              <Body1 as="h3" id="rekap-kelengkapan">
                <strong>{t.kelengkapan}</strong>
              </Body1>
              <Body1 className={s.detail}>
                {t.dibaca(st.hasil.berkas.length, st.hasil.bacaan.length)}{" "}
                {h.periode && t.periodeRekap(namaPeriode(h.periode, bahasa))}
              </Body1>
              <Body1>{t.jumlah(h.jumlah)}</Body1>
            </div>
            <ul className={s.list} aria-label={t.kelengkapan}>
              {barisKelengkapan(h, bahasa).map((x, i) => (
                <li key={`${x.nama}-${i}`} data-status={x.status}>
                  <Body1>
                    <strong>{x.nama}</strong>: {t.status[x.status]}
                    {x.periode && ` · ${x.periode}`}
                    {x.dpa && ` · ${t.dpa(x.dpa)}`}
                  </Body1>
                  {x.sumber && <Caption1 className={s.detail}>{x.sumber}</Caption1>}
                  {x.keterangan && <Caption1 className={s.detail}>{x.keterangan}</Caption1>}
                </li>
              ))}
            </ul>
          </section>

          <section className={s.section} aria-labelledby="rekap-pemda">
            <Body1 as="h3" id="rekap-pemda">
              <strong>{t.pemda}</strong>
            </Body1>
            <dl className={s.angka}>
              <dt>
                <Body1>{t.keuangan}</Body1>
              </dt>
              <dd className={s.dd} data-angka="keuangan">
                <Body1>
                  <strong>{angka.persen}</strong> · {angka.realisasi} {t.dariDpa(angka.dpa)}
                </Body1>
              </dd>
              <dt>
                <Body1>{t.fisik}</Body1>
              </dt>
              <dd className={s.dd} data-angka="fisik">
                <Body1>
                  <strong>{angka.fisik}</strong>
                </Body1>
              </dd>
            </dl>
            <Caption1 className={s.detail}>{t.atasLapor(angka.jumlahOpd)}</Caption1>
            {h.kelengkapan.some((x) => x.status !== "lapor" && x.status !== "ganda") && (
              <Caption1 className={s.detail} data-angka="semua">
                {t.semuaNol(angka.dpaLain, angka.persenSemua, angka.fisikSemua, angka.lainTanpaDpa)}
              </Caption1>
            )}
          </section>

          <section className={s.section} aria-labelledby="rekap-perhatian">
            <Body1 as="h3" id="rekap-perhatian">
              <strong>{t.perhatian(h.perhatian.length)}</strong>
            </Body1>
            {perhatian.length === 0 && <Body1>{t.tidakAda}</Body1>}
            {perhatian.map((g) => (
              <details key={g.jenis} className={s.kecil}>
                <summary>
                  {t.jenisPerhatian[g.jenis]} ({g.items.length})
                </summary>
                <ul className={s.list}>
                  {g.items.map((p, i) => (
                    <li key={i}>
                      <strong>{p.opd}</strong>: {bahasa === "en" ? p.teksEn : p.teks}
                      <span className={s.detail}>
                        {p.sumber}
                        {p.baris !== null && `, ${t.baris(p.baris)}`}
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </section>

          {temuan.length > 0 && (
            <section className={s.section} aria-labelledby="rekap-temuan">
              <Body1 as="h3" id="rekap-temuan">
                <strong>{t.temuan(temuan.reduce((n, g) => n + g.items.length, 0))}</strong>
              </Body1>
              {temuan.map((g) => (
                <details key={g.berkas} className={s.kecil}>
                  <summary>
                    {g.berkas} ({g.items.length})
                  </summary>
                  <ul className={s.list}>
                    {g.items.map((x, i) => (
                      <li key={i}>
                        <strong>{T.tingkat[x.severity]}</strong> {x.sheet}
                        {x.cell ? `!${x.cell}` : ""}: {pesan(x, bahasa)}
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
            </section>
          )}

          <section className={s.section} aria-labelledby="rekap-buat">
            <Body1 as="h3" id="rekap-buat">
              <strong>{diExcel ? t.buatExcel : t.buatBerkas}</strong>
            </Body1>
            <Caption1 className={s.detail}>{diExcel ? t.buatPenjelasanExcel : t.buatPenjelasanBerkas}</Caption1>
            <Field label={t.bahasaLembar}>
              <Dropdown
                value={st.bahasaLembar === "en" ? "English" : "Bahasa Indonesia"}
                selectedOptions={[st.bahasaLembar]}
                onOptionSelect={(_, d) =>
                  d.optionValue && dispatch({ type: "bahasaLembar", bahasa: d.optionValue as Bahasa })
                }
                style={{ minWidth: 0, width: "100%" }}
              >
                <Option value="id">Bahasa Indonesia</Option>
                <Option value="en">English</Option>
              </Dropdown>
            </Field>
            <div className={s.row}>
              <Button appearance="primary" onClick={() => void buat()} disabled={st.sibuk}>
                {diExcel ? t.buatExcel : t.buatBerkas}
              </Button>
            </div>
            {st.tulisan?.jenis === "bentrok" && (
              <MessageBar intent="warning" role="alert">
                <MessageBarBody>{t.bentrok(st.tulisan.lembar)}</MessageBarBody>
              </MessageBar>
            )}
            {st.tulisan && st.tulisan.jenis !== "bentrok" && (
              <div className={s.section} role="status" tabIndex={-1} ref={tulisanRef}>
                <Body1>{t.ditulis}</Body1>
                <ul className={s.list}>
                  {st.tulisan.lembar.map((l) => (
                    <li key={l}>
                      {tunjukkan ? (
                        <Link onClick={() => void tunjukkan(l).catch(() => undefined)}>{l}</Link>
                      ) : (
                        <Body1>{l}</Body1>
                      )}
                    </li>
                  ))}
                </ul>
                {st.tulisan.jenis === "unduh" && (
                  <Link href={st.tulisan.url} download={st.tulisan.nama}>
                    {t.unduh} ({st.tulisan.nama})
                  </Link>
                )}
              </div>
            )}
          </section>
        </>
      )}
    </section>
  );
}
