import { readFileSync } from "fs";
import * as path from "path";
import { checkManifest } from "./check-manifest";

const ROOT = path.join(__dirname, "..", "..");
const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const options = { origin: "https://localhost:3000", assetsDir: path.join(ROOT, "assets"), namespace: "TTX" };

describe("manifest.xml (offline check)", () => {
  it("passes every check", () => {
    expect(checkManifest(xml, options)).toEqual([]);
  });

  it("declares the two ribbon buttons and least privilege", () => {
    expect(xml).toContain("<FunctionName>insertTemplate</FunctionName>");
    expect(xml).toContain("<FunctionName>consolidate</FunctionName>");
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });

  // Each broken copy must be caught with the matching problem: the checker can fail.
  it.each([
    ["unclosed tag", (x: string) => x.replace("</Hosts>", ""), "not well-formed XML"],
    [
      "duplicate control id",
      (x: string) => x.replace('id="TTX.Consolidate"', 'id="TTX.InsertTemplate"'),
      "duplicate id TTX.InsertTemplate",
    ],
    ["undefined resid", (x: string) => x.replace('resid="Group.Label"', 'resid="Group.Missing"'), "resid Group.Missing is not defined"],
    [
      "http URL",
      (x: string) => x.replace("https://localhost:3000/functions.json", "http://localhost:3000/functions.json"),
      "URL is not https",
    ],
    [
      "foreign host",
      (x: string) => x.replace("https://localhost:3000/functions.json", "https://evil.example/functions.json"),
      "URL not on https://localhost:3000",
    ],
    [
      "no shared runtime",
      (x: string) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      "SharedRuntime requirement missing",
    ],
    ["short-lived runtime", (x: string) => x.replace('lifetime="long"', 'lifetime="short"'), 'lifetime="long" missing'],
    [
      "functions page elsewhere",
      (x: string) =>
        x.replace(
          '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
          '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>',
        ),
      "Page is not the runtime's URL",
    ],
    [
      "functions script is the page",
      (x: string) =>
        x
          .replace(
            '<Script>\n              <SourceLocation resid="Functions.Script.Url"/>',
            '<Script>\n              <SourceLocation resid="Taskpane.Url"/>',
          )
          .replace('<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js"/>', ""),
      "CustomFunctions Script is not functions.js: https://localhost:3000/taskpane.html",
    ],
    [
      "functions script is the metadata",
      (x: string) =>
        x
          .replace(
            '<Script>\n              <SourceLocation resid="Functions.Script.Url"/>',
            '<Script>\n              <SourceLocation resid="Functions.Metadata.Url"/>',
          )
          .replace('<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js"/>', ""),
      "CustomFunctions Script is not functions.js: https://localhost:3000/functions.json",
    ],
    [
      "support URL is the task pane",
      (x: string) =>
        x.replace(
          '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>',
          '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>',
        ),
      "SupportUrl is not the help page",
    ],
    [
      "learn-more URL is the task pane",
      (x: string) =>
        x.replace(
          'id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"',
          'id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/taskpane.html"',
        ),
      "LearnMoreUrl is not the help page",
    ],
    [
      "function file elsewhere",
      (x: string) => x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
      "FunctionFile is not the runtime's URL",
    ],
    [
      "wrong namespace",
      (x: string) => x.replace('id="Functions.Namespace" DefaultValue="TTX"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'),
      "namespace is CONTOSO",
    ],
    ["bad version", (x: string) => x.replace("<Version>1.0.2.0</Version>", "<Version>1.0</Version>"), 'Version "1.0" is not n.n.n.n'],
    [
      "missing translation",
      (x: string) => x.replace('<bt:Override Locale="en-US" Value="Consolidate"/>', ""),
      "Consolidate.Label has no en-US override",
    ],
    [
      "more permission",
      (x: string) => x.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
      "Permissions ReadWriteMailbox: must be exactly ReadWriteDocument",
    ],
    [
      "app domain",
      (x: string) => x.replace("<Hosts>", "<AppDomains><AppDomain>https://x.example</AppDomain></AppDomains><Hosts>"),
      "AppDomain https://x.example is not needed",
    ],
    [
      "wrong icon size",
      (x: string) =>
        x.replace(
          'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
          'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"',
        ),
      "icon icon-64.png is used at 80x80",
    ],
    ["missing icon file", (x: string) => x.replace("assets/icon-16.png", "assets/icon-17.png"), "icon file missing"],
  ])("catches: %s", (_name, mutate, expected) => {
    const broken = mutate(xml);
    expect(broken).not.toBe(xml);
    const problems = checkManifest(broken, options);
    expect(problems.length).toBeGreaterThan(0);
    if (expected) expect(problems.join("\n")).toContain(expected);
  });
});
