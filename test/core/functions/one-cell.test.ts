/**
 * A one-cell range is that cell, for every argument of every TTX function: HyperFormula hands a reference such as
 * A1:A1 over as [[value]], and a person may well write one. DEADLINE's period, CHECK's value and TARGET's field
 * used to refuse it ("period "H1" is not valid", "not a number: 30", "field must be text").
 */
import { check } from "../../../src/core/functions/check";
import { deadline } from "../../../src/core/functions/deadline";
import { info } from "../../../src/core/functions/info";
import { progress } from "../../../src/core/functions/progress";
import { status } from "../../../src/core/functions/status";
import { target } from "../../../src/core/functions/target";
import { budget, ghg } from "../../../src/core/functions/totals";

const cell = (v: unknown) => [[v]];

describe("a one-cell range as an argument", () => {
  it("DEADLINE: the period and the year", () => {
    // 5 June 2025 and 5 December 2025 as Excel serials.
    expect(deadline(cell("H1"), cell(2025))).toBe(45813);
    expect(deadline(cell("2025-annual"))).toBe(45996);
    expect(deadline(cell(6), 2025)).toBe(45813);
  });

  it("CHECK: the value, as the same value given alone", () => {
    expect(check("C1.1", cell(30), 2020)).toBe(check("C1.1", 30, 2020));
    expect(check("C1.1", cell(30), 2020)).toBe("OK");
    expect(check(cell("C1.1"), cell("150"), cell(2020))).toBe(check("C1.1", "150", 2020));
  });

  it("TARGET: the field and the figure", () => {
    expect(target("C1.1", 2020, cell("year"))).toBe(2020);
    expect(target(cell("C1.1"), cell(2030), cell("value"), cell(1))).toBe(target("C1.1", 2030, "value", 1));
  });

  it("INFO, PROGRESS, STATUS, BUDGET, GHG: their code and figures", () => {
    expect(info(cell("C1.1"), cell("name"))).toBe(info("C1.1", "name"));
    expect(progress(cell("C1.1"), cell(30), cell(2020))).toBe(progress("C1.1", 30, 2020));
    expect(status(cell("C1.1"), cell(30), cell(45813))).toBe(status("C1.1", 30, 45813));
    expect(budget(cell("D.12"))).toBe(budget("D.12"));
    expect(ghg(cell("D.12"))).toBe(ghg("D.12"));
  });
});
