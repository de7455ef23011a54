/**
 * Atomic writes: a file is written under a temporary name in its own folder
 * and renamed into place; a report (many files) is written whole into a
 * temporary folder beside or inside its destination and then moved into
 * place. An interrupted run leaves the previous report as it was and no
 * partial file; a leftover temporary folder (a killed process) is hidden
 * (.chainsim-tmp-*) and removed by the next run.
 *
 * Only the report's own entries (the top-level files and folders it writes)
 * are replaced: other files in the destination folder are left alone.
 */
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fail } from "../diagnostics.js";

export type FileContent = string | Uint8Array;

export interface OutputFile {
  /** Path inside the report folder, with forward slashes (charts/fan.svg). */
  path: string;
  data: FileContent;
}

const TMP = ".chainsim-tmp-";
let counter = 0;

/** Why a file-system call failed, in words. */
export function outputReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied (the folder is read-only or belongs to someone else)";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "the disk is full";
    case "EDQUOT":
      return "the disk quota is used up";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "ENOENT":
      return "the folder does not exist";
    case "EISDIR":
      return "a folder is in the way";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return err?.message ?? String(e);
  }
}

/** Run a file-system step; turn its failure into E_OUTPUT naming the path. */
function attempt<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    return fail("E_OUTPUT", { path, reason: outputReason(e) });
  }
}

/**
 * Write a file atomically: to a temporary name in the same folder, flushed,
 * then renamed over the destination.
 *
 * @example
 * writeFileAtomic("out/report.html", html)
 */
export function writeFileAtomic(path: string, data: FileContent): void {
  const tmp = join(dirname(path), `${TMP}${process.pid}-${++counter}-${basename(path)}`);
  attempt(path, () => {
    const fd = openSync(tmp, "wx", 0o644);
    try {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  });
  try {
    attempt(path, () => renameSync(tmp, path));
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export interface WriteTreeOptions {
  /** Create missing parent folders (the default output folder); otherwise the parent must exist. */
  createParents?: boolean;
  /** Called between writing the files and moving them into place (tests simulate interruptions here). */
  beforeCommit?: (staging: string) => void;
}

/**
 * Write a set of files into `dir` as a whole: everything is written to a
 * hidden temporary folder first, then moved into place entry by entry (a
 * new folder is renamed into place in one step).
 */
export function writeTreeAtomic(dir: string, files: OutputFile[], opts: WriteTreeOptions = {}): void {
  const target = resolve(dir);
  const parent = dirname(target);
  const exists = checkOutputDir(dir, opts.createParents === true);
  if (!exists && opts.createParents) attempt(dir, () => mkdirSync(parent, { recursive: true }));
  removeLeftovers(exists ? target : parent, exists ? TMP : `.${basename(target)}${TMP}`);
  const staging = attempt(dir, () =>
    mkdtempSync(
      exists
        ? join(target, `${TMP}${process.pid}-`)
        : join(parent, `.${basename(target)}${TMP}${process.pid}-`),
    ),
  );
  try {
    // mkdtemp makes a private folder; the report folder is an ordinary one
    attempt(dir, () => chmodSync(staging, 0o755));
    for (const f of files) {
      const path = join(staging, ...f.path.split("/"));
      attempt(join(dir, f.path), () => mkdirSync(dirname(path), { recursive: true }));
      writeFileAtomic(path, f.data);
    }
    opts.beforeCommit?.(staging);
    if (!exists) {
      attempt(dir, () => renameSync(staging, target));
      return;
    }
    const entries: string[] = [];
    for (const f of files) {
      const top = f.path.split("/")[0]!;
      if (!entries.includes(top)) entries.push(top);
    }
    const old = join(staging, `${TMP}old`);
    attempt(dir, () => mkdirSync(old));
    for (const entry of entries) {
      const dest = join(target, entry);
      if (existsSync(dest)) attempt(join(dir, entry), () => renameSync(dest, join(old, entry)));
      attempt(join(dir, entry), () => renameSync(join(staging, entry), dest));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Check an output folder before any work: it must be a folder if it exists;
 * if it does not, its parent must exist (unless parents are to be created).
 * Returns whether it exists.
 */
export function checkOutputDir(dir: string, createParents: boolean): boolean {
  const target = resolve(dir);
  const parent = dirname(target);
  let st: ReturnType<typeof statSync> | undefined;
  try {
    st = statSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT")
      fail("E_OUTPUT", { path: dir, reason: outputReason(e) });
  }
  if (st) {
    if (!st.isDirectory()) fail("E_OUTPUT", { path: dir, reason: "it is a file, not a folder" });
    return true;
  }
  if (createParents) return false;
  let ps: ReturnType<typeof statSync> | undefined;
  try {
    ps = statSync(parent);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail("E_OUTPUT", {
      path: dir,
      reason: code === "ENOENT" ? `the folder "${dirname(dir)}" does not exist` : outputReason(e),
    });
  }
  if (!ps.isDirectory()) fail("E_OUTPUT", { path: dir, reason: `"${dirname(dir)}" is a file, not a folder` });
  return false;
}

/** Remove temporary folders an interrupted run left behind (not those of a run still going). */
function removeLeftovers(folder: string, prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(prefix)) continue;
    const pid = Number(n.slice(prefix.length).split("-")[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) continue;
    rmSync(join(folder, n), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
