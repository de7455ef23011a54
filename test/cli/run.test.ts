import { describe, expect, it } from "vitest";
import { cli, SHANDONG } from "./helpers.js";

describe("chainsim run", () => {
  it("shows all eleven revenue goals of the Shandong file for 2025 with projections", async () => {
    const r = await cli("run", SHANDONG, "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const revenue = out.targets.filter(
      (t: { sector?: string; kind: string }) => t.sector && t.kind === "level",
    );
    expect(revenue).toHaveLength(11);
    for (const t of revenue) {
      expect(t.year).toBe(2025);
      expect(typeof t.projected).toBe("number");
      expect(t.source.document).toBe("000_4bf4d86db3557302.txt");
    }
    // the ten sub-sector goals as printed in 000: 1000+14000+3500+6000+600+2000+800+5000+2000+800 = 35,700
    const sum = revenue
      .filter((t: { sector: string }) => t.sector !== "it_industry")
      .reduce((a: number, t: { value: number }) => a + t.value, 0);
    expect(sum).toBe(35700);
    expect(out.years).toEqual([2022, 2023, 2024, 2025]);
    expect(out.manifest.input_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("prints a table naming each goal with met or MISSED", async () => {
    const r = await cli("run", SHANDONG);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("sd-software-2025");
    expect(r.stdout).toMatch(/sd-cloud-2025 .* MISSED/);
  });

  it("applies --set with the magnitude syntax and records it in the manifest", async () => {
    const base = JSON.parse((await cli("run", SHANDONG, "--format", "json")).stdout);
    const r = JSON.parse(
      (await cli("run", SHANDONG, "--format", "json", "--set", "software.growth=20%")).stdout,
    );
    const sw = (o: { sectors: Array<{ id: string; values: number[] }> }) =>
      o.sectors.find((s) => s.id === "software")!;
    // software baseline is the midpoint of 11000~11300 = 11150; 11150 × 1.2³ = 19267.2
    expect(sw(r).values[3]).toBeCloseTo(11150 * 1.2 ** 3, 6);
    expect(sw(base).values[3]).toBeCloseTo(11150 * 1.12 ** 3, 6);
    expect(r.manifest.overrides).toEqual(["software.growth=20%"]);
  });

  it("--to extends the projection", async () => {
    const r = JSON.parse((await cli("run", SHANDONG, "--format", "json", "--to", "2027")).stdout);
    expect(r.years.at(-1)).toBe(2027);
  });

  it("--format csv writes one long table", async () => {
    const r = await cli("run", SHANDONG, "--format", "csv");
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("record,id,name_zh,name_en,unit,year,value,comparator,goal,met,gap,required_cagr");
    expect(lines.filter((l) => l.startsWith("goal,"))).toHaveLength(16);
  });

  it("is byte-identical across runs", async () => {
    const a = await cli("run", SHANDONG, "--format", "json");
    const b = await cli("run", SHANDONG, "--format", "json");
    expect(a.stdout).toBe(b.stdout);
  });
});

describe("exit codes", () => {
  it("exits 2 with a positioned message for bad input", async () => {
    const r = await cli("run", "test/fixtures/does-not-exist.yaml");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_FILE_NOT_FOUND");
    expect(r.stdout).toBe("");
  });
  it("exits 2 for usage errors", async () => {
    expect((await cli("run")).code).toBe(2);
    expect((await cli("run", SHANDONG, "--format", "xml")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
    const r = await cli("run", SHANDONG, "--to", "20x5");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_USAGE");
  });
  it("exits 2 for an unknown variant, naming the available ones", async () => {
    const r = await cli("run", SHANDONG, "--variant", "pesimistic");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "pessimistic"');
  });
  it("exits 0 for --help and --version", async () => {
    expect((await cli("--help")).code).toBe(0);
    expect((await cli("--version")).stdout.trim()).toMatch(
      /^chainsim \d+\.\d+\.\d+ \(commit ([0-9a-f]{40}(-dirty)?|unknown)\)$/,
    );
  });
  it("validate reports ok", async () => {
    const r = await cli("validate", SHANDONG);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ok");
  });
  it("schema prints the JSON Schema", async () => {
    const r = await cli("schema");
    expect(JSON.parse(r.stdout).title).toBe("chainsim scenario");
  });
});
