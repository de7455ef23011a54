/**
 * Sectors and indicators: the quantities a scenario projects year by year.
 */

import type { Bilingual } from "../i18n/lang.js";
import type { UncertainValue } from "./distribution.js";
import type { Unit } from "./units.js";

export interface Names {
  zh?: string;
  en?: string;
}

export interface SourceRef {
  /** The document's file ("" for a published statistic or an assumption that cites none). */
  document: string;
  /** The document number (文号) and title, when `documents:` gives them. */
  number?: string;
  title?: string;
  clause?: string;
  figure?: string;
  note?: string;
  /** A published statistic: who published it and when. */
  publisher?: string;
  published?: string;
  /** No published figure: the value is assumed, for this reason (as the file writes it: one text, or `{ zh, en }`). */
  assumed?: string | Bilingual;
}

/**
 * A formula as data: its text and references (compiled by each thread that
 * evaluates it, see `formula/formula-function.ts`).
 */
export interface FormulaSpec {
  /** The expression as written. */
  text: string;
  /** Names of sectors and indicators it reads (same-year values), sorted. */
  refs: string[];
  /**
   * For a `sum:` value: the terms added, in the order written, each with the
   * factor that brings it into the owner's unit (evaluated without mathjs).
   */
  sum?: Array<{ ref: string; scale: number }>;
  line: number;
  /** Column of the formula in its line (1-based; 0 when unknown), and the line itself, for a caret under errors. */
  col?: number;
  excerpt?: string;
}

export type GrowthSpec = (
  | {
      type: "rate";
      rate: UncertainValue;
      /** Draw the rate once per run, or each year (Monte Carlo only). */
      draw: "once" | "yearly";
      /** With yearly draws: correlation between successive years. */
      autocorrelation: number;
    }
  | { type: "schedule"; years: number[]; rates: UncertainValue[] }
  | { type: "formula"; formula: FormulaSpec }
) & {
  /** Where the growth assumption comes from (`source:` of `{ rate }` or `{ schedule }`). */
  source?: SourceRef;
};

export interface Baseline {
  year: number;
  value: UncertainValue;
  /** Set when the value was back-calculated from a goal. */
  implied?: { target: string; growth: UncertainValue; goal: number; goalYear: number };
  source?: SourceRef;
  line: number;
}

export interface Actual {
  year: number;
  /** The full-year value used on central assumptions (the centre of `uncertain` when there is one). */
  value: number;
  /** A qualifier such as "above" in the published figure. */
  qualifier?: string;
  text: string;
  line: number;
  /**
   * What the publication leaves open (a range, a floor with a stated spread, a
   * partial year annualised by a share-of-year range), in the quantity's unit:
   * a simulation starts from a draw of it. Absent when the figure is exact.
   */
  uncertain?: UncertainValue;
  /** A partial-year figure: the last month covered, and the figure as published (before annualising). */
  through?: { year: number; month: number; published: number; shareOfYear: UncertainValue };
  publisher?: string;
  /** Publication date as written (YYYY-MM or YYYY-MM-DD). */
  published?: string;
  /** The series is redefined from this year on (growth does not compound across it). */
  scopeBreak?: boolean;
  note?: string;
}

export interface Quantity {
  id: string;
  kind: "sector" | "indicator";
  names: Names;
  unit: Unit;
  baseline?: Baseline;
  growth?: GrowthSpec;
  /** A level formula (instead of baseline and growth). */
  formula?: FormulaSpec;
  /** Sorted by year. */
  actuals: Actual[];
  children: string[];
  parents: string[];
  exhaustive: boolean;
  /** Values are yearly additions (for cumulative goals). */
  flow: boolean;
  note?: string;
  source?: SourceRef;
  /**
   * Values may fall below zero (`may_be_negative: true`): money and counts
   * are otherwise refused when a formula makes them negative
   * (E_FORMULA_NEGATIVE) and warned about when Monte Carlo draws are
   * (W_NEGATIVE_DRAWS).
   */
  mayBeNegative?: boolean;
  line: number;
}

/** Display name in a language, falling back to the other language and then the id. */
export function displayName(q: { id: string; names: Names }, lang: "zh" | "en" = "zh"): string {
  return (lang === "zh" ? (q.names.zh ?? q.names.en) : (q.names.en ?? q.names.zh)) ?? q.id;
}
