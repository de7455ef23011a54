/**
 * Issue 21: no output of `report` holds the scenario's folder (a report is
 * emailed; the folder may be the user's home), and the outputs do not depend
 * on how the path was typed. The scenario is copied under a fake home folder
 * (…/home/alice/plans/) and reported through three spellings of its path:
 * relative, "./"-relative and absolute. Every file of the three folders —
 * report.html, summary.md, findings.json, manifest.json, charts/*.svg,
 * data/*.csv and *.parquet — must be byte-identical, and none may contain
 * the folder, "alice" or "home/".
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";

const SCENARIOS = ["shandong-it-2025.yaml", "liaocheng-it-2025.yaml"];

let root: string;
let plans: string;

/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "chainsim-privacy-"));
  plans = join(root, "home", "alice", "plans");
  mkdirSync(plans, { recursive: true });
  for (const f of SCENARIOS) copyFileSync(join("scenarios", f), join(plans, f));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("report outputs name the scenario by its file name only", () => {
  for (const name of SCENARIOS) {
    it(`${name}: relative, ./relative and absolute paths give identical files with no folder in them`, async () => {
      const abs = join(plans, name);
      const rel = relative(process.cwd(), abs);
      const spellings = [rel, `./${rel}`, abs];
      const outs: string[] = [];
      for (const [i, path] of spellings.entries()) {
        const out = join(root, `out-${name}-${i}`);
        mkdirSync(out);
        const extra = name.startsWith("shandong")
          ? ["--sensitivity", "sd-software-2025", "--sensitivity-samples", "16"]
          : [];
        const r = await cli("report", path, "-o", out, "--samples", "200", "--seed", "3", ...extra);
        expect(r.stderr.includes("E_"), r.stderr).toBe(false);
        expect(r.code).toBe(0);
        outs.push(out);
      }
      const files = tree(outs[0]!);
      expect(files).toContain("report.html");
      expect(files).toContain("summary.md");
      expect(files).toContain("findings.json");
      expect(files).toContain("manifest.json");
      expect(files.some((f) => f.endsWith(".svg"))).toBe(true);
      expect(files.some((f) => f.endsWith(".csv"))).toBe(true);
      for (const out of outs.slice(1)) expect(tree(out)).toEqual(files);
      const leaks = [plans, root, "alice", "home/", relative(process.cwd(), plans)];
      for (const f of files) {
        const bytes = readFileSync(join(outs[0]!, f));
        for (const out of outs.slice(1)) expect(readFileSync(join(out, f)).equals(bytes), f).toBe(true);
        const text = bytes.toString("latin1") + bytes.toString("utf8");
        for (const leak of leaks) expect(text.includes(leak), `${f} contains ${leak}`).toBe(false);
      }
      const m = JSON.parse(readFileSync(join(outs[0]!, "manifest.json"), "utf8"));
      expect(m.scenario).toBe(name);
    }, 120_000);
  }
});
