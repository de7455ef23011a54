/**
 * The interactive page's logic, free of the DOM and of Node-only modules: the
 * sliders a scenario offers, the deterministic view for a set of overrides,
 * and the tweaked scenario as YAML. Overrides are `--set` arguments
 * (`software.growth=12.5%`), so the page, its URL hash, the downloaded file
 * and `chainsim run --set` all mean the same thing.
 */
import { type CheckResult, check } from "../analysis/check.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { loadScenarioText } from "../scenario/load.js";
import { applyOverrides, parseSetArgs } from "../scenario/overrides.js";
import { parseScenarioText } from "../scenario/parse.js";

export interface Slider {
  /** The `--set` path: `software.growth`, `software.baseline.value`. */
  path: string;
  label: string;
  kind: "growth" | "baseline";
  /** In display units: percent for growth, the quantity's unit for baselines. */
  min: number;
  max: number;
  step: number;
  central: number;
  unit: string;
}

/** Sliders for every growth rate and baseline the file states as a number, range or distribution. */
export function slidersFor(s: Scenario, data: unknown): Slider[] {
  const raw = ((data as { sectors?: Record<string, unknown>; indicators?: Record<string, unknown> }) ??
    {}) as {
    sectors?: Record<string, Record<string, unknown>>;
    indicators?: Record<string, Record<string, unknown>>;
  };
  const out: Slider[] = [];
  for (const q of s.quantities.values()) {
    const r = (q.kind === "sector" ? raw.sectors : raw.indicators)?.[q.id];
    if (!r || q.formula) continue;
    const name = displayName(q);
    const g = q.growth;
    if (g?.type === "rate" && "growth" in r && !isFormula(r.growth)) {
      const u = g.rate;
      const lo = Math.min(u.low, u.central, 0);
      const hi = Math.max(u.high, u.central + 0.05, u.central * 2);
      out.push({
        path: `${q.id}.growth`,
        label: `${name} growth`,
        kind: "growth",
        min: round(lo * 100, 1),
        max: round(hi * 100, 1),
        step: 0.1,
        central: round(u.central * 100, 1),
        unit: "%",
      });
    }
    const b = q.baseline;
    if (b && !b.implied && "baseline" in r && (q.kind === "indicator" || !("unit" in r))) {
      const written = r.baseline;
      const path =
        written !== null && typeof written === "object" && "value" in written
          ? `${q.id}.baseline.value`
          : `${q.id}.baseline`;
      const u = b.value;
      const lo = u.low === u.high ? u.central * 0.5 : u.low - (u.high - u.low) * 0.5;
      const hi = u.low === u.high ? u.central * 1.5 : u.high + (u.high - u.low) * 0.5;
      const step = niceStep((hi - lo) / 200);
      out.push({
        path,
        label: `${name} baseline ${b.year}`,
        kind: "baseline",
        min: roundTo(Math.max(0, lo), step),
        max: roundTo(hi, step),
        step,
        central: roundTo(u.central, step),
        unit: q.unit.symbol,
      });
    }
  }
  return out;
}

function isFormula(v: unknown): boolean {
  return v !== null && typeof v === "object" && "formula" in v;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function niceStep(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

function roundTo(x: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  return round(Math.round(x / step) * step, digits);
}

/** The `--set` argument for a slider at a value (display units). */
export function setArg(sl: Slider, value: number): string {
  if (sl.kind === "growth") return `${sl.path}=${round(value, 4)}%`;
  return `${sl.path}=${value}${/^[%‰]$/.test(sl.unit) ? "" : sl.unit}`;
}

export interface View {
  scenario: Scenario;
  result: CheckResult;
}

/** Load the scenario text with overrides and check it (deterministic: central values). */
export async function computeView(text: string, file: string, set: readonly string[]): Promise<View> {
  const scenario = await loadScenarioText(text, file, { set });
  return { scenario, result: check(scenario) };
}

/** The scenario text with overrides applied (comments kept), for `chainsim run`. */
export function tweakedYaml(text: string, file: string, set: readonly string[]): string {
  const parsed = parseScenarioText(text, file);
  applyOverrides(parsed, parseSetArgs(set));
  // An input fixed by a slider is certain: a file may not correlate it (the
  // loader drops it only for overrides), so leave it out of `correlations`.
  const fixed = new Set(
    set.map((a) => a.slice(0, a.indexOf("=")).replace(/\.baseline\.value$/, ".baseline")),
  );
  const data = parsed.doc.toJS() as { correlations?: unknown };
  if (fixed.size && data.correlations !== undefined) {
    const kept = withoutInputs(data.correlations, fixed);
    if (kept.length) parsed.doc.setIn(["correlations"], parsed.doc.createNode(kept, { flow: false }));
    else parsed.doc.deleteIn(["correlations"]);
  }
  return parsed.doc.toString({ lineWidth: 0 });
}

type CorrelationEntry = { between?: string[]; rho?: number; inputs?: string[]; matrix?: number[][] };

function withoutInputs(raw: unknown, fixed: ReadonlySet<string>): CorrelationEntry[] {
  const entries = (Array.isArray(raw) ? raw : [raw]) as CorrelationEntry[];
  const out: CorrelationEntry[] = [];
  for (const e of entries) {
    if (e.between) {
      if (!e.between.some((n) => fixed.has(n))) out.push(e);
      continue;
    }
    if (!e.inputs || !e.matrix) {
      out.push(e);
      continue;
    }
    const keep = e.inputs.map((n, i) => (fixed.has(n) ? -1 : i)).filter((i) => i >= 0);
    if (keep.length === e.inputs.length) out.push(e);
    else if (keep.length >= 2) {
      out.push({
        ...e,
        inputs: keep.map((i) => e.inputs![i]!),
        matrix: keep.map((i) => keep.map((j) => e.matrix![i]![j]!)),
      });
    }
  }
  return out;
}

/** `a=1&b=2` (URL hash) ↔ `--set` arguments. */
export function encodeHash(set: readonly string[]): string {
  return set.map((a) => encodeURIComponent(a)).join("&");
}

export function decodeHash(hash: string): string[] {
  const h = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!h) return [];
  return h
    .split("&")
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return "";
      }
    })
    .filter((p) => p.includes("="));
}
