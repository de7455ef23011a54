/**
 * `chainsim check` output: add-up verdicts, goal pairs, required growth,
 * tracking and regions, as a terminal table, JSON or Markdown — read from
 * Findings (parts `check` and `targets`).
 */

import { type Lang, pick } from "../i18n/lang.js";
import { ADDUP_VERDICT, COMMON, codeText, inLang, TRACKING_STATUS } from "../i18n/text/tables.js";
import { CHECK } from "../i18n/text/tables-check.js";
import type {
  Findings,
  IntervalFinding,
  OutOfScopeFinding,
  ScenarioFacts,
  VerdictFinding,
} from "../model/findings.js";
import { chainConsistencyMarkdown, chainConsistencyTable } from "./chain-output.js";
import { COMPARATOR_SIGN, nameOf, quantityUnit, scenarioJson, unitOf } from "./facts.js";
import { formatPercent, formatPointDiff, formatValue } from "./format.js";
import { formatAmountZh, formatPointsZh } from "./format-zh.js";
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

/** A number of the scenario's unit in a sentence: zh with 亿元/万亿元 by size, en as in the tables. */
function amountIn(s: ScenarioFacts, lang: Lang): (x: number | null) => string {
  const u = unitOf(s, s.unit);
  return lang === "zh" ? (x) => formatAmountZh(x, u) : (x) => formatValue(x, u);
}

/** "a" or "a–b" */
const span = (f: (x: number | null) => string, low: number | null, high: number | null) =>
  low === high ? f(low) : `${f(low)}–${f(high)}`;

/** One sentence explaining a verdict, for tables and Markdown. */
export function verdictSentence(s: ScenarioFacts, v: VerdictFinding, lang: Lang = "zh"): string {
  const u = unitOf(s, s.unit);
  const f = amountIn(s, lang);
  const t = inLang(CHECK, lang);
  const head = t.verdictHead({
    parent: name(s, v.parent, lang),
    year: v.year,
    childrenSum: lang === "zh" ? f(v.children_sum) : `${f(v.children_sum)} ${u.symbol}`,
    net: span(f, v.net.low, v.net.high),
    sign: COMPARATOR_SIGN[v.comparator],
    headline: f(v.headline),
  });
  switch (v.verdict) {
    case "OVERSHOOT":
      return `${head}${t.overshoot(
        f(v.min_overlap_needed),
        formatPercent(v.min_overlap_share),
        v.overlaps.length ? f(v.overlap.high) : null,
        f(v.headline_without_overlap),
      )}`;
    case "GAP":
      return `${head}${t.gap(
        span(f, v.residual.low, v.residual.high),
        v.residual_cagr !== null ? formatPercent(v.residual_cagr) : null,
      )}`;
    case "INDETERMINATE":
      return `${head}${t.indeterminate(f(v.min_overlap_needed), `${f(v.overlap.low)}–${f(v.overlap.high)}`)}`;
    case "CONSISTENT":
      return v.max_overlap_allowed !== null
        ? `${head}${t.consistentBelow(f(v.max_overlap_allowed))}`
        : `${head}${t.consistentLeaving(span(f, v.residual.low, v.residual.high))}`;
  }
}

/** The add-up table and a sentence under it for each verdict. */
function addUpSection(fd: Findings, lang: Lang): string[] {
  const s = fd.scenario;
  const c = fd.check!;
  if (!c.verdicts.length) return [];
  const u = unitOf(s, s.unit);
  const f = (x: number | null) => formatValue(x, u);
  const iv = (i: IntervalFinding) => span(f, i.low, i.high);
  const t = inLang(CHECK, lang);
  return [
    t.addUpTitle,
    renderTable(
      [
        { header: t.parent },
        { header: inLang(COMMON, lang).year, align: "right" },
        { header: t.headline, align: "right" },
        { header: t.children, align: "right" },
        { header: t.overlapStated, align: "right" },
        { header: t.net, align: "right" },
        { header: t.verdict },
        { header: t.minOverlapNeeded, align: "right" },
      ],
      c.verdicts.map((v) => [
        `${name(s, v.parent, lang)} ${v.parent}`,
        String(v.year),
        `${COMPARATOR_SIGN[v.comparator]} ${f(v.headline)}`,
        f(v.children_sum),
        iv(v.overlap),
        iv(v.net),
        codeText(ADDUP_VERDICT, v.verdict, lang),
        minOverlapCell(v, f, lang),
      ]),
    ),
    ...c.verdicts.map((v) => {
      const unknown = v.unknown_overlaps.length ? `\n  ${t.unknownOverlaps(v.unknown_overlaps.length)}` : "";
      const without = v.children_without_goals.length
        ? `\n  ${t.childrenWithoutGoals(v.year, v.children_without_goals.join(inLang(COMMON, lang).listSep))}`
        : "";
      return `  ${verdictSentence(s, v, lang)}${unknown}${without}`;
    }),
  ];
}

function minOverlapCell(v: VerdictFinding, f: (x: number | null) => string, lang: Lang): string {
  return v.max_overlap_allowed !== null
    ? inLang(CHECK, lang).allowed(f(v.max_overlap_allowed))
    : `${f(v.min_overlap_needed)} (${formatPercent(v.min_overlap_share)})`;
}

/** Points a year by which one goal of a pair binds: "1.2 points" / "1.2个百分点". */
function bindMargin(margin: number | null, lang: Lang): string {
  const m = margin ?? Number.NaN;
  return lang === "zh" ? formatPointsZh(m).replace(/^\+/, "") : `${(m * 100).toFixed(1)} points`;
}

/** Goal pairs: implied baselines and which goal binds. */
function pairsSection(fd: Findings, lang: Lang): string[] {
  const s = fd.scenario;
  const c = fd.check!;
  if (!c.implied_baselines.length && !c.binding.length) return [];
  const f = amountIn(s, lang);
  const t = inLang(CHECK, lang);
  const lines = [t.pairsTitle];
  for (const b of c.implied_baselines) {
    lines.push(
      `  ${t.impliedBaseline(name(s, b.sector, lang), b.level_target, b.growth_target, b.year, f(b.value), b.low !== b.high ? `${f(b.low)}–${f(b.high)}` : null)}`,
    );
  }
  for (const b of c.binding) {
    lines.push(
      `  ${t.binding(
        b.published.year,
        t.publishedKind(b.published.kind),
        f(b.published.value),
        b.published.qualifier ? t.qualifier(b.published.qualifier) : null,
        formatPercent(b.level_requires),
        formatPercent(b.growth_requires),
        f(b.growth_goal_reaches),
        b.binding === "both" ? t.bothBind : t.binds(b.binding, bindMargin(b.margin, lang)),
      )}`,
    );
  }
  return [lines.join("\n")];
}

/** "8.0%" or "8.0% (7.0%–9.0%)" */
const rateSpan = (x: { low: number | null; central: number | null; high: number | null }) =>
  x.low === x.high
    ? formatPercent(x.central)
    : `${formatPercent(x.central)} (${formatPercent(x.low)}–${formatPercent(x.high)})`;

function requiredSection(fd: Findings, lang: Lang): string[] {
  const s = fd.scenario;
  const c = fd.check!;
  if (!c.required_growth.length) return [];
  const t = inLang(CHECK, lang);
  return [
    t.requiredTitle,
    renderTable(
      [
        { header: inLang(COMMON, lang).goal },
        { header: t.from, align: "right" },
        { header: t.requiredPerYear, align: "right" },
        { header: t.assumedPerYear, align: "right" },
        { header: t.shortfall, align: "right" },
      ],
      c.required_growth.map((g) => {
        const qu = quantityUnit(s, g.subject);
        const from =
          g.from.low === g.from.high
            ? formatValue(g.from.central, qu)
            : `${formatValue(g.from.low, qu)}–${formatValue(g.from.high, qu)}`;
        return [
          g.target,
          `${g.from.year} ${from}`,
          rateSpan(g.required),
          g.assumed ? rateSpan(g.assumed) : "–",
          g.shortfall === null ? "–" : formatPointDiff(g.shortfall, lang),
        ];
      }),
    ),
  ];
}

function trackingSection(fd: Findings, lang: Lang): string[] {
  const s = fd.scenario;
  const c = fd.check!;
  if (!c.tracking.length) return [];
  const t = inLang(CHECK, lang);
  const w = inLang(COMMON, lang);
  return [
    t.trackingTitle,
    renderTable(
      [
        { header: w.goal },
        { header: t.latestActual, align: "right" },
        { header: w.goalValue, align: "right" },
        { header: t.needsNow, align: "right" },
        { header: t.reForecast, align: "right" },
        { header: w.status },
      ],
      c.tracking.map((x) => {
        const qu = quantityUnit(s, x.subject);
        return [
          x.target,
          `${x.latest.year} ${formatValue(x.latest.value, qu)}`,
          formatValue(x.goal, qu),
          formatPercent(x.required_remaining),
          formatValue(x.projected, qu),
          codeText(TRACKING_STATUS, x.status, lang),
        ];
      }),
    ),
  ];
}

function regionsSection(fd: Findings, lang: Lang): string[] {
  const s = fd.scenario;
  const ro = fd.check!.regions;
  if (!ro.shares.length && !ro.ratios.length) return [];
  const u = unitOf(s, s.unit);
  const f = amountIn(s, lang);
  const t = inLang(CHECK, lang);
  const lines = [t.regionsTitle];
  for (const x of ro.shares) {
    lines.push(
      `  ${t.regionShare(`${x.region}.${x.theirs}`, x.year, f(x.region_goal), formatPercent(x.share, 2), x.ours, f(x.goal))}`,
    );
  }
  for (const x of ro.sums) {
    lines.push(
      `  ${t.regionSum(x.ours, x.year, f(x.regions_sum), f(x.goal), codeText(ADDUP_VERDICT, x.verdict, lang))}`,
    );
  }
  for (const x of ro.ratios) {
    lines.push(
      `  ${t.regionRatio(
        x.region,
        x.year,
        `${formatValue(x.amount.goal, u)} ${x.amount.unit}`,
        x.amount.id,
        `${x.count.goal} ${x.count.unit}`,
        x.count.id,
        `${(x.per_unit ?? Number.NaN).toFixed(2)} ${x.amount.unit}`,
        x.count.unit,
      )}`,
    );
  }
  return [lines.join("\n")];
}

/** A left-out goal's reason in `lang` (a single text is the same in both). */
export function reasonIn(o: OutOfScopeFinding, lang: Lang): string {
  return typeof o.reason === "string" ? o.reason : pick(o.reason, lang);
}

/** Where a left-out goal is printed: "sd-it 三(六)1 100亿元" (the 文号 when the scenario gives it). */
export function outOfScopeWhere(o: OutOfScopeFinding): string {
  const src = o.source;
  return src ? [src.number ?? src.document, src.clause, src.figure].filter(Boolean).join(" ") : "";
}

/** The goals the scenario deliberately leaves out, each with the reason. */
function outOfScopeSection(fd: Findings, lang: Lang): string[] {
  const left = fd.check!.out_of_scope ?? [];
  if (!left.length) return [];
  const t = inLang(CHECK, lang);
  return [
    [
      t.outOfScopeTitle,
      ...left.map((o) => `  ${t.outOfScopeLine(o.goal, outOfScopeWhere(o), reasonIn(o, lang))}`),
    ].join("\n"),
  ];
}

export function checkTable(fd: Findings, lang: Lang = "zh"): string {
  const s = fd.scenario;
  const c = fd.check!;
  const u = unitOf(s, s.unit);
  const parts: string[] = [inLang(COMMON, lang).headLine(s.title, s.id, u.symbol, undefined)];
  parts.push(
    ...addUpSection(fd, lang),
    ...pairsSection(fd, lang),
    ...requiredSection(fd, lang),
    ...trackingSection(fd, lang),
    ...regionsSection(fd, lang),
  );
  const evaluation = trackingTable(fd, lang);
  if (evaluation) parts.push(evaluation);
  const chain = chainConsistencyTable(s, c.chain, lang, "notable");
  if (chain) parts.push(chain);
  parts.push(...outOfScopeSection(fd, lang));
  const met = fd.targets!.filter((g) => g.met).length;
  parts.push(inLang(CHECK, lang).goalsMetFooter(met, fd.targets!.length));
  return `${parts.join("\n\n")}\n`;
}

/** A Markdown table row. */
const mdRow = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;

function addUpMarkdown(fd: Findings, lang: Lang): string[] {
  const s = fd.scenario;
  const c = fd.check!;
  if (!c.verdicts.length) return [];
  const u = unitOf(s, s.unit);
  const f = (x: number | null) => formatValue(x, u);
  const iv = (i: IntervalFinding) => span(f, i.low, i.high);
  const t = inLang(CHECK, lang);
  const w = inLang(COMMON, lang);
  return [
    `## ${t.addUpTitle}`,
    "",
    mdRow([
      t.parent,
      w.year,
      t.headline,
      t.childrenSum,
      t.overlapStated,
      t.net,
      t.verdict,
      t.minOverlapNeeded,
    ]),
    "|---|---:|---:|---:|---:|---:|---|---:|",
    ...c.verdicts.map((v) =>
      mdRow([
        name(s, v.parent, lang),
        String(v.year),
        `${COMPARATOR_SIGN[v.comparator]} ${f(v.headline)}`,
        f(v.children_sum),
        iv(v.overlap),
        iv(v.net),
        `**${codeText(ADDUP_VERDICT, v.verdict, lang)}**`,
        minOverlapCell(v, f, lang),
      ]),
    ),
    "",
    ...c.verdicts.map((v) => `- ${verdictSentence(s, v, lang)}`),
    "",
  ];
}

function pairsMarkdown(fd: Findings, lang: Lang): string[] {
  const s = fd.scenario;
  const c = fd.check!;
  if (!c.implied_baselines.length) return [];
  const f = amountIn(s, lang);
  const t = inLang(CHECK, lang);
  return [
    `## ${t.pairsTitleShort}`,
    "",
    ...c.implied_baselines.map(
      (b) => `- ${t.impliedBaselineShort(name(s, b.sector, lang), b.year, f(b.value))}`,
    ),
    ...c.binding.map(
      (b) =>
        `- ${t.bindingShort(
          b.published.year,
          t.publishedKind(b.published.kind),
          f(b.published.value),
          formatPercent(b.level_requires),
          formatPercent(b.growth_requires),
          b.binding === "both" ? t.bothBindShort : t.bindsShort(b.binding),
        )}`,
    ),
    "",
  ];
}

export function checkMarkdown(fd: Findings, lang: Lang = "zh"): string {
  const s = fd.scenario;
  const c = fd.check!;
  const u = unitOf(s, s.unit);
  const f = (x: number | null) => formatValue(x, u);
  const t = inLang(CHECK, lang);
  const w = inLang(COMMON, lang);
  const out: string[] = [`# ${s.title}`, "", t.markdownIntro(s.id, u.symbol), ""];
  out.push(...addUpMarkdown(fd, lang), ...pairsMarkdown(fd, lang));
  if (c.required_growth.length) {
    out.push(
      `## ${t.requiredTitleShort}`,
      "",
      mdRow([w.goal, t.from, t.requiredPerYear, t.assumedPerYear]),
      "|---|---:|---:|---:|",
    );
    for (const g of c.required_growth) {
      out.push(
        mdRow([
          g.target,
          String(g.from.year),
          formatPercent(g.required.central),
          g.assumed ? formatPercent(g.assumed.central) : "–",
        ]),
      );
    }
    out.push("");
  }
  if (c.tracking.length) {
    out.push(
      `## ${t.trackingTitleShort}`,
      "",
      mdRow([w.goal, t.latest, t.needsNow, w.status]),
      "|---|---:|---:|---|",
    );
    for (const x of c.tracking) {
      out.push(
        mdRow([
          x.target,
          `${x.latest.year}: ${f(x.latest.value)}`,
          formatPercent(x.required_remaining),
          codeText(TRACKING_STATUS, x.status, lang),
        ]),
      );
    }
    out.push("");
  }
  out.push(...chainConsistencyMarkdown(s, c.chain, lang));
  const left = c.out_of_scope ?? [];
  if (left.length) {
    out.push(
      `## ${t.outOfScopeTitle}`,
      "",
      ...left.map((o) => `- ${t.outOfScopeLine(`\`${o.goal}\``, outOfScopeWhere(o), reasonIn(o, lang))}`),
      "",
    );
  }
  return `${out.join("\n")}\n`;
}
