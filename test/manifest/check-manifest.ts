/**
 * Offline checks of manifest.xml (office-addin-manifest validate needs an online service). Returns a list of
 * problems; [] means the manifest passes. Structured as a function so tests can break copies and see it notice.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { existsSync, readFileSync } from "fs";
import * as path from "path";

export interface ManifestCheckOptions {
  /** The only host URLs may point at, e.g. "https://localhost:3000". */
  origin: string;
  /** Folder holding the icon files, to check they exist at the declared pixel size. */
  assetsDir?: string;
  namespace: string;
}

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** Every element named `name` anywhere below `node`. */
function findAll(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => findAll(n, name, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === name) (Array.isArray(value) ? value : [value]).forEach((v) => out.push(v as Node));
      if (!key.startsWith("@")) findAll(value, name, out);
    }
  }
  return out;
}
const attr = (n: Node, a: string): string | undefined => (typeof n[`@${a}`] === "string" ? (n[`@${a}`] as string) : undefined);
/** Text of an element: leaf elements come back from the parser as the bare string or number. */
const text = (n: unknown): string | undefined => {
  if (typeof n === "string" || typeof n === "number") return String(n);
  if (!n || typeof n !== "object") return undefined;
  const t = (n as Node)["#text"];
  return Array.isArray(t) ? String(t[0]) : typeof t === "string" ? t : undefined;
};

function pngSize(file: string): [number, number] | undefined {
  const b = readFileSync(file);
  if (b.length < 24 || b.toString("ascii", 1, 4) !== "PNG") return undefined;
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const doc = parser.parse(xml);

  // Ids: control/group ids unique; every resid used is defined; every resource defined is used.
  const ids = [...findAll(doc, "Group"), ...findAll(doc, "Control")].map((n) => attr(n, "id")).filter((x): x is string => !!x);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`duplicate id ${id}`);

  const resources = new Map<string, Node>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const n of findAll(doc, kind)) {
      const id = attr(n, "id");
      if (!id) continue;
      if (resources.has(id)) problems.push(`duplicate resource id ${id}`);
      resources.set(id, n);
    }
  }
  const used = new Set<string>();
  for (const match of xml.matchAll(/resid="([^"]+)"/g)) used.add(match[1]!);
  for (const id of used) if (!resources.has(id)) problems.push(`resid ${id} is not defined in Resources`);
  for (const id of resources.keys()) if (!used.has(id)) problems.push(`resource ${id} is never used`);

  // URLs: https, on the configured host.
  for (const match of xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)) {
    const url = match[1]!;
    if (!url.startsWith("https://")) problems.push(`URL is not https: ${url}`);
    else if (new URL(url).origin !== options.origin) problems.push(`URL not on ${options.origin}: ${url}`);
  }
  for (const n of findAll(doc, "AppDomain")) problems.push(`AppDomain ${text(n)} is not needed (least privilege)`);
  // The add-in reads and writes the open workbook, nothing else: not WriteDocument's less, not ReadWriteMailbox's more.
  const permissions = findAll(doc, "Permissions").map(text);
  if (permissions.length !== 1 || permissions[0] !== "ReadWriteDocument")
    problems.push(`Permissions ${permissions.join(", ") || "(none)"}: must be exactly ReadWriteDocument`);

  // Shared runtime wiring: requirement, long-lived runtime, functions page, function file and task pane on one URL.
  const sets = findAll(doc, "Set").map((n) => attr(n, "Name"));
  if (!sets.includes("SharedRuntime")) problems.push("SharedRuntime requirement missing");
  const runtime = findAll(doc, "Runtime")[0];
  const runtimeUrl = runtime ? attr(runtime, "resid") : undefined;
  if (!runtime || attr(runtime, "lifetime") !== "long") problems.push('Runtime with lifetime="long" missing');
  const cf = findAll(doc, "ExtensionPoint").find((n) => attr(n, "type") === "CustomFunctions");
  if (!cf) problems.push("CustomFunctions extension point missing");
  else {
    const pageUrl = findAll(findAll(cf, "Page"), "SourceLocation")[0];
    if (!pageUrl || attr(pageUrl, "resid") !== runtimeUrl) problems.push("CustomFunctions Page is not the runtime's URL");
    const ns = findAll(cf, "Namespace")[0];
    const nsValue = ns ? attr(resources.get(attr(ns, "resid") ?? "") ?? {}, "DefaultValue") : undefined;
    if (nsValue !== options.namespace) problems.push(`custom functions namespace is ${nsValue}, expected ${options.namespace}`);
    // The functions' script is functions.js (as in Microsoft's shared-runtime samples: OfficeDev/Office-Add-in-samples
    // excel-shared-runtime-global-state, OfficeDev/Excel-Custom-Functions-Shared), a bundle that runs on its own;
    // only Page, Runtime and FunctionFile are the shared page.
    const scriptUrl = findAll(findAll(cf, "Script"), "SourceLocation")[0];
    const scriptTarget = attr(resources.get(attr(scriptUrl ?? {}, "resid") ?? "") ?? {}, "DefaultValue");
    if (!scriptUrl || !scriptTarget || !/\/functions\.js$/.test(new URL(scriptTarget).pathname))
      problems.push(`CustomFunctions Script is not functions.js: ${scriptTarget ?? "(none)"}`);
    if (!findAll(findAll(cf, "Metadata"), "SourceLocation")[0]) problems.push("CustomFunctions Metadata missing");
  }
  const functionFile = findAll(doc, "FunctionFile")[0];
  if (!functionFile || attr(functionFile, "resid") !== runtimeUrl) problems.push("FunctionFile is not the runtime's URL");
  const taskpaneUrl = attr(resources.get(runtimeUrl ?? "") ?? {}, "DefaultValue");
  const sourceLocation = findAll(findAll(doc, "DefaultSettings"), "SourceLocation")[0];
  if (!sourceLocation || attr(sourceLocation, "DefaultValue") !== taskpaneUrl)
    problems.push("task pane SourceLocation differs from the runtime URL");

  // Help: SupportUrl and LearnMoreUrl lead to the help page, not to the task pane (which is no help outside Excel).
  const helpUrls: [string, string | undefined][] = [
    ["SupportUrl", attr(findAll(doc, "SupportUrl")[0] ?? {}, "DefaultValue")],
    ["LearnMoreUrl", attr(resources.get(attr(findAll(doc, "LearnMoreUrl")[0] ?? {}, "resid") ?? "") ?? {}, "DefaultValue")],
  ];
  for (const [name, url] of helpUrls)
    if (!url || !/\/help\.html$/.test(new URL(url).pathname)) problems.push(`${name} is not the help page: ${url ?? "(none)"}`);

  // Version, locale and translations.
  const version = text(findAll(doc, "Version")[0]);
  if (!version || !/^\d+\.\d+\.\d+\.\d+$/.test(version)) problems.push(`Version "${version}" is not n.n.n.n`);
  if (text(findAll(doc, "DefaultLocale")[0]) !== "vi-VN") problems.push("DefaultLocale is not vi-VN");
  // Every displayed text (elements with DefaultValue; resid elements only refer to them) has an en-US override.
  for (const n of [...findAll(doc, "DisplayName"), ...findAll(doc, "Description"), ...findAll(doc, "String")]) {
    if (attr(n, "DefaultValue") === undefined) continue;
    const id = attr(n, "id");
    if (id === "Functions.Namespace") continue; // the namespace is the same in every language
    const overrides = findAll(n, "Override").map((o) => attr(o, "Locale"));
    if (!overrides.includes("en-US")) problems.push(`${id ?? "DisplayName/Description"} has no en-US override`);
  }

  // Icons: each file exists at the size it is used at: <bt:Image size="80" resid=…> inside <Icon>, and the
  // top-level IconUrl (32 px) and HighResolutionIconUrl (64 px) that Office requires.
  if (options.assetsDir) {
    const uses: [string | undefined, number][] = [
      ...findAll(doc, "Image")
        .filter((n) => attr(n, "resid") !== undefined)
        .map((n): [string | undefined, number] => [attr(resources.get(attr(n, "resid")!) ?? {}, "DefaultValue"), Number(attr(n, "size"))]),
      [attr(findAll(doc, "IconUrl")[0] ?? {}, "DefaultValue"), 32],
      [attr(findAll(doc, "HighResolutionIconUrl")[0] ?? {}, "DefaultValue"), 64],
    ];
    for (const [url, size] of uses) {
      if (!url) {
        problems.push(`icon of size ${size} has no URL`);
        continue;
      }
      const file = path.join(options.assetsDir, path.basename(new URL(url).pathname));
      if (!existsSync(file)) problems.push(`icon file missing: ${file}`);
      else if (pngSize(file)?.join("x") !== `${size}x${size}`)
        problems.push(`icon ${path.basename(file)} is used at ${size}x${size} but is not that size`);
    }
  }
  return problems;
}
