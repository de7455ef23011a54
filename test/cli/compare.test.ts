import { describe, expect, it } from "vitest";
import { cli, SHANDONG } from "./helpers.js";

describe("chainsim compare", () => {
  it("puts variants side by side with differences from the first (JSON)", async () => {
    const r = await cli(
      "compare",
      SHANDONG,
      "--variants",
      "base,pessimistic",
      "--samples",
      "4000",
      "--format",
      "json",
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.columns.map((c: { label: string }) => c.label)).toEqual(["base", "pessimistic"]);
    expect(out.columns[1].variant).toBe("pessimistic");
    const sw = out.quantities.find((q: { id: string }) => q.id === "software");
    // software 2025: 11150 × 1.12³ (mode) against 11150 × 1.09³ (pessimistic)
    expect(sw.values[0]).toBeCloseTo(11150 * 1.12 ** 3, 6);
    expect(sw.values[1]).toBeCloseTo(11150 * 1.09 ** 3, 6);
    expect(sw.diff[1]).toBeCloseTo(11150 * (1.09 ** 3 - 1.12 ** 3), 6);
    expect(sw.diff[0]).toBe(0);
    const computing = out.targets.find((t: { id: string }) => t.id === "sd-computing-2025");
    expect(computing.columns[0].probability).toBeGreaterThan(0);
    // pessimistic: computing at 5% a year from at most 2800 → 3241 < 3500
    expect(computing.columns[1].probability).toBe(0);
    expect(computing.diff[1].probability).toBeCloseTo(-computing.columns[0].probability, 12);
    expect(out.manifests).toHaveLength(2);
  });

  it("uses common random numbers: an unchanged goal has the same probability in every column", async () => {
    const r = JSON.parse(
      (
        await cli(
          "compare",
          SHANDONG,
          "--variants",
          "base,accelerated",
          "--samples",
          "4000",
          "--format",
          "json",
        )
      ).stdout,
    );
    // accelerated does not touch space, energy electronics or materials
    for (const id of ["sd-space-2025", "sd-energy-electronics-2025", "sd-materials-2025"]) {
      const t = r.targets.find((x: { id: string }) => x.id === id);
      expect(t.columns[1].probability).toBe(t.columns[0].probability);
      expect(t.diff[1].probability).toBe(0);
    }
  });

  it("defaults to base and every variant; --samples 0 compares central projections only", async () => {
    const r = await cli("compare", SHANDONG, "--samples", "0", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/quantity in 2025 +base +pessimistic +Δ +accelerated +Δ/);
    expect(r.stdout).toMatch(/goal: projected, central/);
    expect(r.stdout).not.toContain("P(met)");
  });

  it("compares two files", async () => {
    const r = JSON.parse(
      (await cli("compare", SHANDONG, SHANDONG, "--samples", "0", "--format", "json")).stdout,
    );
    expect(r.columns.map((c: { label: string }) => c.label)).toEqual([
      "shandong-it-2025/base",
      "shandong-it-2025/base",
    ]);
    expect(r.quantities.every((q: { diff: number[] }) => q.diff.every((d) => d === 0))).toBe(true);
  });

  it("prints a table with probabilities and differences in percentage points; refuses unknown variants", async () => {
    const r = await cli(
      "compare",
      SHANDONG,
      "--variants",
      "base,pessimistic",
      "--samples",
      "2000",
      "--lang",
      "en",
    );
    expect(r.stdout).toMatch(/goal: P\(met\), central +base +pessimistic +Δ/);
    expect(r.stdout).toMatch(/sd-terminals-2025 .* pp/);
    const bad = await cli("compare", SHANDONG, "--variants", "base,pesimistic");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "pessimistic"');
  });
});
