/**
 * The TTX functions inside HyperFormula, a real formula engine: used by tests (sheets mixing TTX and native
 * formulas), by the benchmark, and usable by file writers that need cached formula results. The plugin is
 * generated from the function table (core/functions/registry.ts): nothing per function is written here.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { FUNCTIONS, type FunctionSpec } from "../core/functions/registry";
import { isTtxError, type TtxErrorKind } from "../core/functions/result";

const ERROR_TYPE: Record<TtxErrorKind, ErrorType> = {
  NOT_AVAILABLE: ErrorType.NA,
  VALUE: ErrorType.VALUE,
  NUM: ErrorType.NUM,
};

const hfName = (spec: Pick<FunctionSpec, "id">): string => `TTX.${spec.id}`;
const methodName = (spec: FunctionSpec): string => `ttx${spec.id}`;
const sizeMethodName = (spec: FunctionSpec): string => `ttx${spec.id}Size`;

/** HyperFormula values → what Excel hands a custom function: null for empty, 2-D arrays for ranges, raw numbers. */
function toPlain(value: unknown): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toPlain));
  // Dates, percentages and currencies arrive as rich numbers; their `val` is the plain number.
  if (value !== null && typeof value === "object" && "val" in value) return (value as { val: unknown }).val;
  return value;
}

function toHyperFormula(result: unknown): unknown {
  if (isTtxError(result)) return new CellError(ERROR_TYPE[result.ttxError], result.message);
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result as (string | number)[][]);
  return result;
}

/** Matrix results need their size at parse time: computable when the arguments are literals (or absent). */
function literalArgs(args: readonly { type: string; value?: unknown }[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const arg of args) {
    if (arg.type === "STRING" || arg.type === "NUMBER") values.push(arg.value);
    else if (arg.type === "EMPTY") values.push(undefined);
    else return undefined;
  }
  return values;
}

export class TtxPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    FUNCTIONS.map((spec) => [
      hfName(spec),
      {
        method: methodName(spec),
        // ANY keeps ranges as ranges and lets the core coerce, exactly as it does for Excel.
        parameters: spec.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
        ...(spec.result === "matrix" ? { sizeOfResultArrayMethod: sizeMethodName(spec) } : {}),
      },
    ]),
  );
}

type Ast = { args: { type: string; value?: unknown }[] };
type PluginThis = {
  runFunction: (args: unknown, state: unknown, metadata: unknown, impl: (...a: unknown[]) => unknown) => unknown;
  metadata: (name: string) => unknown;
};

for (const spec of FUNCTIONS) {
  Object.defineProperty(TtxPlugin.prototype, methodName(spec), {
    value(this: PluginThis, ast: Ast, state: unknown) {
      return this.runFunction(ast.args, state, this.metadata(hfName(spec)), (...args) => toHyperFormula(spec.impl(...args.map(toPlain))));
    },
  });
  if (spec.result === "matrix") {
    Object.defineProperty(TtxPlugin.prototype, sizeMethodName(spec), {
      value(ast: Ast) {
        const args = literalArgs(ast.args);
        const result = args ? spec.impl(...args) : undefined;
        if (!Array.isArray(result) || result.length === 0) return ArraySize.error();
        return new ArraySize((result[0] as unknown[]).length, result.length);
      },
    });
  }
}

/** Function names per HyperFormula language: TTX names are the same in every language. */
const TRANSLATIONS = Object.fromEntries(
  ["enGB", "enUS"].map((lang) => [lang, Object.fromEntries(FUNCTIONS.map((spec) => [hfName(spec), hfName(spec)]))]),
);

let registered = false;
/** Registers the TTX functions with HyperFormula once per process. */
export function registerTtxPlugin(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(TtxPlugin, TRANSLATIONS);
  registered = true;
}
