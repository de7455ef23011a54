/**
 * Distribution specifications, after units are applied. Sampling lives in
 * `engine/`; this is only the description every stage shares.
 */
export type DistributionSpec =
  | { type: "point"; value: number }
  | { type: "uniform"; min: number; max: number }
  | { type: "normal"; mean: number; sd: number }
  | { type: "truncnormal"; mean: number; sd: number; min: number; max: number }
  /** X = exp(N(ln median, sigma)) + shift (shift -1 for growth rates: the factor 1+g is lognormal). */
  | { type: "lognormal"; median: number; sigma: number; shift: number }
  | { type: "triangular"; min: number; mode: number; max: number }
  | { type: "pert"; min: number; mode: number; max: number }
  | { type: "choice"; values: number[]; weights: number[] }
  | { type: "empirical"; values: number[] };

/**
 * An assumption that may be uncertain: its distribution, the value a
 * deterministic run uses (`central`), and a plausible interval (`low`..`high`:
 * the support, or P5..P95 for unbounded distributions).
 */
export interface UncertainValue {
  dist: DistributionSpec;
  central: number;
  low: number;
  high: number;
  /** As written in the file. */
  text: string;
  /** Line in the scenario file (0 when set on the command line). */
  line: number;
}

/** A certain value. */
export function point(value: number, text = String(value), line = 0): UncertainValue {
  return { dist: { type: "point", value }, central: value, low: value, high: value, text, line };
}

/** Whether the value is uncertain (anything but a point). */
export function isUncertain(u: UncertainValue): boolean {
  return u.dist.type !== "point";
}
