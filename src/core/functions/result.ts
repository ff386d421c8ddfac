/**
 * Errors are values, never thrown (HyperFormula's rule: a throw would abort a whole recalculation).
 * Core functions return `TtxError`; each adapter maps `kind` to its engine's error
 * (Office: CustomFunctions.Error, HyperFormula: CellError).
 */
export type TtxErrorKind = "NOT_AVAILABLE" | "VALUE" | "NUM";

export interface TtxError {
  readonly ttxError: TtxErrorKind;
  /** Bilingual, Vietnamese first: shown by Excel in the error tooltip. */
  readonly message: string;
}

export type TtxResult<T> = T | TtxError;

export function ttxError(kind: TtxErrorKind, message: string): TtxError {
  return { ttxError: kind, message };
}

export function isTtxError(value: unknown): value is TtxError {
  return typeof value === "object" && value !== null && "ttxError" in value;
}
