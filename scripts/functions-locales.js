/* eslint-disable no-undef */
// Per-locale custom-functions metadata, as Microsoft's custom-functions localisation describes it: one metadata
// file per language, the manifest's Functions.Metadata.Url pointing at the default one with a <bt:Override Locale>
// per other language. The default (vi-VN, the manifest's DefaultLocale) is functions.json, generated from the
// Vietnamese JSDoc of src/functions/functions.ts; each override copies it and swaps in the descriptions of a table
// (src/functions/functions.<locale>.json). Only descriptions change: ids, names (TTX.CHECK is TTX.CHECK in every
// language), parameter names and types are the generated ones, so a formula works whatever the Office language.
const fs = require("fs");
const path = require("path");

const LOCALES = ["en-US"];
const tableFile = (locale) => path.join(__dirname, "..", "src", "functions", `functions.${locale}.json`);
const outputName = (locale) => `functions.${locale}.json`;

/**
 * The metadata with each function's and parameter's description taken from `table` ({ ID: { description,
 * parameters: { name: description } } }). Throws when the table misses or has extra functions or parameters, so a
 * new function or argument cannot ship with help in one language only.
 */
function localizeMetadata(metadata, table, locale = "?") {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`${id}: in the ${locale} table but not a function`);
  const functions = metadata.functions.map((fn) => {
    const row = table[fn.id];
    if (!row || typeof row.description !== "string" || row.description.trim() === "") {
      problems.push(`${fn.id}: no ${locale} description`);
      return fn;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(row.parameters || {}))
      if (!names.has(name)) problems.push(`${fn.id}.${name}: in the ${locale} table but not a parameter`);
    const parameters = fn.parameters.map((p) => {
      const text = (row.parameters || {})[p.name];
      if (typeof text !== "string" || text.trim() === "") problems.push(`${fn.id}.${p.name}: no ${locale} description`);
      return { ...p, description: text };
    });
    return { ...fn, description: row.description, parameters };
  });
  if (problems.length > 0) throw new Error(`custom-functions metadata (${locale}): ${problems.join("; ")}`);
  return { ...metadata, functions };
}

const readTable = (locale) => JSON.parse(fs.readFileSync(tableFile(locale), "utf8"));

/** Webpack plugin: after CustomFunctionsMetadataPlugin has added functions.json, adds functions.<locale>.json. */
class FunctionsLocalesPlugin {
  constructor(options = {}) {
    this.source = options.source || "functions.json";
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsLocalesPlugin", (compilation) => {
      for (const locale of LOCALES) compilation.fileDependencies.add(tableFile(locale));
      compilation.hooks.processAssets.tap({ name: "FunctionsLocalesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) return; // the metadata generator failed and reported why
        const metadata = JSON.parse(asset.source.source().toString());
        for (const locale of LOCALES) {
          try {
            const localized = localizeMetadata(metadata, readTable(locale), locale);
            compilation.emitAsset(outputName(locale), new sources.RawSource(JSON.stringify(localized, null, 4)));
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        }
      });
    });
  }
}

module.exports = { LOCALES, FunctionsLocalesPlugin, localizeMetadata, outputName, readTable };
