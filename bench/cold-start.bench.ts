/**
 * Cold start of `chainsim validate`, `run` and `check` on the Shandong
 * scenario against `node -e 0`. Goal: within 0.3 s or 3 × node -e 0,
 * whichever is larger (scenarios without formulas; heavy modules load only
 * when needed).
 */
import type { Benchmark, Row } from "./harness.js";
import { timeCommand } from "./harness.js";

export const coldStart: Benchmark = {
  name: "cold start",
  async run({ quick }) {
    const repeat = quick ? 3 : 15;
    const node = timeCommand(process.execPath, ["-e", "0"], repeat);
    const rows: Row[] = [{ benchmark: "cold start", case: "node -e 0", value: node, unit: "ms" }];
    const limit = Math.max(300, 3 * node);
    for (const cmd of ["validate", "run", "check"]) {
      const ms = timeCommand(
        process.execPath,
        ["bin/chainsim.js", cmd, "scenarios/shandong-it-2025.yaml"],
        repeat,
      );
      rows.push({
        benchmark: "cold start",
        case: `chainsim ${cmd} shandong-it-2025`,
        value: ms,
        unit: "ms",
        reference: node,
        ratio: ms / node,
        goal: `≤ ${Math.round(limit)} ms (max of 300 ms, 3 × node -e 0)`,
        met: ms <= limit,
      });
    }
    return rows;
  },
};
