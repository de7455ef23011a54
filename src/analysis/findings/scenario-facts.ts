/**
 * The scenario's identity and vocabulary as Findings hold them: ids, names,
 * units and goals as plain data, so a renderer never needs the Scenario.
 */
import type { Diagnostic } from "../../diagnostics.js";
import type {
  GoalFacts,
  QuantityFacts,
  ScenarioFacts,
  SourceFacts,
  UnitFacts,
  WarningFacts,
} from "../../model/findings.js";
import type { SourceRef } from "../../model/quantity.js";
import type { Scenario } from "../../model/scenario.js";
import type { Target } from "../../model/target.js";
import { parseUnit, type Unit } from "../../model/units.js";

/** Growth and share goals are held as fractions. */
const FRACTION: Unit = parseUnit("share")!;

/** The unit a goal's value is in: the subject's for amounts, a ratio for growth and share goals. */
export function goalValueUnit(s: Scenario, t: Target): Unit {
  return t.kind === "growth" || t.kind === "share" ? FRACTION : s.quantities.get(t.subject)!.unit;
}

/**
 * A path's last part: the file name without its folder.
 *
 * @example
 * fileName("scenarios/shandong-it-2025.yaml") // "shandong-it-2025.yaml"
 * fileName("C:\\work\\a.yaml") // "a.yaml"
 */
export function fileName(path: string): string {
  return path.replace(/\\/g, "/").split("/").pop() ?? path;
}

/** Where a goal is printed, as Findings hold it: document, clause, figure, 文号. */
export function sourceFacts(src: SourceRef): SourceFacts {
  return {
    document: src.document,
    clause: src.clause ?? null,
    ...(src.figure ? { figure: src.figure } : {}),
    ...(src.number ? { number: src.number } : {}),
  };
}

export function goalFacts(s: Scenario, t: Target): GoalFacts {
  const subject = s.quantities.get(t.subject)!;
  return {
    id: t.id,
    subject: t.subject,
    subject_kind: subject.kind,
    kind: t.kind,
    year: t.year,
    ...(t.from !== undefined ? { from: t.from } : {}),
    ...(t.of !== undefined ? { of: t.of } : {}),
    comparator: t.comparator,
    value: t.value,
    tolerance: t.tolerance,
    unit: goalValueUnit(s, t).symbol,
    ...(t.group !== undefined ? { group: t.group } : {}),
    text: t.text,
    source: t.source ? sourceFacts(t.source) : null,
    line: t.line,
  };
}

/** Every unit a scenario's quantities and goals use, by symbol. */
function units(s: Scenario): Record<string, UnitFacts> {
  const out: Record<string, UnitFacts> = {};
  const add = (u: Unit) => {
    out[u.symbol] ??= { symbol: u.symbol, dimension: u.dimension, exp: u.exp };
  };
  add(s.unit);
  add(FRACTION);
  for (const q of s.quantities.values()) add(q.unit);
  return out;
}

/** The scenario's identity, quantities and goals. */
export function scenarioFacts(s: Scenario): ScenarioFacts {
  const quantities: QuantityFacts[] = [...s.quantities.values()].map((q) => ({
    id: q.id,
    kind: q.kind,
    name: q.names,
    unit: q.unit.symbol,
    line: q.line,
  }));
  return {
    id: s.id,
    title: s.title,
    file: fileName(s.provenance.file),
    sha256: s.provenance.sha256,
    variant: s.provenance.variant,
    overrides: s.provenance.overrides,
    unit: s.unit.symbol,
    base_year: s.baseYear,
    horizon: s.horizon,
    quantities,
    goals: s.targets.map((t) => goalFacts(s, t)),
    units: units(s),
  };
}

/** Warnings found while loading, as data. */
export function warningFacts(warnings: readonly Diagnostic[]): WarningFacts[] {
  return warnings.map((w) => ({
    code: w.code,
    message: w.message,
    ...(w.hint ? { hint: w.hint } : {}),
    ...(w.loc ? { file: fileName(w.loc.file), line: w.loc.line, column: w.loc.col } : {}),
  }));
}

/** A number as Findings hold it: itself when finite, otherwise null. */
export function num(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}
