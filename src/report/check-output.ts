/**
 * `chainsim check` output: add-up verdicts, goal pairs, required growth,
 * tracking and regions, as a terminal table, JSON or Markdown.
 */
import type { CheckResult } from "../analysis/check.js";
import type { VerdictResult } from "../analysis/consistency.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import type { Interval } from "../numeric/interval.js";
import { chainConsistencyJson, chainConsistencyMarkdown, chainConsistencyTable } from "./chain-output.js";
import { formatPercent, formatValue, roundForOutput } from "./format.js";
import { manifest } from "./manifest.js";
import { COMPARATOR_SIGN, type Lang, targetJson } from "./run-output.js";
import { renderTable } from "./table.js";

const r = roundForOutput;
const interval = (i: Interval) => ({ low: r(i.low), high: r(i.high) });

export function checkJson(s: Scenario, c: CheckResult) {
  return {
    scenario: { id: s.id, title: s.title, unit: s.unit.symbol, base_year: s.baseYear, horizon: s.horizon },
    verdicts: c.verdicts.map((v) => ({
      parent: v.parent,
      year: v.year,
      headline: r(v.headline),
      headline_target: v.headlineTarget,
      comparator: v.comparator,
      exhaustive: v.exhaustive,
      children: v.children.map((ch) => ({
        id: ch.id,
        value: r(ch.value),
        basis: ch.basis,
        target: ch.target ?? null,
      })),
      children_without_goals: v.childrenWithoutGoals,
      children_sum: r(v.childrenSum),
      overlaps: v.overlaps.map((o) => ({
        part: o.part,
        ...(o.within ? { within: o.within } : { outside: o.outside }),
        share: interval(o.share),
        amount: interval(o.amount),
        line: o.line,
      })),
      overlap: interval(v.overlap),
      unknown_overlaps: v.unknownOverlaps,
      net: interval(v.net),
      verdict: v.verdict,
      min_overlap_needed: r(v.minOverlapNeeded),
      min_overlap_share: r(v.minOverlapShare),
      max_overlap_allowed: r(v.maxOverlapAllowed),
      residual: interval(v.residual),
      residual_cagr: r(v.residualCagr),
      headline_without_overlap: r(v.headlineWithoutOverlap),
    })),
    implied_baselines: c.impliedBaselines.map((b) => ({
      sector: b.sector,
      level_target: b.levelTarget,
      growth_target: b.growthTarget,
      year: b.year,
      value: r(b.value),
      low: r(b.low),
      high: r(b.high),
    })),
    binding: c.binding.map((b) => ({
      sector: b.sector,
      level_target: b.levelTarget,
      growth_target: b.growthTarget,
      published: b.published,
      level_requires: r(b.levelRequires),
      growth_requires: r(b.growthRequires),
      growth_goal_reaches: r(b.growthGoalReaches),
      binding: b.binding,
      margin: r(b.margin),
    })),
    required_growth: c.requiredGrowth.map((g) => ({
      target: g.target,
      subject: g.subject,
      year: g.year,
      from: { ...g.from, low: r(g.from.low), central: r(g.from.central), high: r(g.from.high) },
      required: { low: r(g.required.low), central: r(g.required.central), high: r(g.required.high) },
      assumed: g.assumed
        ? { low: r(g.assumed.low), central: r(g.assumed.central), high: r(g.assumed.high) }
        : null,
      shortfall: r(g.shortfall),
    })),
    tracking: c.tracking.map((t) => ({
      target: t.target,
      subject: t.subject,
      year: t.year,
      goal: r(t.goal),
      latest: t.latest,
      required_remaining: r(t.requiredRemaining),
      assumed_remaining: r(t.assumedRemaining),
      projected: r(t.projected),
      status: t.status,
    })),
    regions: {
      shares: c.rollup.shares.map((x) => ({
        ...x,
        region_goal: r(x.regionGoal),
        regionGoal: undefined,
        share: r(x.share),
      })),
      ratios: c.rollup.ratios.map((x) => ({ ...x, per_unit: r(x.perUnit), perUnit: undefined })),
      sums: c.rollup.sums.map((x) => ({ ...x, regions_sum: r(x.regionsSum), regionsSum: undefined })),
    },
    chain: chainConsistencyJson(c.chain),
    goals: c.goals.map((g) => targetJson(s, g)),
    manifest: manifest(s),
  };
}

const name = (s: Scenario, id: string, lang: Lang) => {
  const q = s.quantities.get(id);
  return q ? displayName(q, lang) : id;
};

/** One sentence explaining a verdict, for tables and Markdown. */
export function verdictSentence(s: Scenario, v: VerdictResult, lang: Lang = "zh"): string {
  const u = s.unit;
  const f = (x: number) => formatValue(x, u);
  const parent = name(s, v.parent, lang);
  const net = v.net.low === v.net.high ? f(v.net.low) : `${f(v.net.low)}–${f(v.net.high)}`;
  const head = `${parent} ${v.year}: the children's goals sum to ${f(v.childrenSum)} ${u.symbol}, ${net} net of stated overlaps, against a headline of ${COMPARATOR_SIGN[v.comparator]} ${f(v.headline)}`;
  switch (v.verdict) {
    case "OVERSHOOT":
      return `${head}. OVERSHOOT: double counting of at least ${f(v.minOverlapNeeded)} (${formatPercent(v.minOverlapShare)} of the children's sum) would be needed${v.overlaps.length ? `; the stated overlaps explain at most ${f(v.overlap.high)}` : "; no overlaps are stated"}. With no overlap the headline would have to be ${f(v.headlineWithoutOverlap)}.`;
    case "GAP":
      return `${head}. GAP: the children fall short by ${f(v.residual.low)}${v.residual.low !== v.residual.high ? `–${f(v.residual.high)}` : ""}${v.residualCagr !== null ? `, which needs ${formatPercent(v.residualCagr)} a year from the base year` : ""}.`;
    case "INDETERMINATE":
      return `${head}. INDETERMINATE: consistent only for part of the stated overlap range (it needs at least ${f(v.minOverlapNeeded)} of overlap; stated ${f(v.overlap.low)}–${f(v.overlap.high)}).`;
    case "CONSISTENT":
      return v.maxOverlapAllowed !== null
        ? `${head}. CONSISTENT while total overlap stays below ${f(v.maxOverlapAllowed)}.`
        : `${head}. CONSISTENT, leaving ${f(v.residual.low)}${v.residual.low !== v.residual.high ? `–${f(v.residual.high)}` : ""} for activity outside the listed children.`;
  }
}

export function checkTable(s: Scenario, c: CheckResult, lang: Lang = "zh"): string {
  const u = s.unit;
  const f = (x: number | null) => formatValue(x, u);
  const iv = (i: Interval) => (i.low === i.high ? f(i.low) : `${f(i.low)}–${f(i.high)}`);
  const parts: string[] = [`${s.title}  (${s.id})   unit: ${u.symbol}`];

  if (c.verdicts.length) {
    parts.push(
      "Do the goals add up?",
      renderTable(
        [
          { header: "parent" },
          { header: "year", align: "right" },
          { header: "headline", align: "right" },
          { header: "children", align: "right" },
          { header: "overlap stated", align: "right" },
          { header: "net", align: "right" },
          { header: "verdict" },
          { header: "min overlap needed", align: "right" },
        ],
        c.verdicts.map((v) => [
          `${name(s, v.parent, lang)} ${v.parent}`,
          String(v.year),
          `${COMPARATOR_SIGN[v.comparator]} ${f(v.headline)}`,
          f(v.childrenSum),
          iv(v.overlap),
          iv(v.net),
          v.verdict,
          v.maxOverlapAllowed !== null
            ? `≤ ${f(v.maxOverlapAllowed)} allowed`
            : `${f(v.minOverlapNeeded)} (${formatPercent(v.minOverlapShare)})`,
        ]),
      ),
      ...c.verdicts.map((v) => {
        const unknown = v.unknownOverlaps.length
          ? `\n  ${v.unknownOverlaps.length} pairs of children have no stated overlap.`
          : "";
        const without = v.childrenWithoutGoals.length
          ? `\n  Children without a goal in ${v.year}: ${v.childrenWithoutGoals.join(", ")}.`
          : "";
        return `  ${verdictSentence(s, v, lang)}${unknown}${without}`;
      }),
    );
  }
  if (c.impliedBaselines.length || c.binding.length) {
    const lines = ["Goal pairs (a level goal and a growth goal on one sector)"];
    for (const b of c.impliedBaselines) {
      lines.push(
        `  ${name(s, b.sector, lang)}: ${b.levelTarget} and ${b.growthTarget} together imply a ${b.year} baseline of ${f(b.value)}${b.low !== b.high ? ` (${f(b.low)}–${f(b.high)})` : ""}; below it the level goal binds, above it the growth goal.`,
      );
    }
    for (const b of c.binding) {
      const q = b.published.qualifier ? ` (${b.published.qualifier.replace("_", " ")})` : "";
      lines.push(
        `  From the ${b.published.year} ${b.published.kind} ${f(b.published.value)}${q}: the level goal needs ${formatPercent(b.levelRequires)} a year, the growth goal ${formatPercent(b.growthRequires)} (reaching ${f(b.growthGoalReaches)}) → ${b.binding === "both" ? "both bind equally" : `the ${b.binding} goal binds by ${(b.margin * 100).toFixed(1)} points a year`}.`,
      );
    }
    parts.push(lines.join("\n"));
  }
  if (c.requiredGrowth.length) {
    parts.push(
      "Required average growth (from the latest known value)",
      renderTable(
        [
          { header: "goal" },
          { header: "from", align: "right" },
          { header: "required/yr", align: "right" },
          { header: "assumed/yr", align: "right" },
          { header: "shortfall", align: "right" },
        ],
        c.requiredGrowth.map((g) => {
          const q = s.quantities.get(g.subject)!;
          const from =
            g.from.low === g.from.high
              ? formatValue(g.from.central, q.unit)
              : `${formatValue(g.from.low, q.unit)}–${formatValue(g.from.high, q.unit)}`;
          const req =
            g.required.low === g.required.high
              ? formatPercent(g.required.central)
              : `${formatPercent(g.required.central)} (${formatPercent(g.required.low)}–${formatPercent(g.required.high)})`;
          const ass = g.assumed
            ? g.assumed.low === g.assumed.high
              ? formatPercent(g.assumed.central)
              : `${formatPercent(g.assumed.central)} (${formatPercent(g.assumed.low)}–${formatPercent(g.assumed.high)})`
            : "–";
          return [
            g.target,
            `${g.from.year} ${from}`,
            req,
            ass,
            g.shortfall === null ? "–" : signedPoints(g.shortfall),
          ];
        }),
      ),
    );
  }
  if (c.tracking.length) {
    parts.push(
      "Tracking (re-forecast from the latest actual)",
      renderTable(
        [
          { header: "goal" },
          { header: "latest actual", align: "right" },
          { header: "goal", align: "right" },
          { header: "needs/yr now", align: "right" },
          { header: "re-forecast", align: "right" },
          { header: "status" },
        ],
        c.tracking.map((t) => {
          const q = s.quantities.get(t.subject)!;
          return [
            t.target,
            `${t.latest.year} ${formatValue(t.latest.value, q.unit)}`,
            formatValue(t.goal, q.unit),
            formatPercent(t.requiredRemaining),
            formatValue(t.projected, q.unit),
            t.status,
          ];
        }),
      ),
    );
  }
  const ro = c.rollup;
  if (ro.shares.length || ro.ratios.length) {
    const lines = ["Regions and ratios"];
    for (const x of ro.shares) {
      lines.push(
        `  ${x.region}.${x.theirs} ${x.year}: ${f(x.regionGoal)} is ${formatPercent(x.share, 2)} of ${x.ours}'s goal ${f(x.goal)}.`,
      );
    }
    for (const x of ro.sums) {
      lines.push(
        `  Regions' goals for ${x.ours} ${x.year} sum to ${f(x.regionsSum)} against ${f(x.goal)}: ${x.verdict}.`,
      );
    }
    for (const x of ro.ratios) {
      lines.push(
        `  ${x.region} ${x.year}: ${formatValue(x.amount.goal, s.unit)} ${x.amount.unit} (${x.amount.id}) over ${x.count.goal} ${x.count.unit} (${x.count.id}) is ${x.perUnit.toFixed(2)} ${x.amount.unit} per ${x.count.unit}.`,
      );
    }
    parts.push(lines.join("\n"));
  }
  const chain = chainConsistencyTable(s, c.chain, lang, "notable");
  if (chain) parts.push(chain);
  const met = c.goals.filter((g) => g.met).length;
  parts.push(`${met} of ${c.goals.length} goals met on central assumptions (chainsim run shows each).`);
  return `${parts.join("\n\n")}\n`;
}

function signedPoints(x: number): string {
  const pts = (x * 100).toFixed(1);
  return `${x > 0 ? "+" : ""}${pts} pts`;
}

export function checkMarkdown(s: Scenario, c: CheckResult, lang: Lang = "zh"): string {
  const u = s.unit;
  const f = (x: number | null) => formatValue(x, u);
  const iv = (i: Interval) => (i.low === i.high ? f(i.low) : `${f(i.low)}–${f(i.high)}`);
  const out: string[] = [`# ${s.title}`, "", `Scenario \`${s.id}\`, values in ${u.symbol}.`, ""];
  if (c.verdicts.length) {
    out.push("## Do the goals add up?", "");
    out.push(
      "| parent | year | headline | children's sum | overlap stated | net | verdict | min overlap needed |",
    );
    out.push("|---|---:|---:|---:|---:|---:|---|---:|");
    for (const v of c.verdicts) {
      out.push(
        `| ${name(s, v.parent, lang)} | ${v.year} | ${COMPARATOR_SIGN[v.comparator]} ${f(v.headline)} | ${f(v.childrenSum)} | ${iv(v.overlap)} | ${iv(v.net)} | **${v.verdict}** | ${v.maxOverlapAllowed !== null ? `≤ ${f(v.maxOverlapAllowed)} allowed` : `${f(v.minOverlapNeeded)} (${formatPercent(v.minOverlapShare)})`} |`,
      );
    }
    out.push("", ...c.verdicts.map((v) => `- ${verdictSentence(s, v, lang)}`), "");
  }
  if (c.impliedBaselines.length) {
    out.push("## Goal pairs", "");
    for (const b of c.impliedBaselines)
      out.push(`- ${name(s, b.sector, lang)}: implied ${b.year} baseline ${f(b.value)}.`);
    for (const b of c.binding) {
      out.push(
        `- From the ${b.published.year} ${b.published.kind} ${f(b.published.value)}: level goal needs ${formatPercent(b.levelRequires)}/yr, growth goal ${formatPercent(b.growthRequires)}/yr → ${b.binding === "both" ? "both bind" : `${b.binding} goal binds`}.`,
      );
    }
    out.push("");
  }
  if (c.requiredGrowth.length) {
    out.push("## Required growth", "", "| goal | from | required/yr | assumed/yr |", "|---|---:|---:|---:|");
    for (const g of c.requiredGrowth) {
      out.push(
        `| ${g.target} | ${g.from.year} | ${formatPercent(g.required.central)} | ${g.assumed ? formatPercent(g.assumed.central) : "–"} |`,
      );
    }
    out.push("");
  }
  if (c.tracking.length) {
    out.push("## Tracking", "", "| goal | latest | needs/yr now | status |", "|---|---:|---:|---|");
    for (const t of c.tracking) {
      out.push(
        `| ${t.target} | ${t.latest.year}: ${f(t.latest.value)} | ${formatPercent(t.requiredRemaining)} | ${t.status} |`,
      );
    }
    out.push("");
  }
  out.push(...chainConsistencyMarkdown(s, c.chain, lang));
  return `${out.join("\n")}\n`;
}
