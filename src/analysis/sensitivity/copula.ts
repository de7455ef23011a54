/**
 * The file's `correlations:` for the sampling-based methods that can honour
 * them (scenario discovery and the probabilistic goal seeker): the same
 * Gaussian copula as `simulate` — normal scores z = Φ⁻¹(u) of the correlated
 * inputs mixed as z' = L z (L the Cholesky factor of their correlation
 * matrix), then back to uniforms u' = Φ(z'), so each input keeps its marginal
 * distribution. An input that is fixed (the goal seeker's searched input) is
 * left out, as `simulate --set` leaves a fixed input out of the copula.
 *
 * Variance-based indices (Sobol), elementary effects (Morris) and the tornado
 * assume independent inputs; they draw without the copula and say so
 * (`correlatedInputs`, warning W_SENSITIVITY_INDEPENDENT).
 */
import { normalCdf, normalQuantile } from "../../engine/distributions/index.js";
import { isUncertain } from "../../model/distribution.js";
import type { Input } from "../../model/inputs.js";
import type { Scenario } from "../../model/scenario.js";
import { cholesky } from "../../numeric/cholesky.js";

/** Uniforms are kept inside (0, 1) after the round trip, as in the simulation kernel. */
const MIN_U = 1.1102230246251565e-16;
const MAX_U = 1 - MIN_U;

export interface InputCopula {
  /** Positions in the input list that the copula mixes. */
  members: number[];
  /** Correlate `u` (one uniform per input) in place. */
  apply(u: Float64Array): void;
}

/**
 * Positions in `inputs` of the uncertain inputs that the file correlates with
 * another uncertain input in the list (pairs with a non-zero correlation).
 *
 * @example
 * // Shandong: software, cloud and AI growth are correlated
 * correlatedInputs(shandong, f.inputs).map((i) => f.inputs[i].name) // ["software.growth", "cloud.growth", "ai.growth"]
 */
export function correlatedInputs(
  s: Scenario,
  inputs: readonly Input[],
  except: readonly string[] = [],
): number[] {
  const c = s.correlations;
  if (!c) return [];
  const row = new Map(c.inputs.map((name, k) => [name, k]));
  const candidates = inputs
    .map((inp, i) => ({ i, k: row.get(inp.name), inp }))
    .filter(
      (m): m is { i: number; k: number; inp: Input } =>
        m.k !== undefined && isUncertain(m.inp.value) && !except.includes(m.inp.name),
    );
  return candidates
    .filter((a) => candidates.some((b) => b !== a && c.matrix[a.k]![b.k]! !== 0))
    .map((a) => a.i);
}

/**
 * The copula over the correlated inputs among `inputs`, or null when there is
 * nothing to correlate.
 *
 * @example
 * // two inputs with correlation 0.6: the second's score becomes 0.6·z₁ + 0.8·z₂
 * const cop = inputCopula(s, inputs)!;
 * const u = Float64Array.of(0.8413447460685429, 0.5); // z = (1, 0)
 * cop.apply(u); // u[1] = Φ(0.6) = 0.7257…
 */
export function inputCopula(
  s: Scenario,
  inputs: readonly Input[],
  except: readonly string[] = [],
): InputCopula | null {
  const members = correlatedInputs(s, inputs, except);
  const c = s.correlations;
  if (!c || members.length < 2) return null;
  const row = new Map(c.inputs.map((name, k) => [name, k]));
  const ks = members.map((i) => row.get(inputs[i]!.name)!);
  // a principal submatrix of a positive semi-definite matrix is one too (the loader checked the whole)
  const l = cholesky(ks.map((a) => ks.map((b) => c.matrix[a]![b]!)))!;
  const n = members.length;
  const z = new Float64Array(n);
  return {
    members,
    apply(u) {
      for (let j = 0; j < n; j++) z[j] = normalQuantile(u[members[j]!]!);
      for (let j = n - 1; j >= 0; j--) {
        let v = 0;
        for (let k = 0; k <= j; k++) v += l[j]![k]! * z[k]!;
        u[members[j]!] = Math.min(MAX_U, Math.max(MIN_U, normalCdf(v)));
      }
    },
  };
}

/**
 * The correlation matrix of the normal scores of `inputs` under the file's
 * copula: the stated correlations between them, 1 on the diagonal, 0 for
 * inputs the file does not correlate (or that are fixed).
 *
 * @example
 * // correlated.yaml: a and b correlated 0.8
 * inputCorrelation(s, f.inputs) // [[1, 0.8], [0.8, 1]]
 */
export function inputCorrelation(s: Scenario, inputs: readonly Input[]): number[][] {
  const k = inputs.length;
  const out = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j): number => (i === j ? 1 : 0)),
  );
  const c = s.correlations;
  if (!c) return out;
  const members = correlatedInputs(s, inputs);
  const row = new Map(c.inputs.map((name, r) => [name, r]));
  for (const i of members)
    for (const j of members)
      if (i !== j) out[i]![j] = c.matrix[row.get(inputs[i]!.name)!]![row.get(inputs[j]!.name)!]!;
  return out;
}
