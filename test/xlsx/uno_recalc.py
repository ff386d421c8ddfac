#!/usr/bin/python3
"""
Types figures into report files inside LibreOffice Calc (UNO bridge), recalculates everything and reads the results:
how a template computes in a spreadsheet without the add-in.

Run with Debian's /usr/bin/python3 (python3-uno):  /usr/bin/python3 uno_recalc.py jobs.json out.json

One headless soffice for all jobs, with its own profile in a temporary directory and a free local port
(test/world/uno_jobs.py starts it the same way); terminated at the end.

jobs.json is a list of jobs:
  {"src": "in.xlsx", "sheet": "NV3 Giảm phát thải KNK",
   "rounds": [{"set": [["H20", "n", 12.5], ["H21", "s", "abc"], ["H22", "clear", null]], "read": ["L20", "M20"]}],
   "dst": "out.xlsx" (optional: saved as .xlsx after the last round)}
Each round sets its cells (n: a number, s: text as typed, clear: empty), calls calculateAll() (every formula
recomputed, whatever the file cached) and reads the cells listed, then lists every cell of every sheet holding an
error value. A protected sheet is unprotected for the typing and protected again (no password), as a person would.
out.json: per job, per round {"values": {"L20": {"t": "n"|"s"|"e"|"empty", "v": ...}}, "errors": ["Sheet!A1 #VALUE!"]}.
"""
import json
import os
import sys

import uno
from com.sun.star.table.CellContentType import EMPTY, FORMULA, TEXT, VALUE

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "world"))
from uno_jobs import prop, run_jobs  # noqa: E402

ERROR_NAMES = {502: "#VALUE!", 503: "#NUM!", 504: "#VALUE!", 508: "#ERR508", 519: "#VALUE!", 522: "#ERR522", 523: "#ERR523",
               524: "#REF!", 525: "#NAME?", 532: "#DIV/0!", 32767: "#N/A"}


def cell_value(cell):
    kind = cell.getType()
    if kind == EMPTY:
        return {"t": "empty", "v": None}
    if kind == VALUE:
        return {"t": "n", "v": cell.getValue()}
    if kind == TEXT:
        return {"t": "s", "v": cell.getString()}
    err = cell.getError()
    if err:
        return {"t": "e", "v": ERROR_NAMES.get(err, "#ERR%d" % err)}
    # FormulaResultType2: 1 value, 2 string, 4 error (com.sun.star.sheet.FormulaResult)
    if cell.FormulaResultType2 == 2:
        return {"t": "s", "v": cell.getString()}
    return {"t": "n", "v": cell.getValue()}


def error_cells(doc):
    """Every formula cell holding an error, on every sheet (queryFormulaCells: one call per sheet)."""
    found = []
    sheets = doc.getSheets()
    for i in range(sheets.getCount()):
        sheet = sheets.getByIndex(i)
        ranges = sheet.queryFormulaCells(4)  # com.sun.star.sheet.FormulaResult.ERROR
        for k in range(ranges.getCount()):
            rng = ranges.getByIndex(k)
            addr = rng.getRangeAddress()
            for r in range(addr.StartRow, addr.EndRow + 1):
                for c in range(addr.StartColumn, addr.EndColumn + 1):
                    cell = sheet.getCellByPosition(c, r)
                    found.append("%s!%s %s" % (sheet.getName(), cell.AbsoluteName.split(".")[-1].replace("$", ""), cell_value(cell)["v"]))
    return found


def run(desktop, job):
    src = uno.systemPathToFileUrl(os.path.abspath(job["src"]))
    doc = desktop.loadComponentFromURL(src, "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + job["src"])
    out = []
    try:
        sheet = doc.getSheets().getByName(job["sheet"])
        for rnd in job["rounds"]:
            protected = sheet.isProtected()
            if protected:
                sheet.unprotect("")
            for address, kind, value in rnd.get("set", []):
                cell = sheet.getCellRangeByName(address)
                if kind == "n":
                    cell.setValue(float(value))
                elif kind == "s":
                    cell.setString(str(value))
                elif kind == "clear":
                    cell.setString("")
                else:
                    raise ValueError("unknown kind %r" % kind)
            if protected:
                sheet.protect("")
            doc.calculateAll()
            out.append({"values": {a: cell_value(sheet.getCellRangeByName(a)) for a in rnd.get("read", [])}, "errors": error_cells(doc)})
        if job.get("dst"):
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["dst"])), (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
    finally:
        doc.close(True)
    return out


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = json.load(f)
    results = []

    def report(job, rounds, error):
        results.append({"src": job["src"], "ok": True, "rounds": rounds} if error is None else {"src": job["src"], "ok": False, **error})

    failed = run_jobs(jobs, "ttx-uno-recalc-", run, report)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
