// Renders the first page of every reporting template (Vietnamese) to docs/templates/TTX-NV*.png, through the
// same path a user takes: ttx template → .xlsx → LibreOffice PDF → pdftoppm. Needs LibreOffice and poppler-utils
// (apt-get install -y libreoffice-calc-nogui poppler-utils). Run: npm run docs:templates
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "docs", "templates");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "ttx-docs-"));
execFileSync(
  process.execPath,
  [path.join(ROOT, "bin", "ttx.js"), "template", "--all", "--unit", "SO_CT", "--period", "2025-H1", "-o", work],
  { stdio: "inherit" },
);
const files = fs.readdirSync(work).filter((f) => f.endsWith(".xlsx"));
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
    ...files.map((f) => path.join(work, f)),
  ],
  { stdio: "inherit" },
);
fs.mkdirSync(OUT, { recursive: true });
for (const f of files) {
  const id = f.split("_")[0]; // TTX-NV3
  execFileSync("pdftoppm", [
    "-r",
    "80",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    "-png",
    path.join(work, f.replace(/\.xlsx$/, ".pdf")),
    path.join(OUT, id),
  ]);
  console.log(`docs/templates/${id}.png`);
}
