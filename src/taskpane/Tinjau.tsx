/**
 * Tinjau's column choice and alias editor. Each field shows the column the reader took by its header name, the
 * evidence (the core's teksBukti, as `kinerja baca` prints it) and a confidence word; the dropdown lists the sheet's
 * columns by header name. A finding an alias fixes gets an inline editor: the unrecognised name, what it means, Save.
 * Both build the mapping the CLI's --mapping file takes; the caller re-reads the workbook with it.
 */
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Bahasa } from "../core/bahasa";
import type { Model, Temuan } from "../core/model";
import { NAMA_BIDANG, teksKolom } from "../core/read/bukti";
import type { Field as Bidang } from "../core/read/columns";
import { Aksi, PeranPane, State, barisTinjau, buktiPeran, keteranganBaris, kolomRagu, usulanAlias } from "./state";
import { STRINGS } from "./strings";

type Teks = (typeof STRINGS)[Bahasa];

const useStyles = makeStyles({
  kolom: {
    display: "flex",
    flexDirection: "column",
    rowGap: "8px",
    paddingLeft: "10px",
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
  editor: {
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
    marginTop: "4px",
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", columnGap: "8px", rowGap: "6px", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: "18px" },
});

const namaBidang = (field: string, bahasa: Bahasa) => NAMA_BIDANG[field as Bidang]?.[bahasa] ?? field;

/**
 * What Tinjau opens with: when a column reading needs checking, which fields in which table (first, before anything
 * else); then, where columns were read, how to change them.
 */
export function RaguKolom({ model, state, t, bahasa }: { model: Model; state: State; t: Teks; bahasa: Bahasa }) {
  if (!model.buktiKolom?.length) return null;
  const ragu = kolomRagu(model, state.dipilih);
  const peran = (p: string) => (p in t.peran ? t.peran[p as PeranPane] : p === "pk_program" ? "PK" : p);
  const daftar = ragu.map((r) => `${namaBidang(r.field, bahasa)} (${peran(r.peran)})`).join(", ");
  return (
    <>
      {ragu.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.raguJudul}</MessageBarTitle> {t.raguIsi(daftar)}
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1>{t.kolomPenjelasan}</Caption1>
    </>
  );
}

/** One table's fields: the column by header name, the evidence, the confidence, a dropdown of the sheet's columns. */
export function KolomTinjau({
  model,
  state,
  peran,
  t,
  bahasa,
  pilih,
}: {
  model: Model;
  state: State;
  peran: PeranPane;
  t: Teks;
  bahasa: Bahasa;
  pilih: (field: string, huruf: string) => void;
}) {
  const s = useStyles();
  const tabel = buktiPeran(model, peran);
  const baris = barisTinjau(state, model, peran);
  if (!tabel || baris.length === 0) return null;
  const pilihan = tabel.kolom.map((k) => [k.huruf, teksKolom(k, bahasa)] as const);
  return (
    <div className={s.kolom} role="group" aria-label={t.kolomTabel(t.peran[peran])}>
      {baris.map((b) => {
        const { field, huruf } = b;
        const nama = namaBidang(field, bahasa);
        const teks = pilihan.find(([h]) => h === huruf)?.[1] ?? (huruf ? teksKolom({ huruf, judul: "" }, bahasa) : "");
        const ket = keteranganBaris(b, t, bahasa);
        return (
          <Field
            key={field}
            label={nama}
            {...("ragu" in ket
              ? { validationState: "warning" as const, validationMessage: ket.ragu }
              : { validationState: "none" as const, hint: ket.hint })}
          >
            <Dropdown
              value={teks}
              placeholder={t.pilihKolom}
              selectedOptions={huruf ? [huruf] : []}
              onOptionSelect={(_, d) =>
                d.optionValue && d.optionValue !== huruf && !state.sibuk && pilih(field, d.optionValue)
              }
              style={{ minWidth: 0, width: "100%" }}
            >
              {pilihan.map(([h, l]) => (
                <Option key={h} value={h} text={l}>
                  {l}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}

/** Under a finding an alias fixes: "Add an alias…", then the name, what it means, Save. */
export function EditorAlias({
  d,
  model,
  state,
  dispatch,
  simpan,
  t,
}: {
  d: Temuan;
  model: Model;
  state: State;
  dispatch: (a: Aksi) => void;
  simpan: () => void;
  t: Teks;
}) {
  const s = useStyles();
  const usul = usulanAlias(d, model);
  const id = React.useId();
  const e = state.editorAlias;
  const terbuka = usul !== undefined && e?.dari === usul.dari;
  // Keyboard focus goes into the editor when it opens, and back to its button when it is cancelled.
  const tombol = React.useRef<HTMLButtonElement>(null);
  const tadi = React.useRef(false);
  React.useEffect(() => {
    if (tadi.current && !terbuka) tombol.current?.focus();
    tadi.current = terbuka;
  }, [terbuka]);
  if (!usul) return null;
  if (!terbuka || !e)
    return (
      <div className={s.row}>
        <Button
          ref={tombol}
          size="small"
          aria-label={t.aliasTombolUntuk(usul.dari)}
          disabled={state.sibuk}
          onClick={() => dispatch({ type: "aliasBuka", dari: usul.dari, ke: usul.ke })}
        >
          {t.aliasTombol}
        </Button>
      </div>
    );
  return (
    <div className={s.editor} role="group" aria-labelledby={`${id}-judul`}>
      <Body1 id={`${id}-judul`}>{t.aliasJudul(usul.dari)}</Body1>
      <Field label={t.aliasArti}>
        <Dropdown
          autoFocus
          value={e.ke}
          placeholder={t.aliasPilih}
          selectedOptions={e.ke ? [e.ke] : []}
          onOptionSelect={(_, x) => x.optionValue && dispatch({ type: "aliasPilih", ke: x.optionValue })}
          style={{ minWidth: 0, width: "100%" }}
        >
          {usul.pilihan.map((n) => (
            <Option key={n} value={n} text={n}>
              {n}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={s.row}>
        <Button size="small" appearance="primary" disabled={e.ke === "" || state.sibuk} onClick={simpan}>
          {t.aliasSimpan}
        </Button>
        <Button size="small" onClick={() => dispatch({ type: "aliasTutup" })}>
          {t.batal}
        </Button>
      </div>
    </div>
  );
}

/** The aliases the mapping holds: "spelling → PK name". */
export function DaftarAlias({ state, t }: { state: State; t: Teks }) {
  const s = useStyles();
  const alias = Object.entries(state.pemetaan.alias ?? {});
  if (alias.length === 0) return null;
  return (
    <section aria-label={t.aliasDaftar}>
      <Body1 as="h3">
        <strong>{t.aliasDaftar}</strong>
      </Body1>
      <ul className={s.list}>
        {alias.map(([dari, ke]) => (
          <li key={dari}>
            <Caption1>
              &quot;{dari}&quot; → &quot;{ke}&quot;
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
