/**
 * Monte Carlo results as sheets: each goal's probability with its 95%
 * interval, and each simulated quantity's range by year.
 */
import type { Lang } from "../../i18n/lang.js";
import { SHEET_NAMES } from "../../i18n/text/xlsx.js";
import type { Findings } from "../../model/findings.js";
import { col, inUnit, quantityName, quantityUnit, unitShown } from "./columns.js";
import type { Cell, SheetTable } from "./table.js";

/** Each goal's probability of being met, its 95% interval, standard error and count. */
export function probabilitiesSheet(f: Findings, lang: Lang): SheetTable | null {
  const s = f.simulation;
  if (!s || s.targets.length === 0) return null;
  const rows: Cell[][] = s.targets.map((t) => {
    const g = f.scenario.goals.find((x) => x.id === t.id);
    return [
      t.id,
      g ? quantityName(f, g.subject, lang) : null,
      g?.year ?? null,
      t.probability,
      t.ci95[0],
      t.ci95[1],
      t.se,
      t.count,
      t.known,
    ];
  });
  if (s.all)
    rows.push([
      "*",
      null,
      null,
      s.all.probability,
      s.all.ci95[0],
      s.all.ci95[1],
      s.all.se,
      s.all.count,
      null,
    ]);
  return {
    key: "probabilities",
    name: SHEET_NAMES.probabilities,
    columns: [
      col("goal", "text"),
      col("name", "text"),
      col("year", "year"),
      col("probability", "percent"),
      col("ciLow", "percent"),
      col("ciHigh", "percent"),
      col("se", "percent"),
      col("count", "integer"),
      { header: { zh: "有效样本数", en: "samples known" }, format: "integer" },
    ],
    rows,
  };
}

/** Each simulated quantity by year: mean, sd and percentiles. */
export function simulatedSheet(f: Findings, lang: Lang): SheetTable | null {
  const s = f.simulation;
  if (!s || s.quantities.length === 0) return null;
  const rows: Cell[][] = [];
  for (const q of s.quantities) {
    const u = quantityUnit(f, q.id);
    s.years.forEach((y, i) => {
      const at = (k: keyof typeof q.stats) => inUnit(q.stats[k][i], u);
      rows.push([
        q.id,
        quantityName(f, q.id, lang),
        y,
        unitShown(u),
        at("mean"),
        at("sd"),
        at("p5"),
        at("p50"),
        at("p95"),
      ]);
    });
  }
  return {
    key: "simulated",
    name: SHEET_NAMES.simulated,
    columns: [
      col("quantity", "text"),
      col("name", "text"),
      col("year", "year"),
      col("unit", "text"),
      col("mean", "number"),
      col("sd", "number"),
      col("p5", "number"),
      col("p50", "number"),
      col("p95", "number"),
    ],
    rows,
  };
}
