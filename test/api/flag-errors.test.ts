/**
 * Engine and analyses report an out-of-range option as data (a code and its
 * values); only the CLI names the flag that gave the value (src/cli/flags.ts).
 */
import { describe, expect, it } from "vitest";
import { analyseChain, MAX_CHAIN_SAMPLES } from "../../src/analysis/chain/analyse.js";
import { modelFunction } from "../../src/analysis/sensitivity/model-function.js";
import { flagFor, nameFlags } from "../../src/cli/flags.js";
import { diagnostic } from "../../src/diagnostics.js";
import { project } from "../../src/engine/project.js";
import { parseShard } from "../../src/engine/shard.js";
import { loadScenario } from "../../src/scenario/load.js";
import { cli, SHANDONG } from "../cli/helpers.js";

describe("option errors as data", () => {
  it("the library reports codes and values, never a flag", async () => {
    const s = await loadScenario(SHANDONG);
    const errors = [() => project(s, { to: 2020 }), () => parseShard("4/3")].map((f) => {
      try {
        f();
      } catch (e) {
        return e as { code: string; message: string };
      }
      throw new Error("no error");
    });
    expect(errors.map((e) => e.code)).toEqual(["E_YEAR_BEFORE_BASE", "E_SHARD_SPEC"]);
    expect(errors[0]!.message).toContain("the year 2020 is before the base year 2022");
    for (const e of errors) expect(e.message).not.toMatch(/--[a-z]/);
    await expect(analyseChain(s, { samples: MAX_CHAIN_SAMPLES + 1 })).rejects.toMatchObject({
      code: "E_TOO_MANY_SAMPLES",
    });
    const formula = await modelFunction(s, { kind: "expr", text: "softwre * 2", year: 2025 }).catch((e) => e);
    expect(formula.code).toBe("E_FORMULA_UNKNOWN_NAME");
    expect(formula.diagnostics[0].loc).toBeUndefined();
  });

  it("the CLI names the flag per command", () => {
    expect(flagFor("E_YEAR_BEFORE_BASE", "run")).toBe("--to");
    expect(flagFor("E_YEAR_BEFORE_BASE", "chain")).toBe("--year");
    expect(flagFor("E_SHARD_SPEC", "simulate")).toBe("--shard");
    expect(flagFor("E_FILE_NOT_FOUND", "run")).toBeUndefined();
    const ds = [
      diagnostic("E_YEAR_BEFORE_BASE", { year: 2020, baseYear: 2022 }),
      diagnostic("E_YEAR_BEFORE_BASE", { year: 2020, baseYear: 2022 }, { file: "a.yaml", line: 3, col: 1 }),
    ];
    nameFlags(ds, "chain");
    expect(ds.map((d) => d.loc?.file)).toEqual(["--year", "a.yaml"]);
  });

  it("the terminal shows the flag where a file position would go (exit 2)", async () => {
    const run = await cli("run", SHANDONG, "--to", "2020");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "--to: error E_YEAR_BEFORE_BASE: the year 2020 is before the base year 2022",
    );
    const chain = await cli("chain", SHANDONG, "--year", "2020");
    expect(chain.code).toBe(2);
    expect(chain.stderr).toContain("--year: error E_YEAR_BEFORE_BASE");
    const output = await cli("sensitivity", SHANDONG, "--output", "softwre * 2");
    expect(output.code).toBe(2);
    expect(output.stderr).toContain(
      '--output: error E_FORMULA_UNKNOWN_NAME: formula uses unknown name "softwre"',
    );
    const shard = await cli("simulate", SHANDONG, "--shard", "0/3", "--state-out", "/nonexistent/x.json");
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain(
      '--shard: error E_SHARD_SPEC: a shard is K/N with 1 ≤ K ≤ N ≤ 100000 (shard K of N, e.g. 2/3), not "0/3"',
    );
  });
});
