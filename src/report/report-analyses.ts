/**
 * The report's optional analyses, run only when they apply:
 *
 * - sensitivity (`--sensitivity GOAL_ID`): tornado and Sobol indices of the
 *   goal's gap (chart 7);
 * - industry chain (the scenario has `links:`): the multipliers heat map and
 *   the propagation of a demand shock (chart 8) — `--shock SECTOR=-10%`, or by
 *   default the sector with the largest final demand −10%;
 * - policy costs (the scenario has `instruments:` and samples > 0): the cost
 *   fan chart and the breakdown by instrument (chart 9).
 *
 * Each analysis module (and mathjs) loads only when it is used.
 */
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { parseUnit } from "../model/units.js";
import { table } from "./charts/data.js";
import type { SobolInput, TornadoInput } from "./charts/sensitivity.js";
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

/** Sobol base samples when none are given. */
export const DEFAULT_SENSITIVITY_SAMPLES = 1024;
/** Instruments drawn one by one in the breakdown; the rest are drawn together. */
export const MAX_INSTRUMENTS = 8;

const file = (s: Scenario) => s.provenance.file.replace(/\\/g, "/");

/** Tornado (P10–P90) and Sobol indices of a goal's gap. */
export async function sensitivityFigures(
  s: Scenario,
  goal: string,
  opts: { samples: number; seed: number },
  L: Labels,
): Promise<SensitivityFigures> {
  const [{ modelFunction }, { tornado }, { sobol }, { formatInput }, { correlatedInputs }] =
    await Promise.all([
      import("../analysis/sensitivity/model-function.js"),
      import("../analysis/sensitivity/tornado.js"),
      import("../analysis/sensitivity/sobol.js"),
      import("./sensitivity-output.js"),
      import("../analysis/sensitivity/copula.js"),
    ]);
  const f = await modelFunction(s, { kind: "gap", target: goal });
  const t = s.targets.find((x) => x.id === goal)!;
  const unit = goalUnit(s, t);
  const subject = quantityName(s, t.subject, L);
  const output =
    L.lang === "zh" ? `${subject}与目标之差（${t.year}）` : `${subject}: gap to goal (${t.year})`;
  const tor = tornado(f);
  const sob = sobol(f, { samples: opts.samples, seed: opts.seed });
  const byName = new Map(f.inputs.map((i) => [i.name, i]));
  const sources = [
    ...scenarioSource(s, [...new Set(f.inputs.map((i) => i.quantity))], L),
    ...goalsSource([t], L),
    L.lang === "zh"
      ? `Sobol：N = ${opts.samples}，随机种子 ${opts.seed}`
      : `Sobol: N = ${opts.samples}, seed ${opts.seed}`,
  ];
  const ignored = correlatedInputs(s, f.inputs).map((i) => f.inputs[i]!.name);
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
    base: tor.base,
    rows: tor.bars.map((b) => {
      const inp = byName.get(b.input)!;
      return {
        input: b.input,
        low: b.low.output,
        high: b.high.output,
        lowLabel: formatInput(s, inp, b.low.value),
        highLabel: formatInput(s, inp, b.high.value),
      };
    }),
    note,
  };
  const sobolInput: SobolInput = {
    output,
    rows: sob.indices.map((x) => ({
      input: x.input,
      first: x.first,
      firstCi: x.firstCi,
      total: x.total,
      totalCi: x.totalCi,
    })),
    note,
  };
  return { tornado: [tornadoInput], sobol: [sobolInput] };
}

/** Chart 8: multipliers heat map and a shock's propagation. */
export async function chainFigures(
  s: Scenario,
  opts: { shock?: string | undefined },
  L: Labels,
): Promise<FigureSpec[]> {
  const links = s.links;
  if (!links) return [];
  const [{ analyseChain }, { defaultShock }, { parseShock }] = await Promise.all([
    import("../analysis/chain/analyse.js"),
    import("../analysis/chain/shock.js"),
    import("../scenario/shock-arg.js"),
  ]);
  const sectors = links.sectors;
  const names = sectors.map((id) => quantityName(s, id, L));
  let shock: ReturnType<typeof parseShock>;
  if (opts.shock) shock = parseShock(opts.shock, "--shock", s.unit, sectors);
  else {
    shock = defaultShock(sectors, (await analyseChain(s, { samples: 0 })).finalDemand);
  }
  const r = await analyseChain(s, { samples: 0, shocks: [shock], tables: true });
  const sources = [
    L.captions.sourcesChain(file(s), lineList([links.line], L)),
    ...scenarioSource(s, sectors, L),
  ];
  const note = joinSources(L, sources);
  const change = shock.arg
    .slice(shock.arg.indexOf("=") + 1)
    .trim()
    .replace(/^-/, "−");
  const shockName = `${quantityName(s, shock.sector, L)} ${change}`;
  const mult = {
    sectors: names,
    matrix: r.leontief,
    year: r.year,
    note,
  };
  const d = r.demand!;
  const rows = sectors.map((id, i) => ({
    id,
    sector: names[i]!,
    direct: d.direct[i]!.central,
    indirect: d.indirect[i]!.central,
    total: d.output[i]!.central,
    relative: d.relative[i]!.central,
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
            leontief: r.leontief[i]![j]!,
            regional_coefficient: r.regional[i]![j]!,
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
export async function costFigures(
  s: Scenario,
  opts: { samples: number; seed: number },
  L: Labels,
): Promise<FigureSpec[]> {
  if (!s.instruments?.length || opts.samples <= 0) return [];
  const { simulateCosts } = await import("../analysis/policy/simulate-costs.js");
  const r = simulateCosts(s, { samples: opts.samples, seed: opts.seed });
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
    p10: r.total.p10[k]!,
    p50: r.total.p50[k]!,
    p90: r.total.p90[k]!,
    mean: r.total.mean[k]!,
  }));
  const instrumentName = (x: (typeof r.instruments)[number]) => displayName(x.instrument, L.lang);
  // the largest instruments by expected total, the rest together (colours stay distinct)
  const ranked = [...r.instruments].sort(
    (a, b) => b.allYears.mean - a.allYears.mean || a.instrument.id.localeCompare(b.instrument.id),
  );
  const shown = ranked.slice(0, ranked.length > MAX_INSTRUMENTS ? MAX_INSTRUMENTS - 1 : MAX_INSTRUMENTS);
  const rest = ranked.slice(shown.length);
  const other = L.lang === "zh" ? `其他 ${rest.length} 项` : `${rest.length} others`;
  const instruments = [...shown.map(instrumentName), ...(rest.length ? [other] : [])];
  const breakdown = [
    ...shown.flatMap((x) =>
      r.years.map((year, k) => ({ year, instrument: instrumentName(x), value: x.byYear.mean[k]! })),
    ),
    ...(rest.length
      ? r.years.map((year, k) => ({
          year,
          instrument: other,
          value: rest.reduce((sum, x) => sum + x.byYear.mean[k]!, 0),
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
          mean: r.total.mean[k]!,
          sd: r.total.sd[k]!,
          p10: r.total.p10[k]!,
          p50: r.total.p50[k]!,
          p90: r.total.p90[k]!,
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
            instrument: x.instrument.id,
            name: instrumentName(x),
            year,
            unit: r.unit,
            mean: x.byYear.mean[k]!,
            sd: x.byYear.sd[k]!,
            p10: x.byYear.p10[k]!,
            p50: x.byYear.p50[k]!,
            p90: x.byYear.p90[k]!,
            line: x.instrument.line,
          })),
        ),
      ),
      draw: async (dom) => (await import("./charts/costs.js")).costBreakdownChart(parts, dom, L),
    },
  ];
}
