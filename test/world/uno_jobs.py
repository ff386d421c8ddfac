#!/usr/bin/python3
"""
Edits report files inside LibreOffice Calc through its UNO bridge, as a person typing in Calc would, and stores them.

Run with Debian's /usr/bin/python3 (python3-uno):  /usr/bin/python3 uno_jobs.py jobs.json

One headless soffice is started for all jobs (it is slow to start), with its own user profile in a temporary
directory and a free local port; it is terminated at the end (killed if it does not quit).

jobs.json is a list of jobs:
  {"src": "in.xlsx", "dst": "out.xlsx", "sheet": "NV3 Giảm phát thải KNK" | null,
   "filter": "Calc MS Excel 2007 XML" (default) | "MS Excel 97" | "calc8" | "Text - txt - csv (StarCalc)",
   "filterOptions": "44,34,76,1" (optional, for CSV), "ops": [...]}
Ops, applied in order to `sheet` (or the first sheet):
  {"op": "set", "cell": "G14", "t": "s" | "n", "v": ..., "fmt": "0.0%" (optional)}
      "s" stores text as typed (setString: "1.234,5" or "- Đã hoàn thành…" stay text), "n" a number (setValue).
  {"op": "insertRows", "at": 20, "count": 1}   new empty rows become rows at..at+count-1 (1-based); rows below shift
  {"op": "deleteRows", "at": 17, "count": 1}
  {"op": "unmerge", "range": "A41:L44"}
  {"op": "append", "cell": "C15", "v": "  "}
A protected sheet (the templates are protected without a password) is unprotected for the edits and protected
again (without a password) before storing, as a person would do it.
Prints one JSON line per job and exits 1 if any job failed.
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import Locale


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start_office(profile):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise RuntimeError("soffice not found")
    port = free_port()
    proc = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
            break
        except NoConnectException:
            if proc.poll() is not None:
                raise RuntimeError("soffice exited with %s before accepting connections" % proc.returncode)
            if time.time() > deadline:
                proc.kill()
                raise RuntimeError("soffice did not accept connections within 90 s")
            time.sleep(0.25)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, desktop


def number_format(doc, fmt):
    formats = doc.getNumberFormats()
    locale = Locale("en", "US", "")
    key = formats.queryKey(fmt, locale, False)
    if key == -1:
        key = formats.addNew(fmt, locale)
    return key


def apply_ops(doc, sheet, ops):
    for op in ops:
        kind = op["op"]
        if kind == "set":
            cell = sheet.getCellRangeByName(op["cell"])
            if op["t"] == "s":
                cell.setString(str(op["v"]))
            elif op["t"] == "n":
                cell.setValue(float(op["v"]))
            else:
                raise ValueError("unknown cell type %r" % op["t"])
            if op.get("fmt"):
                cell.NumberFormat = number_format(doc, op["fmt"])
        elif kind == "append":
            cell = sheet.getCellRangeByName(op["cell"])
            cell.setString(cell.getString() + op["v"])
        elif kind == "insertRows":
            sheet.getRows().insertByIndex(op["at"] - 1, op["count"])
        elif kind == "deleteRows":
            sheet.getRows().removeByIndex(op["at"] - 1, op["count"])
        elif kind == "unmerge":
            sheet.getCellRangeByName(op["range"]).merge(False)
        else:
            raise ValueError("unknown op %r" % kind)


def run(desktop, job):
    src = uno.systemPathToFileUrl(os.path.abspath(job["src"]))
    dst = uno.systemPathToFileUrl(os.path.abspath(job["dst"]))
    doc = desktop.loadComponentFromURL(src, "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + job["src"])
    try:
        ops = job.get("ops", [])
        if ops:
            sheets = doc.getSheets()
            sheet = sheets.getByName(job["sheet"]) if job.get("sheet") else sheets.getByIndex(0)
            protected = sheet.isProtected()
            if protected:
                sheet.unprotect("")
            apply_ops(doc, sheet, ops)
            if protected:
                sheet.protect("")
        args = [prop("FilterName", job.get("filter") or "Calc MS Excel 2007 XML"), prop("Overwrite", True)]
        if job.get("filterOptions"):
            args.append(prop("FilterOptions", job["filterOptions"]))
        doc.storeToURL(dst, tuple(args))
    finally:
        doc.close(True)


def run_jobs(jobs, prefix, do_job, report):
    """Starts one LibreOffice, runs do_job(desktop, job) for each job, reports each outcome with report(job, result,
    error), then quits LibreOffice and removes its profile. One failed job never stops the others; returns how many
    failed."""
    profile = tempfile.mkdtemp(prefix=prefix)
    proc = None
    failed = 0
    try:
        proc, desktop = start_office(profile)
        for job in jobs:
            try:
                report(job, do_job(desktop, job), None)
            except Exception as e:
                failed += 1
                report(job, None, {"error": "%s: %s" % (type(e).__name__, e), "trace": traceback.format_exc()})
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as soffice quits
    finally:
        if proc is not None:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(profile, ignore_errors=True)
    return failed


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = json.load(f)

    def report(job, _result, error):
        line = {"dst": job["dst"], "ok": True} if error is None else {"dst": job["dst"], "ok": False, **error}
        print(json.dumps(line, ensure_ascii=False), flush=True)

    sys.exit(1 if run_jobs(jobs, "ttx-uno-profile-", run, report) else 0)


if __name__ == "__main__":
    main()
