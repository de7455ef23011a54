/**
 * Cold start of `chainsim validate`, `run` and `check` on the Shandong
 * scenario, through bin/chainsim.js (the bundle, dist/bundle/, from
 * scripts/bundle-cli.mjs) and through tsc's unbundled dist/cli/main.js,
 * against `node -e 0`. Goal (issue 20): ≤ 200 ms on this machine, idle, where
 * `node -e 0` takes about 60 ms; on a loaded machine read the ratio to
 * `node -e 0` (goal ≈ 3.3×). Runs alternate command by command (medians), so
 * every command sees the same load on average.
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import type { Benchmark, Row } from "./harness.js";
import { median } from "./harness.js";

const SCENARIO = "scenarios/shandong-it-2025.yaml";
/** tsc's output without the bundle: what bin/chainsim.js ran before the bundle. */
const UNBUNDLED = `import("./dist/cli/main.js").then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); })`;

/** Median wall times (ms) of commands run in turn, `repeat` rounds after one warm-up round. */
export function alternate(commands: ReadonlyArray<readonly string[]>, repeat: number): number[] {
  const times: number[][] = commands.map(() => []);
  for (let round = -1; round < repeat; round++) {
    commands.forEach((argv, i) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, argv, { stdio: "ignore" });
      if (round >= 0) times[i]!.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`node ${argv.join(" ")} exited ${r.status}`);
    });
  }
  return times.map(median);
}

export const coldStart: Benchmark = {
  name: "cold start",
  async run({ quick }) {
    const repeat = quick ? 3 : 11;
    const load = loadavg()[0]!.toFixed(1);
    const cmds = ["validate", "run", "check"];
    const argvs: string[][] = [["-e", "0"]];
    for (const c of cmds)
      argvs.push(["bin/chainsim.js", c, SCENARIO], ["--input-type=module", "-e", UNBUNDLED, c, SCENARIO]);
    const t = alternate(argvs, repeat);
    const node = t[0]!;
    const rows: Row[] = [
      { benchmark: "cold start", case: `node -e 0 (load ${load})`, value: node, unit: "ms" },
    ];
    cmds.forEach((c, i) => {
      const bundled = t[1 + 2 * i]!;
      const plain = t[2 + 2 * i]!;
      rows.push({
        benchmark: "cold start",
        case: `chainsim ${c} shandong-it-2025 (bundle; ratio to node -e 0)`,
        value: bundled,
        unit: "ms",
        reference: node,
        ratio: bundled / node,
        goal: "≤ 200 ms idle (≈ 3.3 × node -e 0)",
        met: bundled <= Math.max(200, 3.3 * node),
      });
      rows.push({
        benchmark: "cold start",
        case: `chainsim ${c}, unbundled dist/cli/main.js (ratio to the bundle)`,
        value: plain,
        unit: "ms",
        reference: bundled,
        ratio: plain / bundled,
      });
    });
    return rows;
  },
};
