import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { inject } from "vitest";

const run = promisify(execFile);

/** The notebooks' sources: every Notebook Kit file in notebooks/ but the page template. */
export const NOTEBOOKS = [
  "1-shandong-add-up.html",
  "2-shandong-probability.html",
  "3-guangdong-components.html",
  "4-liaocheng-firms.html",
];

/** The built pages: each notebook in English (NAME.html) and in Chinese (NAME.zh.html). */
export const BUILT = NOTEBOOKS.flatMap((f) => [f, f.replace(/\.html$/, ".zh.html")]).sort();

/** How long the build itself may take. */
const TIMEOUT = 120_000;

/**
 * The `beforeAll` timeout of a file that calls buildNotebooks: the build's
 * own limit and some start-up. It also bounds a file that waits for another
 * file's build, so the wait needs no clock of its own.
 */
export const BUILD_HOOK_TIMEOUT = TIMEOUT + 30_000;

/**
 * Build the notebooks (`npm run notebooks`) into a fresh folder, bounded in
 * time; returns it. Built once per vitest run (test/global-setup.ts): the
 * first test file that asks builds them, any other (test/page/notebooks and
 * test/browser/notebooks, perhaps at the same time) waits for that build and
 * reads the same folder. Nothing in it is written after the build.
 */
export async function buildNotebooks(): Promise<string> {
  const out = join(inject("runDir"), "notebooks");
  const lock = `${out}.building`;
  const failed = `${out}.failed`;
  try {
    mkdirSync(lock);
  } catch {
    // another test file builds them: wait for its folder, or its error (the caller's
    // hook timeout, BUILD_HOOK_TIMEOUT, ends the wait if that file dies silently)
    for (;;) {
      if (existsSync(out)) return out;
      if (existsSync(failed))
        throw new Error(`building the notebooks failed:\n${readFileSync(failed, "utf8")}`);
      await sleep(200);
    }
  }
  // built beside the shared folder, then renamed: a waiting file sees all of it or none
  const tmp = mkdtempSync(`${out}-`);
  try {
    await run(process.execPath, ["scripts/build-notebooks.mjs", tmp], { timeout: TIMEOUT });
  } catch (e) {
    writeFileSync(failed, e instanceof Error ? (e.stack ?? e.message) : String(e));
    throw e;
  }
  renameSync(tmp, out);
  return out;
}
