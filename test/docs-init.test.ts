/**
 * `chainsim init` (issue 23): the template validates and runs as written, in
 * both languages, from the built CLI in an empty folder; an existing file is
 * refused without --force (exit 2, nothing changed); --from turns an extract
 * draft into a scenario that `check` reads.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { idFromFile } from "../src/cli/commands/init.js";

const BIN = resolve("bin/chainsim.js");
const SEED = resolve("test/fixtures/extract/seeds/000_4bf4d86db3557302.txt");
let dir = "";

function chainsim(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, CI: "1" },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "chainsim-init-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// each test spawns the built CLI two to four times: minutes on a loaded machine, never a measure of speed
describe("chainsim init", { timeout: 240_000 }, () => {
  it("init my-plan.yaml && check my-plan.yaml works in an empty folder (built CLI)", () => {
    const init = chainsim("init", "my-plan.yaml", "--lang", "en");
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("wrote my-plan.yaml (template: 2 sectors, 2 goals)");
    const check = chainsim("check", "my-plan.yaml", "--lang", "en");
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    // 14000 / 11150 (baseline midpoint) = 1.2556 → 7.9% a year over three years
    expect(check.stdout).toMatch(/software-2025\s.*7\.9%/);
    const v = chainsim("validate", "my-plan.yaml");
    expect(v.code).toBe(0);
    expect(v.stdout).toContain("2 sectors, 0 indicators, 2 goals, 2022–2025");
  });

  it("init plan.xlsx writes a workbook template (with a guide sheet) that check reads with the YAML's results", () => {
    const init = chainsim("init", "plan.xlsx", "--lang", "zh");
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(readFileSync(join(dir, "plan.xlsx")).subarray(0, 2).toString("latin1")).toBe("PK"); // a zip: .xlsx
    const fromYaml = chainsim("init", "same.yaml", "--lang", "zh");
    expect(fromYaml.code).toBe(0);
    const a = JSON.parse(chainsim("run", "plan.xlsx", "--format", "json").stdout);
    const b = JSON.parse(chainsim("run", "same.yaml", "--format", "json").stdout);
    // the same plan: every goal's projection is the same number (14000 / 11150 etc.)
    expect(a.targets.map((t: { projected: number }) => t.projected)).toEqual(
      b.targets.map((t: { projected: number }) => t.projected),
    );
    expect(chainsim("init", "plan.xlsx").code).toBe(2); // exists: refused without --force
  });

  it("the Chinese template loads, simulates and applies every variant", () => {
    expect(chainsim("init", "zh.yaml", "--lang", "zh").code).toBe(0);
    expect(readFileSync(join(dir, "zh.yaml"), "utf8")).toContain("基本信息");
    for (const variant of ["pessimistic", "midterm-2023"])
      expect(chainsim("check", "zh.yaml", "--variant", variant).code, variant).toBe(0);
    const sim = chainsim("simulate", "zh.yaml", "--samples", "500", "--lang", "en");
    expect(sim.code).toBe(0);
    expect(sim.stdout).toContain("cloud-2025");
  });

  it("the two templates hold the same plan (only comments, title and descriptions differ)", () => {
    const strip = (f: string) => {
      const d = parse(readFileSync(f, "utf8")) as Record<string, unknown>;
      delete d.title;
      const variants = d.variants as Record<string, { description?: string }>;
      for (const v of Object.values(variants)) delete v.description;
      return d;
    };
    expect(strip("templates/plan.zh.yaml")).toEqual(strip("templates/plan.en.yaml"));
  });

  it("refuses to overwrite without --force: exit 2, E_INIT_EXISTS, file unchanged", () => {
    const f = join(dir, "mine.yaml");
    writeFileSync(f, "my own work\n");
    const r = chainsim("init", "mine.yaml");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_INIT_EXISTS");
    expect(r.stderr).toContain("--force");
    expect(readFileSync(f, "utf8")).toBe("my own work\n");
    expect(chainsim("init", "mine.yaml", "--force", "--lang", "en").code).toBe(0);
    expect(readFileSync(f, "utf8")).toContain("id: my-plan");
  });

  it("--from turns an extract draft into a scenario that check reads", () => {
    expect(chainsim("extract", SEED, "--out", "draft.yaml").code).toBe(0);
    const r = chainsim("init", "shandong-it.yaml", "--from", "draft.yaml", "--lang", "en");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/from draft\.yaml: \d+ sectors, 21 goals, \d+ lines to fill/);
    const text = readFileSync(join(dir, "shandong-it.yaml"), "utf8");
    expect(text.split("\n")[0]).toMatch(
      /^# yaml-language-server: \$schema=.*schema\/scenario\.schema\.json$/,
    );
    expect(text).toMatch(/^id: shandong-it$/m);
    const check = chainsim("check", "shandong-it.yaml", "--lang", "en");
    expect(check.code).toBe(0);
    // the ten sub-goals of clause 二 sum to 35,700 against the 22,000 headline (the seed text)
    expect(check.stdout).toContain("35,700.0");
  });

  it("--from a draft that does not load: the loader's error, exit 2, nothing written", () => {
    writeFileSync(join(dir, "bad-draft.yaml"), "id: x\ntitle: [unclosed\n");
    const r = chainsim("init", "out.yaml", "--from", "bad-draft.yaml");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-draft\.yaml:\d+:\d+: error E_/);
    expect(() => readFileSync(join(dir, "out.yaml"))).toThrow();
  });

  it("an id from the file name", () => {
    expect(idFromFile("plans/My Plan 2025.yaml")).toBe("my-plan-2025");
    expect(idFromFile("规划.yaml")).toBe("my-plan");
  });
});

// the clean-clone path: the package ships templates/ beside the CLI
it("package.json ships templates/", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { files: string[] };
  expect(pkg.files).toContain("templates");
});
