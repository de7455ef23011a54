/**
 * Sensitivity (issue 20): Sobol with 200 inputs at N = 1024 (a synthetic
 * scenario of 100 sectors, each with an uncertain baseline and growth; the
 * output is their total in the last year, a formula) and with 10 inputs at
 * N = 8192 (Shandong: the 2025 total of five sub-sectors), as seconds and
 * model evaluations per second; and accuracy per N on the Ishigami and G
 * functions (RMSE of first- and total-order indices against their analytic
 * values over seeds), plain Monte Carlo against the scrambled Sobol' design,
 * beside SALib's algorithm re-created with SciPy (bench/salib_sobol.py) when
 * python3 with numpy and scipy is present. SALib itself is not installable
 * here; the issue measured it at 10.8 s for the 200-input case on this machine.
 */
import { spawnSync } from "node:child_process";
import { modelFunction } from "../src/analysis/sensitivity/model-function.js";
import { type SobolOptions, sobol } from "../src/analysis/sensitivity/sobol.js";
import { loadScenario, loadScenarioText } from "../src/scenario/load.js";
import type { Benchmark, Row } from "./harness.js";
import { syntheticText } from "./synthetic.js";

const SALIB_200_SECONDS = 10.8;

function analytic() {
  const a = 7;
  const b = 0.1;
  const V = a ** 2 / 8 + (b * Math.PI ** 4) / 5 + (b ** 2 * Math.PI ** 8) / 18 + 0.5;
  const V1 = 0.5 * (1 + (b * Math.PI ** 4) / 5) ** 2;
  const V13 = b ** 2 * Math.PI ** 8 * (1 / 18 - 1 / 50);
  const ga = [0, 1, 4.5, 9, 99, 99, 99, 99];
  const Vi = ga.map((x) => 1 / (3 * (1 + x) ** 2));
  const prod = Vi.reduce((p, v) => p * (1 + v), 1);
  return {
    ishigami: { first: [V1 / V, a ** 2 / 8 / V, 0], total: [(V1 + V13) / V, a ** 2 / 8 / V, V13 / V] },
    "g-function": {
      first: Vi.map((v) => v / (prod - 1)),
      total: Vi.map((v) => (v * prod) / (1 + v) / (prod - 1)),
    },
  };
}

/** The synthetic 100 sectors × 10 years, with `total` (a `sum:` of every sector) and a goal on it. */
async function twoHundredInputs() {
  const sectors = Array.from({ length: 100 }, (_, i) => `s${i}`);
  const text = syntheticText(100, 10).replace(
    "targets:\n",
    `indicators:\n  total: { unit: 亿元, value: { sum: [${sectors.join(", ")}] } }\ntargets:\n  - { id: total-goal, indicator: total, year: 2029, at_least: 30000 }\n`,
  );
  const s = await loadScenarioText(text, "synthetic-100x10-total.yaml");
  const all = (await modelFunction(s, { kind: "gap", target: "total-goal" })).inputs.map((i) => i.name);
  return { s, sectors, all };
}

export async function speedRows(quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const { s, sectors, all } = await twoHundredInputs();
  const n = quick ? 128 : 1024;
  const cases = [
    [
      "the total as an --output formula (s0 + … + s99)",
      { kind: "expr", text: sectors.join(" + "), year: 2029 },
    ],
    ["the gap of a goal on a sum: indicator", { kind: "gap", target: "total-goal" }],
    ["one sector's value (no formula)", { kind: "expr", text: "s0", year: 2029 }],
  ] as const;
  for (const [what, spec] of cases) {
    const f = await modelFunction(s, spec, { inputs: all });
    const t0 = performance.now();
    const res = sobol(f, { samples: n, seed: 1 });
    const sec = (performance.now() - t0) / 1000;
    rows.push({
      benchmark: "sensitivity",
      case: `Sobol, ${f.inputs.length} inputs, N = ${n}, ${what} (${res.evaluations} evaluations)`,
      value: sec,
      unit: "s",
      reference: quick ? undefined : SALIB_200_SECONDS,
      ratio: quick ? undefined : SALIB_200_SECONDS / sec,
      goal: "at least as fast as SALib (10.8 s, measured in the issue)",
      ...(quick ? {} : { met: sec <= SALIB_200_SECONDS }),
    });
    rows.push({
      benchmark: "sensitivity",
      case: `  throughput`,
      value: res.evaluations / sec,
      unit: "evaluations/s",
    });
  }
  const sd = await loadScenario("scenarios/shandong-it-2025.yaml");
  const spec = { kind: "expr", text: "ic + software + computing + terminals + ai", year: 2025 } as const;
  const inputs = (await modelFunction(sd, spec)).inputs.slice(0, 10).map((i) => i.name);
  const g = await modelFunction(sd, spec, { inputs });
  const m = quick ? 1024 : 8192;
  const t1 = performance.now();
  const r2 = sobol(g, { samples: m, seed: 1 });
  const sec2 = (performance.now() - t1) / 1000;
  rows.push({
    benchmark: "sensitivity",
    case: `Sobol, 10 inputs, N = ${m} (QMC, ${r2.evaluations} evaluations; Shandong 2025 total)`,
    value: sec2,
    unit: "s",
  });
  rows.push({
    benchmark: "sensitivity",
    case: `Sobol, 10 inputs, N = ${m}: throughput`,
    value: r2.evaluations / sec2,
    unit: "evaluations/s",
  });
  return rows;
}

/** RMSE of S1 and ST over seeds 1..seeds. */
async function rmse(name: "ishigami" | "g-function", n: number, seeds: number, o: Partial<SobolOptions>) {
  const ref = analytic()[name];
  const f = await modelFunction(await loadScenario(`test/fixtures/functions/${name}.yaml`), {
    kind: "expr",
    text: "y",
    year: 2020,
  });
  let e1 = 0;
  let et = 0;
  let count = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    for (const ix of sobol(f, { samples: n, seed, bootstrap: 0, ...o }).indices) {
      const i = Number(ix.input.slice(1, 2)) - 1;
      e1 += (ix.first - ref.first[i]!) ** 2;
      et += (ix.total - ref.total[i]!) ** 2;
      count++;
    }
  }
  return [Math.sqrt(e1 / count), Math.sqrt(et / count)] as const;
}

function salib(ns: number[], seeds: number): Record<string, Record<string, [number, number]>> | null {
  const r = spawnSync("python3", ["bench/salib_sobol.py", ns.join(","), String(seeds)], { encoding: "utf8" });
  if (r.status !== 0) return null;
  try {
    return JSON.parse(r.stdout);
  } catch {
    return null;
  }
}

async function accuracyRows(quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const ns = quick ? [256] : [256, 1024, 4096];
  const seeds = quick ? 3 : 20;
  const peer = salib(ns, seeds);
  for (const name of ["ishigami", "g-function"] as const) {
    for (const n of ns) {
      const mc = await rmse(name, n, seeds, { sampling: "random" });
      const qmc = await rmse(name, n, seeds, {});
      const one = await rmse(name, n, seeds, { replicates: 1 });
      const p = peer?.[name]?.[String(n)];
      const label = (what: string) => `${name}, N = ${n}, RMSE over ${seeds} seeds: ${what}`;
      rows.push({ benchmark: "sobol-accuracy", case: label("S1 Monte Carlo"), value: mc[0], unit: "" });
      rows.push({ benchmark: "sobol-accuracy", case: label("ST Monte Carlo"), value: mc[1], unit: "" });
      for (const [k, v] of [
        ["S1", 0],
        ["ST", 1],
      ] as const) {
        rows.push({
          benchmark: "sobol-accuracy",
          case: label(`${k} QMC, default replicates`),
          value: qmc[v],
          unit: "",
          ...(p ? { reference: p[v], ratio: qmc[v] / p[v], goal: "≤ SALib's (re-created with SciPy)" } : {}),
        });
        rows.push({
          benchmark: "sobol-accuracy",
          case: label(`${k} QMC, one scrambling`),
          value: one[v],
          unit: "",
          ...(p ? { reference: p[v], ratio: one[v] / p[v] } : {}),
        });
      }
    }
  }
  return rows;
}

export const sensitivity: Benchmark = {
  name: "sensitivity",
  async run({ quick }) {
    return [...(await speedRows(quick)), ...(await accuracyRows(quick))];
  },
};
