/**
 * `chainsim simulate` side by side with two numpy programs computing the same
 * statistics (bench/peer/simulate_numpy*.py: mean, sd, min, max and seven
 * percentiles per sector-year, each sector's goal probability, growth drawn
 * every year), both as whole processes in one thread, alternating runs,
 * median wall time and peak memory of each. Ratio = numpy time / chainsim
 * time (issue 20's goal: at least 5 on 10 × 10 × 2·10^5 and 100 × 10 × 10^5).
 * Skipped when python3 with numpy is missing. Needs dist/ (npm run bench
 * builds it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Benchmark, median, type Row } from "./harness.js";

/** The scenario of the numpy program (same parameters as its `params`). */
export function peerText(sectors: number, years: number): string {
  const base = 2020;
  const lines = [
    "id: peer",
    "title: numpy peer",
    "unit: 亿元",
    `base_year: ${base}`,
    `horizon: ${base + years - 1}`,
  ];
  lines.push("sectors:");
  const goals: string[] = [];
  for (let i = 0; i < sectors; i++) {
    const lo = 100 + (i % 17) * 10;
    const mean = 6 + (i % 5);
    const sd = 2 + (i % 3);
    const goal = Math.round((lo + 20) * (1 + mean / 100) ** (years - 1) * 1000) / 1000;
    lines.push(
      `  s${i}:`,
      `    baseline: { year: ${base}, value: { uniform: [${lo}, ${lo + 40}] } }`,
      `    growth: { rate: { normal: [${mean}%, ${sd}%] }, draw: yearly }`,
    );
    goals.push(`  - { id: t${i}, sector: s${i}, year: ${base + years - 1}, at_least: ${goal} }`);
  }
  return `${[...lines, "targets:", ...goals].join("\n")}\n`;
}

/** Wall seconds and peak RSS (MB) of a command, by /usr/bin/time when present. */
function timed(cmd: string, args: string[]): { seconds: number; mb: number } {
  const gnuTime = existsSync("/usr/bin/time");
  const t0 = performance.now();
  const r = gnuTime
    ? spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], {
        encoding: "utf8",
        stdio: ["ignore", "ignore", "pipe"],
      })
    : spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const kb = gnuTime ? Number(r.stderr.trim().split("\n").at(-1)) : Number.NaN;
  return { seconds, mb: kb / 1024 };
}

/**
 * The two numpy programs: one sector at a time (the stronger peer, memory near
 * 100 MB), and the whole S × Y × N array at once, as the program issue 20
 * measured (0.23–15 GB).
 */
const PEERS = [
  { name: "numpy, a sector at a time", script: "bench/peer/simulate_numpy.py" },
  { name: "numpy, one array (issue 20's program)", script: "bench/peer/simulate_numpy_onearray.py" },
];

function hasNumpy(): boolean {
  return spawnSync("python3", ["-c", "import numpy"], { stdio: "ignore" }).status === 0;
}

export const peer: Benchmark = {
  name: "numpy peer",
  async run({ quick }) {
    if (!hasNumpy())
      return [{ benchmark: "numpy peer", case: "skipped: python3 with numpy not found", value: 0, unit: "" }];
    const cases: Array<[number, number, number]> = quick
      ? [[10, 10, 20_000]]
      : [
          [10, 10, 200_000],
          [100, 10, 100_000],
        ];
    const repeat = quick ? 1 : 5;
    const dir = mkdtempSync(join(tmpdir(), "chainsim-bench-peer-"));
    const rows: Row[] = [];
    for (const [S, Y, N] of cases) {
      const file = join(dir, `peer-${S}x${Y}.yaml`);
      writeFileSync(file, peerText(S, Y));
      const chainsim = [
        "bin/chainsim.js",
        "simulate",
        file,
        "--samples",
        String(N),
        "--seed",
        "1",
        "--format",
        "json",
      ];
      const args = [String(S), String(Y), String(N), "1"];
      const ours: Array<{ seconds: number; mb: number }> = [];
      const theirs = PEERS.map(() => [] as Array<{ seconds: number; mb: number }>);
      timed(process.execPath, chainsim);
      for (let k = 0; k < repeat; k++) {
        ours.push(timed(process.execPath, chainsim));
        for (const [i, peer] of PEERS.entries()) theirs[i]!.push(timed("python3", [peer.script, ...args]));
      }
      const a = median(ours.map((x) => x.seconds));
      const label = `${S} sectors × ${Y} years × ${N.toExponential(0)} samples`;
      PEERS.forEach((peer, i) => {
        const b = median(theirs[i]!.map((x) => x.seconds));
        rows.push({
          benchmark: "numpy peer",
          case: `${label}: wall s, chainsim (${peer.name} as reference; median of ${repeat}, alternating)`,
          value: a,
          unit: "s",
          reference: b,
          ratio: b / a,
          goal: "numpy time / chainsim time ≥ 5",
          met: b / a >= 5,
        });
        rows.push({
          benchmark: "numpy peer",
          case: `${label}: peak memory MB, chainsim (${peer.name} as reference)`,
          value: Math.max(...ours.map((x) => x.mb)),
          unit: "MB",
          reference: Math.max(...theirs[i]!.map((x) => x.mb)),
        });
      });
    }
    return rows;
  },
};
