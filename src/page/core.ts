/**
 * The interactive page's logic, free of the DOM and of Node-only modules: the
 * sliders a scenario offers, the deterministic view for a set of overrides,
 * and the tweaked scenario as YAML. Overrides are `--set` arguments
 * (`software.growth=12.5%`, `overlaps.ic/software.share=30%`,
 * `links.coefficients.terminals.ic=0.1`), so the page, its URL hash, the
 * downloaded file and `chainsim run --set` all mean the same thing. A variant
 * chosen on the page is written into the text the sliders start from.
 */

import { type CheckResult, check } from "../analysis/check.js";
import { baseFindings } from "../analysis/findings/base.js";
import { checkFindings } from "../analysis/findings/check-findings.js";
import { targetFinding } from "../analysis/findings/projection-findings.js";
import { point, type UncertainValue } from "../model/distribution.js";
import type { Findings } from "../model/findings.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { loadScenarioText } from "../scenario/load.js";
import { applyOverrides, parseSetArgs, variantOverrides } from "../scenario/overrides.js";
import { parseScenarioText } from "../scenario/parse.js";
import { overlapSelector } from "../scenario/set-paths.js";
import { fullWidthCommas } from "../scenario/uncertain.js";
import { type PageChain, pageChain } from "./chain.js";
import { editInPlace } from "./yaml-edit.js";

export type SliderKind = "growth" | "baseline" | "overlap" | "coefficient" | "local_share";

export interface Slider {
  /**
   * The `--set` path: `software.growth`, `software.baseline.value`,
   * `overlaps.ic/software.share`, `links.coefficients.terminals.ic`, `links.local_share.ic`.
   */
  path: string;
  label: string;
  kind: SliderKind;
  /** Coefficients: the buying sector (the column), by which the page groups them. */
  group?: string;
  /** In display units: percent for rates and shares, the quantity's unit for baselines, a plain number for coefficients. */
  min: number;
  max: number;
  step: number;
  central: number;
  unit: string;
  /** Decimals shown. */
  digits: number;
  /** The assumption as the file writes it: `8%~12%`, `triangular 8%, 12%, 17%`. */
  written: string;
}

type RawTable = Record<string, Record<string, unknown>>;
interface RawData {
  sectors?: RawTable;
  indicators?: RawTable;
  links?: Record<string, unknown>;
}

/**
 * Sliders for every growth rate and baseline the file states as a number,
 * range or distribution; every overlap share; and the links' coefficients
 * (written by buying sector) and local shares (written by sector).
 */
export function slidersFor(s: Scenario, data: unknown): Slider[] {
  const raw = (data ?? {}) as RawData;
  return [...assumptionSliders(s, raw), ...overlapSliders(s), ...linkSliders(s, raw)];
}

function assumptionSliders(s: Scenario, raw: RawData): Slider[] {
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
        digits: 1,
        written: writtenText(u.text),
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
        digits: decimals(step),
        written: writtenText(u.text),
      });
    }
  }
  return out;
}

/** One slider per stated overlap, named PART/SECTOR (by position where two share a name). */
function overlapSliders(s: Scenario): Slider[] {
  const name = nameOf(s);
  return s.overlaps.map((o, i) => {
    const where = o.within ? `counted in ${name(o.within)}` : `outside ${name(o.outside ?? "")}`;
    return {
      ...shareRange(o.share, 1),
      path: `overlaps.${overlapSelector(s.overlaps, i)}.share`,
      label: `share of ${name(o.part)} ${where}`,
      kind: "overlap",
    };
  });
}

/**
 * Coefficients written as `{ BUYER: { INPUT: … } }`, grouped by buyer; local
 * shares written by sector, including unstated ones (100%) of sectors that
 * sell into the system. Matrices written as lists, and transactions tables,
 * get no sliders.
 */
function linkSliders(s: Scenario, raw: RawData): Slider[] {
  const links = s.links;
  const written = raw.links ?? {};
  if (!links) return [];
  const name = nameOf(s);
  const out: Slider[] = [];
  const { sectors } = links;
  const isMapping = (v: unknown) =>
    v === undefined || (v !== null && typeof v === "object" && !Array.isArray(v));
  if (links.form === "coefficients" && isMapping(written.coefficients)) {
    sectors.forEach((column, j) => {
      sectors.forEach((row, i) => {
        const c = links.coefficients[i]![j];
        if (!c) return;
        out.push({
          ...coefficientRange(c),
          path: `links.coefficients.${column}.${row}`,
          label: `${name(row)} per unit of ${name(column)}`,
          kind: "coefficient",
          group: column,
        });
      });
    });
  }
  if (isMapping(written.local_share)) {
    sectors.forEach((id, i) => {
      const c = links.localShare[i];
      const sells = links.coefficients[i]!.some((x) => x !== null && x.high > 0);
      if (!c && !sells) return;
      const range = c
        ? shareRange(c, 1)
        : { ...shareRange(point(1), 1), min: 0, written: "not stated (100%)" };
      out.push({
        ...range,
        path: `links.local_share.${id}`,
        label: `local share of ${name(id)}`,
        kind: "local_share",
      });
    });
  }
  return out;
}

type Range = Pick<Slider, "min" | "max" | "step" | "central" | "unit" | "digits" | "written">;

/** A share in percent: the file's range widened by half its width each side, within 0..cap. */
function shareRange(u: UncertainValue, cap: number): Range {
  const w = u.high - u.low;
  const lo = w > 0 ? Math.max(0, u.low - w / 2) : 0;
  const hi = w > 0 ? Math.min(cap, u.high + w / 2) : Math.min(cap, Math.max(2 * u.central, u.central + 0.1));
  const step = decimalStep((hi - lo) * 100);
  return {
    min: roundTo(lo * 100, step),
    max: roundTo(hi * 100, step),
    step,
    central: roundTo(u.central * 100, step),
    unit: "%",
    digits: decimals(step),
    written: writtenText(u.text),
  };
}

/** A coefficient (input per unit of output), as a plain number, widened like shares and kept below 1. */
function coefficientRange(u: UncertainValue): Range {
  const w = u.high - u.low;
  const lo = w > 0 ? Math.max(0, u.low - w / 2) : 0;
  const hi = w > 0 ? Math.min(0.95, u.high + w / 2) : Math.min(0.95, Math.max(2 * u.central, 0.01));
  const step = decimalStep(hi - lo);
  return {
    min: roundTo(lo, step),
    max: roundTo(hi, step),
    step,
    central: roundTo(u.central, step),
    unit: "",
    digits: decimals(step),
    written: writtenText(u.text),
  };
}

function nameOf(s: Scenario): (id: string) => string {
  return (id) => {
    const q = s.quantities.get(id);
    return q ? displayName(q) : id;
  };
}

/** `{"triangular":["8%","12%","17%"]}` → `triangular 8%, 12%, 17%`; other text as written. */
function writtenText(text: string): string {
  if (!text.startsWith("{")) return text;
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    const [k, params] = Object.entries(v)[0] ?? [];
    if (k && Array.isArray(params)) return `${k} ${params.join(", ")}`;
  } catch {
    // not JSON: as written
  }
  return text;
}

/** A power of ten giving about 100 to 1000 steps over a width. */
function decimalStep(width: number): number {
  if (!(width > 0)) return 1;
  // "1e-4", not 10 ** -4 (0.00009999999999999999)
  return Number(`1e${Math.floor(Math.log10(width / 100))}`);
}

function decimals(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
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
  if (sl.kind === "growth" || sl.kind === "overlap" || sl.kind === "local_share")
    return `${sl.path}=${round(value, 4)}%`;
  if (sl.kind === "coefficient") return `${sl.path}=${round(value, 6)}`;
  return `${sl.path}=${value}${/^[%‰]$/.test(sl.unit) ? "" : sl.unit}`;
}

/**
 * The sliders' values (display units) that `--set` arguments give, as the
 * page reads its address; arguments for no slider are left out.
 *
 * @example
 * sliderValues(sliders, ["overlaps.ic/software.share=30%"]) // Map { "overlaps.ic/software.share" => 30 }
 */
export function sliderValues(sliders: readonly Slider[], args: readonly string[]): Map<string, number> {
  const paths = new Set(sliders.map((s) => s.path));
  const out = new Map<string, number>();
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const path = arg.slice(0, eq);
    const v = Number.parseFloat(arg.slice(eq + 1));
    if (eq > 0 && paths.has(path) && Number.isFinite(v)) out.set(path, v);
  }
  return out;
}

export interface View {
  scenario: Scenario;
  result: CheckResult;
  /** What the page shows of the check: goals, verdicts, growth needed (the same Findings as `chainsim check`). */
  findings: Findings;
  /** Multipliers, linkages and a shock's propagation, for scenarios with links. */
  chain: PageChain | null;
}

/** Texts of the files a scenario includes (regions), by path from its folder: see LoadOptions.files. */
export type IncludedFiles = Readonly<Record<string, string>>;

/** Load the scenario text with overrides and check it (deterministic: central values). */
export async function computeView(
  text: string,
  file: string,
  set: readonly string[],
  files: IncludedFiles = {},
): Promise<View> {
  const scenario = await loadScenarioText(text, file, { set, files });
  const result = check(scenario);
  const findings = baseFindings(scenario);
  findings.check = checkFindings(result);
  findings.targets = result.goals.map(targetFinding);
  return { scenario, result, findings, chain: pageChain(scenario, result.projection) };
}

export interface TweakOptions {
  /** A variant of the file, applied before `set`. */
  variant?: string | null | undefined;
  /**
   * The scenario loaded with the same variant and overrides: inputs it no
   * longer correlates (made certain) are left out of `correlations:`.
   * Without it, every input `set` names is left out (slider values are certain).
   */
  scenario?: Scenario | undefined;
}

/**
 * The scenario text with a variant and overrides written in, for `chainsim run`:
 * the file's own text with only the changed values edited in place.
 */
export function tweakedYaml(
  text: string,
  file: string,
  set: readonly string[],
  opts: TweakOptions = {},
): string {
  const parsed = parseScenarioText(text, file);
  applyOverrides(parsed, [
    ...(opts.variant ? variantOverrides(parsed, opts.variant) : []),
    ...parseSetArgs(set),
  ]);
  // An input made certain is left out of `correlations` by the loader only
  // when an override did it; written into the file it must go.
  const kept = opts.scenario ? new Set(opts.scenario.correlations?.inputs ?? []) : null;
  const fixed = new Set(
    set.map((a) => a.slice(0, a.indexOf("=")).replace(/\.baseline\.value$/, ".baseline")),
  );
  const drop = (name: string) => (kept ? !kept.has(name) : fixed.has(name));
  const data = parsed.doc.toJS() as { correlations?: unknown };
  if (data.correlations !== undefined) {
    const entries = Array.isArray(data.correlations) ? data.correlations : [data.correlations];
    const remaining = withoutInputs(entries, drop);
    if (JSON.stringify(remaining) !== JSON.stringify(entries)) {
      if (remaining.length)
        parsed.doc.setIn(["correlations"], parsed.doc.createNode(remaining, { flow: false }));
      else parsed.doc.deleteIn(["correlations"]);
    }
  }
  // only the changed values differ from the file (comments and formatting kept)
  const raw = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const before = parseScenarioText(text, file).doc;
  const normalise = (t: string) => fullWidthCommas(t.replace(/\r(?!\n)/g, "\n")).text;
  return editInPlace(raw, before, parsed.doc, normalise) ?? parsed.doc.toString({ lineWidth: 0 });
}

/**
 * The text of the file with a variant written in, as the page starts from
 * when a variant is chosen (checked by loading it).
 */
export async function variantText(
  text: string,
  file: string,
  variant: string | null,
  files: IncludedFiles = {},
): Promise<string> {
  if (!variant) return text;
  const scenario = await loadScenarioText(text, file, { variant, files });
  return tweakedYaml(text, file, [], { variant, scenario });
}

type CorrelationEntry = { between?: string[]; rho?: number; inputs?: string[]; matrix?: number[][] };

function withoutInputs(
  entries: readonly CorrelationEntry[],
  drop: (name: string) => boolean,
): CorrelationEntry[] {
  const out: CorrelationEntry[] = [];
  for (const e of entries) {
    if (e.between) {
      if (!e.between.some(drop)) out.push(e);
      continue;
    }
    if (!e.inputs || !e.matrix) {
      out.push(e);
      continue;
    }
    const keep = e.inputs.map((n, i) => (drop(n) ? -1 : i)).filter((i) => i >= 0);
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

/** The hash entry naming the variant the page shows (no `--set` path is a bare `variant`). */
const VARIANT = "variant";

export interface PageState {
  variant: string | null;
  set: string[];
}

/**
 * The page's address: `variant=NAME` (when one is chosen) and the `--set` arguments.
 *
 * @example
 * pageHash({ variant: "statistical-overlaps", set: ["overlaps.ic/software.share=30%"] })
 * // "variant=statistical-overlaps&overlaps.ic%2Fsoftware.share%3D30%25"
 */
export function pageHash(state: PageState): string {
  return encodeHash(state.variant ? [`${VARIANT}=${state.variant}`, ...state.set] : state.set);
}

export function readPageHash(hash: string): PageState {
  let variant: string | null = null;
  const set: string[] = [];
  for (const arg of decodeHash(hash)) {
    if (arg.startsWith(`${VARIANT}=`)) variant = arg.slice(VARIANT.length + 1) || null;
    else set.push(arg);
  }
  return { variant, set };
}
