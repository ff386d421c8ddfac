#!/usr/bin/env node
// Refreshes docs/taskpane/*.png: runs the real-browser tests, which screenshot every tab in Vietnamese and English,
// and copies the shots into docs/. Needs Chromium (scripts/setup-test-tools.sh).
const { spawnSync } = require("child_process");
const r = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "test/e2e"], {
  stdio: "inherit",
  env: { ...process.env, TTX_UPDATE_DOCS: "1", TTX_REQUIRE_CHROMIUM: "1" },
});
process.exit(r.status ?? 1);
