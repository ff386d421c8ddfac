/**
 * Every TTX function as data (HyperFormula's "arguments as data"): id, parameters, result kind and the pure
 * implementation. The Office entry point (src/functions/functions.ts) and the HyperFormula plugin register from
 * this one table; a test checks that the JSDoc of functions.ts declares the same parameters.
 */
import { check } from "./check";
import { codes } from "./codes";
import { deadline } from "./deadline";
import { info } from "./info";
import { progress } from "./progress";
import type { TtxResult } from "./result";
import { status } from "./status";
import { target } from "./target";
import { budget, ghg } from "./totals";

type ParamType = "code" | "number" | "text" | "date" | "any";

export interface ParamSpec {
  name: string;
  type: ParamType;
  optional: boolean;
  /** Accepts a range (several values); otherwise one cell. */
  range?: boolean;
}

export interface FunctionSpec {
  id: string;
  params: ParamSpec[];
  result: "scalar" | "matrix";
  impl: (...args: unknown[]) => TtxResult<unknown>;
}

const p = (name: string, type: ParamType, optional = false, range = false): ParamSpec => ({
  name,
  type,
  optional,
  ...(range ? { range } : {}),
});

export const FUNCTIONS: readonly FunctionSpec[] = [
  { id: "INFO", params: [p("code", "code"), p("field", "text", true)], result: "scalar", impl: info },
  {
    id: "TARGET",
    params: [p("code", "code"), p("year", "number", true), p("field", "text", true), p("figure", "number", true)],
    result: "scalar",
    impl: target,
  },
  {
    id: "PROGRESS",
    params: [p("code", "code"), p("actual", "any", false, true), p("year", "number", true)],
    result: "scalar",
    impl: progress,
  },
  {
    id: "CHECK",
    params: [p("code", "code"), p("value", "any"), p("year", "number", true), p("lang", "text", true)],
    result: "scalar",
    impl: check,
  },
  {
    id: "STATUS",
    params: [p("code", "code"), p("actual", "any"), p("reportDate", "date", true), p("lang", "text", true)],
    result: "scalar",
    impl: status,
  },
  { id: "BUDGET", params: [p("code", "code")], result: "scalar", impl: budget },
  { id: "GHG", params: [p("codeOrSector", "code")], result: "scalar", impl: ghg },
  { id: "CODES", params: [p("group", "code", true)], result: "matrix", impl: codes },
  { id: "DEADLINE", params: [p("period", "any"), p("year", "number", true)], result: "scalar", impl: deadline },
];
