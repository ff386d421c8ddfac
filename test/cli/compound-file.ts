/**
 * OLE compound files (the container of an Excel 97–2003 .xls and of a password-protected .xlsx), built byte by
 * byte: a 512-byte header, one allocation-table sector, one directory sector (root entry plus the named streams)
 * and one data sector per stream. Enough structure that a real compound-file reader finds the names in the
 * directory; the streams themselves hold filler.
 */
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export function compoundFile(streams: readonly string[]): Uint8Array {
  if (streams.length > 3) throw new Error("one directory sector holds the root and three streams");
  const sector = 512;
  const bytes = new Uint8Array(sector * (3 + streams.length));
  const view = new DataView(bytes.buffer);
  // Header.
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3: 512-byte sectors
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, ENDOFCHAIN, true); // no mini FAT
  view.setUint32(0x44, ENDOFCHAIN, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREESECT, true);
  // Sector 0: the allocation table. Sector 1: the directory. Sectors 2…: one per stream.
  const fat = sector;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, FREESECT, true);
  view.setUint32(fat, FATSECT, true);
  view.setUint32(fat + 4, ENDOFCHAIN, true);
  streams.forEach((_s, i) => view.setUint32(fat + (2 + i) * 4, ENDOFCHAIN, true));
  const entry = (index: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = sector * 2 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = type;
    bytes[at + 67] = 1; // black
    view.setUint32(at + 68, NOSTREAM, true); // left sibling
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  entry(0, "Root Entry", 5, ENDOFCHAIN, 0, streams.length ? 1 : NOSTREAM, NOSTREAM);
  streams.forEach((name, i) => entry(1 + i, name, 2, 2 + i, sector, NOSTREAM, i + 1 < streams.length ? 2 + i : NOSTREAM));
  for (let i = 0; i < streams.length; i++) bytes.fill(0x42, sector * (3 + i), sector * (4 + i));
  return bytes;
}

/** An Excel 97–2003 workbook: its cells live in the "Workbook" stream. */
export const xlsWorkbook = (): Uint8Array => compoundFile(["Workbook", "\u0005SummaryInformation"]);

/** What Office writes for a .xlsx saved with a password: the encrypted package and how it was encrypted. */
export const encryptedXlsx = (): Uint8Array => compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);
