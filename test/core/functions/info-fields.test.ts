/**
 * TTX.INFO's error texts (src/core/functions/info.ts) and the fields it reads beyond the field table
 * (info-fields.ts), each as its exact value.
 *
 * What is pinned and why (info.test.ts checks the kinds of these errors, not their words):
 * - A field argument that is not text is #VALUE! saying field must be text; it is never looked up.
 * - A field the decision leaves blank is #N/A naming the entry and the field by its canonical name: the table's
 *   field ("priority" for C1.2, whose priority cell is empty in Phụ lục I) and an extra field typed in Vietnamese
 *   ("Nguồn vốn" → funding, for DA3.2, whose three funding cells are empty in Part 2).
 * - A Vietnamese alias of an extra field belongs to the kinds that have that field only: "Nguồn vốn" on an org
 *   unit or a project group is #VALUE! listing that kind's fields, not an empty funding field. Fields are listed
 *   as the catalog's field table names them.
 */
import { info } from "../../../src/core/functions/info";
import { resolveExtraField } from "../../../src/core/functions/info-fields";

describe("TTX.INFO error texts", () => {
  it("a field argument that is not text is #VALUE! saying field must be text", () => {
    expect(info("C1.1", true)).toEqual({
      ttxError: "VALUE",
      message: "field phải là chữ (văn bản), nhận được: true · field must be text, got: true",
    });
  });

  it("a table field left blank is #N/A naming the entry and the field", () => {
    expect(info("C1.2", "Ưu tiên")).toEqual({
      ttxError: "NOT_AVAILABLE",
      message:
        "Mã C1.2 không có giá trị cho trường priority trong văn bản gốc · Code C1.2 has no value for field priority in the source text",
    });
  });

  it("an extra field left blank is #N/A naming it by its canonical name", () => {
    expect(info("DA3.2", "Nguồn vốn")).toEqual({
      ttxError: "NOT_AVAILABLE",
      message:
        "Mã DA3.2 không có giá trị cho trường funding trong văn bản gốc · Code DA3.2 has no value for field funding in the source text",
    });
  });
});

describe("extra fields of projects (info-fields.ts)", () => {
  it("a Vietnamese alias resolves for projects only", () => {
    expect(resolveExtraField("project", "nguon von")).toBe("funding");
    expect(resolveExtraField("project", "Task group basis")).toBe("task_group_basis");
    expect(resolveExtraField("projectGroup", "Nguồn vốn")).toBeUndefined();
    expect(resolveExtraField("orgUnit", "Nguồn vốn")).toBeUndefined();
  });

  it('"Nguồn vốn" on an org unit or a project group is #VALUE! listing the fields that kind has', () => {
    const ORG_FIELDS = "name, name_en, abbr, kind, successor, successor_date, dissolved";
    expect(info("SO_CT", "Nguồn vốn")).toEqual({
      ttxError: "VALUE",
      message:
        `Trường "Nguồn vốn" không dùng được cho mã SO_CT. Các trường có: ${ORG_FIELDS} · ` +
        `Field "Nguồn vốn" does not apply to code SO_CT. Available fields: ${ORG_FIELDS}`,
    });
    const GROUP_FIELDS = "name, name_en, task_group, projects, budget, budget_billion, budget_million, source, task_group_basis";
    expect(info("DA1", "Nguồn vốn")).toEqual({
      ttxError: "VALUE",
      message:
        `Trường "Nguồn vốn" không dùng được cho mã DA1. Các trường có: ${GROUP_FIELDS} · ` +
        `Field "Nguồn vốn" does not apply to code DA1. Available fields: ${GROUP_FIELDS}`,
    });
  });
});
