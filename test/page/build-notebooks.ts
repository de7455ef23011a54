import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

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

/** Build the notebooks (`npm run notebooks`) into a fresh folder, bounded in time; returns it. */
export async function buildNotebooks(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "chainsim-notebooks-"));
  await run(process.execPath, ["scripts/build-notebooks.mjs", out], { timeout: 120_000 });
  return out;
}
