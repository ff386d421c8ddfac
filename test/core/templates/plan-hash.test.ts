/**
 * The plan fingerprint (src/core/templates/plan-hash.ts): SHA-256 over template id, version and the locked plan
 * cells in row order. Any edit of the plan part changes it; what the unit types, and the role column, do not.
 */
import { createHash } from "crypto";
import { planCanonical, planHash } from "../../../src/core/templates/plan-hash";

const META = { templateId: "TTX-NV3", version: "2.0.0" };
const ROW = {
  values: {
    code: "C1.2",
    role: "Chủ trì",
    group: "C1. Công nghiệp",
    task: "Cải thiện hiệu suất động cơ điện",
    target: "5% năm 2020",
    unit: "%",
    budget: 22,
    actual: 30,
    disbursed: 1.5,
    status: "Đang thực hiện",
    evidence: "QĐ 12",
    progress: 0.4,
    check: "OK",
  },
};

describe("planCanonical", () => {
  it("is the template id, the version and each row's plan cells in column order, blanks as null", () => {
    const rows = [ROW, { values: { code: "C1.3", task: "Khác" } }];
    expect(planCanonical(META, rows)).toBe(
      JSON.stringify([
        "TTX-NV3",
        "2.0.0",
        [
          ["C1.2", "C1. Công nghiệp", "Cải thiện hiệu suất động cơ điện", "5% năm 2020", "%", 22],
          ["C1.3", null, "Khác", null, null, null],
        ],
      ]),
    );
  });

  it("reads version 1 by its own columns, and an unknown version by the current ones", () => {
    const plan = ["C1.2", "C1. Công nghiệp", "Cải thiện hiệu suất động cơ điện", "5% năm 2020", "%", 22];
    expect(planCanonical({ templateId: "TTX-NV3", version: "1.0.0" }, [ROW])).toBe(JSON.stringify(["TTX-NV3", "1.0.0", [plan]]));
    expect(planCanonical({ templateId: "TTX-NV3", version: "9.9.9" }, [ROW])).toBe(JSON.stringify(["TTX-NV3", "9.9.9", [plan]]));
    expect(planCanonical(META, [])).toBe(JSON.stringify(["TTX-NV3", "2.0.0", []]));
  });
});

describe("planHash", () => {
  const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

  it("is SHA-256 of the canonical text, as 64 hex digits", () => {
    const hash = planHash(META, [ROW]);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(sha256(planCanonical(META, [ROW])));
  });

  it("changes with any plan cell, the row order, the template or the version", () => {
    const base = planHash(META, [ROW, { values: { code: "C1.3" } }]);
    const edits = [
      planHash(META, [{ values: { ...ROW.values, budget: 22.5 } }, { values: { code: "C1.3" } }]),
      planHash(META, [{ values: { ...ROW.values, target: "6% năm 2020" } }, { values: { code: "C1.3" } }]),
      planHash(META, [{ values: { ...ROW.values, unit: "tấn" } }, { values: { code: "C1.3" } }]),
      planHash(META, [{ values: { code: "C1.3" } }, ROW]),
      planHash({ ...META, templateId: "TTX-NV4" }, [ROW, { values: { code: "C1.3" } }]),
      planHash({ ...META, version: "1.0.0" }, [ROW, { values: { code: "C1.3" } }]),
      planHash(META, [ROW]),
    ];
    for (const edited of edits) expect(edited).not.toBe(base);
    expect(new Set(edits).size).toBe(edits.length);
  });

  it("does not change with the role or what the unit typed", () => {
    const typed = {
      values: { ...ROW.values, role: "Phối hợp", actual: 99, disbursed: 0, status: "", evidence: "x", progress: 1, check: "" },
    };
    expect(planHash(META, [typed])).toBe(planHash(META, [ROW]));
  });
});
