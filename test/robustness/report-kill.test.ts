/**
 * A report run killed at every rename (strace fault injection, as the red
 * team did: `strace -e inject=rename…:signal=SIGKILL:when=N`) leaves the old
 * report or the new one, whole, the user's own file in charts/ kept; the next
 * run cleans up what the killed one left. Two runs into one folder at once:
 * the second is refused with a clear message (E_OUTPUT_LOCKED).
 *
 * Needs strace (skipped with a message where absent) and the built command.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const SHANDONG = "scenarios/shandong-it-2025.yaml";
const RENAMES = "rename,renameat,renameat2";
const strace = spawnSync("strace", ["-V"]).status === 0;
if (!strace) console.warn("report kill test skipped: strace not found (apt-get install -y strace)");

beforeAll(() => {
  if (!existsSync("dist/cli/main.js"))
    execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
}, 120_000);

/** Visible files under dir with their SHA-256. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith(".")) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p), createHash("sha256").update(readFileSync(p)).digest("hex"));
    }
  };
  walk(dir);
  return files;
}

/** The report at dir is whole: every file its manifest lists, with that hash. */
function whole(dir: string): boolean {
  const files = snapshot(dir);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
    files: Array<{ path: string; sha256: string }>;
  };
  return manifest.files.every((f) => files.get(f.path) === f.sha256) && files.has("report.html");
}

const args = (dir: string, seed: number) => [
  "bin/chainsim.js",
  "report",
  SHANDONG,
  "-o",
  dir,
  "--samples",
  "200",
  "--seed",
  String(seed),
];

/** Run the report under strace; with `killAt`, SIGKILL at that rename. Returns the renames seen. */
function traced(dir: string, seed: number, killAt?: number): { renames: number; signal: string | null } {
  const log = join(dirname(dir), `strace-${seed}.log`);
  const inject = killAt ? ["-e", `inject=${RENAMES}:signal=SIGKILL:when=${killAt}`] : [];
  const r = spawnSync(
    "strace",
    ["-f", "-qq", "-o", log, "-e", `trace=${RENAMES}`, ...inject, process.execPath, ...args(dir, seed)],
    { encoding: "utf8", timeout: 120_000 },
  );
  const renames = readFileSync(log, "utf8")
    .split("\n")
    .filter((l) => /rename/.test(l) && !/resumed>/.test(l)).length;
  return { renames, signal: r.signal ?? (r.status === 137 || r.status === null ? "SIGKILL" : null) };
}

describe.skipIf(!strace)("a report run killed at every rename", () => {
  it("leaves the old or the new report, whole, with the user's file; the next run cleans up", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "chainsim-killall-")), "report");
    const first = traced(dir, 1);
    expect(whole(dir)).toBe(true);
    writeFileSync(join(dir, "charts", "mine.txt"), "the user's own notes");
    // how many renames a run over an existing report makes
    const n = traced(dir, 2).renames;
    expect(n).toBeGreaterThan(0);
    expect(first.renames).toBeGreaterThan(0);
    for (let k = 1; k <= n; k++) {
      const before = snapshot(dir);
      traced(dir, 10 + k, k);
      const after = snapshot(dir);
      const same = after.size === before.size && [...after].every(([p, h]) => before.get(p) === h);
      expect(
        same || whole(dir),
        `killed at rename ${k} of ${n}: neither the old nor a whole new report`,
      ).toBe(true);
      expect(readFileSync(join(dir, "charts", "mine.txt"), "utf8")).toBe("the user's own notes");
    }
    // the next run removes the dead runs' generations, links and lock
    expect(spawnSync(process.execPath, args(dir, 99)).status).toBe(0);
    const leftovers = readdirSync(dirname(dir)).filter((n) => n.startsWith(`.${basename(dir)}.`));
    expect(leftovers).toHaveLength(1); // the current generation only
    expect(whole(dir)).toBe(true);
    expect(readFileSync(join(dir, "charts", "mine.txt"), "utf8")).toBe("the user's own notes");
  }, 600_000);
});

describe("two runs into one folder", () => {
  it("the second is refused with E_OUTPUT_LOCKED naming the first run's process", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "chainsim-lock-")), "report");
    expect(spawnSync(process.execPath, args(dir, 1)).status).toBe(0);
    // a live process holds the lock (this test's own process id)
    writeFileSync(join(dirname(dir), ".report.chainsim-lock"), String(process.pid));
    const r = spawnSync(process.execPath, args(dir, 2), { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("E_OUTPUT_LOCKED");
    expect(r.stderr).toContain(`another chainsim run (process ${process.pid}) is writing`);
    // a dead process's lock is taken over
    writeFileSync(join(dirname(dir), ".report.chainsim-lock"), "999999999");
    expect(spawnSync(process.execPath, args(dir, 3)).status).toBe(0);
    expect(existsSync(join(dirname(dir), ".report.chainsim-lock"))).toBe(false);
  }, 120_000);
});
