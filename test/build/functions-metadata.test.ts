/**
 * functions.json is generated at build time from the JSDoc in src/functions/functions.ts (Vietnamese, the default
 * locale); scripts/functions-locales.js makes functions.en-US.json from it and src/functions/functions.en-US.json.
 * This test runs the same generator and merge and checks (1) no generator errors, (2) each locale equals its
 * committed golden file, so any change to ids, parameters, types or help text is deliberate (regenerate with
 * UPDATE_GOLDEN=1 npx jest test/build), (3) both validate against Microsoft's custom-functions JSON schema, (4) the
 * declarations agree with the function table in src/core/functions/registry.ts, (5) names are the same in every
 * language and help is in the locale's language.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import { FUNCTIONS } from "../../src/core/functions/registry";

const ROOT = path.join(__dirname, "..", "..");
const GOLDEN = { "vi-VN": path.join(__dirname, "functions.golden.json"), "en-US": path.join(__dirname, "functions.en-US.golden.json") };
// A plain JS build helper (webpack uses it): required, not imported, as the project type-checks TypeScript only.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const locales = require("../../scripts/functions-locales") as {
  LOCALES: string[];
  localizeMetadata: (m: Metadata, table: unknown, locale?: string) => Metadata;
  readTable: (locale: string) => unknown;
};

interface Param { name: string; type: string; dimensionality?: string; optional?: boolean; description?: string }
interface Fn { id: string; name: string; description: string; parameters: Param[]; result: { type?: string; dimensionality?: string }; options?: Record<string, unknown> }
interface Metadata { functions: Fn[]; [key: string]: unknown }

let byLocale: Record<"vi-VN" | "en-US", Metadata>;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"), true);
  expect(result.errors).toEqual([]);
  const vi: Metadata = JSON.parse(result.metadataJson);
  byLocale = { "vi-VN": vi, "en-US": locales.localizeMetadata(vi, locales.readTable("en-US"), "en-US") };
  if (process.env.UPDATE_GOLDEN === "1") {
    for (const [locale, file] of Object.entries(GOLDEN)) writeFileSync(file, JSON.stringify(byLocale[locale as keyof typeof GOLDEN], null, 2) + "\n");
  }
}, 60_000);

/**
 * Microsoft's custom-functions metadata schema, from the copy that ships with office-addin-manifest (a direct
 * devDependency): @microsoft/app-manifest's newest MicrosoftTeams.schema.json defines it as
 * "extensionCustomFunctions" (functions, namespace, allowCustomDataForDataTypeAny…). Validated with the ajv that
 * package validates with. No network.
 */
function customFunctionsValidator() {
  const manifestPkg = path.dirname(require.resolve("office-addin-manifest/package.json"));
  const appManifest = path.dirname(require.resolve("@microsoft/app-manifest/package.json", { paths: [manifestPkg] }));
  const dir = path.join(appManifest, "build", "json-schemas", "teams");
  const newest = readdirSync(dir).filter((v) => /^v1\.\d+$/.test(v)).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3))).pop()!;
  const teams = JSON.parse(readFileSync(path.join(dir, newest, "MicrosoftTeams.schema.json"), "utf8"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require(require.resolve("ajv", { paths: [appManifest] })).default;
  const ajv = new Ajv({ strict: false, allErrors: true });
  return ajv.compile({ definitions: teams.definitions, $ref: "#/definitions/extensionCustomFunctions" });
}

describe("generated custom-functions metadata, per locale", () => {
  it("vi-VN (functions.json) and en-US (functions.en-US.json) equal their golden files", () => {
    for (const [locale, file] of Object.entries(GOLDEN)) {
      expect(existsSync(file)).toBe(true);
      expect([locale, byLocale[locale as keyof typeof GOLDEN]]).toEqual([locale, JSON.parse(readFileSync(file, "utf8"))]);
    }
    expect(locales.LOCALES).toEqual(["en-US"]);
  });

  it("validates against Microsoft's custom-functions JSON schema (and the schema does reject a bad one)", () => {
    const validate = customFunctionsValidator();
    for (const metadata of Object.values(byLocale)) {
      const ok = validate(metadata);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
    const broken = { ...byLocale["vi-VN"], functions: [{ ...byLocale["vi-VN"].functions[0]!, id: "1NFO", description: "" }] };
    expect(validate(broken)).toBe(false);
  });

  it("declares every function of the registry, with the same parameters, in order", () => {
    for (const metadata of Object.values(byLocale)) {
      expect(metadata.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.id));
      for (const spec of FUNCTIONS) {
        const fn = metadata.functions.find((f) => f.id === spec.id)!;
        expect(fn.name).toBe(spec.id);
        expect(fn.parameters.map((p) => [p.name, !!p.optional, p.dimensionality === "matrix"])).toEqual(
          spec.params.map((p) => [p.name, p.optional, !!p.range]),
        );
        expect(fn.result.dimensionality === "matrix").toBe(spec.result === "matrix");
      }
    }
  });

  it("only descriptions differ between locales: ids, names, types and options are the same", () => {
    const shape = (m: Metadata) => ({ ...m, functions: m.functions.map((f) => ({ ...f, description: "", parameters: f.parameters.map((p) => ({ ...p, description: "" })) })) });
    expect(shape(byLocale["en-US"])).toEqual(shape(byLocale["vi-VN"]));
  });

  it("help is Vietnamese in functions.json and English in functions.en-US.json, for every function and parameter", () => {
    const VIETNAMESE = /[ạảãàáâậầấẩẫăắằặẳẵđêềếểễệôồốổỗộơờớởỡợưừứửữựíìỉĩịýỳỷỹỵúùủũụéèẻẽẹóòỏõọ]/i;
    for (const fn of byLocale["vi-VN"].functions) {
      expect([fn.id, VIETNAMESE.test(fn.description)]).toEqual([fn.id, true]);
      for (const p of fn.parameters) expect([fn.id, p.name, (p.description ?? "").length > 10]).toEqual([fn.id, p.name, true]);
      expect(fn.options?.volatile).toBeFalsy();
    }
    for (const fn of byLocale["en-US"].functions) {
      // English text; Vietnamese only inside quotes (values a person may type, such as "6 tháng").
      const unquoted = (s: string) => s.replace(/"[^"]*"/g, "");
      expect([fn.id, VIETNAMESE.test(unquoted(fn.description))]).toEqual([fn.id, false]);
      expect(fn.description).toMatch(/^[A-Z]/);
      for (const p of fn.parameters) expect([fn.id, p.name, VIETNAMESE.test(unquoted(p.description ?? "")), (p.description ?? "").length > 10]).toEqual([fn.id, p.name, false, true]);
    }
  });

  it("a table that misses a function or parameter, or names one that does not exist, fails the build", () => {
    const table = JSON.parse(JSON.stringify(locales.readTable("en-US"))) as Record<string, { parameters: Record<string, string> }>;
    delete table.TARGET!.parameters.figure;
    table.NOPE = { parameters: {} };
    expect(() => locales.localizeMetadata(byLocale["vi-VN"], table, "en-US")).toThrow(
      "custom-functions metadata (en-US): NOPE: in the en-US table but not a function; TARGET.figure: no en-US description",
    );
  });
});
