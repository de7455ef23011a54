/**
 * The report's words and tables, shared by the HTML page and summary.md:
 * key findings as sentences, and the goals table. Plain text here; each
 * output escapes it for its own format.
 */
import type { CheckResult } from "../analysis/check.js";
import type { VerdictResult } from "../analysis/consistency.js";
import type { SimulationResult } from "../engine/simulate.js";
import type { Scenario } from "../model/scenario.js";
import type { Interval } from "../numeric/interval.js";
import { formatProbability } from "./charts/style.js";
import { formatPercent, formatValue } from "./format.js";
import type { Labels } from "./labels.js";
import { goalSource, goalText, quantityName } from "./report-figures.js";
import { COMPARATOR_SIGN, goalUnit } from "./run-output.js";

export interface FindingsInput {
  s: Scenario;
  check: CheckResult;
  sim: SimulationResult | null;
  L: Labels;
}

const iv = (f: (x: number) => string, i: Interval) =>
  i.low === i.high ? f(i.low) : `${f(i.low)}–${f(i.high)}`;

export function verdictSentence(c: FindingsInput, v: VerdictResult): string {
  const { s, L } = c;
  const f = (x: number) => formatValue(x, s.unit);
  return L.sentences.verdict({
    parent: quantityName(s, v.parent, L),
    year: v.year,
    unit: s.unit.symbol,
    sum: f(v.childrenSum),
    net: iv(f, v.net),
    sign: COMPARATOR_SIGN[v.comparator],
    headline: f(v.headline),
    verdict: v.verdict,
    minOverlap: f(v.minOverlapNeeded),
    minShare: formatPercent(v.minOverlapShare),
    statedHigh: v.overlaps.length ? f(v.overlap.high) : null,
    statedRange: iv(f, v.overlap),
    residual: iv(f, v.residual),
    residualCagr: v.residualCagr === null ? null : formatPercent(v.residualCagr),
    maxAllowed: v.maxOverlapAllowed === null ? null : f(v.maxOverlapAllowed),
  });
}

/** Notes under a verdict: unknown pairs, children without goals. */
export function verdictNotes(c: FindingsInput, v: VerdictResult): string[] {
  const { s, L } = c;
  const out: string[] = [];
  if (v.unknownOverlaps.length) out.push(L.sentences.unknownPairs(v.unknownOverlaps.length));
  if (v.childrenWithoutGoals.length) {
    out.push(
      L.sentences.withoutGoals(v.childrenWithoutGoals.map((id) => quantityName(s, id, L)).join(L.list)),
    );
  }
  return out;
}

export function pairSentences(c: FindingsInput): string[] {
  const { s, check, L } = c;
  const f = (x: number) => formatValue(x, s.unit);
  const out: string[] = [];
  for (const b of check.impliedBaselines) {
    const value = b.low !== b.high ? `${f(b.value)} (${f(b.low)}–${f(b.high)})` : f(b.value);
    out.push(
      L.sentences.impliedBaseline(quantityName(s, b.sector, L), b.levelTarget, b.growthTarget, b.year, value),
    );
  }
  for (const b of check.binding) {
    out.push(
      L.sentences.binding({
        year: b.published.year,
        kind: b.published.kind,
        value: f(b.published.value),
        levelNeeds: formatPercent(b.levelRequires),
        growthNeeds: formatPercent(b.growthRequires),
        reaches: f(b.growthGoalReaches),
        binding: b.binding,
        margin: (b.margin * 100).toFixed(1),
      }),
    );
  }
  return out;
}

/** The goals whose required growth most exceeds the assumed growth. */
export function hardestGoals(c: FindingsInput, n = 3): string[] {
  const { s, check, L } = c;
  return check.requiredGrowth
    .filter((g) => g.shortfall !== null && g.shortfall > 0)
    .sort((a, b) => b.shortfall! - a.shortfall!)
    .slice(0, n)
    .map((g) =>
      L.sentences.shortfall(
        `${quantityName(s, g.subject, L)} ${g.year}`,
        formatPercent(g.required.central),
        formatPercent(g.assumed!.central),
        (g.shortfall! * 100).toFixed(1),
      ),
    );
}

/** Key findings, most important first. */
export function keyFindings(c: FindingsInput): string[] {
  const { s, check, sim, L } = c;
  const out: string[] = [];
  for (const v of check.verdicts) out.push(verdictSentence(c, v));
  const met = check.goals.filter((g) => g.met).length;
  out.push(L.sentences.goalsMet(met, check.goals.length));
  if (sim?.all) {
    const ci = `${formatProbability(sim.all.ci95[0])}–${formatProbability(sim.all.ci95[1])}`;
    out.push(L.sentences.allGoals(formatProbability(sim.all.probability), ci));
    const low = sim.targets.filter((t) => t.probability < 0.5);
    if (low.length) {
      out.push(
        L.sentences.probabilityLow(
          low
            .map((t) => `${quantityName(s, t.target.subject, L)} (${formatProbability(t.probability)})`)
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
        L.tracking[t.status],
        formatPercent(t.requiredRemaining),
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
  const { s, check, sim, L } = c;
  const probs = new Map(sim?.targets.map((t) => [t.target.id, t]) ?? []);
  return check.goals.map((g) => {
    const t = g.target;
    const p = probs.get(t.id);
    return {
      id: t.id,
      subject: quantityName(s, t.subject, L),
      goal: goalText(c, t),
      asWritten: t.text,
      projected: formatValue(g.projected, goalUnit(s, t)),
      status: g.met === null ? "unknown" : g.met ? "met" : "missed",
      probability: p ? formatProbability(p.probability) : "–",
      interval: p ? `${formatProbability(p.ci95[0])}–${formatProbability(p.ci95[1])}` : "–",
      source: goalSource(t),
      document: t.source?.document ?? "",
      clause: t.source?.clause ?? "",
      line: t.line,
    };
  });
}
