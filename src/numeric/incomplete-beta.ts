import { logGamma } from "./log-gamma.js";

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 300;

/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b):
 * the CDF of the Beta(a, b) distribution at x. Evaluated with the continued
 * fraction of Numerical Recipes §6.4 (modified Lentz), using the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges faster.
 *
 * `logBeta` (ln B(a, b)) may be passed when it is already known.
 *
 * @example
 * incompleteBeta(0.5, 2, 3) // 0.6875 (I_x(2, 3) = Σ_{j=2..4} C(4, j) x^j (1 − x)^(4−j) = 11/16 at x = 1/2)
 * incompleteBeta(0.3, 1, 4) // 0.7599 (I_x(1, b) = 1 − (1 − x)^b)
 */
export function incompleteBeta(
  x: number,
  a: number,
  b: number,
  logBeta = logGamma(a) + logGamma(b) - logGamma(a + b),
): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta);
  if (x < (a + 1) / (a + b + 2)) return (front * continuedFraction(x, a, b)) / a;
  return 1 - (front * continuedFraction(1 - x, b, a)) / b;
}

/** The continued fraction for I_x(a, b) (Numerical Recipes `betacf`). */
function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}
