#!/usr/bin/python3
"""
Fills, edits and re-saves report files with openpyxl, the way a person's script or a non-Excel program would.

Run with Debian's /usr/bin/python3 (python3-openpyxl):  /usr/bin/python3 openpyxl_jobs.py jobs.json

jobs.json is a list of jobs; every job is done in order:
  {"src": "in.xlsx", "dst": "out.xlsx", "sheet": "NV3 Giảm phát thải KNK" | null, "ops": [...],
   "newWorkbook": null | {"title": "Sheet1"}}
Ops (applied to `sheet`, or the first sheet):
  {"op": "set", "cell": "G14", "t": "s" | "n", "v": ..., "fmt": "0.0%" (optional)}
      "s" stores a text cell whatever it looks like ("1.234,5", "- Đã hoàn thành…", "=x" would stay text);
      "n" stores a number.
  {"op": "unmerge", "range": "A41:L44"}
  {"op": "append", "cell": "C15", "v": "  "}   appends text to a cell (trailing spaces in a plan cell).
With "newWorkbook", the edited sheet is not saved in place: its values (formulas as their cached results, as
"paste values" does), merged ranges, column widths and number formats are copied into a new workbook with one sheet
of that title, which is saved to dst. The hidden `_ttx_meta` sheet is not copied.
Plain re-save: a job without ops.
Prints one JSON line per job: {"dst": ..., "ok": true} (or the error) and exits 1 if any job failed.
"""
import copy
import json
import sys
import traceback

import openpyxl
from openpyxl.cell.cell import TYPE_STRING


def sheet_of(wb, name):
    return wb[name] if name else wb.worksheets[0]


def apply_ops(ws, ops):
    for op in ops:
        kind = op["op"]
        if kind == "set":
            cell = ws[op["cell"]]
            if op["t"] == "s":
                cell.value = str(op["v"])
                # openpyxl reads a string starting with "=" as a formula: a person's text stays text.
                cell.data_type = TYPE_STRING
            elif op["t"] == "n":
                cell.value = op["v"]
            else:
                raise ValueError("unknown cell type %r" % op["t"])
            if op.get("fmt"):
                cell.number_format = op["fmt"]
        elif kind == "append":
            cell = ws[op["cell"]]
            cell.value = ("" if cell.value is None else str(cell.value)) + op["v"]
            cell.data_type = TYPE_STRING
        elif kind == "unmerge":
            ws.unmerge_cells(op["range"])
        else:
            raise ValueError("unknown op %r" % kind)


def copy_to_new(src_ws, title):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in src_ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            if type(c).__name__ == "MergedCell":
                continue
            d = ws.cell(row=c.row, column=c.column, value=c.value)
            if isinstance(c.value, str):
                d.data_type = TYPE_STRING
            if c.has_style:
                d.number_format = c.number_format
                d.font = copy.copy(c.font)
                d.alignment = copy.copy(c.alignment)
    for rng in src_ws.merged_cells.ranges:
        ws.merge_cells(str(rng))
    for key, dim in src_ws.column_dimensions.items():
        ws.column_dimensions[key].width = dim.width
    return wb


def run(job):
    if job.get("newWorkbook"):
        # Formulas as their cached results: what "paste values" into a new workbook gives.
        src = openpyxl.load_workbook(job["src"], data_only=True)
        ws = sheet_of(src, job.get("sheet"))
        apply_ops(ws, job.get("ops", []))
        copy_to_new(ws, job["newWorkbook"]["title"]).save(job["dst"])
        return
    wb = openpyxl.load_workbook(job["src"])
    apply_ops(sheet_of(wb, job.get("sheet")), job.get("ops", []))
    wb.save(job["dst"])


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = json.load(f)
    failed = 0
    for job in jobs:
        try:
            run(job)
            print(json.dumps({"dst": job["dst"], "ok": True}, ensure_ascii=False))
        except Exception as e:  # report every job, fail at the end
            failed += 1
            print(json.dumps({"dst": job["dst"], "ok": False, "error": "%s: %s" % (type(e).__name__, e), "trace": traceback.format_exc()}, ensure_ascii=False))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
