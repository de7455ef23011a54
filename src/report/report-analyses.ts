/**
 * The report's figures of the optional analyses, read from Findings (parts
 * `sensitivity`, `chain`, `costs`; analyse() runs them only when they apply):
 *
 * - sensitivity (`--sensitivity GOAL_ID`): tornado and Sobol indices of the
 *   goal's gap (chart 7);
 * - industry chain (the scenario has `links:`): the multipliers heat map and
 *   the propagation of a demand shock (chart 8) — `--shock SECTOR=-10%`, or by
 *   default the sector with the largest final demand −10%;
 * - policy costs (the scenario has `instruments:` and samples > 0): the cost
 *   fan chart and the breakdown by instrument (chart 9).
 *
 * Nothing here computes a result: the numbers are the Findings'.
 */

import { firmInputKind } from "../engine/population/inputs.js";
import type { ChainFindings, CostsFindings, Num, SensitivityFindings } from "../model/findings.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { parseUnit } from "../model/units.js";
import { table } from "./charts/data.js";
import type { SobolInput, TornadoInput } from "./charts/sensitivity.js";
import { formatPercent, formatValue } from "./format.js";
import type { Labels } from "./labels.js";
import {
  type FigureSpec,
  goalsSource,
  joinSources,
  lineList,
  quantityName,
  type SensitivityFigures,
  scenarioSource,
} from "./report-figures.js";
import { goalUnit } from "./run-output.js";
import { formatFirmInput } from "./sensitivity-output.js";

export { DEFAULT_SENSITIVITY_SAMPLES } from "../analysis/findings/sensitivity-findings.js";

const n = (x: Num) => x ?? Number.NaN;
/** Instruments drawn one by one in the breakdown; the rest are drawn together. */
export const MAX_INSTRUMENTS = 8;

const file = (s: Scenario) => s.provenance.file.replace(/\\/g, "/");

/** Tornado (P10–P90) and Sobol indices of a goal's gap. */
export function sensitivityFigures(s: Scenario, f: SensitivityFindings, L: Labels): SensitivityFigures {
  const goal = f.target;
  const t = s.targets.find((x) => x.id === goal)!;
  const unit = goalUnit(s, t);
  const subject = quantityName(s, t.subject, L);
  const output =
    L.lang === "zh" ? `${subject}与目标之差（${t.year}）` : `${subject}: gap to goal (${t.year})`;
  const byName = new Map(f.inputs.map((i) => [i.name, i]));
  // an input's value in its own unit: rates as %, amounts in the quantity's unit
  const formatInput = (name: string, v: Num) => {
    const inp = byName.get(name)!;
    const firm = firmInputKind(name);
    if (firm) return formatFirmInput(s, firm, n(v));
    if (inp.role === "growth" || inp.role === "schedule" || inp.role === "implied")
      return formatPercent(v, 2);
    return formatValue(v, s.quantities.get(inp.quantity)!.unit);
  };
  const sources = [
    ...scenarioSource(s, [...new Set(f.inputs.map((i) => i.quantity))], L),
    ...goalsSource([t], L),
    L.lang === "zh"
      ? `Sobol：N = ${f.samples}，随机种子 ${f.seed}`
      : `Sobol: N = ${f.samples}, seed ${f.seed}`,
  ];
  const ignored = f.independent;
  if (ignored.length) {
    sources.push(
      L.lang === "zh"
        ? `输入按相互独立抽取：未计入 ${ignored.join("、")} 之间的相关性（计入相关性的 Shapley 效应：chainsim sensitivity --method shapley）`
        : `inputs drawn independently: the correlations among ${ignored.join(", ")} are not applied (Shapley effects apply them: chainsim sensitivity --method shapley)`,
    );
  }
  const note = joinSources(L, sources);
  const tornadoInput: TornadoInput = {
    output,
    unit,
    base: n(f.tornado.base),
    rows: f.tornado.bars.map((b) => ({
      input: b.input,
      low: n(b.low.output),
      high: n(b.high.output),
      lowLabel: formatInput(b.input, b.low.value),
      highLabel: formatInput(b.input, b.high.value),
    })),
    note,
  };
  const sobolInput: SobolInput = {
    output,
    rows: f.sobol.indices.map((x) => ({
      input: x.input,
      first: n(x.first),
      firstCi: [n(x.first_ci[0]), n(x.first_ci[1])],
      total: n(x.total),
      totalCi: [n(x.total_ci[0]), n(x.total_ci[1])],
    })),
    note,
  };
  return { tornado: [tornadoInput], sobol: [sobolInput] };
}

/** Chart 8: multipliers heat map and a shock's propagation. */
export function chainFigures(s: Scenario, r: ChainFindings | undefined, L: Labels): FigureSpec[] {
  if (!r?.shock) return [];
  const sectors = r.sectors;
  const names = sectors.map((id) => quantityName(s, id, L));
  const shock = r.shock;
  const sources = [L.captions.sourcesChain(file(s), lineList([r.line], L)), ...scenarioSource(s, sectors, L)];
  const note = joinSources(L, sources);
  const change = shock.arg
    .slice(shock.arg.indexOf("=") + 1)
    .trim()
    .replace(/^-/, "−");
  const shockName = `${quantityName(s, shock.sector, L)} ${change}`;
  const mult = {
    sectors: names,
    matrix: r.leontief.map((row) => row.map(n)),
    year: r.year,
    note,
  };
  const rows = sectors.map((id, i) => ({
    id,
    sector: names[i]!,
    direct: n(shock.direct[i]!),
    indirect: n(shock.indirect[i]!),
    total: n(shock.total[i]!),
    relative: n(shock.relative[i]!),
  }));
  const shockInput = {
    shock: shockName,
    unit: s.unit,
    year: r.year,
    rows: rows.map(({ sector, direct, indirect, total }) => ({ sector, direct, indirect, total })),
    note,
  };
  return [
    {
      name: "chain-multipliers",
      section: "chain",
      title: `${L.charts.chain.multipliersTitle} (${r.year})`,
      caption: L.captions.chain,
      sources,
      data: table(
        "chain-multipliers",
        [
          { name: "year", type: "int" },
          { name: "upstream", type: "string" },
          { name: "downstream", type: "string" },
          { name: "upstream_name", type: "string" },
          { name: "downstream_name", type: "string" },
          { name: "leontief", type: "number" },
          { name: "regional_coefficient", type: "number" },
        ],
        sectors.flatMap((up, i) =>
          sectors.map((down, j) => ({
            year: r.year,
            upstream: up,
            downstream: down,
            upstream_name: names[i]!,
            downstream_name: names[j]!,
            leontief: n(r.leontief[i]![j]!),
            regional_coefficient: n(r.regional[i]![j]!),
          })),
        ),
      ),
      draw: async (dom) => (await import("./charts/chain.js")).multipliersChart(mult, dom, L),
    },
    {
      name: "chain-shock",
      section: "chain",
      title: `${L.charts.chain.shockTitle}: ${shockName} (${r.year})`,
      caption: L.captions.chainShock,
      sources,
      data: table(
        "chain-shock",
        [
          { name: "year", type: "int" },
          { name: "shock", type: "string" },
          { name: "sector", type: "string" },
          { name: "name", type: "string" },
          { name: "unit", type: "string" },
          { name: "direct", type: "number" },
          { name: "indirect", type: "number" },
          { name: "total", type: "number" },
          { name: "relative", type: "number" },
        ],
        rows.map((x) => ({
          year: r.year,
          shock: shock.arg,
          sector: x.id,
          name: x.sector,
          unit: s.unit.symbol,
          direct: x.direct,
          indirect: x.indirect,
          total: x.total,
          relative: x.relative,
        })),
      ),
      draw: async (dom) => (await import("./charts/chain.js")).shockChart(shockInput, dom, L),
    },
  ];
}

/** Chart 9: the cost fan chart and the breakdown by instrument. */
export function costFigures(s: Scenario, r: CostsFindings | undefined, L: Labels): FigureSpec[] {
  if (!r || !s.instruments?.length) return [];
  const unit = parseUnit(r.unit) ?? s.unit;
  const sources = [
    L.captions.sourcesInstruments(
      file(s),
      lineList(
        s.instruments.map((i) => i.line),
        L,
      ),
    ),
    L.captions.sourcesSimulation(r.samples.toLocaleString("en-US"), String(r.seed)),
  ];
  const note = joinSources(L, sources);
  const points = r.years.map((year, k) => ({
    year,
    p10: n(r.total.p10[k]!),
    p50: n(r.total.p50[k]!),
    p90: n(r.total.p90[k]!),
    mean: n(r.total.mean[k]!),
  }));
  const instrumentName = (x: (typeof r.instruments)[number]) =>
    displayName({ id: x.id, names: x.name }, L.lang);
  // the largest instruments by expected total, the rest together (colours stay distinct)
  const ranked = [...r.instruments].sort(
    (a, b) => n(b.all_years_mean) - n(a.all_years_mean) || a.id.localeCompare(b.id),
  );
  const shown = ranked.slice(0, ranked.length > MAX_INSTRUMENTS ? MAX_INSTRUMENTS - 1 : MAX_INSTRUMENTS);
  const rest = ranked.slice(shown.length);
  const other = L.lang === "zh" ? `其他 ${rest.length} 项` : `${rest.length} others`;
  const instruments = [...shown.map(instrumentName), ...(rest.length ? [other] : [])];
  const breakdown = [
    ...shown.flatMap((x) =>
      r.years.map((year, k) => ({ year, instrument: instrumentName(x), value: n(x.by_year.mean[k]!) })),
    ),
    ...(rest.length
      ? r.years.map((year, k) => ({
          year,
          instrument: other,
          value: rest.reduce((sum, x) => sum + n(x.by_year.mean[k]!), 0),
        }))
      : []),
  ];
  const fan = { unit, points, samples: r.samples, note };
  const parts = { unit, instruments, rows: breakdown, note };
  const stat = (name: string) => [
    { name: `${name}mean`, type: "number" as const },
    { name: `${name}sd`, type: "number" as const },
    { name: `${name}p10`, type: "number" as const },
    { name: `${name}p50`, type: "number" as const },
    { name: `${name}p90`, type: "number" as const },
  ];
  return [
    {
      name: "costs-fan",
      section: "costs",
      title: L.charts.costs.fanTitle,
      caption: L.captions.costs,
      sources,
      data: table(
        "costs-fan",
        [{ name: "year", type: "int" }, { name: "unit", type: "string" }, ...stat("")],
        r.years.map((year, k) => ({
          year,
          unit: r.unit,
          mean: n(r.total.mean[k]!),
          sd: n(r.total.sd[k]!),
          p10: n(r.total.p10[k]!),
          p50: n(r.total.p50[k]!),
          p90: n(r.total.p90[k]!),
        })),
      ),
      draw: async (dom) => (await import("./charts/costs.js")).costFanChart(fan, dom, L),
    },
    {
      name: "costs-breakdown",
      section: "costs",
      title: L.charts.costs.breakdownTitle,
      caption: L.captions.costsBreakdown,
      sources,
      data: table(
        "costs-breakdown",
        [
          { name: "instrument", type: "string" },
          { name: "name", type: "string" },
          { name: "year", type: "int" },
          { name: "unit", type: "string" },
          ...stat(""),
          { name: "line", type: "int" },
        ],
        r.instruments.flatMap((x) =>
          r.years.map((year, k) => ({
            instrument: x.id,
            name: instrumentName(x),
            year,
            unit: r.unit,
            mean: n(x.by_year.mean[k]!),
            sd: n(x.by_year.sd[k]!),
            p10: n(x.by_year.p10[k]!),
            p50: n(x.by_year.p50[k]!),
            p90: n(x.by_year.p90[k]!),
            line: x.line,
          })),
        ),
      ),
      draw: async (dom) => (await import("./charts/costs.js")).costBreakdownChart(parts, dom, L),
    },
  ];
}
