/**
 * Rasmussen's linkage indices and key sectors (Rasmussen, Studies in
 * Inter-Sectoral Relations, 1956; Miller and Blair 2009, §12.2).
 *
 * With L the Leontief inverse, n sectors and L̄ = Σ_ij L_ij / n² its mean
 * entry:
 * - backward linkage ("power of dispersion") of j: (Σ_i L_ij / n) / L̄ —
 *   how much j's final demand pulls on the whole system, against the average;
 * - forward linkage ("sensitivity of dispersion") of i: (Σ_j L_ij / n) / L̄ —
 *   how much i's output responds to a unit of final demand in every sector.
 * Both average exactly 1 across sectors. A key sector has both above 1.
 */
import type { LeontiefSystem } from "./solve-output.js";

export type SectorClass = "key" | "backward" | "forward" | "weak";

export interface Linkages {
  backward: number[];
  forward: number[];
  classes: SectorClass[];
}

/**
 * Key-sector classification from the two indices.
 *
 * @example
 * classifySector(1.2, 1.1) // "key"       (both above average)
 * classifySector(1.2, 0.8) // "backward"  (strong buyer: pulls on its suppliers)
 * classifySector(0.9, 1.3) // "forward"   (strong supplier: others depend on it)
 * classifySector(0.9, 0.8) // "weak"
 */
export function classifySector(backward: number, forward: number): SectorClass {
  if (backward > 1 && forward > 1) return "key";
  if (backward > 1) return "backward";
  if (forward > 1) return "forward";
  return "weak";
}

/**
 * Rasmussen's backward and forward linkage indices, from column and row sums
 * of L obtained by solving (no explicit inverse). `columnSums` may pass the
 * output multipliers when they are already computed.
 *
 * @example
 * // L = [[1.2541, 0.3300], [0.2640, 1.1221]]: column sums 1.5182, 1.4521; row sums 1.5842, 1.3861
 * rasmussen(leontiefSystem(la, [[0.15, 0.25], [0.2, 0.05]]))
 * // { backward: [1.0223, 0.9777], forward: [1.0667, 0.9333], classes: ["key", "weak"] }
 */
export function rasmussen(sys: LeontiefSystem, columnSums?: readonly number[]): Linkages {
  const n = sys.n;
  const ones = new Array<number>(n).fill(1);
  const colSums = columnSums ?? sys.solveTransposed(ones);
  const rowSums = sys.solve(ones);
  const total = colSums.reduce((s, x) => s + x, 0);
  const mean = total / n;
  const backward = colSums.map((c) => c / mean);
  const forward = rowSums.map((r) => r / mean);
  return { backward, forward, classes: backward.map((b, i) => classifySector(b, forward[i]!)) };
}
