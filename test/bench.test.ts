import { describe, expect, it } from "vitest";
import { coldStart } from "../bench/cold-start.bench.js";
import { renderRows } from "../bench/run.js";

// Runs the benchmark harness in quick mode so CI proves it works; timings are
// reported by `npm run bench`, never asserted here (shared machines are noisy).
describe("benchmarks (quick mode)", () => {
  it("cold start measures validate, run and check against node -e 0", async () => {
    const rows = await coldStart.run({ quick: true });
    expect(rows.map((r) => r.case)).toEqual([
      "node -e 0",
      "chainsim validate shandong-it-2025",
      "chainsim run shandong-it-2025",
      "chainsim check shandong-it-2025",
    ]);
    for (const r of rows) expect(r.value).toBeGreaterThan(0);
    expect(renderRows(rows)).toContain("cold start");
  }, 120_000);
});
