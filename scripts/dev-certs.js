// HTTPS options for the dev server. office-addin-dev-certs generates a CA and a localhost certificate in
// ~/.office-addin-dev-certs, then installs the CA with `sudo`; where there is no sudo (containers, CI) that
// install fails. The certificate is still good: serve with it and tell the user how to trust the CA by hand.
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");
const { generateCertificates } = require("office-addin-dev-certs/lib/generate");

function readCertificateFiles() {
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

function trustHelp(reason) {
  const ca = defaults.caCertificatePath;
  return [
    "",
    `Không cài được chứng chỉ gốc (CA) tự động · Could not install the development CA automatically: ${reason}`,
    `Máy chủ vẫn chạy với chứng chỉ đã tạo · The server still runs with the generated certificate: ${defaults.localhostCertificatePath}`,
    "Để trình duyệt/Excel tin cậy https://localhost:3000, cài chứng chỉ gốc sau · To make browsers/Excel trust https://localhost:3000, trust this CA:",
    `  ${ca}`,
    "  Linux (Debian/Ubuntu):  cp " + ca + " /usr/local/share/ca-certificates/office-addin-dev-ca.crt && update-ca-certificates",
    "  Chrome/Chromium: Cài đặt/Settings → Quyền riêng tư/Privacy → Chứng chỉ/Certificates → Tổ chức phát hành/Authorities → Nhập/Import",
    "  Windows: certutil -addstore -user root " + ca,
    "  macOS:   security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db " + ca,
    "",
  ].join("\n");
}

const haveFiles = () =>
  [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath].every((f) => fs.existsSync(f));

/**
 * Existing certificates are reused as they are: office-addin-dev-certs would regenerate them whenever its CA is
 * not installed (always, without sudo), which would invalidate a CA the user has since trusted by hand.
 */
async function httpsOptions() {
  if (haveFiles()) return readCertificateFiles();
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    if (!haveFiles()) await generateCertificates();
    console.warn(trustHelp(String((error && error.message) || error).split("\n")[0]));
    return readCertificateFiles();
  }
}

module.exports = { httpsOptions, trustHelp };
