/**
 * What renderers look up in Findings: a quantity's names and unit, a goal's
 * statement, a unit for formatting. Nothing here computes a result.
 */

import type { Lang } from "../i18n/lang.js";
import { COMMON, GOAL_WORDS, inLang } from "../i18n/text/tables.js";
import type { Findings, GoalFacts, QuantityFacts, ScenarioFacts } from "../model/findings.js";
import { displayName } from "../model/quantity.js";
import type { Unit } from "../model/units.js";
import { formatValue } from "./format.js";

export type { Lang } from "../i18n/lang.js";

/** A unit by its symbol, as the scenario defined it. */
export function unitOf(f: Pick<Findings, "scenario"> | ScenarioFacts, symbol: string): Unit {
  const facts = "scenario" in f ? f.scenario : f;
  const u = facts.units[symbol];
  return u ? (u as Unit) : { symbol, dimension: "number", exp: 0 };
}

export function quantityOf(sc: ScenarioFacts, id: string): QuantityFacts | undefined {
  return sc.quantities.find((q) => q.id === id);
}

export function goalOf(sc: ScenarioFacts, id: string): GoalFacts | undefined {
  return sc.goals.find((g) => g.id === id);
}

/** A quantity's name in a language (falling back to the other, then the id). */
export function nameOf(sc: ScenarioFacts, id: string, lang: Lang = "zh"): string {
  const q = quantityOf(sc, id);
  return q ? displayName({ id, names: q.name }, lang) : id;
}

/** The unit of a quantity, by id. */
export function quantityUnit(sc: ScenarioFacts, id: string): Unit {
  return unitOf(sc, quantityOf(sc, id)?.unit ?? sc.unit);
}

export const COMPARATOR_SIGN: Record<GoalFacts["comparator"], string> = {
  at_least: "≥",
  reach: "≥",
  no_fewer_than: "≥",
  about: "≈",
  below: "<",
  at_most: "≤",
};

/** A goal in words: "≥ 14,000.0", "≥ 10.0%/yr 2022–2025" (zh: "2022–2025年年均增速 ≥ 10.0%"). */
export function describeGoal(sc: ScenarioFacts, t: GoalFacts, lang: Lang = "zh"): string {
  const v = formatValue(t.value, unitOf(sc, t.unit));
  const sign = COMPARATOR_SIGN[t.comparator];
  const w = inLang(GOAL_WORDS, lang);
  const from = t.from ?? t.year;
  switch (t.kind) {
    case "level":
      return w.level(sign, v);
    case "growth":
      return w.growth(sign, v, from, t.year);
    case "share":
      return w.share(sign, v, t.of === undefined ? "" : lang === "zh" ? nameOf(sc, t.of, lang) : t.of);
    case "flow":
      return w.flow(sign, v, from, t.year);
    case "cumulative":
      return w.cumulative(sign, v, from, t.year);
  }
}

/** "doc.txt 二(二)" */
export function sourceLabel(t: GoalFacts): string {
  if (!t.source) return "";
  return [t.source.number ?? t.source.document, t.source.clause].filter(Boolean).join(" ");
}

/** The header line of a table: title, id, unit, variant. */
export function headLine(sc: ScenarioFacts, lang: Lang = "zh"): string {
  return inLang(COMMON, lang).headLine(sc.title, sc.id, sc.unit, sc.variant ?? undefined);
}

/** The scenario block every command's JSON starts with. */
export function scenarioJson(sc: ScenarioFacts) {
  return { id: sc.id, title: sc.title, unit: sc.unit, base_year: sc.base_year, horizon: sc.horizon };
}
