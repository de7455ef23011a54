/**
 * A slider move without reading the scenario again: the moved values are
 * written into a copy of the scenario already loaded (a Scenario is plain
 * data, so structuredClone copies it whole), as the loader would have read
 * them from `--set` — a point value, left out of `correlations:`. Reading
 * the YAML again took most of a recompute (docs/workbench.md).
 *
 * A value is patched only where that is known to give what the loader
 * gives; otherwise (a growth rate an implied baseline is discounted with, a
 * coefficient above the file's own high end, a share outside 0–100%, a
 * value outside the slider's range, where the loader's checks could answer
 * differently) `patchScenario` returns null and the caller loads the text
 * with the `--set` arguments instead. test/page/patch.test.ts compares both
 * ways for every slider of the shipped scenarios.
 */
import { point, type UncertainValue } from "../model/distribution.js";
import type { Scenario } from "../model/scenario.js";
import { scaleDecimal } from "../model/units.js";
import { overlapSelector } from "../scenario/set-paths.js";
import { type Slider, setArg } from "./core.js";

/** The correlations' name of the input a slider sets (`software.baseline.value` → `software.baseline`). */
export function inputName(path: string): string {
  return path.replace(/\.baseline\.value$/, ".baseline");
}

/**
 * `base` (loaded from the text the sliders start from) with every slider
 * whose value differs from its central one set to that value; null where a
 * change cannot be patched safely.
 *
 * @example
 * patchScenario(shandong, sliders, new Map([["software.growth", 9]]))!.quantities.get("software")!.growth
 * // { type: "rate", rate: { dist: { type: "point", value: 0.09 }, central: 0.09, … }, draw: "once", autocorrelation: 0 }
 */
export function patchScenario(
  base: Scenario,
  sliders: readonly Slider[],
  values: ReadonlyMap<string, number>,
): Scenario | null {
  const moved = sliders.filter((sl) => values.has(sl.path) && values.get(sl.path) !== sl.central);
  const s = structuredClone(base);
  for (const sl of moved) {
    const v = values.get(sl.path)!;
    if (!(v >= sl.min && v <= sl.max) || !patchOne(s, sl, v)) return null;
  }
  s.provenance.overrides = moved.map((sl) => setArg(sl, values.get(sl.path)!));
  dropFromCorrelations(s, new Set(moved.map((sl) => inputName(sl.path))));
  return s;
}

/** Write one slider's value into the copy; false where it cannot be done safely. */
function patchOne(s: Scenario, sl: Slider, v: number): boolean {
  const dot = sl.path.indexOf(".");
  const id = sl.path.slice(0, dot);
  switch (sl.kind) {
    case "growth": {
      const q = s.quantities.get(id);
      // an implied baseline is discounted with the growth rate: the loader computes it again
      if (q?.growth?.type !== "rate" || q.baseline?.implied) return false;
      q.growth = { type: "rate", rate: pointAs(sl, v), draw: "once", autocorrelation: 0 };
      return true;
    }
    case "baseline": {
      const q = s.quantities.get(id);
      if (!q?.baseline || q.baseline.implied) return false;
      q.baseline.value = pointAs(sl, v);
      return true;
    }
    case "overlap":
      return patchOverlap(s, sl, v);
    case "coefficient":
      return patchCoefficient(s, sl, v);
    case "local_share":
      return patchLocalShare(s, sl, v);
  }
}

/**
 * The value a slider's `--set` argument gives, as the loader reads it: its
 * decimal text scaled by powers of ten (`12.5%` → 0.125 exactly, not
 * 12.5 / 100), and that text.
 */
function argValue(sl: Slider, v: number): { value: number; text: string } {
  const arg = setArg(sl, v);
  const text = arg.slice(arg.indexOf("=") + 1);
  const digits = text.replace(/[^\d.eE+-]+$/u, "");
  const percent = sl.kind === "growth" || sl.kind === "overlap" || sl.kind === "local_share";
  return { value: percent ? scaleDecimal(digits, -2, 0) : Number(digits), text };
}

/** The point a slider's value writes, from no line of the file (as `--set` gives it). */
function pointAs(sl: Slider, v: number): UncertainValue {
  const { value, text } = argValue(sl, v);
  return point(value, text, 0);
}

function patchOverlap(s: Scenario, sl: Slider, v: number): boolean {
  const share = v / 100;
  const i = s.overlaps.findIndex((_, k) => `overlaps.${overlapSelector(s.overlaps, k)}.share` === sl.path);
  const o = s.overlaps[i];
  if (!o || share < 0 || share > 1) return false;
  o.share = pointAs(sl, v);
  // the stated shares of one part together at most 100% (the loader's E_OVERLAP_SUM)
  const low = s.overlaps.filter((x) => x.part === o.part).reduce((a, x) => a + x.share.low, 0);
  return low <= 1 + 1e-12;
}

/**
 * A coefficient no higher than the file's own high end: the loader checks
 * column sums and productivity at the high ends, which a lower value only
 * relieves (a smaller non-negative matrix than a productive one is productive).
 */
function patchCoefficient(s: Scenario, sl: Slider, v: number): boolean {
  const [, , column, row] = sl.path.split(".");
  const links = s.links;
  if (links?.form !== "coefficients") return false;
  const j = links.sectors.indexOf(column ?? "");
  const i = links.sectors.indexOf(row ?? "");
  const cell = links.coefficients[i]?.[j];
  if (!cell || v < 0 || v > cell.high) return false;
  links.coefficients[i]![j] = pointAs(sl, v);
  return true;
}

function patchLocalShare(s: Scenario, sl: Slider, v: number): boolean {
  const share = v / 100;
  const links = s.links;
  const i = links ? links.sectors.indexOf(sl.path.slice("links.local_share.".length)) : -1;
  // a local share the file does not state: the loader reads the whole table again
  if (!links || i < 0 || !links.localShare[i] || share < 0 || share > 1) return false;
  links.localShare[i] = pointAs(sl, v);
  return true;
}

/**
 * Inputs made certain leave `correlations:` (as the loader leaves them out):
 * their rows and columns go; fewer than two inputs left, no correlations.
 */
function dropFromCorrelations(s: Scenario, names: ReadonlySet<string>): void {
  const c = s.correlations;
  if (!c) return;
  const keep = c.inputs.map((n, i) => (names.has(n) ? -1 : i)).filter((i) => i >= 0);
  if (keep.length === c.inputs.length) return;
  if (keep.length < 2) {
    delete s.correlations;
    return;
  }
  s.correlations = {
    ...c,
    inputs: keep.map((i) => c.inputs[i]!),
    matrix: keep.map((i) => keep.map((j) => c.matrix[i]![j]!)),
  };
}
