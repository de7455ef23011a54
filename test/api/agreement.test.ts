/**
 * One answer per goal, end to end (issue 15): for every shipped scenario
 * with goals, the probability of each goal is the same number whether it is
 * read from `chainsim simulate --format json`, from the report's
 * findings.json and summary.md, or from the library's analyse() — same seed,
 * same samples. Liaocheng's firm goals (30 above-scale firms, 50亿 revenue)
 * are decided by the firm population (docs/firms.md), so `chainsim costs
 * --format json` gives the same number too.
 *
 * The independent reference is the definition: a probability is the count
 * of samples meeting the goal over the samples, so every output must show
 * count / samples for one set of draws; the JSON writers round to 12
 * significant digits (docs/findings.md), which is what the comparison
 * applies to the library's full-precision number.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyse, loadScenario } from "../../src/index.js";
import { formatProbability } from "../../src/report/charts/style.js";
import { roundNumber } from "../../src/report/json.js";
import { cli } from "../cli/helpers.js";

const SAMPLES = 600;
const SEED = 5;
const FILES = readdirSync("scenarios")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => `scenarios/${f}`);

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "chainsim-agreement-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Prob {
  id: string;
  probability: number;
  count?: number;
  met?: number;
}

async function json(...argv: string[]): Promise<Record<string, unknown>> {
  const r = await cli(...argv, "--samples", String(SAMPLES), "--seed", String(SEED), "--format", "json");
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe("one probability per goal: simulate, report, analyse (and costs)", () => {
  it("covers every shipped scenario, Liaocheng among them", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(5);
    expect(FILES).toContain("scenarios/liaocheng-it-2025.yaml");
  });

  for (const file of FILES) {
    it(`${file}: the same number in every output`, async () => {
      const s = await loadScenario(file);
      expect(s.targets.length).toBeGreaterThan(0);
      const lib = await analyse(s, { parts: ["simulation"], samples: SAMPLES, seed: SEED });
      const libP = new Map(lib.simulation!.targets.map((t) => [t.id, t]));
      expect([...libP.keys()].sort()).toEqual(s.targets.map((t) => t.id).sort());

      const sim = (await json("simulate", file)).targets as Prob[];
      expect(sim.map((t) => t.id).sort()).toEqual([...libP.keys()].sort());
      for (const t of sim) {
        const p = libP.get(t.id)!;
        expect(t.probability, t.id).toBe(roundNumber(p.probability!));
        expect(t.met, t.id).toBe(p.count);
        expect(p.probability, t.id).toBe(p.count / SAMPLES);
      }

      const out = join(root, s.id);
      mkdirSync(out);
      const r = await cli("report", file, "-o", out, "--samples", String(SAMPLES), "--seed", String(SEED));
      expect(r.code, r.stderr).toBe(0);
      const found = JSON.parse(readFileSync(join(out, "findings.json"), "utf8"));
      const rep = found.simulation.targets as Prob[];
      expect(rep.map((t) => t.id).sort()).toEqual([...libP.keys()].sort());
      for (const t of rep) expect(t.probability, t.id).toBe(roundNumber(libP.get(t.id)!.probability!));
      const summary = readFileSync(join(out, "summary.md"), "utf8");
      for (const [id, p] of libP) {
        const row = summary.split("\n").find((l) => l.startsWith(`| \`${id}\``));
        expect(row, id).toBeDefined();
        expect(
          row!.split(" | ").map((c) => c.trim()),
          id,
        ).toContain(formatProbability(p.probability!));
      }

      if (s.firms && s.instruments?.length) {
        const goals = (await json("costs", file)).goals as Prob[];
        expect(goals.length).toBeGreaterThan(0);
        for (const g of goals) expect(g.probability, g.id).toBe(roundNumber(libP.get(g.id)!.probability!));
      }
    }, 240_000);
  }

  it("Liaocheng's 30-firm goal: one answer across simulate, costs and the report (docs/firms.md)", async () => {
    const file = "scenarios/liaocheng-it-2025.yaml";
    const id = "lc-above-scale-firms-2025";
    const sim = ((await json("simulate", file)).targets as Prob[]).find((t) => t.id === id)!;
    const costs = ((await json("costs", file)).goals as Prob[]).find((t) => t.id === id)!;
    const found = JSON.parse(readFileSync(join(root, "liaocheng-it-2025", "findings.json"), "utf8"));
    const rep = (found.simulation.targets as Prob[]).find((t) => t.id === id)!;
    expect(sim.probability).toBe(costs.probability);
    expect(rep.probability).toBe(sim.probability);
    expect(sim.met! / SAMPLES).toBeCloseTo(sim.probability, 12);
  }, 240_000);
});
