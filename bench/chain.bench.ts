/**
 * Chain analysis of a large links system (issue 20): 1,000 sectors, 20
 * suppliers per sector (coefficients summing to about 0.5 per column), 3 of
 * them uncertain per sector (±20% ranges: 3,000 uncertain inputs).
 *
 * - central: `analyseChain` at central values (no Monte Carlo, no tables):
 *   one LU factorisation of I − A_r, the output multipliers (a transposed
 *   solve), the linkages (a solve) and a demand shock (a solve). The peer is
 *   numpy computing the same numbers from the same matrix (written to a file):
 *   `np.linalg.solve(M, [1, Δf])` and `np.linalg.solve(M.T, 1)`; skipped when
 *   python3 with numpy is missing. Goal: within 2× of numpy (ratio =
 *   chainsim time / numpy time ≤ 2).
 * - 100 Monte Carlo samples of the uncertain coefficients (draws solved from
 *   the central factors). Goal: under a minute.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseChain } from "../src/analysis/chain/analyse.js";
import { defaultShock } from "../src/analysis/chain/shock.js";
import { loadScenarioText } from "../src/scenario/load.js";
import { type Benchmark, median, type Row } from "./harness.js";

/** The YAML text of a chain of n sectors, m suppliers each, u of them uncertain. */
export function chainText(n: number, m: number, u: number): string {
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const lines = [
    `id: chain-${n}`,
    `title: synthetic chain of ${n} sectors`,
    "unit: 亿元",
    "base_year: 2022",
    "horizon: 2025",
    "sectors:",
  ];
  for (let i = 0; i < n; i++) lines.push(`  s${i}: { baseline: ${100 + (i % 37) * 5}, growth: 5% }`);
  lines.push("links:", "  coefficients:");
  for (let j = 0; j < n; j++) {
    lines.push(`    s${j}:`);
    const used = new Set<number>();
    for (let k = 0; k < m; k++) {
      let i = Math.floor(rnd() * n);
      while (used.has(i)) i = (i + 1) % n;
      used.add(i);
      const c = (0.5 / m) * (0.5 + rnd());
      lines.push(
        k < u
          ? `      s${i}: ${(c * 0.8).toFixed(6)}~${(c * 1.2).toFixed(6)}`
          : `      s${i}: ${c.toFixed(6)}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

const PEER = `
import sys, time, numpy as np
n = int(sys.argv[2])
M = np.fromfile(sys.argv[1], dtype='<f8').reshape(n, n)
df = np.fromfile(sys.argv[3], dtype='<f8')
ones = np.ones(n)
ts = []
for _ in range(int(sys.argv[4])):
    t = time.perf_counter()
    X = np.linalg.solve(M, np.column_stack([ones, df]))
    m = np.linalg.solve(M.T, ones)
    ts.append(time.perf_counter() - t)
ts.sort()
print(ts[len(ts) // 2] * 1000)
`;

export const chain: Benchmark = {
  name: "chain",
  async run({ quick }) {
    const n = quick ? 200 : 1000;
    const repeat = quick ? 3 : 3;
    const s = await loadScenarioText(chainText(n, 20, 3), `chain-${n}.yaml`);
    const sectors = s.links!.sectors;
    const first = await analyseChain(s, { samples: 0, tables: false });
    const shock = defaultShock(sectors, first.finalDemand);
    const times: number[] = [];
    let r = first;
    for (let k = 0; k < repeat; k++) {
      const t0 = performance.now();
      r = await analyseChain(s, { samples: 0, tables: false, shocks: [shock] });
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    const rows: Row[] = [];
    // the same system for the peer: I − A_r and the shock's Δf
    const dir = mkdtempSync(join(tmpdir(), "chainsim-bench-chain-"));
    let peer: number | undefined;
    try {
      const m = new Float64Array(n * n);
      r.regional.forEach((row, i) => {
        row.forEach((v, j) => {
          m[i * n + j] = (i === j ? 1 : 0) - v;
        });
      });
      const df = Float64Array.from(r.demand!.delta, (d) => d.central);
      writeFileSync(join(dir, "m.bin"), m);
      writeFileSync(join(dir, "df.bin"), df);
      writeFileSync(join(dir, "peer.py"), PEER);
      const p = spawnSync(
        "python3",
        [join(dir, "peer.py"), join(dir, "m.bin"), String(n), join(dir, "df.bin"), String(repeat)],
        { encoding: "utf8" },
      );
      if (p.status === 0) peer = Number(p.stdout.trim());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    rows.push({
      benchmark: "chain",
      case: `central analysis, ${n} sectors (LU once, multipliers, linkages, a demand shock)${peer === undefined ? "; numpy peer skipped" : ""}`,
      value: ms,
      unit: "ms",
      ...(peer === undefined
        ? {}
        : { reference: peer, ratio: ms / peer, goal: "≤ 2× numpy", met: ms / peer <= 2 }),
    });
    const t0 = performance.now();
    const mc = await analyseChain(s, { samples: 100, seed: 1, tables: false, shocks: [shock] });
    const mcMs = performance.now() - t0;
    rows.push({
      benchmark: "chain",
      case: `100 Monte Carlo samples, ${n} sectors, ${mc.monteCarlo?.inputs ?? 0} uncertain coefficients (${mc.monteCarlo?.used ?? 0} used)`,
      value: mcMs / 1000,
      unit: "s",
      goal: "< 60 s",
      met: mcMs < 60_000,
    });
    return rows;
  },
};
