/**
 * `simulate --precision h`: choose the number of samples so that every goal
 * probability's Monte Carlo standard error is at most h.
 *
 * The rule: a pilot run of `PILOT_SAMPLES` (same seed); for every goal, goal
 * group and "all goals" probability, take the point of its pilot 95% Wilson
 * interval closest to ½ — a cautious p, since p(1 − p) grows towards ½ —
 * and n = max p(1 − p) / h², rounded up to whole blocks of 2,048 and at least
 * the pilot. Run n samples; if a standard error still exceeds h (the
 * estimate moved towards ½ beyond the pilot's interval), recompute n from
 * that run and run again, at most twice more. Without goals the worst case
 * p = ½ is used (n = 1/(4h²)). The samples are those of `--samples n` with
 * the same seed: the run is reproducible.
 */
import { fail } from "../diagnostics.js";
import { USAGE } from "../i18n/text/usage.js";
import type { Scenario } from "../model/scenario.js";
import {
  MAX_SAMPLES,
  type Probability,
  type SimulationOptions,
  type SimulationResult,
  simulate,
} from "./simulate.js";
import { BLOCK_SIZE } from "./streams.js";

/** Samples of the pilot run (4 blocks). */
export const PILOT_SAMPLES = 4 * BLOCK_SIZE;

/** The goal probabilities a precision applies to: every goal, goal group and all goals together. */
function goalProbabilities(r: SimulationResult): Probability[] {
  return [...r.targets, ...r.groups, ...(r.all ? [r.all] : [])];
}

/**
 * Samples needed for standard errors ≤ `precision`, from a run's estimates
 * (each p moved to the point of its 95% interval closest to ½).
 *
 * @example
 * // a pilot with one goal at p̂ = 0.5: n = 0.25 / 0.005² = 10,000, in whole blocks
 * samplesForPrecision(pilot, 0.005) // 10,240
 */
export function samplesForPrecision(r: SimulationResult, precision: number): number {
  const ps = goalProbabilities(r);
  let worst = ps.length === 0 ? 0.25 : 0;
  for (const p of ps) {
    const [lo, hi] = p.ci95;
    const cautious = hi < 0.5 ? hi : lo > 0.5 ? lo : 0.5;
    worst = Math.max(worst, cautious * (1 - cautious));
  }
  const n = Math.max(r.samples, Math.ceil(worst / (precision * precision)));
  const blocks = Math.ceil(n / BLOCK_SIZE) * BLOCK_SIZE;
  if (blocks > MAX_SAMPLES)
    fail("E_USAGE", { detail: USAGE.precisionTooFine(precision, n.toExponential(1)) });
  return blocks;
}

/**
 * Simulate with as many samples as `precision` needs (see the file's rule).
 *
 * @example
 * const r = await simulateToPrecision(s, { seed: 1 }, 0.005);
 * r.targets.every((t) => t.se <= 0.005) // true
 */
export async function simulateToPrecision(
  s: Scenario,
  opts: Omit<SimulationOptions, "samples">,
  precision: number,
): Promise<SimulationResult> {
  let r = await simulate(s, { ...opts, samples: PILOT_SAMPLES });
  for (let round = 0; round < 3; round++) {
    const within = goalProbabilities(r).every((p) => p.se <= precision);
    if (within && round > 0) break;
    const n = samplesForPrecision(r, precision);
    if (within && n <= r.samples) break;
    r = await simulate(s, { ...opts, samples: n });
  }
  return r;
}
