/**
 * The report's words and tables, shared by the HTML page and summary.md:
 * key findings as sentences, and the goals table. Plain text here; each
 * output escapes it for its own format.
 *
 * Every number comes from one Findings value (`f`); the scenario (`s`) gives
 * only words: names, units, goal statements and their sources.
 */
import type { Lang } from "../i18n/lang.js";
import type { Findings, Num, VerdictFinding } from "../model/findings.js";
import type { Scenario } from "../model/scenario.js";
import type { Target } from "../model/target.js";
import { formatProbability, formatProbabilityInterval } from "./charts/style.js";
import { outOfScopeWhere, reasonIn } from "./check-output.js";
import { n } from "./figure-input.js";
import { formatPercent, formatValue } from "./format.js";
import type { Labels } from "./labels.js";
import { goalSource, goalText, quantityName } from "./report-figures.js";
import { COMPARATOR_SIGN, goalUnit } from "./run-output.js";

export interface FindingsInput {
  /** Words only: names, units, goal statements. */
  s: Scenario;
  /** Every number shown (parts `projection`, `targets`, `check`, and `simulation` when sampled). */
  f: Findings;
  L: Labels;
}

const iv = (f: (x: number) => string, i: { low: Num; high: Num }) =>
  i.low === i.high ? f(n(i.low)) : `${f(n(i.low))}–${f(n(i.high))}`;

/** A percentage, or "–" where it is not defined. */
export const pct = (x: Num, digits?: number) => (x === null ? "–" : formatPercent(x, digits));

/** The check part (an empty one when the caller did not ask for it). */
export function checkOf(f: Findings): NonNullable<Findings["check"]> {
  return (
    f.check ?? {
      verdicts: [],
      implied_baselines: [],
      binding: [],
      required_growth: [],
      tracking: [],
      regions: { shares: [], ratios: [], sums: [] },
      chain: [],
    }
  );
}

/** The goals the scenario deliberately leaves out: id, where printed, reason (empty when none). */
export function outOfScopeRows(
  f: Findings,
  lang: Lang,
): Array<{ goal: string; source: string; reason: string }> {
  return (checkOf(f).out_of_scope ?? []).map((o) => ({
    goal: o.goal,
    source: outOfScopeWhere(o),
    reason: reasonIn(o, lang),
  }));
}

export function verdictSentence(c: FindingsInput, v: VerdictFinding): string {
  const { s, L } = c;
  const f = (x: number) => formatValue(x, s.unit);
  return L.sentences.verdict({
    parent: quantityName(s, v.parent, L),
    year: v.year,
    unit: s.unit.symbol,
    sum: f(n(v.children_sum)),
    net: iv(f, v.net),
    sign: COMPARATOR_SIGN[v.comparator],
    headline: f(n(v.headline)),
    verdict: v.verdict,
    minOverlap: f(n(v.min_overlap_needed)),
    minShare: pct(v.min_overlap_share),
    statedHigh: v.overlaps.length ? f(n(v.overlap.high)) : null,
    statedRange: iv(f, v.overlap),
    residual: iv(f, v.residual),
    residualCagr: v.residual_cagr === null ? null : formatPercent(v.residual_cagr),
    maxAllowed: v.max_overlap_allowed === null ? null : f(v.max_overlap_allowed),
  });
}

/** Notes under a verdict: unknown pairs, children without goals. */
export function verdictNotes(c: FindingsInput, v: VerdictFinding): string[] {
  const { s, L } = c;
  const out: string[] = [];
  if (v.unknown_overlaps.length) out.push(L.sentences.unknownPairs(v.unknown_overlaps.length));
  if (v.children_without_goals.length) {
    out.push(
      L.sentences.withoutGoals(v.children_without_goals.map((id) => quantityName(s, id, L)).join(L.list)),
    );
  }
  return out;
}

export function pairSentences(c: FindingsInput): string[] {
  const { s, L } = c;
  const check = checkOf(c.f);
  const f = (x: Num) => formatValue(n(x), s.unit);
  const out: string[] = [];
  for (const b of check.implied_baselines) {
    const value = b.low !== b.high ? `${f(b.value)} (${f(b.low)}–${f(b.high)})` : f(b.value);
    out.push(
      L.sentences.impliedBaseline(
        quantityName(s, b.sector, L),
        b.level_target,
        b.growth_target,
        b.year,
        value,
      ),
    );
  }
  for (const b of check.binding) {
    out.push(
      L.sentences.binding({
        year: b.published.year,
        kind: b.published.kind,
        value: f(b.published.value),
        levelNeeds: pct(b.level_requires),
        growthNeeds: pct(b.growth_requires),
        reaches: f(b.growth_goal_reaches),
        binding: b.binding,
        margin: (n(b.margin) * 100).toFixed(1),
      }),
    );
  }
  return out;
}

/** The goals whose required growth most exceeds the assumed growth. */
export function hardestGoals(c: FindingsInput, count = 3): string[] {
  const { s, L } = c;
  return checkOf(c.f)
    .required_growth.filter((g) => g.shortfall !== null && g.shortfall > 0 && g.assumed)
    .sort((a, b) => b.shortfall! - a.shortfall!)
    .slice(0, count)
    .map((g) =>
      L.sentences.shortfall(
        `${quantityName(s, g.subject, L)} ${g.year}`,
        pct(g.required.central),
        pct(g.assumed!.central),
        (g.shortfall! * 100).toFixed(1),
      ),
    );
}

/** Key findings, most important first. */
export function keyFindings(c: FindingsInput): string[] {
  const { s, L } = c;
  const check = checkOf(c.f);
  const sim = c.f.simulation;
  const goals = c.f.targets ?? [];
  const out: string[] = [];
  for (const v of check.verdicts) out.push(verdictSentence(c, v));
  out.push(L.sentences.goalsMet(goals.filter((g) => g.met).length, goals.length));
  if (sim?.all) {
    const ci = formatProbabilityInterval(n(sim.all.ci95[0]), n(sim.all.ci95[1]));
    out.push(L.sentences.allGoals(formatProbability(n(sim.all.probability)), ci));
    const subject = new Map(c.f.scenario.goals.map((g) => [g.id, g.subject]));
    const low = sim.targets.filter((t) => t.probability !== null && t.probability < 0.5);
    if (low.length) {
      out.push(
        L.sentences.probabilityLow(
          low
            .map((t) => `${quantityName(s, subject.get(t.id)!, L)} (${formatProbability(n(t.probability))})`)
            .join(L.list),
        ),
      );
    }
  }
  const hardest = hardestGoals(c);
  if (hardest.length) {
    const zh = L.lang === "zh";
    out.push(`${L.sentences.hardest}${zh ? "" : " "}${hardest.join(zh ? "；" : "; ")}${zh ? "。" : "."}`);
  }
  out.push(...pairSentences(c));
  for (const t of check.tracking) {
    out.push(
      L.sentences.tracking(
        `${quantityName(s, t.subject, L)} ${t.year}`,
        L.tracking[t.status as keyof Labels["tracking"]],
        pct(t.required_remaining),
      ),
    );
  }
  return out;
}

export interface GoalRow {
  id: string;
  subject: string;
  goal: string;
  asWritten: string;
  projected: string;
  status: "met" | "missed" | "unknown";
  probability: string;
  interval: string;
  source: string;
  document: string;
  clause: string;
  line: number;
}

export function goalRows(c: FindingsInput): GoalRow[] {
  const { s, L } = c;
  const byId = new Map<string, Target>(s.targets.map((t) => [t.id, t]));
  const probs = new Map(c.f.simulation?.targets.map((t) => [t.id, t]) ?? []);
  return (c.f.targets ?? []).map((g) => {
    const t = byId.get(g.id)!;
    const p = probs.get(t.id);
    return {
      id: t.id,
      subject: quantityName(s, t.subject, L),
      goal: goalText(c, t),
      asWritten: t.text,
      projected: formatValue(n(g.projected), goalUnit(s, t)),
      status: g.met === null ? "unknown" : g.met ? "met" : "missed",
      probability: p ? formatProbability(n(p.probability)) : "–",
      interval: p ? formatProbabilityInterval(n(p.ci95[0]), n(p.ci95[1])) : "–",
      source: goalSource(t, L.lang),
      document: t.source?.document ?? "",
      clause: t.source?.clause ?? "",
      line: t.line,
    };
  });
}
