/**
 * `correlations:` — correlations between uncertain inputs, validated into one
 * matrix (see `model/correlation.ts`). Two forms, which may be mixed in a
 * list:
 *
 * ```yaml
 * correlations:
 *   - { between: [software.growth, cloud.growth], rho: 0.6 }
 *   - inputs: [terminals.growth, vr.growth, computing.growth]
 *     matrix:
 *       - [1.0, 0.5, 0.5]
 *       - [0.5, 1.0, 0.5]
 *       - [0.5, 0.5, 1.0]
 * ```
 *
 * Pairs not stated are uncorrelated. Checked, each with its position: the
 * inputs exist and are uncertain, entries lie in [-1, 1], matrices are square
 * and symmetric with a unit diagonal, a pair is not given twice with different
 * values, and the whole matrix is positive semi-definite (its smallest
 * eigenvalue, by Jacobi rotations, is not below −1e-9).
 *
 * An input made certain by a variant or `--set` (e.g. `software.growth=9%`)
 * is dropped from the correlations silently: fixing a value removes its
 * uncertainty and with it its correlations.
 */

import { CORRELATION } from "../../i18n/text/loader.js";
import type { MessageCode, MessageParams } from "../../messages.js";
import { suggest } from "../../messages.js";
import type { Correlations } from "../../model/correlation.js";
import { isUncertain } from "../../model/distribution.js";
import { type Input, scenarioInputs } from "../../model/inputs.js";
import type { Quantity } from "../../model/quantity.js";
import { symmetricEigenvalues } from "../../numeric/symmetric-eigenvalues.js";
import type { ParsedFile, Path } from "../parse.js";
import type { CorrelationsFile } from "../schema.js";

/** What reading correlations needs from the normaliser. */
export interface CorrelationContext {
  parsed: ParsedFile;
  quantities: Map<string, Quantity>;
  report: <C extends MessageCode>(code: C, params: MessageParams<C>, path: Path, key?: boolean) => void;
}

/** Smallest eigenvalue accepted as "positive semi-definite" (rounding in the input). */
const PSD_TOLERANCE = -1e-9;

/**
 * Validate `correlations:` into one matrix over the inputs it names, or
 * undefined when the file has none (or every named input was fixed by an override).
 *
 * @example
 * readCorrelations(ctx, [{ between: ["software.growth", "cloud.growth"], rho: 0.6 }])
 * // { inputs: ["software.growth", "cloud.growth"], matrix: [[1, 0.6], [0.6, 1]], line: 12 }
 */
export function readCorrelations(
  ctx: CorrelationContext,
  raw: CorrelationsFile | undefined,
): Correlations | undefined {
  if (raw === undefined) return undefined;
  const { parsed, report } = ctx;
  const inputs = new Map<string, Input>(scenarioInputs(ctx.quantities.values()).map((i) => [i.name, i]));
  const entries = Array.isArray(raw)
    ? raw.map((entry, i) => ({ entry, path: ["correlations", i] as Path }))
    : [{ entry: raw, path: ["correlations"] as Path }];
  const names: string[] = [];
  const pairs = new Map<string, { rho: number; line: number }>();
  let errors = 0;
  const bad = <C extends MessageCode>(code: C, params: MessageParams<C>, path: Path) => {
    errors++;
    report(code, params, path);
  };

  /** "keep", "drop" (made certain by an override) or "bad" (reported). */
  const resolve = (name: string, path: Path): "keep" | "drop" | "bad" => {
    const input = inputs.get(name);
    if (!input) {
      bad("E_CORRELATION_UNKNOWN_INPUT", { name, suggestion: suggest(name, inputs.keys()) }, path);
      return "bad";
    }
    if (!isUncertain(input.value)) {
      if (overridden(parsed, input.path)) return "drop";
      bad("E_CORRELATION_CERTAIN", { name, value: input.value.text }, path);
      return "bad";
    }
    return "keep";
  };
  const setPair = (a: string, b: string, rho: number, path: Path) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const line = parsed.locate(path).line;
    const old = pairs.get(key);
    if (old && old.rho !== rho) {
      bad("E_CORRELATION_SHAPE", { detail: CORRELATION.twice(a, b, old.rho, old.line, rho) }, path);
      return;
    }
    pairs.set(key, { rho, line });
    if (!names.includes(a)) names.push(a);
    if (!names.includes(b)) names.push(b);
  };

  for (const { entry, path } of entries) {
    if ("between" in entry) {
      const [a, b] = entry.between;
      if (a === b) {
        bad("E_CORRELATION_SHAPE", { detail: CORRELATION.self(a) }, [...path, "between"]);
        continue;
      }
      let ok = true;
      if (!(entry.rho >= -1 && entry.rho <= 1)) {
        bad("E_CORRELATION_RANGE", { value: entry.rho }, [...path, "rho"]);
        ok = false;
      }
      const ra = resolve(a, [...path, "between", 0]);
      const rb = resolve(b, [...path, "between", 1]);
      if (ok && ra === "keep" && rb === "keep") setPair(a, b, entry.rho, path);
      continue;
    }
    const list = entry.inputs;
    const n = list.length;
    const status = list.map((name, k) => {
      if (list.indexOf(name) !== k) {
        bad("E_CORRELATION_SHAPE", { detail: CORRELATION.listedTwice(name) }, [...path, "inputs", k]);
        return "bad";
      }
      return resolve(name, [...path, "inputs", k]);
    });
    const m = entry.matrix;
    const before = errors;
    if (m.length !== n) {
      bad("E_CORRELATION_SHAPE", { detail: CORRELATION.rows(m.length, n) }, [...path, "matrix"]);
      continue;
    }
    m.forEach((row, r) => {
      if (row.length !== n)
        bad("E_CORRELATION_SHAPE", { detail: CORRELATION.rowLength(r + 1, row.length, n) }, [
          ...path,
          "matrix",
          r,
        ]);
    });
    if (errors > before) continue;
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        const v = m[r]![c]!;
        const at: Path = [...path, "matrix", r, c];
        if (!(v >= -1 && v <= 1)) bad("E_CORRELATION_RANGE", { value: v }, at);
        else if (r === c && v !== 1)
          bad("E_CORRELATION_SHAPE", { detail: CORRELATION.diagonal(r + 1, v) }, at);
        else if (r > c && v !== m[c]![r]!)
          bad("E_CORRELATION_SHAPE", { detail: CORRELATION.symmetric(r + 1, c + 1, v, m[c]![r]!) }, at);
      }
    }
    if (errors > before || status.includes("bad")) continue;
    const kept = list.filter((_, k) => status[k] === "keep");
    for (let r = 0; r < n; r++) {
      for (let c = r + 1; c < n; c++) {
        if (status[r] === "keep" && status[c] === "keep") setPair(list[r]!, list[c]!, m[r]![c]!, path);
      }
    }
    for (const name of kept) if (!names.includes(name)) names.push(name);
  }
  if (errors > 0 || names.length < 2) return undefined;

  const matrix = names.map((a) =>
    names.map((b) => {
      if (a === b) return 1;
      const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      return pairs.get(key)?.rho ?? 0;
    }),
  );
  const smallest = symmetricEigenvalues(matrix)[0]!;
  if (smallest < PSD_TOLERANCE) {
    const only = entries.length === 1 ? entries[0]! : undefined;
    const at: Path = only && "matrix" in only.entry ? [...only.path, "matrix"] : ["correlations"];
    report("E_CORRELATION_NOT_PSD", { eigenvalue: smallest.toFixed(3) }, at, true);
    return undefined;
  }
  return { inputs: names, matrix, line: parsed.locate(["correlations"], { key: true }).line };
}

/** Whether a variant or --set replaced the value at `path` (or a parent of it). */
function overridden(parsed: ParsedFile, path: Path): boolean {
  const prefix = (a: Path, b: Path) => a.every((seg, i) => i < b.length && String(seg) === String(b[i]));
  return parsed.overridden.some((o) => prefix(o.path, path) || prefix(path, o.path));
}
