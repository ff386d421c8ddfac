// Renders the summary page of a consolidated workbook to docs/consolidation/tong-hop.png, through the path a
// user takes: ttx sample → ttx consolidate → LibreOffice PDF → pdftoppm. Needs LibreOffice and poppler-utils
// (apt-get install -y libreoffice-calc-nogui poppler-utils). Run: npm run docs:consolidation
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "docs", "consolidation");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "ttx-docs-"));
const ttx = (...args) => execFileSync(process.execPath, [path.join(ROOT, "bin", "ttx.js"), ...args], { stdio: "inherit" });
// Every reporting unit with a report for each group it answers for: every task group has its reports.
ttx("sample", "--units", "30", "--all-groups", "--period", "2025-H1", "-o", path.join(work, "samples"));
const file = path.join(work, "tong-hop.xlsx");
ttx("consolidate", path.join(work, "samples"), "--period", "2025-H1", "-o", file);
execFileSync(
  "soffice",
  [
    `-env:UserInstallation=file://${path.join(work, "profile")}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "pdf",
    "--outdir",
    work,
    file,
  ],
  { stdio: "inherit" },
);
fs.mkdirSync(OUT, { recursive: true });
// The Summary's first two printed pages: the heading, headline, group table and charts; then sectors and items.
execFileSync("pdftoppm", [
  "-r",
  "90",
  "-f",
  "1",
  "-l",
  "1",
  "-singlefile",
  "-png",
  path.join(work, "tong-hop.pdf"),
  path.join(OUT, "tong-hop"),
]);
execFileSync("pdftoppm", [
  "-r",
  "90",
  "-f",
  "2",
  "-l",
  "2",
  "-singlefile",
  "-png",
  path.join(work, "tong-hop.pdf"),
  path.join(OUT, "tong-hop-2"),
]);
console.log("docs/consolidation/tong-hop.png, docs/consolidation/tong-hop-2.png");
