/**
 * Correlations between uncertain inputs, after validation: a correlation
 * matrix over named inputs (see `inputs.ts`), symmetric, with a unit
 * diagonal, entries in [-1, 1], and positive semi-definite. Applied by a
 * Gaussian copula: the inputs' normal scores are correlated, their marginal
 * distributions are unchanged.
 */
export interface Correlations {
  /** Input names, e.g. `software.growth`. */
  inputs: string[];
  /** Row-major matrix over `inputs`; pairs not stated are 0. */
  matrix: number[][];
  /** Line of `correlations:` in the file. */
  line: number;
}
