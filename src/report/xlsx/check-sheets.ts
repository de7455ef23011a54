/**
 * Do the goals add up (verdicts), what growth they require, and the local
 * demand the downstream goals imply — the `check` part as sheets.
 */
import type { Lang } from "../../i18n/lang.js";
import { SHEET_NAMES } from "../../i18n/text/xlsx.js";
import type { Findings } from "../../model/findings.js";
import { col, inUnit, quantityName, quantityUnit, unitShown } from "./columns.js";
import type { SheetTable } from "./table.js";

/** One row per add-up check: headline, parts, overlap, net, verdict. */
export function verdictsSheet(f: Findings, lang: Lang): SheetTable | null {
  const v = f.check?.verdicts;
  if (!v?.length) return null;
  return {
    key: "verdicts",
    name: SHEET_NAMES.verdicts,
    columns: [
      col("parent", "text"),
      col("name", "text"),
      col("year", "year"),
      col("headline", "number"),
      col("childrenSum", "number"),
      col("overlapLow", "number"),
      col("overlapHigh", "number"),
      col("netLow", "number"),
      col("netHigh", "number"),
      col("minOverlap", "number"),
      col("unit", "text"),
      col("verdict", "text"),
    ],
    rows: v.map((x) => {
      const u = quantityUnit(f, x.parent);
      return [
        x.parent,
        quantityName(f, x.parent, lang),
        x.year,
        inUnit(x.headline, u),
        inUnit(x.children_sum, u),
        inUnit(x.overlap.low, u),
        inUnit(x.overlap.high, u),
        inUnit(x.net.low, u),
        inUnit(x.net.high, u),
        inUnit(x.min_overlap_needed, u),
        unitShown(u),
        x.verdict,
      ];
    }),
  };
}

/** The growth each goal requires from its latest known value, against the assumption. */
export function requiredGrowthSheet(f: Findings, lang: Lang): SheetTable | null {
  const r = f.check?.required_growth;
  if (!r?.length) return null;
  return {
    key: "requiredGrowth",
    name: SHEET_NAMES.requiredGrowth,
    columns: [
      col("goal", "text"),
      col("name", "text"),
      col("year", "year"),
      col("startYear", "year"),
      col("requiredLow", "percent"),
      col("requiredCentral", "percent"),
      col("requiredHigh", "percent"),
      col("assumed", "percent"),
      col("shortfall", "percent"),
    ],
    rows: r.map((x) => [
      x.target,
      quantityName(f, x.subject, lang),
      x.year,
      x.from.year,
      x.required.low,
      x.required.central,
      x.required.high,
      x.assumed?.central ?? null,
      x.shortfall,
    ]),
  };
}

/** Upstream goals against the local demand the downstream goals imply. */
export function chainConsistencySheet(f: Findings, lang: Lang): SheetTable | null {
  const c = f.check?.chain;
  if (!c?.length) return null;
  return {
    key: "chainConsistency",
    name: SHEET_NAMES.chainConsistency,
    columns: [
      col("upstream", "text"),
      col("name", "text"),
      col("year", "year"),
      col("target", "number"),
      col("impliedDemand", "number"),
      col("unit", "text"),
      col("ratio", "number"),
      col("verdict", "text"),
    ],
    rows: c.map((x) => {
      const u = quantityUnit(f, x.upstream);
      return [
        x.upstream,
        quantityName(f, x.upstream, lang),
        x.year,
        inUnit(x.goal, u),
        inUnit(x.implied_demand.central, u),
        unitShown(u),
        x.ratio,
        x.verdict,
      ];
    }),
  };
}
