/**
 * What a CLI command may touch, injected so tests can run commands without a terminal. Every command that writes a
 * file goes through one helper here (`createAtomic`, and `writeFileAtomic` on top of it), which:
 * - refuses an output path that exists and is not a regular file (a folder, a symlink — never followed —, a FIFO, a
 *   device, a socket) before anything is created, and again just before the rename;
 * - creates the temporary file in the output's folder, exclusively (O_CREAT|O_EXCL, plus O_NOFOLLOW where the
 *   platform has it), under a random name (`.<name>.<16 hex>.tmp`): a link planted there is never written through,
 *   and no name can be guessed in advance;
 * - fsyncs the file, renames it over the output, then fsyncs the folder where the platform allows, so the output is
 *   the old file or the whole new one, even after a power cut;
 * - turns file-system errors into bilingual messages naming the path (full disk, read-only folder…), exit 2;
 * - registers the temporary file for interrupt.ts, so a signal removes it.
 * Whether the output is one of a consolidation's inputs is checked by listInputs (consolidate-command.ts).
 */
import { randomBytes } from "crypto";
import { constants, promises as fs, type Stats } from "fs";
import * as path from "path";
import type { Writable } from "stream";
import type { MessageKey } from "../core/i18n/messages";
import { bilingualWith, CliError, fileError } from "./errors";
import { registerTemp } from "./interrupt";

/** A file being written: `stream` goes to its temporary file; `commit` puts it in place, `abort` removes it. */
export interface AtomicFile {
  /** The output path as given. */
  readonly file: string;
  /** The temporary file beside it. */
  readonly tmp: string;
  readonly stream: Writable;
  /** Ends the stream if it is not, fsyncs, renames over `file`, fsyncs the folder. Errors are CliErrors. */
  commit(): Promise<void>;
  /** Removes the temporary file; does nothing after commit, and can be called twice. */
  abort(): Promise<void>;
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes the whole file or nothing, through createAtomic. */
  writeFileAtomic(file: string, content: string | Uint8Array): Promise<void>;
  /** Opens a file to be written in pieces and put in place whole (see the module comment). */
  createAtomic(file: string): Promise<AtomicFile>;
}

/** Our temporary files: `.<name>.<16 hex digits>.tmp` (and `.<name>.<pid>.tmp`, left by earlier versions). */
export const OWN_TEMP = /^\..+\.(?:[0-9a-f]{16}|\d+)\.tmp$/;

const kindKey = (st: Stats): MessageKey =>
  st.isDirectory()
    ? "cliKindFolder"
    : st.isSymbolicLink()
      ? "cliKindSymlink"
      : st.isFIFO()
        ? "cliKindFifo"
        : st.isSocket()
          ? "cliKindSocket"
          : "cliKindDevice";

/** Throws (exit 2) when `file` exists and is not a regular file. Never follows a link, never opens the path. */
export async function refuseNonRegular(file: string): Promise<void> {
  let st: Stats;
  try {
    st = await fs.lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw fileError(error, file);
  }
  if (!st.isFile()) throw new CliError(bilingualWith("cliOutputNotFile", { file }, { kind: kindKey(st) }));
}

const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
/** Errors a folder's fsync may give where the platform does not support it: ignored. */
const NO_FOLDER_SYNC = new Set(["EISDIR", "EINVAL", "EPERM", "EACCES", "EBADF", "ENOTSUP"]);

async function syncFolder(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch (error) {
    if (!NO_FOLDER_SYNC.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** 64 random bits, hex. An object so a test can make the first draw collide with a planted link. */
export const tempRandom = { draw: (): string => randomBytes(8).toString("hex") };

/** The temporary name: random, and short enough for the file system whatever the output's name. */
const tempName = (file: string) => `.${path.basename(file).slice(0, 200)}.${tempRandom.draw()}.tmp`;

/** Ends the stream if it is not and waits until everything written has reached the file (or its error). */
function ended(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.errored) return reject(stream.errored);
    if (stream.writableFinished) return resolve();
    stream.once("finish", resolve);
    stream.once("error", reject);
    if (!stream.writableEnded) stream.end();
  });
}

export async function createAtomic(file: string): Promise<AtomicFile> {
  await refuseNonRegular(file);
  const dir = path.dirname(path.resolve(file));
  let handle: fs.FileHandle | undefined;
  let tmp = "";
  for (let attempt = 0; !handle; attempt++) {
    tmp = path.join(dir, tempName(file));
    try {
      handle = await fs.open(tmp, CREATE_FLAGS, 0o666);
    } catch (error) {
      // EEXIST with 64 random bits is someone else's file: another name, a few times.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 4) throw fileError(error, file);
    }
  }
  const unregister = registerTemp(tmp);
  const stream = handle.createWriteStream({ autoClose: false });
  // The error is reported by whoever writes (and by commit); this keeps it from being unhandled.
  stream.on("error", () => undefined);
  let state: "open" | "closed" | "done" = "open";
  // A FileHandle's stream holds the handle until the stream is destroyed, which closes it (after any write in
  // progress: a descriptor is never closed under a pending write and reused for another file).
  const close = async () => {
    if (state !== "open") return;
    state = "closed";
    if (!stream.closed) await new Promise<void>((resolve) => stream.once("close", () => resolve()).destroy());
    await handle!.close();
  };
  const abort = async () => {
    if (state === "done") return;
    await close().catch(() => undefined);
    state = "done";
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    unregister();
  };
  return {
    file,
    tmp,
    stream,
    abort,
    async commit() {
      if (state === "done") return;
      try {
        await ended(stream);
        await handle!.sync();
        await close();
        // Checked again: something planted at the output meanwhile is refused, not replaced.
        await refuseNonRegular(file);
        await fs.rename(tmp, file);
        state = "done";
        unregister();
        await syncFolder(dir);
      } catch (error) {
        await abort();
        throw fileError(error, file);
      }
    },
  };
}

export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const out = await createAtomic(file);
  try {
    out.stream.write(typeof content === "string" ? Buffer.from(content, "utf8") : content);
  } catch (error) {
    await out.abort();
    throw fileError(error, file);
  }
  await out.commit();
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFileAtomic,
  createAtomic,
};

/**
 * Makes a folder and any missing parents. Not `mkdir -p` alone: on a read-only file system Node's recursive mkdir
 * reports ENOENT, which would name the wrong problem.
 */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return;
    if (code !== "ENOENT") throw fileError(error, dir);
    await makeFolder(path.dirname(path.resolve(dir)));
    await fs.mkdir(dir).catch((e: NodeJS.ErrnoException) => (e.code === "EEXIST" ? undefined : Promise.reject(fileError(e, dir))));
  }
}
