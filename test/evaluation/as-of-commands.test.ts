/**
 * --as-of on compare and sweep: actuals published after the date are ignored.
 * Guangdong's software revenue has actuals 2020: 13,600 (no date: counted as
 * published by 2021-12) and Jan–Jun 2023: 9,730 (published 2023-07, annualised
 * by a share of the year of 43%~47%, 45% on central assumptions). Hand
 * computations from the scenario file:
 *   all actuals:      2025 = 9730 / 0.45 × 1.13² = 27,609.43 (growth 13%, the mode of [9%, 13%, 16%])
 *   as of 2023-06:    2025 = 13600 × 1.13⁵        = 25,057.09
 *   sweep growth 10%: 2025 = 13600 × 1.10⁵        = 21,902.94 (as of 2023-06)
 *                     2025 = 9730 / 0.45 × 1.10²  = 26,162.89 (all actuals)
 * (the annualised 2023 value agrees to 1e-6 relative, not to the last digit: 0.05 tolerance there)
 */
import { describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";

const GD = "scenarios/guangdong-it-2025.yaml";

const softwareIn = (stdout: string) => {
  const j = JSON.parse(stdout) as { quantities: Array<{ id: string; values: number[] }> };
  return j.quantities.find((q) => q.id === "gd_software")!.values;
};

describe("--as-of on compare and sweep", () => {
  it("compare: the 2025 projection as of 2023-06 ignores the Jan–Jun 2023 figure published 2023-07", async () => {
    // the base scenario's central projection, read with every actual or as of a date
    const compare = (...asOf: string[]) =>
      cli("compare", GD, "--variants", "base", "--samples", "0", "--format", "json", ...asOf);
    const all = await compare();
    const then = await compare("--as-of", "2023-06");
    expect(all.code, all.stderr).toBe(0);
    expect(then.code, then.stderr).toBe(0);
    expect(softwareIn(all.stdout)[0]).toBeCloseTo((9730 / 0.45) * 1.13 ** 2, 1);
    expect(softwareIn(then.stdout)[0]).toBeCloseTo(13600 * 1.13 ** 5, 4);
    // published by 2023-07: the same as with every actual
    const later = await compare("--as-of", "2023-07");
    expect(softwareIn(later.stdout)[0]).toBeCloseTo((9730 / 0.45) * 1.13 ** 2, 1);
  });

  it("sweep: each point is read as of the date", async () => {
    const args = [
      "sweep",
      GD,
      "--set",
      "gd_software.growth=10%:14%:4%",
      "--samples",
      "0",
      "--goals",
      "gd-software-2025",
      "--format",
      "json",
    ];
    const projected = (stdout: string) =>
      (JSON.parse(stdout) as { points: Array<{ targets: Array<{ projected: number }> }> }).points.map(
        (p) => p.targets[0]!.projected,
      );
    const then = await cli(...args, "--as-of", "2023-06");
    const all = await cli(...args);
    expect(then.code, then.stderr).toBe(0);
    const [a, b] = projected(then.stdout);
    expect(a).toBeCloseTo(13600 * 1.1 ** 5, 4);
    expect(b).toBeCloseTo(13600 * 1.14 ** 5, 4);
    expect(projected(all.stdout)[0]).toBeCloseTo((9730 / 0.45) * 1.1 ** 2, 1);
  });

  it("a malformed date is a usage error (exit 2, E_AS_OF) on both", async () => {
    for (const cmd of [
      ["compare", GD, "--samples", "0"],
      ["sweep", GD, "--set", "gd_software.growth=10%:14%:4%", "--samples", "0"],
    ]) {
      const r = await cli(...cmd, "--as-of", "mid-2023", "--lang", "en");
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("E_AS_OF");
    }
  });
});
