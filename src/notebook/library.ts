/// <reference lib="dom" />
/**
 * What a notebook imports: chainsim's library for the browser, bundled by
 * scripts/build-page.mjs into dist/notebook/chainsim.js (ES module, mathjs
 * included: Guangdong and Liaocheng have formulas). The notebooks in
 * notebooks/ (Observable Notebook Kit) import it explicitly:
 *
 *   import {loadScenarioText, analyse} from "../dist/notebook/chainsim.js";
 *
 * `analyse()` returns Findings (docs/findings.md): the same numbers the
 * command line and the report show; `nameOf(findings, id)` names a quantity.
 *
 * Charts are drawn in the notebooks with Observable Plot, imported from
 * node_modules the same way; nothing is loaded from a CDN.
 */
export { analyse } from "../analysis/analyse.js";
export { check } from "../analysis/check.js";
export { simulateCosts } from "../analysis/policy/simulate-costs.js";
export { modelFunction } from "../analysis/sensitivity/model-function.js";
export { sobol } from "../analysis/sensitivity/sobol.js";
export { tornado } from "../analysis/sensitivity/tornado.js";
export { project, valueAt } from "../engine/project.js";
export { simulate } from "../engine/simulate.js";
export { displayName } from "../model/quantity.js";
export { nameOf } from "../report/facts.js";
export { loadScenarioText } from "../scenario/load.js";

/**
 * A number as the reports print it: thousands separated, `digits` decimals.
 *
 * @example
 * fmt(35700) // "35,700.0"
 */
export function fmt(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  return x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/**
 * A share as a percentage.
 *
 * @example
 * pct(0.384) // "38.4%"
 */
export function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? "–" : `${fmt(x * 100, digits)}%`;
}

/** A table from rows of objects (the keys of the first row are the columns); numbers printed with `fmt`. */
export function table(rows: ReadonlyArray<Record<string, unknown>>): HTMLTableElement {
  const t = document.createElement("table");
  const cols = Object.keys(rows[0] ?? {});
  const head = t.createTHead().insertRow();
  for (const c of cols) head.append(Object.assign(document.createElement("th"), { textContent: c }));
  const body = t.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const c of cols) {
      const v = r[c];
      const td = tr.insertCell();
      td.textContent = typeof v === "number" ? fmt(v) : String(v ?? "–");
      if (typeof v === "number") td.style.textAlign = "right";
    }
  }
  return t;
}
