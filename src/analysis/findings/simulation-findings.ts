/**
 * A Monte Carlo run (`chainsim simulate`) as a Findings part: every goal's
 * probability with its 95% interval and the spread of its measure, goals met
 * together, verdict probabilities, and every quantity's statistics by year.
 */
import type { Probability, SimulationResult } from "../../engine/simulate.js";
import { type ProbabilityFinding, type SimulationFindings, STATISTIC_NAMES } from "../../model/findings.js";
import { num } from "./scenario-facts.js";

const probability = (p: Probability): ProbabilityFinding => ({
  probability: num(p.probability),
  ci95: [num(p.ci95[0]), num(p.ci95[1])],
  se: num(p.se),
  count: p.count,
});

export function simulationFindings(r: SimulationResult): SimulationFindings {
  return {
    samples: r.samples,
    seed: r.seed,
    method: r.method,
    dimensions: r.dimensions,
    correlated: r.correlated,
    years: [...r.years],
    quantities: r.quantities.map((x) => ({
      id: x.id,
      stats: Object.fromEntries(
        STATISTIC_NAMES.map((k) => [k, x.stats[k].map(num)]),
      ) as SimulationFindings["quantities"][number]["stats"],
    })),
    targets: r.targets.map((t) => ({
      id: t.target.id,
      ...probability(t),
      known: t.known,
      measure: Object.fromEntries(
        STATISTIC_NAMES.map((k) => [k, num(t.measure[k])]),
      ) as SimulationFindings["targets"][number]["measure"],
    })),
    all: r.all ? probability(r.all) : null,
    groups: r.groups.map((g) => ({ group: g.group, targets: [...g.targets], ...probability(g) })),
    verdicts: r.verdicts.map((v) => ({ id: v.id, label: v.label, ...probability(v) })),
  };
}
