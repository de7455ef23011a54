/**
 * From a structurally valid file to a `Scenario`: read every magnitude in its
 * unit, resolve references, compile formulas, order them, back-calculate
 * implied baselines. Every problem is collected with its position.
 */
import { ChainsimError, DiagnosticBag, diagnostic } from "../diagnostics.js";
import { RESERVED_IDS } from "../formula/allow.js";
import type { MessageCode, MessageParams } from "../messages.js";
import { suggest } from "../messages.js";
import { point, scaleUncertain, type UncertainValue } from "../model/distribution.js";
import type {
  Actual,
  Baseline,
  FormulaSpec,
  GrowthSpec,
  Names,
  Quantity,
  SourceRef,
} from "../model/quantity.js";
import type { Provenance, Scenario } from "../model/scenario.js";
import type { Target, TargetKind } from "../model/target.js";
import { readCorrelations } from "./correlations.js";
import { readFirms } from "./firms.js";
import { readInstruments } from "./instruments.js";
import { readLinks } from "./links.js";
import { type MagnitudeContext, parseMagnitude } from "./magnitude.js";
import { readOverlaps } from "./overlaps.js";
import type { ParsedFile, Path } from "./parse.js";
import { formulaSite } from "./parse.js";
import {
  COMPARATORS,
  type Comparator,
  type GrowthFile,
  ID_PATTERN,
  type IndicatorFile,
  type ScenarioFile,
  type SectorFile,
  type TargetFile,
} from "./schema.js";
import { targetId } from "./target-id.js";
import { readUncertain } from "./uncertain.js";
import { convert, describeDimension, parseUnit, type Unit } from "./units.js";

/** Compiles a formula against the known names (injected so mathjs loads only when needed). */
export type FormulaCompiler = (
  text: string,
  known: ReadonlySet<string>,
) => { refs: string[]; evaluate: (scope: Record<string, number>) => number };

export const YEAR_RANGE = { min: 1949, max: 2100 } as const;

/** What the parts of normalisation share: reporting with positions, and the quantities read so far. */
export interface NormaliseContext {
  parsed: ParsedFile;
  quantities: Map<string, Quantity>;
  report: <C extends MessageCode>(code: C, params: MessageParams<C>, path: Path, key?: boolean) => void;
  attempt: <T>(path: Path, fn: () => T) => T | undefined;
  lineOf: (path: Path) => number;
  sourceOf: (
    s: { doc: string; clause?: string | number; figure?: string | number; note?: string } | undefined,
  ) => SourceRef | undefined;
}

const DEFAULT_TOLERANCE = 0.05;

export function normalise(
  parsed: ParsedFile,
  file: ScenarioFile,
  provenance: Provenance,
  compile: FormulaCompiler | undefined,
): Scenario {
  const bag = new DiagnosticBag();
  for (const w of parsed.warnings) bag.add(w);
  /** Quantities with an error reported under them, so follow-on errors are not piled on. */
  const failed = new Set<string>();
  const noteFailure = (path: Path) => {
    if ((path[0] === "sectors" || path[0] === "indicators") && path.length > 1) failed.add(String(path[1]));
  };
  const report = <C extends MessageCode>(code: C, params: MessageParams<C>, path: Path, key = false) => {
    noteFailure(path);
    bag.add(parsed.at(diagnostic(code, params), path, { key }));
  };
  const lineOf = (path: Path) => parsed.locate(path).line;
  /** Run a reader; a thrown diagnostic gets the position of `path`. */
  const attempt = <T>(path: Path, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof ChainsimError)) throw e;
      noteFailure(path);
      for (const d of e.diagnostics) bag.add(parsed.at(d, path));
      return undefined;
    }
  };

  // ── scenario-wide settings ─────────────────────────────────────────────
  let unit = parseUnit(file.unit);
  if (!unit) {
    report("E_UNIT_UNKNOWN", { unit: file.unit }, ["unit"]);
  } else if (unit.dimension !== "money") {
    report(
      "E_UNIT_MISMATCH",
      { text: file.unit, found: describeDimension(unit.dimension), expected: "money (元)" },
      ["unit"],
    );
    unit = undefined;
  }
  const money: Unit = unit ?? { symbol: "亿元", dimension: "money", exp: 8 };
  const yearOk = (y: number, path: Path) => {
    if (y < YEAR_RANGE.min || y > YEAR_RANGE.max) {
      report("E_YEAR_RANGE", { year: y, ...YEAR_RANGE }, path);
      return false;
    }
    return true;
  };
  yearOk(file.base_year, ["base_year"]);
  yearOk(file.horizon, ["horizon"]);
  if (file.horizon < file.base_year) {
    report("E_HORIZON_BEFORE_BASE", { base: file.base_year, horizon: file.horizon }, ["horizon"]);
  }
  const documents = file.documents ?? {};
  const sourceOf = (
    s: { doc: string; clause?: string | number; figure?: string | number; note?: string } | undefined,
  ) => {
    if (!s) return undefined;
    const ref: SourceRef = { document: documents[s.doc] ?? s.doc };
    if (s.clause !== undefined) ref.clause = String(s.clause);
    if (s.figure !== undefined) ref.figure = String(s.figure);
    if (s.note !== undefined) ref.note = s.note;
    return ref;
  };

  // ── quantities ─────────────────────────────────────────────────────────
  const quantities = new Map<string, Quantity>();
  const firstLine = new Map<string, number>();
  const raw = new Map<string, { path: Path; def: SectorFile | IndicatorFile }>();
  const addQuantity = (kind: "sector" | "indicator", id: string, def: SectorFile | IndicatorFile) => {
    const table = kind === "sector" ? "sectors" : "indicators";
    const path: Path = [table, id];
    if (!ID_PATTERN.test(id)) {
      report("E_BAD_ID", { id }, path, true);
      return;
    }
    if (RESERVED_IDS.has(id)) {
      report("E_RESERVED_ID", { id }, path, true);
      return;
    }
    if (quantities.has(id)) {
      report("E_DUPLICATE_ID", { kind, id, first: firstLine.get(id) }, path, true);
      return;
    }
    const keyLine = parsed.locate(path, { key: true }).line;
    firstLine.set(id, keyLine);
    let qUnit: Unit = money;
    if (def.unit !== undefined) {
      const u = parseUnit(def.unit);
      if (!u) {
        report("E_UNIT_UNKNOWN", { unit: def.unit }, [...path, "unit"]);
      } else if (kind === "sector" && u.dimension !== "money") {
        report(
          "E_UNIT_MISMATCH",
          {
            text: def.unit,
            found: describeDimension(u.dimension),
            expected: `the scenario's unit ${money.symbol}`,
          },
          [...path, "unit"],
        );
      } else {
        qUnit = kind === "sector" ? money : u;
      }
    } else if (kind === "indicator") {
      report("E_MISSING_FIELD", { field: "unit" }, path, true);
    }
    // Sector values are held in the scenario unit; a sector's own unit only says how its bare numbers read.
    const readUnit = def.unit !== undefined ? (parseUnit(def.unit) ?? qUnit) : qUnit;
    const names: Names = typeof def.name === "string" ? { zh: def.name } : { ...(def.name ?? {}) };
    const q: Quantity = {
      id,
      kind,
      names,
      unit: qUnit,
      actuals: [],
      children: [],
      parents: [],
      exhaustive: false,
      flow: kind === "indicator" && (def as IndicatorFile).flow === true,
      line: keyLine,
    };
    if (def.note !== undefined) q.note = def.note;
    const src = sourceOf(def.source);
    if (src) q.source = src;
    (q as Quantity & { readUnit?: Unit }).readUnit = readUnit;
    quantities.set(id, q);
    raw.set(id, { path, def });
  };
  for (const [id, def] of Object.entries(file.sectors)) addQuantity("sector", id, def);
  for (const [id, def] of Object.entries(file.indicators ?? {})) addQuantity("indicator", id, def);
  const ids = [...quantities.keys()];

  const amountCtx = (q: Quantity): MagnitudeContext => ({
    kind: "amount",
    unit: (q as Quantity & { readUnit?: Unit }).readUnit ?? q.unit,
    // plain numbers (an index, a test function's input) may be negative; amounts of money and counts may not
    allowNegative: q.unit.dimension === "number",
  });
  /** Read an amount in q's reading unit, held in q's unit. */
  const amount = (q: Quantity, v: unknown, path: Path): UncertainValue | undefined =>
    attempt(path, () => toUnit(readUncertain(v, amountCtx(q), lineOf(path)), amountCtx(q).unit!, q.unit));

  // ── actuals, baselines, growth, formulas, children ───────────────────
  const formulas = new Map<string, FormulaSpec>();
  const compileAt = (text: string, path: Path): FormulaSpec | undefined => {
    if (!compile) return undefined;
    const c = attempt(path, () => compile(text, new Set(ids)));
    return c ? { text, refs: c.refs, evaluate: c.evaluate, ...formulaSite(parsed, path) } : undefined;
  };
  for (const [id, { path, def }] of raw) {
    const q = quantities.get(id)!;
    for (const [y, v] of Object.entries(def.actuals ?? {})) {
      const ap = [...path, "actuals", y];
      const year = Number(y);
      if (!Number.isInteger(year)) {
        report("E_WRONG_TYPE", { expected: "a year", found: `"${y}"` }, ap, true);
        continue;
      }
      if (!yearOk(year, ap)) continue;
      const m = attempt(ap, () => parseMagnitude(v, amountCtx(q)));
      if (!m) continue;
      const a: Actual = {
        year,
        value: convert(m.low, amountCtx(q).unit!, q.unit),
        text: String(v),
        line: lineOf(ap),
      };
      if (m.qualifier) a.qualifier = m.qualifier;
      q.actuals.push(a);
    }
    q.actuals.sort((a, b) => a.year - b.year);

    if (def.value && "sum" in def.value) {
      // a sum needs no formula engine: evaluated directly, so mathjs is not loaded for it
      const refs = def.value.sum;
      const bad = refs.findIndex((r) => !quantities.has(r) || r === id);
      const mismatch = refs.findIndex(
        (r) => quantities.get(r) && quantities.get(r)!.unit.dimension !== q.unit.dimension,
      );
      if (bad >= 0) {
        const r = refs[bad]!;
        report(
          "E_UNKNOWN_REFERENCE",
          {
            kind: "sector",
            name: r,
            suggestion: suggest(
              r,
              ids.filter((x) => x !== id),
            ),
          },
          [...path, "value", "sum", bad],
        );
      } else if (mismatch >= 0) {
        const r = quantities.get(refs[mismatch]!)!;
        report(
          "E_UNIT_MISMATCH",
          {
            text: r.id,
            found: describeDimension(r.unit.dimension),
            expected: describeDimension(q.unit.dimension),
          },
          [...path, "value", "sum", mismatch],
        );
      } else {
        const scale = refs.map((r) => 10 ** (quantities.get(r)!.unit.exp - q.unit.exp));
        const f: FormulaSpec = {
          text: refs.join(" + "),
          refs: [...new Set(refs)].sort(),
          evaluate: (scope) => refs.reduce((a, r, k) => a + scope[r]! * scale[k]!, 0),
          line: lineOf([...path, "value", "sum"]),
        };
        q.formula = f;
        formulas.set(id, f);
      }
    } else if (def.value) {
      const f = compileAt(def.value.formula, [...path, "value", "formula"]);
      if (f) {
        q.formula = f;
        formulas.set(id, f);
      }
    }
    const g = def.growth;
    if (g !== undefined) {
      const growth = readGrowth(g, [...path, "growth"]);
      if (growth) q.growth = growth;
    }
    const b = def.baseline;
    if (b !== undefined && b !== "implied" && !(typeof b === "object" && "implied" in b)) {
      const bp = [...path, "baseline"];
      const isObj = typeof b === "object" && b !== null && "value" in b;
      const year = isObj && b.year !== undefined ? b.year : file.base_year;
      if (isObj && b.year !== undefined) {
        yearOk(b.year, [...bp, "year"]);
        if (b.year > file.base_year)
          report("E_BASELINE_YEAR", { year: b.year, base: file.base_year }, [...bp, "year"]);
      }
      const vp = isObj ? [...bp, "value"] : bp;
      const value = amount(q, isObj ? b.value : b, vp);
      if (value) {
        const base: Baseline = { year, value, line: lineOf(bp) };
        const s = isObj ? sourceOf(b.source) : undefined;
        if (s) base.source = s;
        q.baseline = base;
      }
    }
    if ("children" in def && def.children) {
      def.children.forEach((c, i) => {
        const cq = quantities.get(c);
        if (cq?.kind === "indicator") {
          report("E_CHILD_NOT_SECTOR", { id: c, unit: cq.unit.symbol }, [...path, "children", i]);
          return;
        }
        if (!cq) {
          report(
            "E_UNKNOWN_REFERENCE",
            {
              kind: "sector",
              name: c,
              suggestion: suggest(
                c,
                ids.filter((x) => quantities.get(x)!.kind === "sector"),
              ),
            },
            [...path, "children", i],
          );
          return;
        }
        q.children.push(c);
        cq.parents.push(id);
      });
      q.exhaustive = (def as SectorFile).exhaustive === true;
    }
  }

  function readGrowth(g: GrowthFile, path: Path): GrowthSpec | undefined {
    const rate: MagnitudeContext = { kind: "rate" };
    if (typeof g === "object" && g !== null && "schedule" in g) {
      const entries = Object.entries(g.schedule);
      if (entries.length === 0) {
        report("E_SCHEDULE_EMPTY", {}, path);
        return undefined;
      }
      const years: number[] = [];
      const rates: UncertainValue[] = [];
      for (const [y, v] of entries.sort((a, b) => Number(a[0]) - Number(b[0]))) {
        const yp = [...path, "schedule", y];
        const year = Number(y);
        if (!Number.isInteger(year)) {
          report("E_WRONG_TYPE", { expected: "a year", found: `"${y}"` }, yp, true);
          continue;
        }
        yearOk(year, yp);
        const u = attempt(yp, () => readUncertain(v, rate, lineOf(yp)));
        if (u) {
          years.push(year);
          rates.push(u);
        }
      }
      return { type: "schedule", years, rates };
    }
    if (typeof g === "object" && g !== null && "formula" in g) {
      const f = compileAt(g.formula, [...path, "formula"]);
      return f ? { type: "formula", formula: f } : undefined;
    }
    if (typeof g === "object" && g !== null && "rate" in g) {
      const u = attempt([...path, "rate"], () => readUncertain(g.rate, rate, lineOf([...path, "rate"])));
      const ac = g.autocorrelation ?? 0;
      if (!(ac >= -1 && ac <= 1)) {
        report("E_INVALID_VALUE", { detail: `autocorrelation ${ac} is outside -1..1` }, [
          ...path,
          "autocorrelation",
        ]);
      }
      return u ? { type: "rate", rate: u, draw: g.draw ?? "once", autocorrelation: ac } : undefined;
    }
    const u = attempt(path, () => readUncertain(g, rate, lineOf(path)));
    return u ? { type: "rate", rate: u, draw: "once", autocorrelation: 0 } : undefined;
  }

  // sector graph cycles
  const cycle = findCycle(ids, (id) => quantities.get(id)!.children);
  if (cycle) report("E_SECTOR_CYCLE", { cycle }, [...raw.get(cycle[0]!)!.path, "children"]);

  // ── targets ────────────────────────────────────────────────────────────
  const targets: Target[] = [];
  const targetLines = new Map<string, number>();
  (file.targets ?? []).forEach((t, i) => {
    const path: Path = ["targets", i];
    const target = readTarget(t, path);
    if (!target) return;
    const first = targetLines.get(target.id);
    if (first !== undefined) {
      report("E_DUPLICATE_TARGET", { id: target.id, first }, path);
      return;
    }
    targetLines.set(target.id, target.line);
    if (!target.source)
      bag.add(parsed.at(diagnostic("W_NO_SOURCE", { id: target.id }, undefined, "warning"), path));
    targets.push(target);
  });

  function readTarget(t: TargetFile, path: Path): Target | undefined {
    if ((t.sector === undefined) === (t.indicator === undefined)) {
      report("E_TARGET_SUBJECT", {}, path);
      return undefined;
    }
    const subjectKey = t.sector !== undefined ? "sector" : "indicator";
    const subject = (t.sector ?? t.indicator)!;
    const q = quantities.get(subject);
    if (!q || q.kind !== subjectKey) {
      const pool = ids.filter((x) => quantities.get(x)!.kind === subjectKey);
      report("E_UNKNOWN_REFERENCE", { kind: subjectKey, name: subject, suggestion: suggest(subject, pool) }, [
        ...path,
        subjectKey,
      ]);
      return undefined;
    }
    const kinds = (["growth", "share", "per_year", "cumulative"] as const).filter((k) => t[k] !== undefined);
    const topComparators = COMPARATORS.filter((c) => t[c] !== undefined);
    if (kinds.length > 1 || (kinds.length === 1 && (t.year !== undefined || topComparators.length > 0))) {
      report("E_TARGET_KIND", { found: [...kinds, ...(t.year !== undefined ? ["year"] : [])] }, path);
      return undefined;
    }
    if (kinds.length === 0 && t.year === undefined) {
      report("E_TARGET_KIND", { found: [] }, path);
      return undefined;
    }
    const block: Record<string, unknown> = kinds.length ? (t[kinds[0]!] as Record<string, unknown>) : t;
    const blockPath: Path = kinds.length ? [...path, kinds[0]!] : path;
    const comps = COMPARATORS.filter((c) => block[c] !== undefined);
    if (comps.length !== 1) {
      report("E_COMPARATOR", { found: comps }, blockPath);
      return undefined;
    }
    const comparator = comps[0]! as Comparator;
    const kind: TargetKind =
      kinds[0] === undefined
        ? "level"
        : kinds[0] === "per_year"
          ? "flow"
          : (kinds[0] as "growth" | "share" | "cumulative");
    const vp: Path = [...blockPath, comparator];
    const ctx: MagnitudeContext =
      kind === "growth" ? { kind: "rate" } : kind === "share" ? { kind: "share" } : amountCtx(q);
    const m = attempt(vp, () => parseMagnitude(block[comparator], ctx));
    if (!m) return undefined;
    if (m.low !== m.high) {
      report("E_INVALID_VALUE", { detail: "a goal is one number, not a range" }, vp);
      return undefined;
    }
    let tolerance = DEFAULT_TOLERANCE;
    if (block.tolerance !== undefined) {
      const tm = attempt([...blockPath, "tolerance"], () =>
        parseMagnitude(block.tolerance, { kind: "share" }),
      );
      if (tm) tolerance = tm.low;
    }
    const value = ctx.kind === "amount" ? convert(m.low, ctx.unit!, q.unit) : m.low;
    let year: number;
    let from: number | undefined;
    let of: string | undefined;
    if (kind === "level") {
      year = t.year!;
    } else if (kind === "share") {
      const s = t.share!;
      year = s.year;
      of = s.of;
      const oq = quantities.get(of);
      if (!oq) {
        report("E_UNKNOWN_REFERENCE", { kind: "sector", name: of, suggestion: suggest(of, ids) }, [
          ...path,
          "share",
          "of",
        ]);
        return undefined;
      }
      if (oq.unit.dimension !== q.unit.dimension) {
        report(
          "E_UNIT_MISMATCH",
          {
            text: `${subject} / ${of}`,
            found: describeDimension(q.unit.dimension),
            expected: describeDimension(oq.unit.dimension),
          },
          [...path, "share", "of"],
        );
        return undefined;
      }
    } else {
      const p = block as { from: number; to: number };
      year = p.to;
      from = p.from;
      if (!(p.to > p.from) && !(kind !== "growth" && p.to === p.from)) {
        report("E_PERIOD_ORDER", { from: p.from, to: p.to }, blockPath);
        return undefined;
      }
      if (!yearOk(p.from, [...blockPath, "from"])) return undefined;
    }
    const yp: Path =
      kind === "level"
        ? [...path, "year"]
        : kind === "share"
          ? [...path, "share", "year"]
          : [...blockPath, "to"];
    if (!yearOk(year, yp)) return undefined;
    const checkFrom = kind === "growth" ? undefined : from;
    if (
      year < file.base_year ||
      (checkFrom !== undefined && checkFrom < file.base_year && kind !== "growth")
    ) {
      report("E_TARGET_BEFORE_BASE", { year: checkFrom ?? year, base: file.base_year }, yp);
      return undefined;
    }
    if (year > file.horizon) {
      report("E_YEAR_RANGE", { year, min: file.base_year, max: file.horizon }, yp);
      return undefined;
    }
    const target: Target = {
      id: targetId(t),
      subject,
      kind,
      comparator,
      value,
      tolerance,
      year,
      text: String(block[comparator]),
      line: lineOf(path),
    };
    if (from !== undefined) target.from = from;
    if (of !== undefined) target.of = of;
    if (t.group !== undefined) target.group = t.group;
    const src = sourceOf(t.source);
    if (src) target.source = src;
    return target;
  }

  // ── implied baselines ─────────────────────────────────────────────────
  for (const [id, { path, def }] of raw) {
    const b = def.baseline;
    if (b !== "implied" && !(typeof b === "object" && b !== null && "implied" in b)) continue;
    const q = quantities.get(id)!;
    const bp = [...path, "baseline"];
    const spec = typeof b === "object" ? b.implied : {};
    const levels = targets.filter((t) => t.subject === id && t.kind === "level");
    const goal = spec.target
      ? targets.find((t) => t.id === spec.target)
      : levels.sort((a, c) => c.year - a.year)[0];
    if (goal?.kind !== "level" || goal.subject !== id) {
      report(
        "E_IMPLIED_BASELINE",
        {
          id,
          reason: spec.target
            ? `"${spec.target}" is not a level goal of this sector`
            : "it has no level goal",
        },
        bp,
      );
      continue;
    }
    let growth: UncertainValue | undefined;
    if (spec.growth !== undefined) {
      growth = attempt([...bp, "implied", "growth"], () =>
        readUncertain(spec.growth, { kind: "rate" }, lineOf([...bp, "implied", "growth"])),
      );
    } else {
      const gGoal = targets.find((t) => t.subject === id && t.kind === "growth");
      if (gGoal) growth = point(gGoal.value, gGoal.text, gGoal.line);
      else if (q.growth?.type === "rate") growth = q.growth.rate;
    }
    if (!growth) {
      report("E_IMPLIED_BASELINE", { id, reason: "no growth goal or constant growth to discount with" }, bp);
      continue;
    }
    const n = goal.year - file.base_year;
    const disc = (g: number) => goal.value / (1 + g) ** n;
    const central = disc(growth.central);
    const value: UncertainValue =
      growth.low === growth.high
        ? point(central, `implied from ${goal.id}`, lineOf(bp))
        : {
            dist: { type: "uniform", min: disc(growth.high), max: disc(growth.low) },
            central,
            low: disc(growth.high),
            high: disc(growth.low),
            text: `implied from ${goal.id}`,
            line: lineOf(bp),
          };
    q.baseline = {
      year: file.base_year,
      value,
      implied: { target: goal.id, growth, goal: goal.value, goalYear: goal.year },
      line: lineOf(bp),
    };
    if (!q.growth) q.growth = { type: "rate", rate: growth, draw: "once", autocorrelation: 0 };
  }

  // ── overlaps and exhaustive parents ──────────────────────────────────
  const ctx: NormaliseContext = { parsed, quantities, report, attempt, lineOf, sourceOf };
  const overlaps = readOverlaps(ctx, file.overlaps ?? []);
  const correlations = readCorrelations(ctx, file.correlations);
  const links = readLinks(ctx, file);
  const firms = readFirms(ctx, file);
  const instruments = readInstruments(ctx, file, firms);
  for (const [id, { path }] of raw) {
    const q = quantities.get(id)!;
    if (!q.exhaustive || q.children.length === 0) continue;
    if (!targets.some((t) => t.kind === "level" && q.children.includes(t.subject))) {
      report("E_EXHAUSTIVE_NO_GOALS", { id }, [...path, "exhaustive"]);
    }
  }

  // ── completeness and formula order ────────────────────────────────────
  for (const [id, { path }] of raw) {
    const q = quantities.get(id)!;
    if (q.formula) continue;
    if (!q.baseline && q.actuals.length === 0 && !failed.has(id)) {
      report("E_MISSING_BASELINE", { id }, path, true);
    } else if (!q.growth && (q.baseline || q.actuals.length) && !failed.has(id)) {
      report("E_MISSING_GROWTH", { id }, path, true);
    }
  }
  const deps = (id: string): string[] => {
    const q = quantities.get(id)!;
    if (q.formula) return q.formula.refs;
    if (q.growth?.type === "formula") return q.growth.formula.refs.filter((r) => r !== id);
    return [];
  };
  const fcycle = findCycle(ids, deps);
  if (fcycle) {
    const at = raw.get(fcycle[0]!)!.path;
    const q = quantities.get(fcycle[0]!)!;
    report(
      "E_FORMULA_CYCLE",
      { cycle: fcycle },
      q.formula ? [...at, "value", "formula"] : [...at, "growth", "formula"],
    );
  }
  bag.throwIfErrors();
  const order = topoOrder(ids, deps);
  for (const q of quantities.values()) delete (q as Quantity & { readUnit?: Unit }).readUnit;

  const scenario: Scenario = {
    id: file.id,
    title: file.title,
    unit: money,
    baseYear: file.base_year,
    horizon: file.horizon,
    quantities,
    targets,
    order,
    documents,
    variants: Object.keys(file.variants ?? {}),
    overlaps,
    regions: [],
    regionsExhaustive: file.regions_exhaustive === true,
    provenance,
    warnings: bag.warnings,
  };
  if (file.description !== undefined) scenario.description = file.description;
  if (correlations) scenario.correlations = correlations;
  if (links) scenario.links = links;
  if (firms) scenario.firms = firms;
  if (instruments) scenario.instruments = instruments;
  return scenario;
}

function toUnit(u: UncertainValue, from: Unit, to: Unit): UncertainValue {
  return from.exp === to.exp ? u : scaleUncertain(u, (x) => convert(x, from, to));
}

/** A cycle in a directed graph, as a path that returns to its start, or undefined. */
export function findCycle(
  nodes: readonly string[],
  edges: (n: string) => readonly string[],
): string[] | undefined {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    state.set(n, 1);
    stack.push(n);
    for (const m of edges(n)) {
      if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
      if (!state.has(m)) {
        const c = visit(m);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 2);
    return undefined;
  };
  for (const n of nodes) {
    if (!state.has(n)) {
      const c = visit(n);
      if (c) return c;
    }
  }
  return undefined;
}

/** Nodes ordered so that each comes after everything it depends on (stable in input order). */
export function topoOrder(nodes: readonly string[], deps: (n: string) => readonly string[]): string[] {
  const out: string[] = [];
  const done = new Set<string>();
  const visit = (n: string) => {
    if (done.has(n)) return;
    done.add(n);
    for (const d of deps(n)) visit(d);
    out.push(n);
  };
  for (const n of nodes) visit(n);
  return out;
}
