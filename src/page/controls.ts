/// <reference lib="dom" />
/**
 * The workbench's controls: for each assumption a slider and a number field
 * (the field takes any value, the slider the file's range at a step that
 * reaches the central value), the file's assumption, and a visible note when
 * moving it changes other goals through `correlations:`.
 */
import { type Lang, pick } from "../i18n/lang.js";
import { PAGE_FMT } from "../i18n/text/page.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import type { Slider } from "./core.js";
import { el, fmt, tr } from "./dom.js";

export interface ControlHandlers {
  /** A slider or field moved to `value` (display units). */
  change(path: string, value: number): void;
}

/** Inputs by `--set` path, so the page can show new values. */
export interface ControlInputs {
  range: Map<string, HTMLInputElement>;
  field: Map<string, HTMLInputElement>;
  row: Map<string, HTMLElement>;
}

const GROUPS = [
  ["growth", "groupGrowth"],
  ["baseline", "groupBaseline"],
  ["overlap", "groupOverlap"],
] as const;

/** Draw every slider of `sliders` into `form`, grouped; returns the inputs by path. */
export function buildControls(
  form: HTMLElement,
  s: Scenario,
  sliders: readonly Slider[],
  values: ReadonlyMap<string, number>,
  lang: Lang,
  on: ControlHandlers,
): ControlInputs {
  const inputs: ControlInputs = { range: new Map(), field: new Map(), row: new Map() };
  const row = (sl: Slider) => sliderRow(s, sl, values.get(sl.path) ?? sl.central, lang, on, inputs);
  const fieldset = (title: string, list: readonly Slider[], group: string) =>
    el("fieldset", { "data-group": group }, el("legend", {}, title), ...list.map(row));
  form.replaceChildren();
  for (const [kind, key] of GROUPS) {
    const list = sliders.filter((x) => x.kind === kind);
    if (list.length) form.append(fieldset(tr(key, lang), list, kind));
  }
  const coefficients = sliders.filter((x) => x.kind === "coefficient");
  const shares = sliders.filter((x) => x.kind === "local_share");
  if (!coefficients.length && !shares.length) return inputs;
  const name = (id: string) => {
    const q = s.quantities.get(id);
    return q ? displayName(q, lang) : id;
  };
  const details = el(
    "details",
    { id: "links-controls" },
    el("summary", {}, pick(PAGE_FMT.linksSummary(coefficients.length, shares.length), lang)),
  );
  for (const column of new Set(coefficients.map((x) => x.group ?? ""))) {
    const list = coefficients.filter((x) => x.group === column);
    details.append(fieldset(pick(PAGE_FMT.boughtBy(name(column)), lang), list, `coefficients:${column}`));
  }
  if (shares.length) details.append(fieldset(tr("localShares", lang), shares, "local_share"));
  form.append(details);
  return inputs;
}

function sliderRow(
  s: Scenario,
  sl: Slider,
  value: number,
  lang: Lang,
  on: ControlHandlers,
  inputs: ControlInputs,
): HTMLElement {
  const id = `s-${sl.path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const range = el("input", {
    type: "range",
    id,
    "data-path": sl.path,
    min: String(sl.min),
    max: String(sl.max),
    step: String(sl.step),
    value: String(value),
  });
  const field = el("input", {
    type: "number",
    "data-field": sl.path,
    step: "any",
    value: String(value),
    "aria-label": pick(sl.label, lang),
  });
  const unit = sl.unit ? ` ${sl.unit}` : "";
  const about = `${fmt(sl.min, sl.digits)} – ${fmt(sl.max, sl.digits)}${unit} (${tr("fileRange", lang)}: ${sl.written}; ${tr("central", lang)} ${fmt(sl.central, sl.digits)}${unit})`;
  range.addEventListener("input", () => on.change(sl.path, Number(range.value)));
  field.addEventListener("input", () => {
    const v = Number.parseFloat(field.value);
    if (Number.isFinite(v)) on.change(sl.path, v);
  });
  inputs.range.set(sl.path, range);
  inputs.field.set(sl.path, field);
  const row = el(
    "div",
    { class: "slider", "data-slider": sl.path },
    el("label", { for: id }, pick(sl.label, lang)),
    range,
    el("span", { class: "field" }, field, sl.unit ? el("span", { class: "unit" }, sl.unit) : ""),
    el("small", {}, about),
  );
  if (sl.correlated.length) {
    const others = sl.correlated.map((n) => inputName(s, n, lang)).join(", ");
    row.append(
      el(
        "small",
        { class: "correlated", "data-correlated": sl.path },
        pick(PAGE_FMT.correlated(others), lang),
      ),
    );
  }
  inputs.row.set(sl.path, row);
  return row;
}

/** `software.growth` → `软件业务收入 年增速` (as the slider of that input is labelled). */
function inputName(s: Scenario, input: string, lang: Lang): string {
  const [id, what] = input.split(".");
  const q = s.quantities.get(id ?? "");
  if (!q) return input;
  const name = displayName(q, lang);
  if (what === "growth") return pick(PAGE_FMT.growthLabel(name), lang);
  if (what === "baseline" && q.baseline) return pick(PAGE_FMT.baselineLabel(name, q.baseline.year), lang);
  return `${name} ${what ?? ""}`.trim();
}

/** Show `values` in the inputs; mark moved rows (and their correlation notes). */
export function showValues(
  inputs: ControlInputs,
  sliders: readonly Slider[],
  values: ReadonlyMap<string, number>,
): void {
  for (const sl of sliders) {
    const v = values.get(sl.path) ?? sl.central;
    const range = inputs.range.get(sl.path);
    const field = inputs.field.get(sl.path);
    if (range && Number(range.value) !== v) range.value = String(v);
    if (field && document.activeElement !== field && Number(field.value) !== v) field.value = String(v);
    inputs.row.get(sl.path)?.classList.toggle("moved", v !== sl.central);
  }
}
