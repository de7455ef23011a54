/**
 * `chainsim sensitivity --format xlsx`: a README sheet (scenario, input hash,
 * method, output analysed, seed, samples, evaluations), the uncertain inputs
 * with their ranges, and the method's table — tornado bars, Morris effects,
 * Sobol indices (and second-order ones), or Shapley effects — with intervals
 * as real numbers. Input values are percentages for rates and amounts
 * otherwise, as in the terminal table.
 */
import type { SensitivityRun } from "../../analysis/sensitivity/analyse.js";
import { populationInputLabel } from "../../engine/population/inputs.js";
import type { Lang } from "../../i18n/lang.js";
import { pick } from "../../i18n/lang.js";
import { POPULATION_INPUT } from "../../i18n/text/population-inputs.js";
import { codeText } from "../../i18n/text/tables.js";
import { SOBOL_FLAG } from "../../i18n/text/tables-sensitivity.js";
import { CELL_WORDS, INPUT_ROLES, README_ROWS, SHEET_NAMES } from "../../i18n/text/xlsx.js";
import type { Input } from "../../model/inputs.js";
import { displayName } from "../../model/quantity.js";
import type { Scenario } from "../../model/scenario.js";
import { VERSION } from "../../version.js";
import { manifest } from "../manifest.js";
import { outputLabel } from "../sensitivity-output.js";
import { sobolColumns } from "./analysis-sheets.js";
import { col } from "./columns.js";
import type { Cell, SheetTable } from "./table.js";

const RATE_ROLES: ReadonlyArray<Input["role"]> = ["growth", "schedule", "implied"];

/**
 * An input's value as a cell, as the terminal table shows it (formatInput):
 * rates and ratio quantities as percentages (fractions with a percent
 * format), other amounts as numbers in the quantity's unit.
 */
function inputCell(s: Scenario, inp: Input | undefined, v: number): Cell {
  if (!inp || RATE_ROLES.includes(inp.role)) return { value: v, format: inp ? "percent" : "number" };
  const unit = s.quantities.get(inp.quantity)?.unit;
  if (unit?.dimension === "ratio") return { value: v * 10 ** unit.exp, format: "percent" };
  return { value: v, format: "number" };
}

/**
 * The unit an input is shown in: % for rates and ratios, else its quantity's
 * unit; for a firm population's parameter, 家 (firms) for a count, the firms'
 * money unit for a revenue, a quantile for a group of revenues.
 *
 * @example
 * inputUnit(liaocheng, entryPerYear, "zh") // "家"
 * inputUnit(liaocheng, namedFirmRevenue, "en") // "万元"
 */
export function inputUnit(s: Scenario, inp: Input, lang: Lang): string {
  const firm = inp.firm?.kind;
  if (firm === "rate") return "%";
  if (firm === "count" || firm === "quantile") return pick(POPULATION_INPUT.unit[firm], lang);
  if (firm === "amount") return s.firms?.unit.symbol ?? "";
  const unit = s.quantities.get(inp.quantity)?.unit;
  return RATE_ROLES.includes(inp.role) || unit?.dimension === "ratio" ? "%" : (unit?.symbol ?? "");
}

/** The method's parameters as one line: "seed=1; samples=1024". */
function paramsText(params: Record<string, unknown>): string {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");
}

function readme(s: Scenario, run: SensitivityRun, lang: Lang): SheetTable {
  const m = manifest(s, run.params);
  const evaluations = run.method === "tornado" ? 2 * run.f.inputs.length + 1 : run.result.evaluations;
  const correlated = run.method === "shapley" ? run.result.correlated.join(", ") : null;
  const rows: Array<[keyof typeof README_ROWS, Cell]> = [
    ["title", s.title],
    ["file", m.scenario],
    ["sha256", m.input_sha256],
    ["variant", m.variant],
    ["overrides", m.overrides.join("; ") || null],
    ["analysisMethod", pick(SHEET_NAMES[run.method], lang)],
    ["output", outputLabel(run.f.label, lang)],
    ["parameters", paramsText(run.params)],
    ["base", run.method === "tornado" ? run.result.base : null],
    ["evaluations", evaluations],
    ["correlated", correlated || (run.method === "shapley" ? pick(CELL_WORDS.none, lang) : null)],
    ["version", VERSION],
    ["note", pick(README_ROWS.note, lang)],
  ];
  return {
    key: "readme",
    name: SHEET_NAMES.readme,
    columns: [col("item", "text"), col("value", "general")],
    rows: rows.filter(([, v]) => v !== null).map(([k, v]) => [pick(README_ROWS[k], lang), v]),
  };
}

/** Each input: its quantity, what it is, and its central value and range. */
function inputsSheet(s: Scenario, run: SensitivityRun, lang: Lang): SheetTable {
  return {
    key: "inputs",
    name: SHEET_NAMES.sensitivityInputs,
    columns: [
      col("input", "text"),
      col("quantity", "text"),
      col("role", "text"),
      col("central", "number"),
      col("low", "number"),
      col("high", "number"),
      col("unit", "text"),
    ],
    rows: run.f.inputs.map((i) => {
      const q = s.quantities.get(i.quantity);
      return [
        i.name,
        q ? displayName(q, lang) : (populationInputLabel(s, i.name, lang) ?? i.quantity),
        pick(i.firm ? POPULATION_INPUT.role : INPUT_ROLES[i.role], lang),
        inputCell(s, i, i.value.central),
        inputCell(s, i, i.value.low),
        inputCell(s, i, i.value.high),
        inputUnit(s, i, lang),
      ];
    }),
  };
}

/** The method's own table (and Sobol's second-order one). */
function methodSheets(s: Scenario, run: SensitivityRun, lang: Lang): SheetTable[] {
  const byName = new Map(run.f.inputs.map((i) => [i.name, i]));
  switch (run.method) {
    case "tornado":
      return [
        {
          key: "tornado",
          name: SHEET_NAMES.tornado,
          columns: [
            col("input", "text"),
            col("lowValue", "number"),
            col("outputLow", "number"),
            col("highValue", "number"),
            col("outputHigh", "number"),
            col("swing", "number"),
          ],
          rows: run.result.bars.map((b) => [
            b.input,
            inputCell(s, byName.get(b.input), b.low.value),
            b.low.output,
            inputCell(s, byName.get(b.input), b.high.value),
            b.high.output,
            b.swing,
          ]),
        },
      ];
    case "morris":
      return [
        {
          key: "morris",
          name: SHEET_NAMES.morris,
          columns: [
            col("factor", "text"),
            col("members", "text"),
            col("muStar", "number"),
            col("muStarLow", "number"),
            col("muStarHigh", "number"),
            col("mu", "number"),
            col("sigma", "number"),
            col("sigmaLow", "number"),
            col("sigmaHigh", "number"),
          ],
          rows: run.result.rows.map((r) => [
            r.factor,
            r.members.join(", "),
            r.muStar,
            ...r.muStarCi,
            r.mu,
            r.sigma,
            ...r.sigmaCi,
          ]),
        },
      ];
    case "sobol": {
      const res = run.result;
      const sheets: SheetTable[] = [
        {
          key: "sobol",
          name: SHEET_NAMES.sobol,
          columns: [...sobolColumns(), col("flags", "text")],
          rows: res.indices.map((x) => [
            x.input,
            x.first,
            ...x.firstCi,
            x.total,
            ...x.totalCi,
            x.flags.map((fl) => codeText(SOBOL_FLAG, fl, lang)).join("; ") || null,
          ]),
        },
      ];
      if (res.second?.length)
        sheets.push({
          key: "sobol-second",
          name: SHEET_NAMES.sobolSecond,
          columns: [
            col("inputA", "text"),
            col("inputB", "text"),
            col("secondIndex", "number"),
            col("ciLow", "number"),
            col("ciHigh", "number"),
          ],
          rows: res.second.map((x) => [...x.inputs, x.value, ...x.ci]),
        });
      return sheets;
    }
    case "shapley":
      return [
        {
          key: "shapley",
          name: SHEET_NAMES.shapley,
          columns: [
            col("input", "text"),
            col("shapleyEffect", "number"),
            col("ciLow", "number"),
            col("ciHigh", "number"),
          ],
          rows: run.result.rows.map((x) => [x.input, x.shapley, ...x.ci]),
        },
      ];
  }
}

/**
 * The sheets of a sensitivity run: README, inputs, then the method's table(s).
 *
 * @example
 * sensitivitySheets(s, await analyseSensitivity(s, { method: "sobol", output, seed: 1 }), "zh").map((t) => t.key)
 * // ["readme", "inputs", "sobol"]
 */
export function sensitivitySheets(s: Scenario, run: SensitivityRun, lang: Lang): SheetTable[] {
  return [readme(s, run, lang), inputsSheet(s, run, lang), ...methodSheets(s, run, lang)];
}
