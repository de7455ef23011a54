/**
 * Where a Morris grid level (0 … 1) lands for one input. A bounded
 * distribution (uniform and ranges, triangular, PERT, a truncated normal,
 * choice, empirical) maps its levels onto its whole support: level 0 is the
 * minimum, 1 the maximum, others the inverse CDF — so a step of Δ on the grid
 * is exactly a step of Δ in probability. An unbounded one (normal,
 * lognormal) keeps its levels inside [0.5%, 99.5%], where a step of Δ is a
 * step of 0.99·Δ in probability (`probabilityStep`).
 */
import { quantile } from "../../engine/distributions/index.js";
import type { DistributionSpec } from "../../model/distribution.js";

/** Unbounded distributions: the grid spans the probabilities [EDGE, 1 − EDGE]. */
export const EDGE = 0.005;

/** The distribution's lower and upper bounds, or null when it has none (normal, lognormal). */
function bounds(d: DistributionSpec): [number, number] | null {
  switch (d.type) {
    case "point":
      return [d.value, d.value];
    case "uniform":
    case "triangular":
    case "pert":
      return [d.min, d.max];
    case "truncnormal":
      return Number.isFinite(d.min) && Number.isFinite(d.max) ? [d.min, d.max] : null;
    case "choice":
    case "empirical":
      return [Math.min(...d.values), Math.max(...d.values)];
    default:
      return null;
  }
}

/**
 * The value at grid level `level` in [0, 1].
 *
 * @example
 * gridValue({ type: "uniform", min: -Math.PI, max: Math.PI }, 1 / 3) // −π/3
 * gridValue({ type: "normal", mean: 0, sd: 1 }, 0) // Φ⁻¹(0.005) = −2.5758
 */
export function gridValue(d: DistributionSpec, level: number): number {
  const b = bounds(d);
  if (!b) return quantile(d, EDGE + level * (1 - 2 * EDGE));
  if (level <= 0) return b[0];
  if (level >= 1) return b[1];
  return quantile(d, level);
}

/**
 * The step in probability that a grid step of Δ makes for this distribution.
 *
 * @example
 * probabilityStep({ type: "uniform", min: 0, max: 1 }, 2 / 3) // 2/3
 * probabilityStep({ type: "normal", mean: 0, sd: 1 }, 2 / 3) // 0.66
 */
export function probabilityStep(d: DistributionSpec, delta: number): number {
  return bounds(d) ? delta : delta * (1 - 2 * EDGE);
}
