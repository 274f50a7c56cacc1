/**
 * Emits functions.<locale>.json from the Indonesian functions.json (generated from JSDoc by
 * custom-functions-metadata-plugin) and one translation table per locale. The build fails when a function or a
 * parameter has no translation, or when the table names one that no longer exists.
 */
const { sources, WebpackError } = require("webpack");

const PLUGIN = "LocalizedFunctionsPlugin";

/** Pure: metadata + table → { json, errors }. Exported for tests. */
function localize(metadata, table, locale) {
  const errors = [];
  const functions = metadata.functions.map((fn) => {
    const t = table[fn.id];
    if (!t) {
      errors.push(`${locale}: fungsi ${fn.id} belum diterjemahkan`);
      return fn;
    }
    for (const key of ["name", "description"]) {
      if (typeof t[key] !== "string" || t[key].trim() === "") errors.push(`${locale}: ${fn.id}.${key} kosong`);
    }
    const parameters = (fn.parameters || []).map((p) => {
      const tp = (t.parameters || {})[p.name];
      if (!tp || !tp.name || !tp.description) {
        errors.push(`${locale}: parameter ${fn.id}(${p.name}) belum diterjemahkan`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    for (const extra of Object.keys(t.parameters || {})) {
      if (!(fn.parameters || []).some((p) => p.name === extra))
        errors.push(`${locale}: ${fn.id} tidak punya parameter ${extra}`);
    }
    return { ...fn, name: t.name, description: t.description, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!metadata.functions.some((fn) => fn.id === id)) errors.push(`${locale}: fungsi ${id} tidak ada lagi`);
  }
  return { json: JSON.stringify({ ...metadata, functions }, null, 2), errors };
}

/**
 * Errors in cells reach the functions (spill.ts answers each cell's error in its place): every argument is `any`,
 * and Excel passes an error to an `any` argument only with allowErrorForDataTypeAny, which the JSDoc generator
 * cannot write. Pure: metadata → metadata.
 */
function terimaGalat(metadata) {
  return { allowErrorForDataTypeAny: true, ...metadata };
}

class LocalizedFunctionsPlugin {
  /** @param {{ source: string, locales: Record<string, string> }} options source asset and locale → table path */
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(this.options.source);
          if (!asset) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.options.source} tidak dihasilkan`));
            return;
          }
          const metadata = terimaGalat(JSON.parse(asset.source.source().toString()));
          compilation.updateAsset(this.options.source, new sources.RawSource(JSON.stringify(metadata, null, 2)));
          for (const [locale, tablePath] of Object.entries(this.options.locales)) {
            compilation.fileDependencies.add(tablePath);
            delete require.cache[require.resolve(tablePath)];
            const { json, errors } = localize(metadata, require(tablePath), locale);
            errors.forEach((e) => compilation.errors.push(new WebpackError(`${PLUGIN}: ${e}`)));
            compilation.emitAsset(
              this.options.source.replace(/\.json$/, `.${locale}.json`),
              new sources.RawSource(json),
            );
          }
        },
      );
    });
  }
}

module.exports = { LocalizedFunctionsPlugin, localize, terimaGalat };
