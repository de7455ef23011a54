/**
 * Atomic writes: a file is written under a temporary name in its own folder
 * and renamed into place; a report (many files) is written whole into a new
 * generation folder beside its destination and switched in with one rename
 * of a symbolic link (see writeTreeAtomic). An interrupted run leaves the
 * previous report as it was; what a killed process left is hidden and
 * removed by the next run; a lock file refuses two runs into one folder.
 *
 * Only the report's own files are replaced: the user's files in the folder
 * (also inside charts/ and data/) are carried into each new generation.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fail } from "../diagnostics.js";
import type { Bilingual } from "../i18n/lang.js";
import { FILE_REASON } from "../i18n/text/files.js";

export type FileContent = string | Uint8Array;

export interface OutputFile {
  /** Path inside the report folder, with forward slashes (charts/fan.svg). */
  path: string;
  data: FileContent;
}

const TMP = ".chainsim-tmp-";
let counter = 0;

/** Why a file-system call failed, in words. */
export function outputReason(e: unknown): Bilingual {
  const err = e as NodeJS.ErrnoException;
  return FILE_REASON.write(err?.code, err?.message ?? String(e));
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
  writeNew(path, tmp, data);
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
  /** Called between writing the files and switching to them (tests simulate interruptions here). */
  beforeCommit?: (staging: string) => void;
}

/**
 * Write a set of files as the report folder `dir`, switched in with one
 * rename: the files are written into a new hidden generation folder beside
 * `dir` (`.NAME.chainsim-gen-…`), the user's own files from the current
 * generation (anything the previous report did not write, also inside
 * charts/ or data/) are carried over as hard links, and `dir` — a symbolic
 * link to the current generation — is replaced by a link to the new one
 * with a single rename. A run killed at any moment leaves the old report or
 * the new one, whole. A lock file beside `dir` refuses a second run into the
 * same folder; the next run removes what a killed run left (generations no
 * longer linked, temporary links, the lock of a dead process).
 *
 * A `dir` that is a plain folder (written by an older chainsim, or made by
 * the user) is moved into a generation once; a run killed in that instant
 * leaves it under `.NAME.chainsim-gen-legacy-…`, put back by the next run.
 */
export function writeTreeAtomic(dir: string, files: OutputFile[], opts: WriteTreeOptions = {}): void {
  const target = resolve(dir);
  const parent = dirname(target);
  const exists = checkOutputDir(dir, opts.createParents === true);
  if (!exists && opts.createParents) attempt(dir, () => mkdirSync(parent, { recursive: true }));
  const release = lock(dir, target);
  let gen: string | undefined;
  try {
    recover(target);
    const current = currentGeneration(target);
    removeLeftovers(parent, `.${basename(target)}${GEN}`, current);
    removeLeftovers(parent, `.${basename(target)}${LINK}`);
    if (current) removeLeftovers(current, TMP);
    gen = join(parent, `.${basename(target)}${GEN}${process.pid}-${Date.now().toString(36)}-${++counter}`);
    attempt(dir, () => mkdirSync(gen!, { mode: 0o755 }));
    for (const f of files) {
      const path = join(gen, ...f.path.split("/"));
      attempt(join(dir, f.path), () => mkdirSync(dirname(path), { recursive: true }));
      writeNew(join(dir, f.path), path, f.data);
    }
    const own = files.map((f) => f.path);
    if (exists) carryOver(dir, target, gen, new Set(own));
    writeNew(join(dir, OWNED), join(gen, OWNED), `${JSON.stringify(own)}\n`);
    opts.beforeCommit?.(gen);
    commit(dir, target, gen);
    const old = current;
    gen = undefined; // committed: it is the report now
    if (old) rmSync(old, { recursive: true, force: true });
  } finally {
    if (gen) rmSync(gen, { recursive: true, force: true });
    release();
  }
}

/** A hidden list of the files the report wrote, in each generation (the rest is the user's). */
const OWNED = ".chainsim-owned.json";
/** Generation folders beside the report: `.NAME.chainsim-gen-PID-…`. */
const GEN = ".chainsim-gen-";
const LEGACY = "legacy-";
/** The new link, until it is renamed over the report: `.NAME.chainsim-link-PID-…`. */
const LINK = ".chainsim-link-";

/**
 * Write a new file (a temporary name, or a file in a fresh generation
 * folder), flushed; errors name `shown`, the path the user knows.
 */
function writeNew(shown: string, path: string, data: FileContent): void {
  attempt(shown, () => {
    const fd = openSync(path, "wx", 0o644);
    try {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  });
}

/** The generation folder `target` links to, or undefined (no report yet, or a plain folder). */
function currentGeneration(target: string): string | undefined {
  try {
    if (!lstatSync(target).isSymbolicLink()) return undefined;
    return realpathSync(target);
  } catch {
    return undefined;
  }
}

/** Link (or, across devices, copy) every file of the current report that the report did not write into `gen`. */
function carryOver(dir: string, target: string, gen: string, fresh: ReadonlySet<string>): void {
  let owned: Set<string> | undefined;
  try {
    owned = new Set(JSON.parse(readFileSync(join(target, OWNED), "utf8")) as string[]);
  } catch {
    // a folder from an older chainsim: its top-level entries that the new report writes were the report's
    const tops = new Set([...fresh].map((p) => p.split("/")[0]!));
    owned = new Set(listFiles(target).filter((p) => tops.has(p.split("/")[0]!)));
  }
  for (const rel of listFiles(target)) {
    if (rel === OWNED || owned.has(rel) || fresh.has(rel) || rel.split("/").some((s) => s.startsWith(TMP)))
      continue;
    const from = join(target, ...rel.split("/"));
    const to = join(gen, ...rel.split("/"));
    attempt(join(dir, rel), () => {
      mkdirSync(dirname(to), { recursive: true });
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
    });
  }
}

/** Files under a folder (relative, "/"), not following links inside it. */
function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, rel));
    } catch {
      return;
    }
    for (const n of names.sort()) {
      const r = rel ? `${rel}/${n}` : n;
      const st = lstatSync(join(root, r));
      if (st.isDirectory()) walk(r);
      else if (st.isFile()) out.push(r);
    }
  };
  walk("");
  return out;
}

/** Point `target` at `gen` with one rename of a fresh symbolic link over it. */
function commit(dir: string, target: string, gen: string): void {
  const parent = dirname(target);
  const link = join(parent, `.${basename(target)}${LINK}${process.pid}-${++counter}`);
  // a relative link: the folder can be moved or copied with its parent
  attempt(dir, () => symlinkSync(basename(gen), link, process.platform === "win32" ? "junction" : "dir"));
  try {
    let st: ReturnType<typeof lstatSync> | undefined;
    try {
      st = lstatSync(target);
    } catch {
      st = undefined;
    }
    if (st && !st.isSymbolicLink()) {
      // a plain folder: set it aside as a generation (the one moment without a report; recover() undoes it)
      const legacy = join(parent, `.${basename(target)}${GEN}${LEGACY}${process.pid}-${++counter}`);
      attempt(dir, () => renameSync(target, legacy));
    }
    attempt(dir, () => renameSync(link, target));
  } catch (e) {
    rmSync(link, { force: true });
    throw e;
  }
}

/** Put back a plain report folder a run killed while setting it aside. */
function recover(target: string): void {
  if (existsSync(target)) return;
  const prefix = `.${basename(target)}${GEN}${LEGACY}`;
  let names: string[];
  try {
    names = readdirSync(dirname(target)).filter((n) => n.startsWith(prefix));
  } catch {
    return;
  }
  if (names.length === 1) renameSync(join(dirname(target), names[0]!), target);
}

/**
 * Take the lock for writing `dir` (`.NAME.chainsim-lock` beside it, holding
 * the writer's process id); refuse while another live process holds it; a
 * dead process's lock is taken over. Returns the release function.
 */
function lock(dir: string, target: string): () => void {
  const file = join(dirname(target), `.${basename(target)}.chainsim-lock`);
  for (let tries = 0; tries < 3; tries++) {
    try {
      const fd = openSync(file, "wx", 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST")
        return fail("E_OUTPUT", { path: dir, reason: outputReason(e) });
      let pid = Number.NaN;
      try {
        pid = Number(readFileSync(file, "utf8").trim());
      } catch {
        // removed meanwhile: try again
      }
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
        return fail("E_OUTPUT_LOCKED", { path: dir, pid, lock: file });
      rmSync(file, { force: true });
    }
  }
  return fail("E_OUTPUT_LOCKED", { path: dir, pid: 0, lock: file });
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
    if (!st.isDirectory()) fail("E_OUTPUT", { path: dir, reason: FILE_REASON.fileNotFolder });
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
      reason: code === "ENOENT" ? FILE_REASON.parentMissing(dirname(dir)) : outputReason(e),
    });
  }
  if (!ps.isDirectory()) fail("E_OUTPUT", { path: dir, reason: FILE_REASON.parentIsFile(dirname(dir)) });
  return false;
}

/** Remove temporary folders an interrupted run left behind (not those of a run still going, nor `keep`). */
function removeLeftovers(folder: string, prefix: string, keep?: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(prefix) || (keep && join(folder, n) === keep)) continue;
    if (n.startsWith(`${prefix}${LEGACY}`)) continue; // recover() decides about these
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
