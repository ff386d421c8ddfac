// Runs one `ttx consolidate` in a fresh process and prints its peak resident memory, so the benchmark measures
// the consolidation alone, with the same heap cap `npx ttx consolidate` uses. Usage: node peak-child.js <folder> <period> <out.xlsx>
if (require("../../bin/heap-cap").runWithHeapCap(__filename, process.argv.slice(2))) return;
require("sucrase/register/ts"); // as bin/ttx.js loads the CLI
const { run } = require("../../src/cli/main.ts");
const [folder, period, out] = process.argv.slice(2);
let errors = "";
const quiet = {
  ...require("../../src/cli/io.ts").nodeIo,
  stdout: () => undefined,
  stderr: (s) => void (errors = (errors + s).slice(-2000)),
};
const start = Date.now();
run(["consolidate", folder, "--period", period, "-o", out], quiet).then((code) => {
  // maxRSS is in kilobytes on Linux.
  console.log(
    JSON.stringify({
      code,
      errors: code === 0 ? "" : errors,
      peakMb: process.resourceUsage().maxRSS / 1024,
      seconds: (Date.now() - start) / 1000,
    }),
  );
});
