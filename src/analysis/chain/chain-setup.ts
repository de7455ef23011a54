/**
 * What every thread of a chain analysis computes first, from the scenario:
 * the year's projected output, the central inputs and their Leontief system
 * (factored once), the base solution, the goals the system moves, the central
 * metrics and where each metric value's sketch is.
 */
import { type Diagnostic, diagnostic, fail } from "../../diagnostics.js";
import { type Projection, project, valueAt } from "../../engine/project.js";
import { idList } from "../../i18n/text/loader.js";
import type { Comparator } from "../../model/comparator.js";
import type { Links } from "../../model/link.js";
import type { Scenario } from "../../model/scenario.js";
import { type EvaluateContext, evaluateChain, type Metrics } from "./chain-evaluate.js";
import { type ChainInput, type ChainParams, centralParams, uncertainInputs } from "./chain-inputs.js";
import type { LinearAlgebra } from "./linear-algebra.js";
import { luAlgebra } from "./lu.js";
import { scaleRows } from "./matrix.js";
import type { Shock } from "./shock.js";
import { finalDemandFor, type LeontiefSystem, leontiefSystem } from "./solve-output.js";

export interface ChainSetupOptions {
  /** The year analysed (default: the scenario's horizon). */
  year?: number;
  shocks?: readonly Shock[];
  supplyShocks?: readonly Shock[];
}

/** A goal the system moves (its level in the year, on a system sector or a parent of some). */
export interface GoalMoved {
  target: string;
  sector: string;
  year: number;
  comparator: Comparator;
  goal: number;
  projected: number;
  /** The system sectors whose change moves this goal: the sector itself, or a parent's children. */
  via: string[];
  gapBefore: number;
}

export interface ChainSetup {
  la: LinearAlgebra;
  links: Links;
  year: number;
  projection: Projection;
  sectors: string[];
  n: number;
  xProjected: number[];
  warnings: Diagnostic[];
  goals: GoalMoved[];
  central: ChainParams;
  /** I − A_r at central values, factored once. */
  system: LeontiefSystem;
  base: { x: number[]; f: number[]; ar: number[][] };
  ghoshOk: boolean;
  context: EvaluateContext;
  centralMetrics: Metrics;
  inputs: ChainInput[];
  /** Every metric value (key, index), in order; `offsets`: where each key's values start. */
  slots: Array<[string, number]>;
  offsets: Map<string, number>;
}

/**
 * Set up a chain analysis.
 *
 * @example
 * const st = chainSetup(shandong, { shocks: [shock] });
 * st.centralMetrics.get("multipliers") // output multipliers at central values
 */
export function chainSetup(s: Scenario, opts: ChainSetupOptions): ChainSetup {
  const links = s.links;
  if (!links) return fail("E_NO_LINKS", { file: s.provenance.file });
  const la = luAlgebra;
  const year = opts.year ?? s.horizon;
  if (year < s.baseYear) fail("E_YEAR_BEFORE_BASE", { year, baseYear: s.baseYear });
  const projection = project(s, { to: Math.max(year, s.horizon) });
  const { sectors } = links;
  const n = sectors.length;
  const xProjected = sectors.map((id) => valueAt(projection, id, year));
  const missing = sectors.filter((_, i) => !Number.isFinite(xProjected[i]!));
  if (missing.length) {
    fail("E_YEAR_NOT_PROJECTED", { year, missing: idList(missing) });
  }
  const loc = { file: s.provenance.file, line: links.line, col: 1 };
  const warnings: Diagnostic[] = [];
  const warn = (d: Diagnostic) => warnings.push({ ...d, loc });
  const unstated = sectors.filter(
    (_, i) => links.localShare[i] === null && links.coefficients[i]!.some((c) => c !== null && c.high > 0),
  );
  if (unstated.length)
    warn(diagnostic("W_LINK_LOCAL_SHARE", { ids: unstated.join(", ") }, undefined, "warning"));
  const goals = goalsMoved(s, sectors, year, projection);
  const central = centralParams(links);
  const ar = scaleRows(central.a, central.s);
  const system = leontiefSystem(la, ar);
  const base = central.f
    ? { x: system.solve(central.f), f: central.f, ar }
    : { x: xProjected, f: finalDemandFor(ar, xProjected), ar };
  if (!links.finalDemand) {
    base.f.forEach((v, i) => {
      if (v < -1e-9 * Math.max(1, xProjected[i]!)) {
        warn(
          diagnostic(
            "W_CHAIN_FINAL_DEMAND",
            { id: sectors[i]!, value: v.toFixed(1), year },
            undefined,
            "warning",
          ),
        );
      }
    });
  }
  const ghoshOk = base.x.every((v) => v > 0);
  if (!ghoshOk) {
    warn(
      diagnostic(
        "W_GHOSH_OUTPUT",
        { ids: sectors.filter((_, i) => !(base.x[i]! > 0)).join(", ") },
        undefined,
        "warning",
      ),
    );
  }
  const context: EvaluateContext = {
    la,
    links,
    xProjected,
    shocks: [...(opts.shocks ?? [])],
    supplyShocks: ghoshOk ? [...(opts.supplyShocks ?? [])] : [],
    goalVia: goals.map((g) => g.via),
  };
  const centralMetrics = evaluateChain(context, central, () => system);
  const slots: Array<[string, number]> = [];
  const offsets = new Map<string, number>();
  for (const [key, values] of centralMetrics) {
    offsets.set(key, slots.length);
    values.forEach((_, i) => {
      slots.push([key, i]);
    });
  }
  return {
    la,
    links,
    year,
    projection,
    sectors,
    n,
    xProjected,
    warnings,
    goals,
    central,
    system,
    base,
    ghoshOk,
    context,
    centralMetrics,
    inputs: uncertainInputs(links),
    slots,
    offsets,
  };
}

/** Level goals in `year` on system sectors, and on parents of system sectors (moved by their children). */
function goalsMoved(
  s: Scenario,
  sectors: readonly string[],
  year: number,
  projection: Projection,
): GoalMoved[] {
  const out: GoalMoved[] = [];
  for (const t of s.targets) {
    if (t.kind !== "level" || t.year !== year) continue;
    const q = s.quantities.get(t.subject);
    if (q?.kind !== "sector") continue;
    const via = sectors.includes(t.subject) ? [t.subject] : q.children.filter((c) => sectors.includes(c));
    if (via.length === 0) continue;
    const projected = valueAt(projection, t.subject, year);
    out.push({
      target: t.id,
      sector: t.subject,
      year,
      comparator: t.comparator,
      goal: t.value,
      projected,
      via,
      gapBefore: projected - t.value,
    });
  }
  return out;
}
