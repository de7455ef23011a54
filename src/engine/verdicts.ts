/**
 * Hook: per-sample verdicts whose probabilities `chainsim simulate` reports
 * under `verdicts` (for example "the ten sub-sector goals add up to the
 * headline", from the add-up checks of engine/consistency-frames.ts).
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
import { consistencyFrames, type Verdict, verdictFor } from "./consistency-frames.js";
import { project } from "./project.js";

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
 * The verdict checks of a scenario: for each add-up check (a parent and year
 * with goals on the parent and its children, engine/consistency-frames.ts), one
 * check per verdict a single sample can reach — CONSISTENT, OVERSHOOT and, for
 * exhaustive parents, GAP. In a sample every stated overlap share is drawn
 * (its own stream, named after the overlap), so the net sum is a number and
 * the verdict is never INDETERMINATE; children without a goal (exhaustive
 * parents) take the sample's projection.
 *
 * @example
 * verdictChecks(shandong).map((c) => c.id) // ["it_industry-2025-consistent", "it_industry-2025-overshoot"]
 */
export function verdictChecks(s: Scenario): VerdictCheck[] {
  const frames = consistencyFrames(s, project(s));
  const checks: VerdictCheck[] = [];
  for (const f of frames) {
    const inputs = f.overlaps.map(({ overlap: o }) => ({
      name: `overlap:${o.part}:${o.within ? `within:${o.within}` : `outside:${o.outside}`}`,
      value: o.share,
    }));
    // per sample: the children's values (scratch reused from call to call) and each overlap's part among them
    const values = new Float64Array(f.children.length);
    const parts = f.overlaps.map(({ overlap }) => f.children.findIndex((c) => c.id === overlap.part));
    const net = (sample: VerdictSample): number => {
      let sum = 0;
      f.children.forEach((c, i) => {
        const v = c.basis === "goal" ? c.value : sample.value(c.id, f.year);
        values[i] = v;
        sum += v;
      });
      for (let k = 0; k < parts.length; k++) {
        const i = parts[k]!;
        sum -= sample.input(k) * (i >= 0 ? values[i]! : Number.NaN);
      }
      return sum;
    };
    const kinds: Verdict[] = f.exhaustive ? ["CONSISTENT", "GAP", "OVERSHOOT"] : ["CONSISTENT", "OVERSHOOT"];
    for (const kind of kinds) {
      checks.push({
        id: `${f.parent}-${f.year}-${kind.toLowerCase()}`,
        label: `${f.parent} ${f.year}: ${kind}`,
        inputs,
        holds: (sample) => {
          const n = net(sample);
          return verdictFor(f, { low: n, high: n }) === kind;
        },
      });
    }
  }
  return checks;
}
