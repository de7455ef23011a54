/**
 * One call for `chainsim discover`: where a goal is missed. The misses are
 * found among draws from the joint distribution (the file's correlations
 * applied), by PRIM on "the goal is missed".
 */
import type { Scenario } from "../../model/scenario.js";
import { type ModelFunction, modelFunction } from "./model-function.js";
import { type PrimResult, prim } from "./prim.js";

export interface DiscoverRequest {
  target: string;
  inputs?: readonly string[];
  samples: number;
  seed: number | string;
}

/**
 * @example
 * const { result } = await discoverMisses(s, { target: "sd-it-2025", samples: 2000, seed: 1 });
 * result.chosen?.limits // the inputs' ranges where the goal is mostly missed
 */
export async function discoverMisses(
  s: Scenario,
  req: DiscoverRequest,
): Promise<{ f: ModelFunction; result: PrimResult }> {
  const f = await modelFunction(
    s,
    { kind: "met", target: req.target },
    { ...(req.inputs ? { inputs: req.inputs } : {}), correlate: {} },
  );
  return { f, result: prim(f, (y) => y < 0.5, { samples: req.samples, seed: req.seed }) };
}
