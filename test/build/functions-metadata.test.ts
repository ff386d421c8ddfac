/**
 * functions.json is generated at build time from the JSDoc in src/functions/functions.ts. This test runs the same
 * generator and checks (1) no generator errors, (2) the result equals the committed golden file, so any change to
 * ids, parameters, types or help text is deliberate (regenerate with UPDATE_GOLDEN=1 npx jest test/build), and
 * (3) the declarations agree with the function table in src/core/functions/registry.ts.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { FUNCTIONS } from "../../src/core/functions/registry";

const ROOT = path.join(__dirname, "..", "..");
const GOLDEN = path.join(__dirname, "functions.golden.json");

interface Param { name: string; type: string; dimensionality?: string; optional?: boolean; description?: string }
interface Fn { id: string; name: string; description: string; parameters: Param[]; result: { type?: string; dimensionality?: string }; options?: Record<string, unknown> }

let metadata: { functions: Fn[] };

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"), true);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, JSON.stringify(metadata, null, 2) + "\n");
}, 60_000);

describe("generated functions.json", () => {
  it("equals the golden file", () => {
    expect(existsSync(GOLDEN)).toBe(true);
    expect(metadata).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  it("declares every function of the registry, with the same parameters, in order", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.id));
    for (const spec of FUNCTIONS) {
      const fn = metadata.functions.find((f) => f.id === spec.id)!;
      expect(fn.name).toBe(spec.id);
      expect(fn.parameters.map((p) => [p.name, !!p.optional, p.dimensionality === "matrix"])).toEqual(
        spec.params.map((p) => [p.name, p.optional, !!p.range]),
      );
      expect(fn.result.dimensionality === "matrix").toBe(spec.result === "matrix");
    }
  });

  it("has Vietnamese and English help for every function and parameter, and nothing volatile", () => {
    for (const fn of metadata.functions) {
      expect(fn.description).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêềếểễệôồốổỗộơờớởỡợưừứửữựíìỉĩịýỳỷỹỵúùủũụéèẻẽẹóòỏõọ]/i);
      expect(fn.description).toMatch(/\. [A-Z][a-z]+\b/); // an English sentence follows the Vietnamese one
      for (const p of fn.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
      expect(fn.options?.volatile).toBeFalsy();
    }
  });
});
