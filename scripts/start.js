// `npm start`: serve the add-in over https://localhost:3000 and sideload it into desktop Excel where there is one.
// On Linux (no desktop Excel) it keeps serving and prints how to sideload into Excel on the web.
// The dev server's PID goes to .ttx-dev-server.pid so `npm stop` can end it.
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");
const { httpsOptions } = require("./dev-certs");

const ROOT = path.join(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PID_FILE = path.join(ROOT, ".ttx-dev-server.pid");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(url, { rejectUnauthorized: false }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on("error", retry);
    };
    const retry = () => (Date.now() > deadline ? reject(new Error(`${url} did not answer`)) : setTimeout(attempt, 500));
    attempt();
  });
}

const WEB_STEPS = `
Excel trên máy tính không có ở đây; máy chủ vẫn chạy tại https://localhost:${PORT}.
Desktop Excel is not available here; the server keeps running at https://localhost:${PORT}.

Nạp thử vào Excel trên web · Sideload into Excel on the web:
  1. Mở một sổ làm việc tại https://www.office.com · Open a workbook at https://www.office.com
  2. Trang đầu → Phần bổ trợ → Thêm phần bổ trợ → Phần bổ trợ của tôi → Tải lên Phần bổ trợ của tôi
     Home → Add-ins → More add-ins → My Add-ins → Upload My Add-in
  3. Chọn tệp · Choose: ${path.join(ROOT, "manifest.xml")}
  4. Nhóm "Tăng trưởng xanh" xuất hiện ở thẻ Trang đầu; gõ =TTX. trong ô để thấy các hàm.
     The "Green Growth" group appears on the Home tab; type =TTX. in a cell to see the functions.
Dừng · Stop: npm stop
`;

async function main() {
  await httpsOptions(); // creates the certificates first, and explains how to trust them if it cannot install the CA
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], { cwd: ROOT, stdio: "inherit" });
  fs.writeFileSync(PID_FILE, String(server.pid));
  server.on("exit", (code) => {
    fs.rmSync(PID_FILE, { force: true });
    process.exit(code ?? 0);
  });
  await waitForServer(`https://localhost:${PORT}/taskpane.html`, 120_000);

  if (process.platform === "win32" || process.platform === "darwin") {
    const sideload = spawnSync(
      bin("office-addin-debugging"),
      ["start", "manifest.xml", "desktop", "--dev-server-port", String(PORT), "--no-debug"],
      {
        cwd: ROOT,
        stdio: "inherit",
      },
    );
    if (sideload.status !== 0) console.warn(`Không nạp được vào Excel · Sideloading failed; ${WEB_STEPS}`);
  } else {
    console.log(WEB_STEPS);
  }
}

main().catch((error) => {
  console.error(`Không khởi động được · Could not start: ${error.message}`);
  process.exit(1);
});
