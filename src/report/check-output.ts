/**
 * `chainsim check` output: add-up verdicts, goal pairs, required growth,
 * tracking and regions, as a terminal table, JSON or Markdown — read from
 * Findings (parts `check` and `targets`).
 */
import type { Findings, IntervalFinding, ScenarioFacts, VerdictFinding } from "../model/findings.js";
import { chainConsistencyMarkdown, chainConsistencyTable } from "./chain-output.js";
import { COMPARATOR_SIGN, type Lang, nameOf, quantityUnit, scenarioJson, unitOf } from "./facts.js";
import { formatPercent, formatValue } from "./format.js";
import { goalsJson } from "./run-output.js";
import { renderTable } from "./table.js";
import { trackingTable } from "./tracking-output.js";

/** `check --format json`: Findings' check part with the goals' central results. */
export function checkJson(f: Findings) {
  return {
    scenario: scenarioJson(f.scenario),
    ...f.check!,
    goals: goalsJson(f.scenario, f.targets!),
    manifest: f.manifest,
  };
}

/** Whether a strict check passes: every verdict CONSISTENT and every goal met. */
export function passesStrictFindings(f: Findings): boolean {
  return (
    f.check!.verdicts.every((v) => v.verdict === "CONSISTENT") && f.targets!.every((g) => g.met !== false)
  );
}

const name = (sc: ScenarioFacts, id: string, lang: Lang) => nameOf(sc, id, lang);

/** One sentence explaining a verdict, for tables and Markdown. */
export function verdictSentence(s: ScenarioFacts, v: VerdictFinding, lang: Lang = "zh"): string {
  const u = unitOf(s, s.unit);
  const f = (x: number | null) => formatValue(x, u);
  const parent = name(s, v.parent, lang);
  const net = v.net.low === v.net.high ? f(v.net.low) : `${f(v.net.low)}–${f(v.net.high)}`;
  const head = `${parent} ${v.year}: the children's goals sum to ${f(v.children_sum)} ${u.symbol}, ${net} net of stated overlaps, against a headline of ${COMPARATOR_SIGN[v.comparator]} ${f(v.headline)}`;
  switch (v.verdict) {
    case "OVERSHOOT":
      return `${head}. OVERSHOOT: double counting of at least ${f(v.min_overlap_needed)} (${formatPercent(v.min_overlap_share)} of the children's sum) would be needed${v.overlaps.length ? `; the stated overlaps explain at most ${f(v.overlap.high)}` : "; no overlaps are stated"}. With no overlap the headline would have to be ${f(v.headline_without_overlap)}.`;
    case "GAP":
      return `${head}. GAP: the children fall short by ${f(v.residual.low)}${v.residual.low !== v.residual.high ? `–${f(v.residual.high)}` : ""}${v.residual_cagr !== null ? `, which needs ${formatPercent(v.residual_cagr)} a year from the base year` : ""}.`;
    case "INDETERMINATE":
      return `${head}. INDETERMINATE: consistent only for part of the stated overlap range (it needs at least ${f(v.min_overlap_needed)} of overlap; stated ${f(v.overlap.low)}–${f(v.overlap.high)}).`;
    case "CONSISTENT":
      return v.max_overlap_allowed !== null
        ? `${head}. CONSISTENT while total overlap stays below ${f(v.max_overlap_allowed)}.`
        : `${head}. CONSISTENT, leaving ${f(v.residual.low)}${v.residual.low !== v.residual.high ? `–${f(v.residual.high)}` : ""} for activity outside the listed children.`;
  }
}

export function checkTable(fd: Findings, lang: Lang = "zh"): string {
  const s = fd.scenario;
  const c = fd.check!;
  const u = unitOf(s, s.unit);
  const f = (x: number | null) => formatValue(x, u);
  const iv = (i: IntervalFinding) => (i.low === i.high ? f(i.low) : `${f(i.low)}–${f(i.high)}`);
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
          f(v.children_sum),
          iv(v.overlap),
          iv(v.net),
          v.verdict,
          v.max_overlap_allowed !== null
            ? `≤ ${f(v.max_overlap_allowed)} allowed`
            : `${f(v.min_overlap_needed)} (${formatPercent(v.min_overlap_share)})`,
        ]),
      ),
      ...c.verdicts.map((v) => {
        const unknown = v.unknown_overlaps.length
          ? `\n  ${v.unknown_overlaps.length} pairs of children have no stated overlap.`
          : "";
        const without = v.children_without_goals.length
          ? `\n  Children without a goal in ${v.year}: ${v.children_without_goals.join(", ")}.`
          : "";
        return `  ${verdictSentence(s, v, lang)}${unknown}${without}`;
      }),
    );
  }
  if (c.implied_baselines.length || c.binding.length) {
    const lines = ["Goal pairs (a level goal and a growth goal on one sector)"];
    for (const b of c.implied_baselines) {
      lines.push(
        `  ${name(s, b.sector, lang)}: ${b.level_target} and ${b.growth_target} together imply a ${b.year} baseline of ${f(b.value)}${b.low !== b.high ? ` (${f(b.low)}–${f(b.high)})` : ""}; below it the level goal binds, above it the growth goal.`,
      );
    }
    for (const b of c.binding) {
      const q = b.published.qualifier ? ` (${b.published.qualifier.replace("_", " ")})` : "";
      lines.push(
        `  From the ${b.published.year} ${b.published.kind} ${f(b.published.value)}${q}: the level goal needs ${formatPercent(b.level_requires)} a year, the growth goal ${formatPercent(b.growth_requires)} (reaching ${f(b.growth_goal_reaches)}) → ${b.binding === "both" ? "both bind equally" : `the ${b.binding} goal binds by ${((b.margin ?? Number.NaN) * 100).toFixed(1)} points a year`}.`,
      );
    }
    parts.push(lines.join("\n"));
  }
  if (c.required_growth.length) {
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
        c.required_growth.map((g) => {
          const qu = quantityUnit(s, g.subject);
          const from =
            g.from.low === g.from.high
              ? formatValue(g.from.central, qu)
              : `${formatValue(g.from.low, qu)}–${formatValue(g.from.high, qu)}`;
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
          const qu = quantityUnit(s, t.subject);
          return [
            t.target,
            `${t.latest.year} ${formatValue(t.latest.value, qu)}`,
            formatValue(t.goal, qu),
            formatPercent(t.required_remaining),
            formatValue(t.projected, qu),
            t.status,
          ];
        }),
      ),
    );
  }
  const ro = c.regions;
  if (ro.shares.length || ro.ratios.length) {
    const lines = ["Regions and ratios"];
    for (const x of ro.shares) {
      lines.push(
        `  ${x.region}.${x.theirs} ${x.year}: ${f(x.region_goal)} is ${formatPercent(x.share, 2)} of ${x.ours}'s goal ${f(x.goal)}.`,
      );
    }
    for (const x of ro.sums) {
      lines.push(
        `  Regions' goals for ${x.ours} ${x.year} sum to ${f(x.regions_sum)} against ${f(x.goal)}: ${x.verdict}.`,
      );
    }
    for (const x of ro.ratios) {
      lines.push(
        `  ${x.region} ${x.year}: ${formatValue(x.amount.goal, u)} ${x.amount.unit} (${x.amount.id}) over ${x.count.goal} ${x.count.unit} (${x.count.id}) is ${(x.per_unit ?? Number.NaN).toFixed(2)} ${x.amount.unit} per ${x.count.unit}.`,
      );
    }
    parts.push(lines.join("\n"));
  }
  const evaluation = trackingTable(fd, lang);
  if (evaluation) parts.push(evaluation);
  const chain = chainConsistencyTable(s, c.chain, lang, "notable");
  if (chain) parts.push(chain);
  const met = fd.targets!.filter((g) => g.met).length;
  parts.push(`${met} of ${fd.targets!.length} goals met on central assumptions (chainsim run shows each).`);
  return `${parts.join("\n\n")}\n`;
}

function signedPoints(x: number): string {
  const pts = (x * 100).toFixed(1);
  return `${x > 0 ? "+" : ""}${pts} pts`;
}

export function checkMarkdown(fd: Findings, lang: Lang = "zh"): string {
  const s = fd.scenario;
  const c = fd.check!;
  const u = unitOf(s, s.unit);
  const f = (x: number | null) => formatValue(x, u);
  const iv = (i: IntervalFinding) => (i.low === i.high ? f(i.low) : `${f(i.low)}–${f(i.high)}`);
  const out: string[] = [`# ${s.title}`, "", `Scenario \`${s.id}\`, values in ${u.symbol}.`, ""];
  if (c.verdicts.length) {
    out.push("## Do the goals add up?", "");
    out.push(
      "| parent | year | headline | children's sum | overlap stated | net | verdict | min overlap needed |",
    );
    out.push("|---|---:|---:|---:|---:|---:|---|---:|");
    for (const v of c.verdicts) {
      out.push(
        `| ${name(s, v.parent, lang)} | ${v.year} | ${COMPARATOR_SIGN[v.comparator]} ${f(v.headline)} | ${f(v.children_sum)} | ${iv(v.overlap)} | ${iv(v.net)} | **${v.verdict}** | ${v.max_overlap_allowed !== null ? `≤ ${f(v.max_overlap_allowed)} allowed` : `${f(v.min_overlap_needed)} (${formatPercent(v.min_overlap_share)})`} |`,
      );
    }
    out.push("", ...c.verdicts.map((v) => `- ${verdictSentence(s, v, lang)}`), "");
  }
  if (c.implied_baselines.length) {
    out.push("## Goal pairs", "");
    for (const b of c.implied_baselines)
      out.push(`- ${name(s, b.sector, lang)}: implied ${b.year} baseline ${f(b.value)}.`);
    for (const b of c.binding) {
      out.push(
        `- From the ${b.published.year} ${b.published.kind} ${f(b.published.value)}: level goal needs ${formatPercent(b.level_requires)}/yr, growth goal ${formatPercent(b.growth_requires)}/yr → ${b.binding === "both" ? "both bind" : `${b.binding} goal binds`}.`,
      );
    }
    out.push("");
  }
  if (c.required_growth.length) {
    out.push("## Required growth", "", "| goal | from | required/yr | assumed/yr |", "|---|---:|---:|---:|");
    for (const g of c.required_growth) {
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
        `| ${t.target} | ${t.latest.year}: ${f(t.latest.value)} | ${formatPercent(t.required_remaining)} | ${t.status} |`,
      );
    }
    out.push("");
  }
  out.push(...chainConsistencyMarkdown(s, c.chain, lang));
  return `${out.join("\n")}\n`;
}
