import { initialLanguage, languageOf } from "../../src/core/i18n/language";

describe("task pane language", () => {
  it("reads Office display languages and saved choices", () => {
    expect(languageOf("vi-VN")).toBe("vi");
    expect(languageOf("EN-us")).toBe("en");
    expect(languageOf("en_GB")).toBe("en");
    expect(languageOf("fr-FR")).toBeNull();
    expect(languageOf(undefined)).toBeNull();
    expect(languageOf(" vi-VN ")).toBe("vi");
    expect(languageOf("vi")).toBe("vi");
    expect(languageOf("vie")).toBeNull();
    expect(languageOf("")).toBeNull();
    expect(languageOf(42)).toBeNull();
  });

  it("saved choice first, then Office's display language, then Vietnamese", () => {
    expect(initialLanguage("en", "vi-VN")).toBe("en");
    expect(initialLanguage(null, "en-US")).toBe("en");
    expect(initialLanguage("xx", "de-DE")).toBe("vi");
    expect(initialLanguage(undefined, undefined)).toBe("vi");
  });
});
