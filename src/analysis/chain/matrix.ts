/**
 * Plain matrix helpers for chain analysis (no mathjs): small, dense,
 * row-major `number[][]`.
 */
import type { Mat } from "./linear-algebra.js";

/**
 * I − A.
 *
 * @example
 * identityMinus([[0.15, 0.25], [0.2, 0.05]]) // [[0.85, -0.25], [-0.2, 0.95]]
 */
export function identityMinus(a: Mat): number[][] {
  return a.map((row, i) => row.map((v, j) => (i === j ? 1 : 0) - v));
}

/**
 * Aᵀ.
 *
 * @example
 * transpose([[1, 2], [3, 4]]) // [[1, 3], [2, 4]]
 */
export function transpose(a: Mat): number[][] {
  return a.length === 0 ? [] : a[0]!.map((_, j) => a.map((row) => row[j]!));
}

/**
 * A·v.
 *
 * @example
 * matVec([[1, 2], [3, 4]], [1, 1]) // [3, 7]
 */
export function matVec(a: Mat, v: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, x, j) => s + x * v[j]!, 0));
}

/**
 * Column sums.
 *
 * @example
 * columnSums([[1, 2], [3, 4]]) // [4, 6]
 */
export function columnSums(a: Mat): number[] {
  return a.length === 0 ? [] : a[0]!.map((_, j) => a.reduce((s, row) => s + row[j]!, 0));
}

/**
 * Row sums.
 *
 * @example
 * rowSums([[1, 2], [3, 4]]) // [3, 7]
 */
export function rowSums(a: Mat): number[] {
  return a.map((row) => row.reduce((s, x) => s + x, 0));
}

/**
 * diag(s)·A: row i scaled by s[i] (local shares applied to the inputs of row i).
 *
 * @example
 * scaleRows([[0.1, 0.2], [0.3, 0.4]], [0.5, 1]) // [[0.05, 0.1], [0.3, 0.4]]
 */
export function scaleRows(a: Mat, s: readonly number[]): number[][] {
  return a.map((row, i) => row.map((v) => v * s[i]!));
}

/**
 * A·diag(x): column j scaled by x[j] (coefficients back to transactions).
 *
 * @example
 * scaleColumns([[0.15, 0.25], [0.2, 0.05]], [1000, 2000]) // [[150, 500], [200, 100]]
 */
export function scaleColumns(a: Mat, x: readonly number[]): number[][] {
  return a.map((row) => row.map((v, j) => v * x[j]!));
}
