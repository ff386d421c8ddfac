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

/** A parameter as Excel and HyperFormula see it (its type and help are the JSDoc's, in src/functions/functions.ts). */
export interface ParamSpec {
  name: string;
  optional: boolean;
  /** Accepts a range (several values); otherwise one cell. */
  range: boolean;
}

export interface FunctionSpec {
  id: string;
  params: ParamSpec[];
  result: "scalar" | "matrix";
  impl: (...args: unknown[]) => TtxResult<unknown>;
}

const p = (name: string, optional = false, range = false): ParamSpec => ({ name, optional, range });

export const FUNCTIONS: readonly FunctionSpec[] = [
  { id: "INFO", params: [p("code"), p("field", true)], result: "scalar", impl: info },
  {
    id: "TARGET",
    params: [p("code"), p("year", true), p("field", true), p("figure", true)],
    result: "scalar",
    impl: target,
  },
  {
    id: "PROGRESS",
    params: [p("code"), p("actual", false, true), p("year", true)],
    result: "scalar",
    impl: progress,
  },
  {
    id: "CHECK",
    params: [p("code"), p("value"), p("year", true), p("lang", true)],
    result: "scalar",
    impl: check,
  },
  {
    id: "STATUS",
    params: [p("code"), p("actual"), p("reportDate", true), p("lang", true)],
    result: "scalar",
    impl: status,
  },
  { id: "BUDGET", params: [p("code")], result: "scalar", impl: budget },
  { id: "GHG", params: [p("codeOrSector")], result: "scalar", impl: ghg },
  { id: "CODES", params: [p("group", true)], result: "matrix", impl: codes },
  { id: "DEADLINE", params: [p("period"), p("year", true)], result: "scalar", impl: deadline },
];
