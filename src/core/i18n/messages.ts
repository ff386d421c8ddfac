/**
 * The one catalogue of user-facing text, Vietnamese first. Every message has both languages; a test checks that
 * the placeholders in vi and en match. Placeholders are `{name}`.
 */
export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

export const MESSAGES = {
  // Catalog lookups (TTX.INFO, CLI)
  unknownCode: {
    vi: 'Mã "{code}" không có trong Kế hoạch 337/QĐ-UBND',
    en: 'Code "{code}" is not in Plan 337/QĐ-UBND',
  },
  unknownField: {
    vi: 'Trường "{field}" không dùng được cho mã {code}. Các trường có: {fields}',
    en: 'Field "{field}" does not apply to code {code}. Available fields: {fields}',
  },
  fieldEmpty: {
    vi: "Mã {code} không có giá trị cho trường {field} trong văn bản gốc",
    en: "Code {code} has no value for field {field} in the source text",
  },
  notText: {
    vi: "{what} phải là chữ (văn bản), nhận được: {got}",
    en: "{what} must be text, got: {got}",
  },
  // CLI
  cliUsage: {
    vi: "Cách dùng: ttx catalog [--json|--csv] [-o <tệp>]",
    en: "Usage: ttx catalog [--json|--csv] [-o <file>]",
  },
  cliUnknownCommand: {
    vi: 'Lệnh "{command}" không tồn tại. Các lệnh: {commands}',
    en: 'Unknown command "{command}". Commands: {commands}',
  },
  cliUnknownOption: {
    vi: 'Tùy chọn "{option}" không hợp lệ cho lệnh {command}',
    en: 'Invalid option "{option}" for command {command}',
  },
  cliConflictingFormats: {
    vi: "Chỉ chọn một định dạng: --json hoặc --csv",
    en: "Choose one format only: --json or --csv",
  },
  cliMissingValue: {
    vi: "Tùy chọn {option} cần một giá trị",
    en: "Option {option} needs a value",
  },
  cliWriteFailed: {
    vi: 'Không ghi được tệp "{file}": {reason}',
    en: 'Could not write file "{file}": {reason}',
  },
  cliWrote: {
    vi: 'Đã ghi {count} dòng vào "{file}"',
    en: 'Wrote {count} rows to "{file}"',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Readonly<Record<string, string | number>>;

export function t(key: MessageKey, params: MessageParams = {}, lang: Lang = "vi"): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** "Vietnamese · English": for places with no language setting (Excel error tooltips, CLI stderr). */
export function bilingual(key: MessageKey, params: MessageParams = {}): string {
  return `${t(key, params, "vi")} · ${t(key, params, "en")}`;
}
