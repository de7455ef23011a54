/**
 * A published statistic from a figures file (seeds/figures.yaml) that names
 * the scenario quantity it measures: what a backtest sets beside the
 * projection when the scenario itself holds no dated actuals.
 */

export interface PublishedFigure {
  /** The figure's id in its file, e.g. sd-it-revenue-2023. */
  id: string;
  /** Region of the figure (shandong, guangdong, national). */
  region: string;
  /** The sector or indicator id it measures (as in seeds/goals.yaml and the scenarios). */
  quantity: string;
  /** The full year it covers. */
  year: number;
  /** The value as published (a floor for "above"). */
  value: number;
  /** As published: exact, above (以上) or about (左右). */
  qualifier: "exact" | "above" | "about";
  publisher?: string;
  /** Publication date (YYYY-MM or YYYY-MM-DD) when known. */
  published?: string;
  /** Line of the figure in its file. */
  line: number;
}
