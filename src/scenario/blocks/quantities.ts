/**
 * `sectors:` and `indicators:` — the quantities a scenario projects: their
 * ids, names and units, published actuals, values that are formulas or sums
 * of other quantities, and the sector graph (`children:`, `exhaustive:`).
 * Growth and baselines are read by `growth.ts` and `baselines.ts`.
 *
 * ```yaml
 * sectors:
 *   it_industry: { name: 信息技术产业, value: { sum: [software, electronics] } }
 *   software:
 *     name: 软件和信息技术服务业
 *     actuals: { 2023: 13500亿 }
 *     children: [cloud]
 * indicators:
 *   firms: { name: 规上企业, unit: 家, baseline: 120, growth: 5% }
 * ```
 */
import { RESERVED_IDS } from "../../formula/allow.js";
import type { FormulaCompiler } from "../../formula/formula-function.js";
import { DIMENSION } from "../../i18n/text/loader.js";
import { suggest } from "../../messages.js";
import { scaleUncertain, type UncertainValue } from "../../model/distribution.js";
import type { FormulaSpec, Names, Quantity } from "../../model/quantity.js";
import type { Target } from "../../model/target.js";
import { convert, describeDimension, parseUnit, type Unit } from "../../model/units.js";
import type { MagnitudeContext } from "../magnitude.js";
import type { Path } from "../parse.js";
import { ID_PATTERN, type IndicatorFile, type ScenarioFile, type SectorFile } from "../schema.js";
import { readUncertain } from "../uncertain.js";
import type { NormaliseContext } from "./context.js";
import { findCycle, readFormula } from "./formulas.js";

/** The quantities declared in the file, with what later blocks need to read their values. */
export interface QuantityTable {
  /** Each quantity's path and definition, in file order (sectors, then indicators). */
  raw: Map<string, { path: Path; def: SectorFile | IndicatorFile }>;
  ids: string[];
  /** The unit a quantity's bare numbers are read in (a sector's own `unit:`; its values are held in the scenario's). */
  readUnit: Map<string, Unit>;
}

/**
 * Declare every sector and indicator (ids, names, units) into `ctx.quantities`.
 *
 * @example
 * declareQuantities(ctx, { ...file, sectors: { software: { baseline: "11150亿" } } }, money).ids // ["software"]
 */
export function declareQuantities(ctx: NormaliseContext, file: ScenarioFile, money: Unit): QuantityTable {
  const table: QuantityTable = { raw: new Map(), ids: [], readUnit: new Map() };
  const firstLine = new Map<string, number>();
  for (const [id, def] of Object.entries(file.sectors))
    declareQuantity(ctx, table, firstLine, money, "sector", id, def);
  for (const [id, def] of Object.entries(file.indicators ?? {}))
    declareQuantity(ctx, table, firstLine, money, "indicator", id, def);
  table.ids = [...ctx.quantities.keys()];
  return table;
}

function declareQuantity(
  ctx: NormaliseContext,
  table: QuantityTable,
  firstLine: Map<string, number>,
  money: Unit,
  kind: "sector" | "indicator",
  id: string,
  def: SectorFile | IndicatorFile,
): void {
  const path: Path = [kind === "sector" ? "sectors" : "indicators", id];
  if (!ID_PATTERN.test(id)) {
    ctx.report("E_BAD_ID", { id }, path, true);
    return;
  }
  if (RESERVED_IDS.has(id)) {
    ctx.report("E_RESERVED_ID", { id }, path, true);
    return;
  }
  if (ctx.quantities.has(id)) {
    ctx.report("E_DUPLICATE_ID", { kind, id, first: firstLine.get(id) }, path, true);
    return;
  }
  const keyLine = ctx.parsed.locate(path, { key: true }).line;
  firstLine.set(id, keyLine);
  let qUnit: Unit = money;
  if (def.unit !== undefined) {
    const u = parseUnit(def.unit);
    if (!u) {
      ctx.report("E_UNIT_UNKNOWN", { unit: def.unit }, [...path, "unit"]);
    } else if (kind === "sector" && u.dimension !== "money") {
      ctx.report(
        "E_UNIT_MISMATCH",
        {
          text: def.unit,
          found: describeDimension(u.dimension),
          expected: DIMENSION.scenarioUnit(money.symbol),
        },
        [...path, "unit"],
      );
    } else {
      qUnit = kind === "sector" ? money : u;
    }
  } else if (kind === "indicator") {
    ctx.report("E_MISSING_FIELD", { field: "unit" }, path, true);
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
  if (def.may_be_negative === true) q.mayBeNegative = true;
  const src = ctx.sourceOf(def.source);
  if (src) q.source = src;
  table.readUnit.set(id, readUnit);
  ctx.quantities.set(id, q);
  table.raw.set(id, { path, def });
}

/** How an amount of q is read: in its reading unit; negative only for plain numbers. */
export function amountContext(table: QuantityTable, q: Quantity): MagnitudeContext {
  return {
    kind: "amount",
    unit: table.readUnit.get(q.id) ?? q.unit,
    // plain numbers (an index, a test function's input) may be negative; amounts of money and counts may not
    allowNegative: q.unit.dimension === "number",
  };
}

/** Read an amount (a number, a range, a distribution) in q's reading unit, held in q's unit. */
export function readAmount(
  ctx: NormaliseContext,
  table: QuantityTable,
  q: Quantity,
  v: unknown,
  path: Path,
): UncertainValue | undefined {
  const m = amountContext(table, q);
  return ctx.attempt(path, () => {
    const u = readUncertain(v, m, ctx.lineOf(path));
    return m.unit!.exp === q.unit.exp ? u : scaleUncertain(u, (x) => convert(x, m.unit!, q.unit));
  });
}

/** `value:` — a formula, or a sum of other quantities (evaluated without the formula engine). */
export function readValue(
  ctx: NormaliseContext,
  table: QuantityTable,
  q: Quantity,
  compile: FormulaCompiler | undefined,
): void {
  const { path, def } = table.raw.get(q.id)!;
  if (!def.value) return;
  if ("sum" in def.value) {
    const f = readSum(ctx, table, q, def.value.sum, [...path, "value", "sum"]);
    if (f) q.formula = f;
    return;
  }
  const f = readFormula(ctx, compile, table.ids, def.value.formula, [...path, "value", "formula"]);
  if (f) q.formula = f;
}

function readSum(
  ctx: NormaliseContext,
  table: QuantityTable,
  q: Quantity,
  refs: string[],
  path: Path,
): FormulaSpec | undefined {
  const quantities = ctx.quantities;
  const bad = refs.findIndex((r) => !quantities.has(r) || r === q.id);
  const mismatch = refs.findIndex(
    (r) => quantities.get(r) && quantities.get(r)!.unit.dimension !== q.unit.dimension,
  );
  if (bad >= 0) {
    const r = refs[bad]!;
    const others = table.ids.filter((x) => x !== q.id);
    ctx.report("E_UNKNOWN_REFERENCE", { kind: "sector", name: r, suggestion: suggest(r, others) }, [
      ...path,
      bad,
    ]);
    return undefined;
  }
  if (mismatch >= 0) {
    const r = quantities.get(refs[mismatch]!)!;
    ctx.report(
      "E_UNIT_MISMATCH",
      {
        text: r.id,
        found: describeDimension(r.unit.dimension),
        expected: describeDimension(q.unit.dimension),
      },
      [...path, mismatch],
    );
    return undefined;
  }
  return {
    text: refs.join(" + "),
    refs: [...new Set(refs)].sort(),
    sum: refs.map((ref) => ({ ref, scale: 10 ** (quantities.get(ref)!.unit.exp - q.unit.exp) })),
    line: ctx.lineOf(path),
  };
}

/** `children:` (sectors only) and `exhaustive:` — the sector graph. */
export function readChildren(ctx: NormaliseContext, table: QuantityTable, q: Quantity): void {
  const { path, def } = table.raw.get(q.id)!;
  if (!("children" in def) || !def.children) return;
  const sectorIds = () => table.ids.filter((x) => ctx.quantities.get(x)!.kind === "sector");
  def.children.forEach((c, i) => {
    const cq = ctx.quantities.get(c);
    if (cq?.kind === "indicator") {
      ctx.report("E_CHILD_NOT_SECTOR", { id: c, unit: cq.unit.symbol }, [...path, "children", i]);
      return;
    }
    if (!cq) {
      ctx.report("E_UNKNOWN_REFERENCE", { kind: "sector", name: c, suggestion: suggest(c, sectorIds()) }, [
        ...path,
        "children",
        i,
      ]);
      return;
    }
    q.children.push(c);
    cq.parents.push(q.id);
  });
  q.exhaustive = (def as SectorFile).exhaustive === true;
}

/** A cycle in the sector graph (E_SECTOR_CYCLE at the first sector's `children:`). */
export function checkSectorCycle(ctx: NormaliseContext, table: QuantityTable): void {
  const cycle = findCycle(table.ids, (id) => ctx.quantities.get(id)!.children);
  if (cycle) ctx.report("E_SECTOR_CYCLE", { cycle }, [...table.raw.get(cycle[0]!)!.path, "children"]);
}

/** An exhaustive parent needs level goals on its children (else there is nothing to add up). */
export function checkExhaustive(
  ctx: NormaliseContext,
  table: QuantityTable,
  targets: readonly Target[],
): void {
  for (const [id, { path }] of table.raw) {
    const q = ctx.quantities.get(id)!;
    if (!q.exhaustive || q.children.length === 0) continue;
    if (!targets.some((t) => t.kind === "level" && q.children.includes(t.subject))) {
      ctx.report("E_EXHAUSTIVE_NO_GOALS", { id }, [...path, "exhaustive"]);
    }
  }
}
