// Baseline for the memory goal: in a fresh process with the same heap cap as `ttx consolidate`, only parse every
// .xlsx of a folder with ExcelJS, one file at a time, visiting every cell; print the peak resident memory.
// Usage: node parse-child.js <folder>
if (require("../../bin/heap-cap").runWithHeapCap(__filename, process.argv.slice(2))) return;
// The same runtime as the CLI (which runs through ts-node), so the ratio compares the work, not the loader.
require("ts-node").register({ transpileOnly: true, project: require("path").join(__dirname, "..", "..", "tsconfig.json") });
const ExcelJS = require("exceljs");
const fs = require("fs");
const path = require("path");

(async () => {
  const folder = process.argv[2];
  const start = Date.now();
  let cells = 0;
  for (const name of fs.readdirSync(folder).sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(folder, name)));
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell(() => void cells++)));
  }
  console.log(
    JSON.stringify({ code: 0, errors: "", cells, peakMb: process.resourceUsage().maxRSS / 1024, seconds: (Date.now() - start) / 1000 }),
  );
})();
