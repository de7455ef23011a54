/**
 * The sectors of `links:` — listed in `links.sectors`, or every scenario
 * sector the tables mention, in file order — and what the readers of its
 * tables share: the money unit, reporting that counts errors, and the check
 * that a name may stand in the links.
 */

import { INVALID } from "../../i18n/text/loader.js";
import { suggest } from "../../messages.js";
import { parseUnit, type Unit } from "../../model/units.js";
import type { MagnitudeContext } from "../magnitude.js";
import type { Path } from "../parse.js";
import type { ScenarioFile } from "../schema.js";
import type { NormaliseContext } from "./context.js";

/** What the readers of `links:` share. */
export interface LinkSystem {
  ctx: NormaliseContext;
  raw: NonNullable<ScenarioFile["links"]>;
  /** The path of `links:`. */
  base: Path;
  /** The scenario's money unit (amounts in the tables are read in it). */
  money: Unit;
  amount: MagnitudeContext;
  /** Errors reported under `links:` so far. */
  errors: number;
  report: NormaliseContext["report"];
  attempt: NormaliseContext["attempt"];
  /** `links.sectors` as written, when given. */
  listed: string[] | undefined;
  sectors: string[];
  n: number;
  index: Map<string, number>;
  /** Whether a name may stand in the links; reports it if not. */
  known: (name: string, path: Path, key: boolean) => boolean;
}

/**
 * The system of `links:` with its sectors collected (problems reported).
 *
 * @example
 * linkSystem(ctx, { ...file, links: { coefficients: { terminals: { ic: "0.1" } } } }).sectors // ["ic", "terminals"] (file order)
 */
export function linkSystem(ctx: NormaliseContext, raw: LinkSystem["raw"], fileUnit: string): LinkSystem {
  const unitOf = parseUnit(fileUnit);
  const money: Unit = unitOf?.dimension === "money" ? unitOf : { symbol: "亿元", dimension: "money", exp: 8 };
  const scenarioSectors = [...ctx.quantities.values()].filter((q) => q.kind === "sector").map((q) => q.id);
  const listed = raw.sectors;
  const sys: LinkSystem = {
    ctx,
    raw,
    base: ["links"],
    money,
    amount: { kind: "amount", unit: money, allowNegative: true },
    errors: 0,
    report: (code, params, path, key) => {
      sys.errors++;
      ctx.report(code, params, path, key);
    },
    attempt: <T>(path: Path, fn: () => T): T | undefined => {
      const r = ctx.attempt(path, fn);
      if (r === undefined) sys.errors++;
      return r;
    },
    listed,
    sectors: [],
    n: 0,
    index: new Map(),
    known: (name, path, key) => {
      const q = ctx.quantities.get(name);
      if (q?.kind === "indicator") {
        sys.report("E_LINK_UNIT", { id: name, unit: q.unit.symbol, expected: money.symbol }, path, key);
        return false;
      }
      if (!q) {
        sys.report(
          "E_LINK_UNKNOWN_SECTOR",
          { name, suggestion: suggest(name, listed ?? scenarioSectors) },
          path,
          key,
        );
        return false;
      }
      if (listed && !listed.includes(name)) {
        sys.report(
          "E_LINK_UNKNOWN_SECTOR",
          { name, listed: true, suggestion: suggest(name, listed) },
          path,
          key,
        );
        return false;
      }
      return true;
    },
  };
  sys.sectors = listed ? listedSectors(sys, listed) : mentionedSectors(sys, scenarioSectors);
  sys.n = sys.sectors.length;
  sys.index = new Map(sys.sectors.map((id, i) => [id, i]));
  return sys;
}

function listedSectors(sys: LinkSystem, listed: string[]): string[] {
  const seen = new Set<string>();
  listed.forEach((id, i) => {
    const path = [...sys.base, "sectors", i];
    if (!sys.known(id, path, false)) return;
    if (seen.has(id)) sys.report("E_INVALID_VALUE", { detail: INVALID.linkSectorTwice(id) }, path);
    seen.add(id);
  });
  return [...listed];
}

/** Without `links.sectors`: the scenario sectors the tables name (tables as lists need the list). */
function mentionedSectors(sys: LinkSystem, scenarioSectors: string[]): string[] {
  const { raw, base } = sys;
  const mentioned = new Set<string>();
  const lists: Path[] = [];
  const mention = (m: unknown, path: Path, depth: number) => {
    if (m === undefined) return;
    if (Array.isArray(m)) {
      lists.push(path);
      return;
    }
    for (const [k, v] of Object.entries(m as Record<string, unknown>)) {
      if (sys.known(k, [...path, k], true)) mentioned.add(k);
      if (depth > 1) mention(v, [...path, k], depth - 1);
    }
  };
  mention(raw.coefficients, [...base, "coefficients"], 2);
  mention(raw.transactions, [...base, "transactions"], 2);
  mention(raw.output, [...base, "output"], 1);
  mention(raw.local_share, [...base, "local_share"], 1);
  mention(raw.final_demand, [...base, "final_demand"], 1);
  for (const [name, row] of Object.entries(raw.value_added ?? {}))
    mention(row, [...base, "value_added", name], 1);
  for (const path of lists) sys.report("E_MISSING_FIELD", { field: "sectors" }, path);
  return scenarioSectors.filter((id) => mentioned.has(id));
}
