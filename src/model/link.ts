/**
 * Input-output links between sectors: a (regional) input-output system for
 * chain analysis. Every matrix is indexed by `sectors`: rows are inputs (the
 * selling sector), columns the buying sector.
 */
import type { UncertainValue } from "./distribution.js";
import type { SourceRef } from "./quantity.js";

export interface ValueAddedRow {
  /** The row's name as written (wages, surplus, value_added …). */
  name: string;
  /** Value added per unit of output of each column's sector; null where not stated (zero). */
  shares: Array<UncertainValue | null>;
  line: number;
}

export interface Links {
  /** The sectors of the system (rows and columns of every matrix). */
  sectors: string[];
  /**
   * Technical coefficients: `coefficients[i][j]` is the input from `sectors[i]`
   * per unit of output of `sectors[j]` (all sources, local or not); null where
   * none is stated (zero).
   */
  coefficients: Array<Array<UncertainValue | null>>;
  /**
   * Share of each input sector's sales to the system that is sourced inside
   * the region; null where not stated (taken as 100%).
   */
  localShare: Array<UncertainValue | null>;
  /** Final demand by sector (scenario unit); absent: derived from the projected output as (I − A)x. */
  finalDemand?: Array<UncertainValue | null>;
  /** Value-added rows (shares of output), possibly none. */
  valueAdded: ValueAddedRow[];
  /** How the coefficients were given: directly, or derived from a transactions table. */
  form: "coefficients" | "transactions";
  /** With the transactions form: total outputs the coefficients were divided by. */
  output?: number[];
  note?: string;
  source?: SourceRef;
  /** Line of the `links:` key. */
  line: number;
}
