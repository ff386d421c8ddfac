/**
 * The Office side of "errors are values": a core TtxError becomes a CustomFunctions.Error that Excel shows as
 * #N/A / #VALUE! / #NUM! with our message in the cell's tooltip. Throwing is how a custom function reports it.
 * The codes are the enum's string values, so loading this module needs no Office global (the same bundle also
 * runs in a plain browser page during tests).
 */
import { isTtxError, type TtxErrorKind, type TtxResult } from "../core/functions/result";

const EXCEL_CODE: Record<TtxErrorKind, `${CustomFunctions.ErrorCode}`> = {
  NOT_AVAILABLE: "#N/A",
  VALUE: "#VALUE!",
  NUM: "#NUM!",
};

export function toExcel<T>(result: TtxResult<T>): T {
  if (isTtxError(result)) {
    throw new CustomFunctions.Error(EXCEL_CODE[result.ttxError] as CustomFunctions.ErrorCode, result.message);
  }
  return result;
}
