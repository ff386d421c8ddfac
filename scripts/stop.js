// `npm stop`: ends the dev server started by `npm start` and, on Windows/macOS, unloads the sideloaded add-in.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".ttx-dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging",
  );
  spawnSync(bin, ["stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit" });
}
if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid);
    console.log(`Đã dừng máy chủ · Dev server stopped (pid ${pid}).`);
  } catch {
    console.log("Máy chủ đã dừng từ trước · The dev server was not running.");
  }
  fs.rmSync(PID_FILE, { force: true });
} else {
  console.log("Không có máy chủ nào đang chạy · No dev server is running.");
}
