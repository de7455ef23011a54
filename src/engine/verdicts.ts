/**
 * Hook: per-sample verdicts whose probabilities `chainsim simulate` reports
 * under `verdicts` (for example "the ten sub-sector goals add up to the
 * headline", from the add-up checks in analysis/consistency*).
 *
 * To add verdicts, return them from `verdictChecks` (a one-line edit: call
 * the provider from here). It is called with the loaded scenario on the main
 * thread and in every worker, so it must be a pure function of the scenario.
 * Each check is evaluated once per sample on that sample's projection; the
 * simulation counts how often it holds and reports the share with a 95%
 * Wilson interval, merged like every other statistic (exact, in block order,
 * identical for any number of workers).
 *
 * A check that needs uncertain values that are not sector or indicator
 * inputs (overlap shares, say) lists them in `inputs`: each gets its own
 * random stream under its `name` (so it keeps its draws when other inputs
 * change) and is read in the sample with `sample.input(k)`.
 */
import type { UncertainValue } from "../model/distribution.js";
import type { Scenario } from "../model/scenario.js";

/** One sample, as a verdict check sees it. */
export interface VerdictSample {
  /** A quantity's value in a year in this sample (NaN outside the projection). */
  value(id: string, year: number): number;
  /** The draw of the check's k-th extra input in this sample. */
  input(k: number): number;
}

export interface VerdictCheck {
  /** Stable id, e.g. `it_industry-2025-adds-up`. */
  id: string;
  /** A short description for tables. */
  label?: string;
  /** Extra uncertain values this check needs drawn (e.g. overlap shares), each with a stream name. */
  inputs?: Array<{ name: string; value: UncertainValue }>;
  /** Whether the verdict holds in this sample. */
  holds(sample: VerdictSample): boolean;
}

/**
 * The verdict checks of a scenario. None yet: the consistency verdicts plug in here.
 *
 * @example
 * verdictChecks(scenario) // []
 */
export function verdictChecks(_s: Scenario): VerdictCheck[] {
  return [];
}
