/**
 * A report run killed (SIGKILL) while it writes leaves the previous report
 * as it was: the test starts `node bin/chainsim.js report … -o DIR` over an
 * existing report, waits for its hidden temporary folder to appear (it is
 * writing files), kills it, and checks every file of the previous report has
 * the same hash, no other file is visible in DIR, and the next run removes
 * the hidden leftover. A run that finishes before it can be killed is
 * retried (with another seed, so the files differ).
 *
 * Uses the built command (dist/, built by `npm ci`'s prepare; built here if
 * missing).
 */
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { setImmediate as tick } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";

const SHANDONG = "scenarios/shandong-it-2025.yaml";
const TMP = ".chainsim-tmp-";
const GEN = ".report.chainsim-gen-";

beforeAll(() => {
  if (!existsSync("dist/cli/main.js"))
    execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
}, 120_000);

/** Every visible file under dir (relative, forward slashes) with its SHA-256; hidden temporary folders apart. */
function snapshot(dir: string): { files: Map<string, string>; hidden: string[] } {
  const files = new Map<string, string>();
  const hidden: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (name === ".chainsim-owned.json") continue; // the report's list of its own files
      if (name.startsWith(".")) {
        hidden.push(relative(dir, p));
        continue;
      }
      if (statSync(p).isDirectory()) walk(p);
      else
        files.set(
          relative(dir, p).replace(/\\/g, "/"),
          createHash("sha256").update(readFileSync(p)).digest("hex"),
        );
    }
  };
  walk(dir);
  return { files, hidden };
}

function chainsim(...args: string[]) {
  return spawn(process.execPath, ["bin/chainsim.js", ...args], { stdio: ["ignore", "ignore", "pipe"] });
}

async function finished(
  child: ReturnType<typeof chainsim>,
): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return { code: child.exitCode, signal: child.signalCode };
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
}

describe("a report run killed while writing", () => {
  it("leaves the previous report intact and no partial file; the next run cleans up", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "chainsim-kill-")), "report");
    const args = (seed: number) => [
      "report",
      SHANDONG,
      "-o",
      dir,
      "--samples",
      "300",
      "--png",
      "--seed",
      String(seed),
    ];
    expect((await finished(chainsim(...args(1)))).code).toBe(0);

    let killed = false;
    for (let attempt = 0; attempt < 6 && !killed; attempt++) {
      const before = snapshot(dir);
      expect(before.hidden).toEqual([]);
      const child = chainsim(...args(attempt + 2));
      let sawTemp = false;
      while (child.exitCode === null && child.signalCode === null) {
        // the new generation is being written beside the current one (.report.chainsim-gen-…)
        if (readdirSync(join(dir, "..")).filter((n) => n.startsWith(GEN)).length > 1) {
          sawTemp = true;
          child.kill("SIGKILL");
          break;
        }
        await tick();
      }
      const end = await finished(child);
      if (!sawTemp || end.signal !== "SIGKILL") continue; // it finished first: try again
      const after = snapshot(dir);
      // the previous report, byte for byte, and nothing else visible
      if (
        [...after.files].some(([p, h]) => before.files.get(p) !== h) ||
        after.files.size !== before.files.size
      ) {
        // killed in the instant the entries are swapped: only acceptable if the new report is whole
        const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
        for (const f of manifest.files) expect(after.files.get(f.path), f.path).toBe(f.sha256);
        continue;
      }
      expect(after.files).toEqual(before.files);
      expect(after.hidden.every((h) => h.startsWith(TMP))).toBe(true);
      killed = true;
    }
    expect(killed, "could not kill a run while it was writing").toBe(true);

    // the next run removes the dead run's hidden folder
    expect((await finished(chainsim(...args(99)))).code).toBe(0);
    const clean = snapshot(dir);
    expect(clean.hidden).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    for (const f of manifest.files) expect(clean.files.get(f.path), f.path).toBe(f.sha256);
    expect(clean.files.size).toBe(manifest.files.length + 1);
  }, 180_000);
});
