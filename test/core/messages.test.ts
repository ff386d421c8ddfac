import { MESSAGES, bilingual, t } from "../../src/core/i18n/messages";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogue", () => {
  // "OK" reads the same in both languages; every other message must really be translated.
  const SAME_IN_BOTH = new Set(["checkOk"]);
  it.each(Object.entries(MESSAGES))("%s has vi and en with the same placeholders", (key, m) => {
    if (!SAME_IN_BOTH.has(key)) expect(m.vi).not.toBe(m.en);
    expect(placeholders(m.vi)).toEqual(placeholders(m.en));
  });
  it("fills placeholders and joins vi · en", () => {
    expect(t("unknownCode", { code: "Q" }, "en")).toBe('Code "Q" is not in Plan 337/QĐ-UBND');
    expect(bilingual("cliMissingValue", { option: "-o" })).toBe("Tùy chọn -o cần một giá trị · Option -o needs a value");
  });
});
