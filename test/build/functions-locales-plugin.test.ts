/**
 * The webpack side of per-locale metadata: FunctionsLocalesPlugin turns the functions.json asset (as
 * CustomFunctionsMetadataPlugin adds it) into functions.en-US.json beside it, and a bad table fails the build.
 * A tiny in-memory compilation stands in for the real one (which `.ci/run`'s production build covers).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FunctionsLocalesPlugin } = require("../../scripts/functions-locales");
const golden = (f: string) => JSON.parse(readFileSync(path.join(__dirname, f), "utf8"));

/** Adds a functions.json asset the way CustomFunctionsMetadataPlugin does (in the compilation hook). */
const emitMetadata = (json: string) => ({
  apply(compiler: webpack.Compiler) {
    compiler.hooks.compilation.tap("FakeMetadata", (compilation) => {
      compilation.assets["functions.json"] = new compiler.webpack.sources.RawSource(json);
    });
  },
});

function build(json: string): Promise<{ errors: string[]; out: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-locales-"));
  writeFileSync(path.join(dir, "entry.js"), "module.exports = 1;\n");
  const compiler = webpack({ mode: "none", context: dir, entry: "./entry.js", output: { path: path.join(dir, "dist") }, plugins: [emitMetadata(json), new FunctionsLocalesPlugin()] });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err || !stats) return reject(err);
      compiler.close(() => resolve({ errors: stats.toJson({ errors: true }).errors!.map((e) => e.message), out: path.join(dir, "dist") }));
    }),
  );
}

describe("FunctionsLocalesPlugin", () => {
  it("emits functions.en-US.json, equal to the en-US golden file, beside functions.json", async () => {
    const { errors, out } = await build(JSON.stringify(golden("functions.golden.json")));
    expect(errors).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(out, "functions.en-US.json"), "utf8"))).toEqual(golden("functions.en-US.golden.json"));
    expect(JSON.parse(readFileSync(path.join(out, "functions.json"), "utf8"))).toEqual(golden("functions.golden.json"));
  }, 60_000);

  it("fails the build when a function has no English help", async () => {
    const vi = golden("functions.golden.json");
    vi.functions.push({ ...vi.functions[0], id: "EXTRA", name: "EXTRA" });
    const { errors } = await build(JSON.stringify(vi));
    expect(errors.join("\n")).toContain("EXTRA: no en-US description");
  }, 60_000);
});
