#!/usr/bin/python3
"""
Reads cells back with openpyxl: the independent witness the corpus test checks the truth file against.

Run with Debian's /usr/bin/python3:  /usr/bin/python3 dump_cells.py request.json > answer.json
request.json: [{"path": "/abs/file.xlsx", "cells": [["Sheet name", "G14"], ...]}, ...]
answer: [{"path": ..., "sheets": [{"name": ..., "state": "visible" | "hidden" | "veryHidden"}],
          "cells": [{"sheet": ..., "cell": ..., "t": "s" | "n" | "d" | "b" | "f" | "e" | "empty" | "nosheet", "v": ...}]}]
Dates ("d") come back as serial numbers in the 1900 date system whatever the file's own system, so a date typed as
45813.73 compares with the number typed.
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils.datetime import to_excel


def value_of(cell):
    v = cell.value
    if v is None:
        return "empty", None
    if isinstance(v, bool):
        return "b", v
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return "d", to_excel(v)
    if isinstance(v, (int, float)):
        return "n", v
    if isinstance(v, str):
        if cell.data_type == "f":
            return "f", v
        if cell.data_type == "e":
            return "e", v
        return "s", v
    return "s", str(v)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        request = json.load(f)
    answer = []
    for item in request:
        wb = openpyxl.load_workbook(item["path"])
        out = {"path": item["path"], "sheets": [{"name": ws.title, "state": ws.sheet_state} for ws in wb.worksheets], "cells": []}
        for sheet, address in item["cells"]:
            if sheet not in wb.sheetnames:
                out["cells"].append({"sheet": sheet, "cell": address, "t": "nosheet", "v": None})
                continue
            t, v = value_of(wb[sheet][address])
            out["cells"].append({"sheet": sheet, "cell": address, "t": t, "v": v})
        answer.append(out)
    json.dump(answer, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
