/**
 * A firm population's uncertain parameters as inputs of sensitivity analysis
 * (docs/firms.md, "Which assumption matters"): the ones that move the
 * above-scale count and revenue (`firms.aggregates`), named as the streams
 * that draw them, without the year:
 *
 * - `firms.sectors.electronics.growth` — a sector's common growth (every
 *   year moved together; `simulate` draws it year by year);
 * - `firms.named.pacific_fibre.growth` — a firm's or group's own growth;
 * - `firms.sectors.electronics.named_revenue` — a GROUP: the base-year
 *   revenues of the sector's named firms, all moved to the same quantile
 *   (P10 of each at the group's 0.1); each firm alone is
 *   `firms.named.pacific_fibre.revenue`, listed only when asked for by name;
 * - `firms.generated.small_electronics.count` — a generated group's size;
 * - `firms.entry.new_electronics.per_year` — entrants a year (every year
 *   moved together);
 * - `firms.city_average_growth` — only when named (it decides subsidies,
 *   not the count or revenue).
 *
 * By default only inputs of in-scope firms are listed (out-of-scope firms
 * count in no goal). A firm's spread and its other draws are not inputs:
 * sensitivity evaluates the central population, every firm draw at its
 * median, so they move nothing there.
 */
import type { Lang } from "../../i18n/lang.js";
import { POPULATION_INPUT } from "../../i18n/text/population-inputs.js";
import { isUncertain, type UncertainValue } from "../../model/distribution.js";
import type { FirmInput, Input } from "../../model/inputs.js";
import { displayName, type Names } from "../../model/quantity.js";
import type { Scenario } from "../../model/scenario.js";
import { populationTo } from "./aggregates.js";
import { type Param, paramValue, populationPlan } from "./population.js";

/** The uniform on [0, 1] a group input is drawn from (its value is the quantile). */
const QUANTILE: UncertainValue = {
  dist: { type: "uniform", min: 0, max: 1 },
  central: 0.5,
  low: 0,
  high: 1,
  text: "P0~P100",
  line: 0,
};

/**
 * Every population input (empty without `firms:`), in plan order with each
 * group at the place of its first member; `firm.byDefault` marks the ones
 * listed without names.
 *
 * @example
 * populationInputs(liaocheng).filter((i) => i.firm!.byDefault).map((i) => i.name)
 * // ["firms.sectors.electronics.growth", "firms.sectors.software.growth",
 * //  "firms.sectors.electronics.named_revenue", "firms.sectors.software.named_revenue",
 * //  "firms.generated.small_electronics.count", …, "firms.entry.new_software.per_year"]
 */
export function populationInputs(s: Scenario): Input[] {
  const firms = s.firms;
  if (!firms) return [];
  const plan = populationPlan(s, populationTo(s));
  // which growth params in-scope firms read, and which named firms count
  const scopedParams = new Set<number>();
  const scopedNamed = new Set<string>();
  for (const p of plan.pops) {
    if (!p.inScope) continue;
    for (const g of p.growth) if (g >= 0) scopedParams.add(g);
    if (p.countParam >= 0) scopedParams.add(p.countParam);
    for (const e of p.perYear) if (e >= 0) scopedParams.add(e);
    if (p.kind === "named") scopedNamed.add(p.id);
  }
  const sectorOf = new Map(firms.named.map((f) => [f.id, f.sector]));
  const groups = new Map<string, UncertainValue[]>();
  for (const f of firms.named) {
    if (!isUncertain(f.revenue)) continue;
    const list = groups.get(f.sector) ?? [];
    list.push(f.revenue);
    groups.set(f.sector, list);
  }
  const out: Input[] = [];
  const seen = new Set<string>();
  for (const p of plan.params) {
    if (seen.has(p.input) || !isUncertain(p.value)) continue;
    const kind = kindOf(p.input);
    if (!kind) continue;
    seen.add(p.input);
    const id = p.input.split(".")[2] ?? "";
    const named = p.input.startsWith("firms.named.") && scopedNamed.has(id);
    const scoped = named || yearsOf(plan.params, p.input).some((j) => scopedParams.has(j));
    if (kind === "amount") {
      const sector = sectorOf.get(id)!;
      const members = groups.get(sector)!;
      const group = `firms.sectors.${sector}.named_revenue`;
      if (members.length > 1 && !seen.has(group)) {
        seen.add(group);
        const counted = firms.named.some((f) => f.sector === sector && scopedNamed.has(f.id));
        out.push(input(group, QUANTILE, { kind: "quantile", at: (u) => u, members, byDefault: counted }));
      }
      out.push(firmInput(p, kind, scoped && members.length === 1));
      continue;
    }
    out.push(firmInput(p, kind, scoped && p.input !== "firms.city_average_growth"));
  }
  return out;
}

/**
 * How a population input's value reads, from its name (null for a name that
 * is not one): for outputs that keep only the names (the report's findings).
 *
 * @example
 * firmInputKind("firms.sectors.electronics.named_revenue") // "quantile"
 */
export function firmInputKind(name: string): FirmInput["kind"] | null {
  if (!name.startsWith("firms.")) return null;
  if (name.endsWith(".named_revenue")) return "quantile";
  return kindOf(name);
}

/** What an input is, from its name; null for parameters that cannot move the count or revenue. */
function kindOf(name: string): "rate" | "amount" | "count" | null {
  if (name === "firms.city_average_growth" || name.endsWith(".growth")) return "rate";
  if (name.startsWith("firms.named.") && name.endsWith(".revenue")) return "amount";
  if (name.endsWith(".count") && name.startsWith("firms.generated.")) return "count";
  if (name.endsWith(".per_year")) return "count";
  return null;
}

/** Indices of the params drawn for input `name` (one per year for yearly ones). */
function yearsOf(params: readonly Param[], name: string): number[] {
  const out: number[] = [];
  params.forEach((p, k) => {
    if (p.input === name) out.push(k);
  });
  return out;
}

function firmInput(p: Param, kind: "rate" | "amount" | "count", byDefault: boolean): Input {
  return input(p.input, p.value, { kind, at: (u) => paramValue(p, u), members: [], byDefault });
}

function input(name: string, value: UncertainValue, firm: NonNullable<Input["firm"]>): Input {
  return {
    name,
    quantity: "firms",
    role: firm.kind === "rate" ? "growth" : "baseline",
    value,
    yearly: false,
    autocorrelation: 0,
    path: name.split("."),
    firm,
  };
}

/**
 * A population input's name as a reader says it, in `lang` (null for a name
 * that is not one): the sector's, firm's or group's display name and what
 * the parameter is.
 *
 * @example
 * populationInputLabel(liaocheng, "firms.sectors.electronics.growth", "zh") // "电子信息制造业 企业增速"
 */
export function populationInputLabel(s: Scenario, name: string, lang: Lang): string | null {
  const firms = s.firms;
  if (!firms || !name.startsWith("firms.")) return null;
  const t = POPULATION_INPUT;
  if (name === "firms.city_average_growth") return t.cityAverage[lang];
  const [, table, id = "", what] = name.split(".");
  const shown = (x: { id: string; names: Names } | undefined) => (x ? displayName(x, lang) : id);
  if (table === "sectors") {
    const sector = shown(firms.sectors.get(id));
    if (what === "growth") return t.sectorGrowth[lang](sector);
    if (what === "named_revenue") return t.namedRevenue[lang](sector);
    return null;
  }
  const group =
    table === "generated"
      ? firms.generated.find((g) => g.id === id)
      : table === "entry"
        ? firms.entry.find((c) => c.id === id)
        : undefined;
  if (group && !group.names.zh && !group.names.en) return unnamedGroupLabel(s, table!, group, what, lang);
  const who =
    table === "named"
      ? shown(firms.named.find((f) => f.id === id))
      : table === "generated" || table === "entry"
        ? shown(group)
        : null;
  if (who === null) return null;
  if (what === "growth") return t.ownGrowth[lang](who);
  if (what === "revenue") return t.firmRevenue[lang](who);
  if (what === "count") return t.count[lang](who);
  if (what === "per_year") return t.perYear[lang](who);
  return null;
}

/**
 * A generated group's or entry cohort's parameter when the scenario gives the
 * group no name: said by its sector (未点名企业, 新进入企业), with the id only
 * when another unnamed group of the same kind shares the sector.
 *
 * @example
 * // liaocheng: entry new_electronics (sector electronics) has no name
 * populationInputLabel(liaocheng, "firms.entry.new_electronics.per_year", "zh") // "电子信息制造业 每年新进入企业数"
 */
function unnamedGroupLabel(
  s: Scenario,
  table: string,
  group: { id: string; sector: string },
  what: string | undefined,
  lang: Lang,
): string | null {
  const firms = s.firms!;
  const t = POPULATION_INPUT.unnamed;
  const sectorOf = firms.sectors.get(group.sector);
  const sector = sectorOf ? displayName(sectorOf, lang) : group.sector;
  const peers: ReadonlyArray<{ id: string; sector: string; names: Names }> =
    table === "entry" ? firms.entry : firms.generated;
  const shared = peers.some(
    (p) => p.id !== group.id && p.sector === group.sector && !p.names.zh && !p.names.en,
  );
  const whose = shared ? `${sector} (${group.id})` : sector;
  if (table === "entry") {
    if (what === "per_year") return t.perYear[lang](whose);
    if (what === "growth") return t.entrantGrowth[lang](whose);
    return null;
  }
  if (what === "count") return t.count[lang](whose);
  if (what === "growth") return t.growth[lang](whose);
  return null;
}
