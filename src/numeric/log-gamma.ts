/** Lanczos coefficients (g = 7, n = 9), as in Numerical Recipes 3rd ed. §6.1 and Godfrey's table. */
const G = 7;
const C = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046728;

/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0 (Lanczos
 * approximation, relative error about 1e-15; the reflection formula below 0.5).
 *
 * @example
 * logGamma(5) // 3.1780538303479458 (ln 24, since Γ(5) = 4! = 24)
 * logGamma(0.5) // 0.5723649429247001 (ln √π)
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) {
    // Γ(x) Γ(1 − x) = π / sin(πx)
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let a = C[0]!;
  const t = z + G + 0.5;
  for (let i = 1; i < G + 2; i++) a += C[i]! / (z + i);
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
