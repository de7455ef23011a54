/**
 * --allow-outside-includes on every command that loads scenarios (issue 22):
 * compare, sweep and merge refuse a region outside the scenario's folder
 * (E_REGION_OUTSIDE, exit 2) unless the command line allows it, as validate
 * and simulate do.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { HEAD, SECTOR } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-outside-cmd-"));
mkdirSync(join(dir, "outside"));
mkdirSync(join(dir, "inside"));
writeFileSync(join(dir, "outside", "r.yaml"), `${HEAD.replace("id: t", "id: r")}${SECTOR}`);
const TOP = join(dir, "inside", "p.yaml");
writeFileSync(
  TOP,
  `${HEAD}${SECTOR}targets:\n  - { sector: a, year: 2025, at_least: 110 }\nregions:\n  - { id: r, file: ../outside/r.yaml }\n`,
);
const ALLOW = "--allow-outside-includes";

describe("--allow-outside-includes", () => {
  it("compare: refused without it (exit 2, the include's line), runs with it", async () => {
    const no = await cli("compare", TOP, "--samples", "0");
    expect(no.code).toBe(2);
    expect(no.stderr).toContain("E_REGION_OUTSIDE");
    expect(no.stderr).toContain("p.yaml:13:20");
    const yes = await cli("compare", TOP, "--samples", "0", ALLOW);
    expect(yes.stderr).not.toContain("E_REGION_OUTSIDE");
    expect(yes.code).toBe(0);
  });
  it("sweep: refused without it, runs with it", async () => {
    const args = ["sweep", TOP, "--set", "a.growth=1%:9%:4%", "--samples", "0"];
    const no = await cli(...args);
    expect(no.code).toBe(2);
    expect(no.stderr).toContain("E_REGION_OUTSIDE");
    const yes = await cli(...args, ALLOW);
    expect(yes.stderr).not.toContain("E_REGION_OUTSIDE");
    expect(yes.code).toBe(0);
  });
  it("merge: refused without it, merges with it", async () => {
    const state = join(dir, "s1.json");
    const shard = await cli(
      "simulate",
      TOP,
      "--samples",
      "200",
      "--shard",
      "1/1",
      "--state-out",
      state,
      ALLOW,
    );
    expect(shard.code, shard.stderr).toBe(0);
    const no = await cli("merge", state);
    expect(no.code).toBe(2);
    expect(no.stderr).toContain("E_REGION_OUTSIDE");
    const yes = await cli("merge", state, ALLOW);
    expect(yes.stderr).not.toContain("E_REGION_OUTSIDE");
    expect(yes.code).toBe(0);
    expect(yes.stdout).toContain("200");
  });
});
