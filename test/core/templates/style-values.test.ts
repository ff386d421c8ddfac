/** The look of a template's fixed lines, value for value: which lines are left-aligned, how tall a long note is. */
import { COLOURS, FORM_FONT, LINE_FONTS, leftAligned, noteHeight } from "../../../src/core/templates/style";
import type { TextLineT } from "../../../src/core/templates/spec";

describe("leftAligned", () => {
  it("left-aligns the instructions and the recipients only; every other line is centred", () => {
    const styles: TextLineT["style"][] = [
      "title",
      "subtitle",
      "agency",
      "agencyName",
      "motto",
      "place",
      "note",
      "signTitle",
      "signNote",
      "recipients",
    ];
    expect(styles.filter((s) => leftAligned(s))).toEqual(["note", "recipients"]);
    expect(leftAligned("note")).toBe(true);
    expect(leftAligned("recipients")).toBe(true);
    expect(leftAligned("signNote")).toBe(false);
    expect(leftAligned("title")).toBe(false);
  });
});

describe("noteHeight", () => {
  it("leaves a line of up to 170 characters at the default height", () => {
    expect(noteHeight("")).toBeNull();
    expect(noteHeight("x")).toBeNull();
    expect(noteHeight("x".repeat(170))).toBeNull();
  });

  it("gives 15 points per started line of 170 characters, plus 3", () => {
    expect(noteHeight("x".repeat(171))).toBe(33);
    expect(noteHeight("x".repeat(340))).toBe(33);
    expect(noteHeight("x".repeat(341))).toBe(48);
    expect(noteHeight("x".repeat(510))).toBe(48);
    expect(noteHeight("x".repeat(511))).toBe(63);
  });
});

describe("fonts and colours", () => {
  it("sets the form in Times New Roman, the template's own title in green, the Decree 30 lines in black", () => {
    expect(FORM_FONT).toBe("Times New Roman");
    expect(LINE_FONTS.title).toEqual({ bold: true, size: 14, green: true });
    expect(LINE_FONTS.subtitle).toEqual({ bold: true, size: 12, green: true });
    expect(LINE_FONTS.motto).toEqual({ bold: true, size: 11 });
    expect(LINE_FONTS.recipients).toEqual({ bold: true, italic: true, size: 11 });
    expect(Object.values(LINE_FONTS).filter((f) => f.green).length).toBe(2);
    // Every line prints at 11 pt or more: at the version-2 print scale (84%) that is at least 9 pt.
    expect(Math.min(...Object.values(LINE_FONTS).map((f) => f.size))).toBe(11);
    expect(COLOURS.entryFill).toBe("FFF2CC");
    expect(COLOURS.statusFills).toHaveLength(4);
  });
});
