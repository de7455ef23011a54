import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Build the notebooks (`npm run notebooks`) into a fresh folder, bounded in time; returns it. */
export async function buildNotebooks(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "chainsim-notebooks-"));
  await run(process.execPath, ["scripts/build-notebooks.mjs", out], { timeout: 30_000 });
  return out;
}
