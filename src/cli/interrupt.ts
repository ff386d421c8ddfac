/**
 * What an interrupted `ttx` leaves behind: nothing. Every temporary file or folder a command creates (the output's
 * temporary file, the spill folder) is registered here while it exists. On SIGINT, SIGTERM or SIGHUP, the handlers
 * bin/ttx.js installs remove them all, print one line in both languages and exit 128 + the signal's number (130,
 * 143, 129). An old output is never touched: it is only ever replaced by a rename of a complete file.
 *
 * In the heap-capped child of `ttx consolidate` (bin/heap-cap.js), each registration is also sent to the parent over
 * the IPC channel, so the parent can remove them when the child dies without doing it itself (SIGKILL, the heap
 * limit's abort). A parent that dies is seen by the child as its channel disconnecting, which heap-cap.js turns
 * into a SIGHUP to itself: the same clean-up.
 */
import { rmSync } from "fs";
import { constants } from "os";
import { bilingual } from "../core/i18n/messages";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** The message the child sends its parent: a temporary path created (`done` absent) or gone (`done: true`). */
interface TempMessage {
  ttxTemp: string;
  done?: true;
}

const temps = new Map<number, string>();
let nextId = 0;

function tellParent(message: TempMessage): void {
  if (!process.send || !process.connected) return;
  try {
    // With a callback, a channel closed meanwhile is reported to it instead of as an 'error' event on process.
    process.send(message, undefined, undefined, () => undefined);
  } catch {
    // the parent is gone: its disconnect is handled on its own
  }
}

/** Registers a temporary file or folder; the function returned unregisters it (once it is renamed or removed). */
export function registerTemp(file: string): () => void {
  const id = nextId++;
  temps.set(id, file);
  tellParent({ ttxTemp: file });
  return () => {
    if (temps.delete(id)) tellParent({ ttxTemp: file, done: true });
  };
}

/** The temporary paths registered now (tests). */
export const registeredTemps = (): string[] => [...temps.values()];

/** Removes every registered temporary path, synchronously (a signal handler is about to exit). */
function removeTemps(): void {
  for (const file of temps.values()) {
    try {
      rmSync(file, { recursive: true, force: true });
    } catch {
      // nothing more can be done on the way out
    }
  }
  temps.clear();
}

const signalExitCode = (signal: NodeJS.Signals): number => 128 + (constants.signals[signal] ?? 0);

let installed = false;
let stopping = false;

/** Installed once by bin/ttx.js (not by run(), which tests call in-process). */
export function installInterruptHandlers(write: (text: string) => void = (text) => void process.stderr.write(text)): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      // A terminal's Ctrl-C reaches both ttx and its child, and ttx forwards it too: one clean-up, one line.
      if (stopping) return;
      stopping = true;
      removeTemps();
      write(`\n${bilingual("cliInterrupted", { signal })}\n`);
      process.exit(signalExitCode(signal));
    });
  }
}
