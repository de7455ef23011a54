/**
 * The spectral radius (Perron root) of a non-negative square matrix, by power
 * iteration on A + I with Collatz–Wielandt bounds: for any positive vector v,
 * minᵢ (Mv)ᵢ/vᵢ ≤ ρ(M) ≤ maxᵢ (Mv)ᵢ/vᵢ. The shift by I makes ρ(A) + 1 the
 * only eigenvalue of largest modulus even when A is periodic or reducible,
 * so the bounds close in on it; iteration stops when they are within
 * `tolerance`. When A is reducible the Perron vector may have zeros and the
 * bounds need not meet: the growth factor of the normalised iterate (its
 * largest entry, the previous one being 1) converges to ρ(A) + 1 instead.
 *
 * For input-output coefficients, ρ(A) < 1 means the system is productive.
 *
 * @example
 * // Miller & Blair's A = [[0.15, 0.25], [0.2, 0.05]]: eigenvalues 0.1 ± √0.0525
 * spectralRadius([[0.15, 0.25], [0.2, 0.05]]) // 0.32912878…
 */
export function spectralRadius(
  a: readonly (readonly number[])[],
  tolerance = 1e-10,
  maxIterations = 10_000,
): number {
  const n = a.length;
  if (n === 0) return 0;
  let v = new Array<number>(n).fill(1);
  let previous = Number.NaN;
  let norm = 0;
  for (let it = 0; it < maxIterations; it++) {
    const w = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let s = v[i]!;
      const row = a[i]!;
      for (let j = 0; j < n; j++) s += row[j]! * v[j]!;
      w[i] = s;
    }
    let low = Number.POSITIVE_INFINITY;
    let high = 0;
    norm = 0;
    for (let i = 0; i < n; i++) {
      const r = w[i]! / v[i]!;
      if (r < low) low = r;
      if (r > high) high = r;
      if (w[i]! > norm) norm = w[i]!;
    }
    // positive Perron vector: the bounds meet; otherwise (reducible A) the growth of the norm converges
    if (high - low <= tolerance * high) return (low + high) / 2 - 1;
    if (Math.abs(norm - previous) <= tolerance * norm) return norm - 1;
    previous = norm;
    v = w.map((x) => x / norm);
  }
  return norm - 1;
}
