/**
 * Read a scenario (or an included) file safely: open it without blocking,
 * check on the open descriptor (fstat) that it is a regular file — devices
 * (/dev/zero, /dev/urandom), FIFOs and sockets are refused — and read at
 * most `maxBytes` (a file that grows while read is cut off and refused, so
 * `stat` reporting 0 for special files cannot make the read unbounded).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { ChainsimError, diagnostic } from "../diagnostics.js";
import type { Bilingual } from "../i18n/lang.js";
import { FILE_REASON } from "../i18n/text/files.js";
import { ENTRY_KIND } from "../i18n/text/state.js";

/** What kind of file system entry `st` is, in words, "folder", or undefined for a regular file. */
export function notRegular(st: Stats): Bilingual | "folder" | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return "folder";
  if (st.isFIFO()) return ENTRY_KIND.fifo;
  if (st.isSocket()) return ENTRY_KIND.socket;
  if (st.isCharacterDevice() || st.isBlockDevice()) return ENTRY_KIND.device;
  return ENTRY_KIND.other;
}

/**
 * The bytes of `file`, refusing anything but a regular file of at most `maxBytes`.
 *
 * @example
 * readRegularFile("scenarios/shandong-it-2025.yaml", 5 * 1024 * 1024) // <Buffer 23 20 79 …>
 * readRegularFile("/dev/zero", 100) // throws E_NOT_REGULAR_FILE
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") throw new ChainsimError([diagnostic("E_FILE_NOT_FOUND", { file })]);
    if (err.code === "ENXIO")
      throw new ChainsimError([diagnostic("E_NOT_REGULAR_FILE", { file, kind: ENTRY_KIND.socket })]);
    if (err.code === "EISDIR")
      throw new ChainsimError([diagnostic("E_FILE_READ", { file, reason: FILE_REASON.isFolder })]);
    if (err.code === "ELOOP")
      throw new ChainsimError([diagnostic("E_FILE_READ", { file, reason: FILE_REASON.symlinkLoop })]);
    throw new ChainsimError([
      diagnostic("E_FILE_READ", { file, reason: FILE_REASON.read(err.code, err.message) }),
    ]);
  }
  try {
    const st = fstatSync(fd);
    const kind = notRegular(st);
    if (kind === "folder")
      throw new ChainsimError([diagnostic("E_FILE_READ", { file, reason: FILE_REASON.isFolder })]);
    if (kind) throw new ChainsimError([diagnostic("E_NOT_REGULAR_FILE", { file, kind })]);
    const tooLarge = (bytes: number) =>
      new ChainsimError([
        diagnostic(
          "E_FILE_TOO_LARGE",
          bytes > st.size ? { bytes, max: maxBytes, atLeast: true } : { bytes, max: maxBytes },
          { file, line: 0, col: 0 },
        ),
      ]);
    if (st.size > maxBytes) throw tooLarge(st.size);
    // read until the end of the file, never more than one byte past the limit
    // (a file that grows after fstat, or a regular file whose size is not known, as in /proc)
    let buf = Buffer.alloc(Math.min(maxBytes, st.size) + 1);
    let len = 0;
    for (;;) {
      if (len === buf.length) {
        if (len > maxBytes) throw tooLarge(len);
        const bigger = Buffer.alloc(Math.min(maxBytes + 1, buf.length * 2 + 4096));
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
    }
    if (len > maxBytes) throw tooLarge(len);
    return buf.subarray(0, len);
  } catch (e) {
    if (e instanceof ChainsimError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new ChainsimError([
      diagnostic("E_FILE_READ", { file, reason: FILE_REASON.read(err.code, err.message) }),
    ]);
  } finally {
    closeSync(fd);
  }
}
