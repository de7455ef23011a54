/**
 * `chainsim check`: every analysis of whether the goals hold together, on one
 * deterministic projection.
 */
import { type Projection, project } from "../engine/project.js";
import type { OutOfScopeGoal, Scenario } from "../model/scenario.js";
import { type ChainConsistencyRow, chainConsistency } from "./chain/chain-consistency.js";
import { checkConsistency, type VerdictResult } from "./consistency.js";
import { type Binding, bindingGoals, type ImpliedBaseline, impliedBaselines } from "./goal-pairs.js";
import { type RequiredGrowth, requiredGrowth } from "./required-growth.js";
import { type Rollup, rollup } from "./rollup.js";
import { evaluateTargets, type TargetResult } from "./targets.js";
import { type Tracking, type TrackingRow, track, tracking } from "./tracking.js";

export interface CheckResult {
  projection: Projection;
  goals: TargetResult[];
  verdicts: VerdictResult[];
  impliedBaselines: ImpliedBaseline[];
  binding: Binding[];
  requiredGrowth: RequiredGrowth[];
  tracking: Tracking[];
  /** Every goal kind beside the published outcomes (docs/tracking.md). */
  evaluation?: TrackingRow[];
  rollup: Rollup;
  /** Upstream goals against the local demand the downstream goals imply (scenarios with links). */
  chain: ChainConsistencyRow[];
  /** Goals of the source documents the scenario deliberately leaves out, each with the reason. */
  outOfScope: OutOfScopeGoal[];
}

export function check(s: Scenario): CheckResult {
  const projection = project(s);
  return {
    projection,
    goals: evaluateTargets(s, projection),
    verdicts: checkConsistency(s, projection),
    impliedBaselines: impliedBaselines(s),
    binding: bindingGoals(s),
    requiredGrowth: requiredGrowth(s, projection),
    tracking: tracking(s, projection),
    evaluation: track(s, projection),
    rollup: rollup(s),
    chain: chainConsistency(s, projection),
    outOfScope: s.outOfScope ?? [],
  };
}

/** Whether a strict check passes: every verdict CONSISTENT and every goal met. */
export function passesStrict(r: CheckResult): boolean {
  return r.verdicts.every((v) => v.verdict === "CONSISTENT") && r.goals.every((g) => g.met !== false);
}
