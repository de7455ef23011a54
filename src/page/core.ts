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
import { type Bilingual, isLang, type Lang, pick } from "../i18n/lang.js";
import { PAGE, PAGE_FMT } from "../i18n/text/page.js";
import { point, type UncertainValue } from "../model/distribution.js";
import type { Findings } from "../model/findings.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { loadScenarioText } from "../scenario/load.js";
import {
  applyOverrides,
  parseSetArgs,
  variantOverrides,
  writeOverridesToDocument,
} from "../scenario/overrides.js";
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
  label: Bilingual;
  kind: SliderKind;
  /** Coefficients: the buying sector (the column), by which the page groups them. */
  group?: string;
  /**
   * In display units: percent for rates and shares, the quantity's unit for
   * baselines, a plain number for coefficients. The range is the file's own
   * (low to high of its distribution or range); a single value gets a range
   * around it, below zero only if the value is.
   */
  min: number;
  max: number;
  /** A power of ten dividing min, max and central: the central value is reachable, never snapped. */
  step: number;
  central: number;
  unit: string;
  /** Decimals shown. */
  digits: number;
  /** The assumption as the file writes it: `8%~12%`, `triangular 8%, 12%, 17%`. */
  written: string;
  /** Other inputs correlated with this one (`correlations:` names such as `ai.growth`). */
  correlated: string[];
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
  const all = [...assumptionSliders(s, raw), ...overlapSliders(s), ...linkSliders(s, raw)];
  for (const sl of all) sl.correlated = correlatedWith(s, sl.path);
  return all;
}

/** The inputs `correlations:` ties to the input a slider path sets. */
function correlatedWith(s: Scenario, path: string): string[] {
  const c = s.correlations;
  if (!c) return [];
  const i = c.inputs.indexOf(path.replace(/\.baseline\.value$/, ".baseline"));
  if (i < 0) return [];
  return c.inputs.filter((_, j) => j !== i && (c.matrix[i]?.[j] ?? 0) !== 0);
}

function assumptionSliders(s: Scenario, raw: RawData): Slider[] {
  const out: Slider[] = [];
  for (const q of s.quantities.values()) {
    const r = (q.kind === "sector" ? raw.sectors : raw.indicators)?.[q.id];
    if (!r || q.formula) continue;
    const name = (lang: Lang) => displayName(q, lang);
    const g = q.growth;
    if (g?.type === "rate" && "growth" in r && !isFormula(r.growth)) {
      out.push({
        ...fileRange(g.rate, 100, growthAround),
        path: `${q.id}.growth`,
        label: both((l) => pick(PAGE_FMT.growthLabel(name(l)), l)),
        kind: "growth",
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
      out.push({
        ...fileRange(b.value, 1, (c) => [c * 0.5, c * 1.5]),
        path,
        label: both((l) => pick(PAGE_FMT.baselineLabel(name(l), b.year), l)),
        kind: "baseline",
        unit: q.unit.symbol,
      });
    }
  }
  return out;
}

/** A single growth rate's range: ±max(5 points, |rate|), below zero only if the rate is. */
function growthAround(c: number): [number, number] {
  const w = Math.max(0.05, Math.abs(c));
  return [c >= 0 ? Math.max(0, c - w) : c - w, c + w];
}

/** The same text built in both languages. */
function both(f: (lang: Lang) => string): Bilingual {
  return { zh: f("zh"), en: f("en") };
}

/** One slider per stated overlap, named PART/SECTOR (by position where two share a name). */
function overlapSliders(s: Scenario): Slider[] {
  const name = nameOf(s);
  return s.overlaps.map((o, i) => {
    const label = both((l) =>
      pick(
        o.within
          ? PAGE_FMT.overlapWithin(name(o.part, l), name(o.within, l))
          : PAGE_FMT.overlapOutside(name(o.part, l), name(o.outside ?? "", l)),
        l,
      ),
    );
    return {
      ...shareRange(o.share, 1),
      path: `overlaps.${overlapSelector(s.overlaps, i)}.share`,
      label,
      kind: "overlap",
      unit: "%",
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
          ...fileRange(c, 1, (x) => [0, Math.min(0.95, Math.max(2 * x, 0.01))]),
          path: `links.coefficients.${column}.${row}`,
          label: both((l) => pick(PAGE_FMT.coefficientLabel(name(row, l), name(column, l)), l)),
          kind: "coefficient",
          group: column,
          unit: "",
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
        : { ...shareRange(point(1), 1), min: 0, written: `${PAGE.notStated.zh} / ${PAGE.notStated.en}` };
      out.push({
        ...range,
        path: `links.local_share.${id}`,
        label: both((l) => pick(PAGE_FMT.localShareLabel(name(id, l)), l)),
        kind: "local_share",
        unit: "%",
      });
    });
  }
  return out;
}

type Range = Pick<Slider, "min" | "max" | "step" | "central" | "digits" | "written" | "correlated">;

/**
 * A slider's range in display units (`scale` 100 for percent): the file's
 * low to high, or `around(central)` for a single value; the step is the
 * largest power of ten (at most a hundredth of the width) dividing the
 * central value and both ends, so the central value is never snapped.
 *
 * @example
 * fileRange({ low: 0.08, central: 0.12, high: 0.17, text: "8%~17%" }, 100, …) // min 8, max 17, central 12, step 0.1
 */
function fileRange(u: UncertainValue, scale: number, around: (c: number) => [number, number]): Range {
  const [lo, hi] = u.high > u.low ? [u.low, u.high] : around(u.central);
  const min = clean(Math.min(lo, u.central) * scale);
  const max = clean(Math.max(hi, u.central) * scale);
  const central = clean(u.central * scale);
  const step = dividingStep(max - min, [min, max, central]);
  return { min, max, step, central, digits: decimals(step), written: compactText(u.text), correlated: [] };
}

/** A share: the file's range, or 0 to twice a single value (within 0..cap). */
function shareRange(u: UncertainValue, cap: number): Range {
  return fileRange(u, 100, (c) => [0, Math.min(cap, Math.max(2 * c, c + 0.1))]);
}

/** `x` without binary noise (0.17 * 100 → 17, not 17.000000000000004). */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** The largest power of ten at most width/100 that divides every value. */
function dividingStep(width: number, values: readonly number[]): number {
  let e = width > 0 ? Math.floor(Math.log10(width / 100)) : 0;
  const divides = (step: number) => values.every((v) => Math.abs(v / step - Math.round(v / step)) < 1e-6);
  for (let k = 0; k < 12 && !divides(Number(`1e${e}`)); k++) e--;
  // "1e-4", not 10 ** -4 (0.00009999999999999999)
  return Number(`1e${e}`);
}

function nameOf(s: Scenario): (id: string, lang: Lang) => string {
  return (id, lang) => {
    const q = s.quantities.get(id);
    return q ? displayName(q, lang) : id;
  };
}

/** `triangular: [8%, 12%, 17%]` (the file's text) → `triangular 8%, 12%, 17%`, short enough for a slider's line; other text as written. */
function compactText(text: string): string {
  const m = /^(\w+): \[(.*)\]$/.exec(text);
  return m ? `${m[1]} ${m[2]}` : text;
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

/** The `--set` argument for a slider at a value (display units). */
export function setArg(sl: Slider, value: number): string {
  if (sl.kind === "growth" || sl.kind === "overlap" || sl.kind === "local_share")
    return `${sl.path}=${round(value, 4)}%`;
  if (sl.kind === "coefficient") return `${sl.path}=${round(value, 6)}`;
  // a plain number's unit is "1": appended it would read 1.25 as 1.251
  return `${sl.path}=${value}${/^(%|‰|1|)$/.test(sl.unit) ? "" : sl.unit}`;
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
  return viewOf(await loadScenarioText(text, file, { set, files }));
}

/** The view of a loaded (or patched) scenario: check, findings, chain. */
export function viewOf(scenario: Scenario): View {
  const result = check(scenario);
  const findings = baseFindings(scenario);
  findings.check = checkFindings(result);
  findings.targets = result.goals.map(targetFinding);
  return { scenario, result, findings, chain: pageChain(scenario) };
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
  // the file is edited from the document, which overrides leave alone
  writeOverridesToDocument(parsed);
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
  /** The language chosen on the page (kept in the address once chosen). */
  lang?: Lang | null;
}

/**
 * The page's address: `variant=NAME` (when one is chosen) and the `--set` arguments.
 *
 * @example
 * pageHash({ variant: "statistical-overlaps", set: ["overlaps.ic/software.share=30%"] })
 * // "variant=statistical-overlaps&overlaps.ic%2Fsoftware.share%3D30%25"
 */
export function pageHash(state: PageState): string {
  const head = [
    ...(state.lang ? [`${LANG}=${state.lang}`] : []),
    ...(state.variant ? [`${VARIANT}=${state.variant}`] : []),
  ];
  return encodeHash([...head, ...state.set]);
}

/** The hash entry naming the page's language (no `--set` path is a bare `lang`). */
const LANG = "lang";

export function readPageHash(hash: string): PageState {
  let variant: string | null = null;
  let lang: Lang | null = null;
  const set: string[] = [];
  for (const arg of decodeHash(hash)) {
    if (arg.startsWith(`${VARIANT}=`)) variant = arg.slice(VARIANT.length + 1) || null;
    else if (arg.startsWith(`${LANG}=`)) {
      const l = arg.slice(LANG.length + 1);
      lang = isLang(l) ? l : null;
    } else set.push(arg);
  }
  return { variant, set, lang };
}
