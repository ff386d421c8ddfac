/**
 * Looks at a file before it is unpacked, reading only the zip's central directory (no decompression): an .xlsx
 * is a zip, and unpacking is where a hostile or broken file costs memory. Refused here:
 * - password-protected workbooks: Office encrypts them into an OLE compound file, not a zip, so an unzip would only
 *   say "not a zip"; the user needs to hear "remove the password";
 * - archives whose declared content is huge in total, or far more compressed than any spreadsheet (a zip bomb).
 * Sizes a zip declares can lie: the reader (xlsx-parts.ts) also counts what it inflates and stops at the same
 * limit, so a liar ends as a "too large" file, in the CLI and in the browser alike.
 */
import { READ_LIMITS } from "./limits";

type ZipVerdict =
  | { ok: true; entries: number; uncompressed: number }
  | { ok: false; reason: "encrypted" | "not_zip" | "too_large" | "bomb"; uncompressed?: number; ratio?: number };

/** Far above any report (a 500-row template is about 1 MB unpacked), far below what would exhaust memory (limits.ts). */
const MAX_UNCOMPRESSED_BYTES = READ_LIMITS.unpackedBytes;
/**
 * Spreadsheet XML compresses 5–50× (a sheet of one value repeated, ~200×); deflate cannot exceed ~1030×, which
 * bombs use. A part over 500× and over 16 MB unpacked is treated as one.
 */
const MAX_RATIO = 500;
const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export function inspectZip(bytes: Uint8Array, maxUncompressed = MAX_UNCOMPRESSED_BYTES): ZipVerdict {
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) return { ok: false, reason: "encrypted" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65,535, at the very end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "not_zip" };
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  // Zip64 (sizes or offsets that do not fit 32 bits): no report comes near 4 GB.
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, reason: "too_large" };
  let at = offset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return { ok: false, reason: "not_zip" };
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff || compressed === 0xffffffff) return { ok: false, reason: "too_large" };
    total += size;
    const ratio = size / Math.max(compressed, 1);
    if (size > RATIO_FLOOR_BYTES && ratio > MAX_RATIO) return { ok: false, reason: "bomb", uncompressed: size, ratio: Math.round(ratio) };
    if (total > maxUncompressed) return { ok: false, reason: "too_large", uncompressed: total };
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries: count, uncompressed: total };
}
