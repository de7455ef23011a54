/**
 * Costs on the engine's runner: the same bytes for 1, 2 and 4 threads and
 * for 3 shards merged (blocks' numbers merged in block order, sketches
 * exactly), through the library and through the CLI (`costs --shard`,
 * `chainsim merge`).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { costsShard, mergeCostStates } from "../../../src/analysis/policy/costs-shard.js";
import { runCosts, simulateCosts } from "../../../src/analysis/policy/simulate-costs.js";
import { ChainsimError } from "../../../src/diagnostics.js";
import { type LoadedState, parseState, stateText } from "../../../src/engine/shard.js";
import type { Scenario } from "../../../src/model/scenario.js";
import { costsJson } from "../../../src/report/costs-output.js";
import { loadScenario } from "../../../src/scenario/load.js";
import { cli } from "../../cli/helpers.js";

const FILE = "scenarios/liaocheng-it-2025.yaml";
/** Four blocks: 2048 + 2048 + 2048 + 56 (so four threads each get one). */
const RUN = { samples: 6200, seed: 5 };
const dir = mkdtempSync(join(tmpdir(), "chainsim-costs-"));
let lc: Scenario;
beforeAll(async () => {
  lc = await loadScenario(FILE);
});

const bytes = (r: ReturnType<typeof simulateCosts>) => JSON.stringify(costsJson(lc, r, r.years.at(-1)!));

describe("costs on the engine's runner", () => {
  it("1, 2 and 4 threads give identical bytes", async () => {
    const one = bytes(simulateCosts(lc, RUN));
    for (const workers of [1, 2, 4]) {
      expect(bytes(await runCosts(lc, { ...RUN, workers }))).toBe(one);
    }
    // every block on workers (none on this thread): the sketches all come from them
    expect(bytes(await runCosts(lc, { ...RUN, workers: 2, mainThread: false }))).toBe(one);
  }, 240_000);

  it("3 shards merged in any order give the unsharded run's bytes", async () => {
    const one = bytes(simulateCosts(lc, RUN));
    const states: LoadedState[] = [];
    for (const index of [3, 1, 2]) {
      const st = await costsShard(lc, RUN, { index, count: 3 }, { file: FILE });
      const f = join(dir, `s${index}.json`);
      writeFileSync(f, stateText(st));
      states.push(parseState(stateText(st), f));
    }
    expect(bytes(mergeCostStates(lc, states))).toBe(one);
    // a costs state is not a simulate state, and a missing shard is named
    expect(() => mergeCostStates(lc, states.slice(0, 2))).toThrow(ChainsimError);
  }, 240_000);

  it("the CLI: costs --workers 2 and 2 shards merged print what one thread prints", async () => {
    const args = [FILE, "--samples", "3000", "--seed", "2", "--format", "json"];
    const whole = await cli("costs", ...args);
    expect(whole.code, whole.stderr).toBe(0);
    const two = await cli("costs", ...args, "--workers", "2");
    expect(two.stdout).toBe(whole.stdout);
    for (const k of [1, 2]) {
      const r = await cli("costs", ...args, "--shard", `${k}/2`, "--state-out", join(dir, `c${k}.json`));
      expect(r.code, r.stderr).toBe(0);
    }
    const merged = await cli("merge", join(dir, "c2.json"), join(dir, "c1.json"), "--format", "json");
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    const shardless = await cli("costs", FILE, "--shard", "1/2");
    expect(shardless.code).toBe(2);
    expect(shardless.stderr).toContain("--state-out");
  }, 240_000);
});
