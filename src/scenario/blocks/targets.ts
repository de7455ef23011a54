/**
 * `targets:` — the goals taken from documents: a sector or indicator, a kind
 * (a level in a year, average growth over a period, a share of another
 * quantity, a flow per year, a cumulative total) and one comparator with
 * its value, and the clause it comes from.
 *
 * ```yaml
 * targets:
 *   - { sector: software, year: 2025, at_least: 1.4万亿, source: { doc: plan, clause: 二 } }
 *   - { sector: software, growth: { from: 2022, to: 2025, at_least: 12% } }
 *   - { indicator: firms, share: { of: all_firms, year: 2025, at_least: 30% } }
 * ```
 */
import { diagnostic } from "../../diagnostics.js";
import { INVALID } from "../../i18n/text/loader.js";
import { suggest } from "../../messages.js";
import { COMPARATORS, type Comparator } from "../../model/comparator.js";
import type { Quantity } from "../../model/quantity.js";
import type { Target, TargetKind } from "../../model/target.js";
import { convert, describeDimension } from "../../model/units.js";
import { type MagnitudeContext, parseMagnitude } from "../magnitude.js";
import type { Path } from "../parse.js";
import type { ScenarioFile, TargetFile } from "../schema.js";
import { targetId } from "../target-id.js";
import type { ReadContext } from "./context.js";
import { amountContext, type QuantityTable } from "./quantities.js";
import { checkRatioRange } from "./ratio-range.js";
import { checkYear } from "./settings.js";

/** Relative tolerance of an `about` goal when the file states none. */
const DEFAULT_TOLERANCE = 0.05;

/**
 * Read every goal; a goal without a source gets W_NO_SOURCE, a repeated id E_DUPLICATE_TARGET.
 *
 * @example
 * readTargets(ctx, table, { ...file, targets: [{ sector: "software", year: 2025, at_least: "1.4万亿" }] })
 * // [{ id: "software-2025", subject: "software", kind: "level", comparator: "at_least", value: 14000, … }]
 */
export function readTargets(ctx: ReadContext, table: QuantityTable, file: ScenarioFile): Target[] {
  const targets: Target[] = [];
  const targetLines = new Map<string, number>();
  (file.targets ?? []).forEach((t, i) => {
    const path: Path = ["targets", i];
    const target = readTarget(ctx, table, file, t, path);
    if (!target) return;
    const first = targetLines.get(target.id);
    if (first !== undefined) {
      ctx.report("E_DUPLICATE_TARGET", { id: target.id, first }, path);
      return;
    }
    targetLines.set(target.id, target.line);
    if (!target.source)
      ctx.bag.add(ctx.parsed.at(diagnostic("W_NO_SOURCE", { id: target.id }, undefined, "warning"), path));
    targets.push(target);
  });
  return targets;
}

/** One goal's kind, the mapping that holds its comparator, and the comparator. */
interface GoalShape {
  kind: TargetKind;
  block: Record<string, unknown>;
  blockPath: Path;
  comparator: Comparator;
}

function readTarget(
  ctx: ReadContext,
  table: QuantityTable,
  file: ScenarioFile,
  t: TargetFile,
  path: Path,
): Target | undefined {
  if ((t.sector === undefined) === (t.indicator === undefined)) {
    ctx.report("E_TARGET_SUBJECT", {}, path);
    return undefined;
  }
  const subjectKey = t.sector !== undefined ? "sector" : "indicator";
  const subject = (t.sector ?? t.indicator)!;
  const q = ctx.quantities.get(subject);
  if (!q || q.kind !== subjectKey) {
    const pool = table.ids.filter((x) => ctx.quantities.get(x)!.kind === subjectKey);
    ctx.report(
      "E_UNKNOWN_REFERENCE",
      { kind: subjectKey, name: subject, suggestion: suggest(subject, pool) },
      [...path, subjectKey],
    );
    return undefined;
  }
  const shape = goalShape(ctx, t, path);
  if (!shape) return undefined;
  const value = goalValue(ctx, table, q, shape);
  if (!value) return undefined;
  const period = goalPeriod(ctx, table, file, t, q, shape, path);
  if (!period) return undefined;
  const { kind, block, comparator } = shape;
  const target: Target = {
    id: targetId(t),
    subject,
    kind,
    comparator,
    value: value.value,
    tolerance: value.tolerance,
    year: period.year,
    text: String(block[comparator]),
    line: ctx.lineOf(path),
  };
  if (period.from !== undefined) target.from = period.from;
  if (period.of !== undefined) target.of = period.of;
  if (t.group !== undefined) target.group = t.group;
  const src = ctx.sourceOf(t.source);
  if (src) target.source = src;
  return target;
}

/** The goal's kind (one of level, growth, share, per_year, cumulative) and its one comparator. */
function goalShape(ctx: ReadContext, t: TargetFile, path: Path): GoalShape | undefined {
  const kinds = (["growth", "share", "per_year", "cumulative"] as const).filter((k) => t[k] !== undefined);
  const topComparators = COMPARATORS.filter((c) => t[c] !== undefined);
  if (kinds.length > 1 || (kinds.length === 1 && (t.year !== undefined || topComparators.length > 0))) {
    ctx.report("E_TARGET_KIND", { found: [...kinds, ...(t.year !== undefined ? ["year"] : [])] }, path);
    return undefined;
  }
  if (kinds.length === 0 && t.year === undefined) {
    ctx.report("E_TARGET_KIND", { found: [] }, path);
    return undefined;
  }
  const block: Record<string, unknown> = kinds.length ? (t[kinds[0]!] as Record<string, unknown>) : t;
  const blockPath: Path = kinds.length ? [...path, kinds[0]!] : path;
  const comps = COMPARATORS.filter((c) => block[c] !== undefined);
  if (comps.length !== 1) {
    ctx.report("E_COMPARATOR", { found: comps }, blockPath);
    return undefined;
  }
  const kind: TargetKind =
    kinds[0] === undefined
      ? "level"
      : kinds[0] === "per_year"
        ? "flow"
        : (kinds[0] as "growth" | "share" | "cumulative");
  return { kind, block, blockPath, comparator: comps[0]! };
}

/** The goal's value (in the subject's unit, or a fraction for growth and share) and tolerance. */
function goalValue(
  ctx: ReadContext,
  table: QuantityTable,
  q: Quantity,
  { kind, block, blockPath, comparator }: GoalShape,
): { value: number; tolerance: number } | undefined {
  const vp: Path = [...blockPath, comparator];
  const mctx: MagnitudeContext =
    kind === "growth" ? { kind: "rate" } : kind === "share" ? { kind: "share" } : amountContext(table, q);
  const m = ctx.attempt(vp, () => parseMagnitude(block[comparator], mctx));
  if (!m) return undefined;
  if (m.low !== m.high) {
    ctx.report("E_INVALID_VALUE", { detail: INVALID.oneNumber(INVALID.goal) }, vp);
    return undefined;
  }
  let tolerance = DEFAULT_TOLERANCE;
  if (block.tolerance !== undefined) {
    const tm = ctx.attempt([...blockPath, "tolerance"], () =>
      parseMagnitude(block.tolerance, { kind: "share" }),
    );
    if (tm) tolerance = tm.low;
  }
  const value = mctx.kind === "amount" ? convert(m.low, mctx.unit!, q.unit) : m.low;
  if (kind === "level" && !checkRatioRange(ctx, q, value, String(block[comparator]), vp)) return undefined;
  return { value, tolerance };
}

/** The goal's year (the end of its period), the period's start, and a share's denominator; checked against the file's years. */
function goalPeriod(
  ctx: ReadContext,
  table: QuantityTable,
  file: ScenarioFile,
  t: TargetFile,
  q: Quantity,
  { kind, block, blockPath }: GoalShape,
  path: Path,
): { year: number; from?: number; of?: string } | undefined {
  let year: number;
  let from: number | undefined;
  let of: string | undefined;
  if (kind === "level") {
    year = t.year!;
  } else if (kind === "share") {
    const s = t.share!;
    year = s.year;
    of = s.of;
    if (!shareOfOk(ctx, table, q, of, [...path, "share", "of"])) return undefined;
  } else {
    const p = block as { from: number; to: number };
    year = p.to;
    from = p.from;
    if (!(p.to > p.from) && !(kind !== "growth" && p.to === p.from)) {
      ctx.report("E_PERIOD_ORDER", { from: p.from, to: p.to }, blockPath);
      return undefined;
    }
    if (!checkYear(ctx, p.from, [...blockPath, "from"])) return undefined;
  }
  const yp: Path =
    kind === "level"
      ? [...path, "year"]
      : kind === "share"
        ? [...path, "share", "year"]
        : [...blockPath, "to"];
  if (!checkYear(ctx, year, yp)) return undefined;
  const checkFrom = kind === "growth" ? undefined : from;
  if (year < file.base_year || (checkFrom !== undefined && checkFrom < file.base_year && kind !== "growth")) {
    ctx.report("E_TARGET_BEFORE_BASE", { year: checkFrom ?? year, base: file.base_year }, yp);
    return undefined;
  }
  if (year > file.horizon) {
    ctx.report("E_YEAR_RANGE", { year, min: file.base_year, max: file.horizon }, yp);
    return undefined;
  }
  const out: { year: number; from?: number; of?: string } = { year };
  if (from !== undefined) out.from = from;
  if (of !== undefined) out.of = of;
  return out;
}

/** A share's denominator exists and has the subject's dimension. */
function shareOfOk(ctx: ReadContext, table: QuantityTable, q: Quantity, of: string, path: Path): boolean {
  const oq = ctx.quantities.get(of);
  if (!oq) {
    ctx.report("E_UNKNOWN_REFERENCE", { kind: "sector", name: of, suggestion: suggest(of, table.ids) }, path);
    return false;
  }
  if (oq.unit.dimension !== q.unit.dimension) {
    ctx.report(
      "E_UNIT_MISMATCH",
      {
        text: `${q.id} / ${of}`,
        found: describeDimension(q.unit.dimension),
        expected: describeDimension(oq.unit.dimension),
      },
      path,
    );
    return false;
  }
  return true;
}
