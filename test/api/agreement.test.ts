/**
 * One answer per goal, end to end (issue 15): for every shipped scenario
 * with goals, the probability of each goal is the same number whether it is
 * read from `chainsim simulate --format json`, from the report's
 * findings.json and summary.md, or from the library's analyse() — same seed,
 * same samples. Liaocheng's firm goals (30 above-scale firms, 50亿 revenue)
 * are decided by the firm population (docs/firms.md), so `chainsim costs
 * --format json` gives the same number too. `chainsim check` is the
 * central-value view: every goal's projected value and met/missed are the
 * ones simulate reports beside its probability, and for the firm goals they
 * come from the central firm population, the model every Monte Carlo run uses.
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

      // check is the central-value view: each goal's projected value and met/missed are the
      // ones simulate reports beside its probability (deterministic_projected, deterministic_met)
      const chk = await cli("check", file, "--format", "json");
      expect(chk.code, chk.stderr).toBe(0);
      const goals = JSON.parse(chk.stdout).goals as Array<{ id: string; projected: number; met: boolean }>;
      expect(goals.map((g) => g.id).sort()).toEqual([...libP.keys()].sort());
      const central = new Map(
        (sim as Array<Prob & { deterministic_projected: number; deterministic_met: boolean }>).map((t) => [
          t.id,
          t,
        ]),
      );
      for (const g of goals) {
        expect(g.projected, g.id).toBe(central.get(g.id)!.deterministic_projected);
        expect(g.met, g.id).toBe(central.get(g.id)!.deterministic_met);
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

  it("Liaocheng's firm goals in check: the population's central path, not the indicators' own growth (docs/firms.md)", async () => {
    const file = "scenarios/liaocheng-it-2025.yaml";
    const r = await cli("check", file, "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const firms = out.goals.find((g: { id: string }) => g.id === "lc-above-scale-firms-2025");
    // a count of firms above 2000万 (a whole number), not 18.5 × 1.12³ = 25.99 from the
    // indicator's own baseline (15~22) and growth (12%), which no Monte Carlo run uses
    expect(Number.isInteger(firms.projected)).toBe(true);
    expect(firms.projected).not.toBeCloseTo(18.5 * 1.12 ** 3, 2);
    // required growth starts from the population's base-year count, with no assumed range of its own
    const req = out.required_growth.find((g: { target: string }) => g.target === "lc-above-scale-firms-2025");
    expect(req.from.kind).toBe("projection");
    expect(Number.isInteger(req.from.central)).toBe(true);
    expect(req.assumed.low).toBe(req.assumed.central);
    expect(req.assumed.high).toBe(req.assumed.central);
    // the population's own reading of that base year: the 2022 count the simulation draws
    // around (its median over samples is within a few firms of the central population's)
    const sim = ((await json("simulate", file)).targets as Array<Prob & { p10: number; p90: number }>).find(
      (t) => t.id === "lc-above-scale-firms-2025",
    )!;
    expect(firms.projected).toBeGreaterThanOrEqual(sim.p10);
    expect(firms.projected).toBeLessThanOrEqual(sim.p90);
  }, 240_000);
});
