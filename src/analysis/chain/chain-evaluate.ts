/**
 * Everything chain analysis computes for one set of inputs (the central
 * values or a Monte Carlo draw), by name: multipliers, linkages, value-added
 * multipliers, and the effects of the demand and supply shocks on every
 * sector and goal. The caller supplies the Leontief system of the draw
 * (factored for the centre, `nearbySystem` for a draw).
 */
import type { Links } from "../../model/link.js";
import type { ChainParams } from "./chain-inputs.js";
import { allocationCoefficients } from "./ghosh.js";
import type { LinearAlgebra } from "./linear-algebra.js";
import { rasmussen } from "./linkages.js";
import { scaleColumns, scaleRows } from "./matrix.js";
import { outputMultipliers, valueAddedMultipliers } from "./multipliers.js";
import { demandShock, type Shock, shockVector, supplyShock } from "./shock.js";
import type { LeontiefSystem } from "./solve-output.js";

/** One number per sector (or per goal), by name. */
export type Metrics = Map<string, number[]>;

export interface EvaluateContext {
  la: LinearAlgebra;
  links: Links;
  xProjected: number[];
  shocks: Shock[];
  supplyShocks: Shock[];
  /** The system sectors whose change moves each goal. */
  goalVia: string[][];
}

/**
 * The metrics of one set of inputs, with `system(p)` the Leontief system of
 * the regional coefficients A_r = diag(s)·A (A_r itself is formed only for
 * the rare supply-shock draw with an output that is not positive).
 *
 * @example
 * const m = evaluateChain(ctx, central, (ar) => leontiefSystem(la, ar));
 * m.get("multipliers") // output multipliers, one per sector
 */
export function evaluateChain(
  ctx: EvaluateContext,
  p: ChainParams,
  system: (p: ChainParams) => LeontiefSystem,
): Metrics {
  const { sectors } = ctx.links;
  const m: Metrics = new Map();
  const sys = system(p);
  const x = p.f ? sys.solve(p.f) : ctx.xProjected;
  const f = p.f ?? finalDemandOf(p, ctx.xProjected);
  const multipliers = outputMultipliers(sys);
  m.set("multipliers", multipliers);
  const link = rasmussen(sys, multipliers);
  m.set("backward", link.backward);
  m.set("forward", link.forward);
  p.va.forEach((row, k) => {
    m.set(`va.${k}`, valueAddedMultipliers(sys, row));
  });
  const index = new Map(sectors.map((id, i) => [id, i]));
  const record = (prefix: string, delta: number[], output: number[]) => {
    m.set(`${prefix}.delta`, delta);
    m.set(`${prefix}.output`, output);
    m.set(
      `${prefix}.indirect`,
      output.map((v, i) => v - delta[i]!),
    );
    m.set(
      `${prefix}.relative`,
      output.map((v, i) => (x[i]! !== 0 ? v / x[i]! : Number.NaN)),
    );
    m.set(`${prefix}.total`, [output.reduce((a, v) => a + v, 0)]);
    m.set(
      `${prefix}.goals`,
      ctx.goalVia.map((via) => via.reduce((a, id) => a + output[index.get(id)!]!, 0)),
    );
  };
  if (ctx.shocks.length) {
    const e = demandShock(sys, shockVector(ctx.shocks, sectors, f));
    record("demand", e.delta, e.output);
  }
  if (ctx.supplyShocks.length) {
    const v = primaryOf(p, x);
    const dv = shockVector(ctx.supplyShocks, sectors, v);
    if (x.every((xi) => xi > 0)) {
      // B = x̂⁻¹·A_r·x̂, so (I − B)ᵀ·Δx = Δv is (I − A_r)ᵀ·(Δx ⊘ x) = Δv ⊘ x: the same factors
      const w = sys.solveTransposed(dv.map((d, i) => d / x[i]!));
      const output = w.map((wi, i) => wi * x[i]!);
      record("supply", [...dv], output);
    } else {
      const z = scaleColumns(scaleRows(p.a, p.s), x);
      const e = supplyShock(ctx.la, allocationCoefficients(z, x), dv);
      record("supply", e.delta, e.output);
    }
  }
  return m;
}

/** f = x − A_r·x with A_r = diag(s)·A, without forming A_r. */
function finalDemandOf(p: ChainParams, x: readonly number[]): number[] {
  return x.map((xi, i) => {
    const row = p.a[i]!;
    let sum = 0;
    for (let j = 0; j < row.length; j++) sum += row[j]! * x[j]!;
    return xi - p.s[i]! * sum;
  });
}

/** Primary inputs v_j = x_j − Σ_i z_ij = x_j·(1 − Σ_i s_i·a_ij), without forming Z. */
function primaryOf(p: ChainParams, x: readonly number[]): number[] {
  const used = new Array<number>(x.length).fill(0);
  p.a.forEach((row, i) => {
    const si = p.s[i]!;
    for (let j = 0; j < row.length; j++) used[j]! += si * row[j]!;
  });
  return x.map((v, j) => v - v * used[j]!);
}
