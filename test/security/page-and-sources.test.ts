/**
 * Security review, the parts a test can hold in place: the task pane's Content Security Policy, no inline script,
 * and no way in the sources to turn text into HTML or code. (Injection into cells and CSV is covered by
 * test/adversarial; the manifest's least privilege by test/manifest; the real browser reports CSP refusals in
 * test/e2e.)
 */
import { readFileSync, readdirSync, statSync } from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");
const html = readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");

function policy(): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error("no CSP meta tag");
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|html)$/.test(f) ? [p] : [];
  });

describe("task pane page", () => {
  it("allows scripts only from itself and Office.js, never inline or eval", () => {
    const csp = policy();
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    // Fluent UI's CSS-in-JS inserts <style> elements: inline styles only, never inline scripts.
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("has no inline script", () => {
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) expect(tag).toMatch(/^<script src="[^"]+"><\/script>$/);
  });
});

describe("sources", () => {
  it("never build HTML or code from text", () => {
    const offenders = files(path.join(ROOT, "src")).flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(|\beval\(|new Function\(/.test(text)
        ? [path.relative(ROOT, f)]
        : [];
    });
    expect(offenders).toEqual([]);
  });
});
