import { describe, expect, it } from "vitest";
import { cli, SHANDONG } from "./helpers.js";

describe("chainsim sensitivity, discover, solve", () => {
  it("ranks the inputs of the IT industry 2025 goal with Sobol indices", async () => {
    const r = await cli(
      "sensitivity",
      SHANDONG,
      "--method",
      "sobol",
      "--target",
      "sd-it-2025",
      "--samples",
      "512",
      "--format",
      "json",
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const names = out.result.indices.map((i: { input: string }) => i.input);
    // the IT industry is manufacturing plus software: only their four inputs can move it
    expect(names.sort()).toEqual([
      "electronics_manufacturing.baseline",
      "electronics_manufacturing.growth",
      "software.baseline",
      "software.growth",
    ]);
    expect(out.manifest.seed).toBe("1");
  });

  it("solve gives the software growth needed for an 80% chance of the software goal", async () => {
    const r = await cli(
      "solve",
      SHANDONG,
      "--target",
      "sd-software-2025",
      "--for",
      "software.growth",
      "--probability",
      "80%",
      "--lang",
      "en",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/software\.growth must be 8\.\d\d% for a 80% chance of sd-software-2025/);
  });

  it("tornado and morris print tables; discover prints a box", async () => {
    expect(
      (await cli("sensitivity", SHANDONG, "--method", "tornado", "--target", "sd-software-2025")).stdout,
    ).toContain("software.growth");
    expect(
      (await cli("sensitivity", SHANDONG, "--method", "morris", "--output", "it_industry", "--lang", "en"))
        .stdout,
    ).toContain("mu*");
    const d = await cli("discover", SHANDONG, "--target", "sd-it-2025", "--samples", "500", "--lang", "en");
    expect(d.code).toBe(0);
    expect(d.stdout).toContain("Peeling trajectory");
  });

  it("bad input: unknown names in --output, p < 2, r < 2, N not a positive integer, an input without a range", async () => {
    const unknown = await cli("sensitivity", SHANDONG, "--method", "tornado", "--output", "softwre * 2");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("E_FORMULA_UNKNOWN_NAME");
    expect(unknown.stderr).toContain('did you mean "software"');
    const p1 = await cli(
      "sensitivity",
      SHANDONG,
      "--method",
      "morris",
      "--target",
      "sd-it-2025",
      "--levels",
      "1",
    );
    expect(p1.code).toBe(2);
    expect(p1.stderr).toContain("E_METHOD_PARAM");
    const r1 = await cli(
      "sensitivity",
      SHANDONG,
      "--method",
      "morris",
      "--target",
      "sd-it-2025",
      "--trajectories",
      "1",
    );
    expect(r1.code).toBe(2);
    for (const n of ["0", "-5", "2.5", "many"]) {
      const bad = await cli(
        "sensitivity",
        SHANDONG,
        "--method",
        "sobol",
        "--target",
        "sd-it-2025",
        "--samples",
        n,
      );
      expect(bad.code, n).toBe(2);
    }
    const point = await cli(
      "sensitivity",
      SHANDONG,
      "--method",
      "tornado",
      "--target",
      "sd-it-2025",
      "--inputs",
      "new_hightech_firms.growth",
    );
    expect(point.code).toBe(2);
    expect(point.stderr).toContain("E_INPUT_NO_RANGE");
    const none = await cli("sensitivity", SHANDONG, "--method", "tornado");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--target");
  });
});
