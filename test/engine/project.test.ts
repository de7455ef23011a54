/**
 * Deterministic projection through the whole loader, against closed forms
 * worked out by hand: value × (1 + g)^n, schedules, restarts from actuals,
 * implied baselines goal / (1 + g)^n, formulas, variants and --set.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ChainsimError } from "../../src/diagnostics.js";
import { project, shownValues, valueAt } from "../../src/engine/project.js";
import type { Scenario } from "../../src/model/scenario.js";
import { type LoadOptions, loadScenario, loadScenarioText } from "../../src/scenario/load.js";

/**
 * 2.2万亿 in 2025 at 10% a year from 2022: 22000 / 1.1³ = 22000000 / 1331 = 16528.92561983471074…
 * (the brief's 16528.925619834708 is the same number to the precision of a double).
 */
const IMPLIED_2022 = 16528.92561983471;

const HEAD = ["id: t", "title: t", "unit: 亿元", "base_year: 2022", "horizon: 2025"].join("\n");

/** A scenario from inline YAML (the header above plus `body`). */
function load(body: string, opts: LoadOptions = {}): Promise<Scenario> {
  return loadScenarioText(`${HEAD}\n${body}`, "inline.yaml", opts);
}

async function rejected(p: Promise<unknown>): Promise<ChainsimError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw e;
  }
  throw new Error("expected a ChainsimError, the promise resolved");
}

function thrown(fn: () => unknown): ChainsimError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw e;
  }
  throw new Error("expected a ChainsimError, nothing was thrown");
}

/** |actual / expected − 1| ≤ tol. */
function expectRel(actual: number, expected: number, tol = 1e-12): void {
  expect(Number.isFinite(actual), `expected a finite value near ${expected}, got ${actual}`).toBe(true);
  expect(Math.abs(actual / expected - 1), `${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

const BASIC = `
sectors:
  a:
    baseline: 100
    growth: 10%
variants:
  fast:
    description: twice the growth
    set:
      a.growth: 20%
  slow:
    set:
      a.growth: 5%
      horizon: 2024
`;

describe("constant growth compounds: value × (1 + g)^n", () => {
  it("100 at 10% a year: 100, 110, 121, 133.1", async () => {
    const s = await load(BASIC);
    const p = project(s);
    expect(p.years).toEqual([2022, 2023, 2024, 2025]);
    const v = shownValues(p, "a");
    [100, 110, 121, 133.1].forEach((x, n) => {
      expectRel(v[n]!, x);
      expectRel(v[n]!, 100 * 1.1 ** n);
    });
  });

  it("NaN outside the projection", async () => {
    const p = project(await load(BASIC));
    expect(valueAt(p, "a", 2021)).toBeNaN();
    expect(valueAt(p, "a", 2026)).toBeNaN();
    expect(valueAt(p, "nope", 2023)).toBeNaN();
  });

  it("projects further with `to`: 2030 is 100 × 1.1^8", async () => {
    const p = project(await load(BASIC), { to: 2030 });
    expect(p.years).toHaveLength(9);
    expectRel(valueAt(p, "a", 2030), 100 * 1.1 ** 8);
  });

  it("refuses `to` before the base year", async () => {
    const s = await load(BASIC);
    expect(thrown(() => project(s, { to: 2020 })).code).toBe("E_YEAR_BEFORE_BASE");
  });

  it("uses the central value of a range: 11000~11300 at 8%~12% → 11150 × 1.1³", async () => {
    const s = await load(`
sectors:
  software:
    baseline: 11000~11300
    growth: 8%~12%
`);
    expectRel(valueAt(project(s), "software", 2025), 11150 * 1.331);
  });

  it("uses the mode of a triangular growth: [8%, 12%, 17%] → 11150 × 1.12³ = 15664.9472", async () => {
    const s = await load(`
sectors:
  software:
    baseline: { year: 2022, value: 11000~11300 }
    growth: { triangular: [8%, 12%, 17%] }
`);
    expectRel(valueAt(project(s), "software", 2025), 15664.9472);
  });

  it("a custom pick (e.g. the low end) is used for baselines and rates", async () => {
    const s = await load(`
sectors:
  software:
    baseline: 11000~11300
    growth: 8%~12%
`);
    const p = project(s, { pick: (u) => u.low });
    expectRel(valueAt(p, "software", 2025), 11000 * 1.08 ** 3);
  });

  it("holds a sector written in 万元 in the scenario's 亿元: 5000万元 = 0.5亿元", async () => {
    const s = await load(`
sectors:
  small:
    unit: 万元
    baseline: 5000
    growth: 10%
`);
    const p = project(s);
    expect(valueAt(p, "small", 2022)).toBe(0.5);
    expectRel(valueAt(p, "small", 2024), 0.5 * 1.21);
  });

  it("converts a tiny value exactly: 0.0000001万元 = 1e-11亿元 (not NaN)", async () => {
    // 1e-7 × 10^4 元 / 10^8 元 = 1e-11
    const s = await load(`
sectors:
  tiny:
    unit: 万元
    baseline: 0.0000001
    growth: 0%
`);
    expectRel(valueAt(project(s), "tiny", 2022), 1e-11);
  });
});

describe("growth schedules", () => {
  it("{2023: 10%, 2025: 20%}: 2024 keeps 10%; 200 → 220 → 242 → 290.4", async () => {
    const s = await load(`
sectors:
  b:
    baseline: 200
    growth: { schedule: { 2023: 10%, 2025: 20% } }
`);
    const v = shownValues(project(s), "b");
    expectRel(v[1]!, 200 * 1.1);
    expectRel(v[2]!, 200 * 1.1 * 1.1);
    expectRel(v[3]!, 200 * 1.1 * 1.1 * 1.2);
  });

  it("a schedule with uncertain entries uses their central values: 8%~12% → 10%", async () => {
    const s = await load(`
sectors:
  b:
    baseline: 100
    growth: { schedule: { 2023: 8%~12%, 2024: -10% } }
`);
    const v = shownValues(project(s), "b");
    // 100 × 1.10 = 110; × 0.9 = 99; 2025 keeps −10%: 89.1
    expectRel(v[1]!, 110);
    expectRel(v[2]!, 99);
    expectRel(v[3]!, 89.1);
  });
});

describe("actuals: projections restart from the latest actual", () => {
  const body = `
sectors:
  c:
    baseline: { year: 2020, value: 50 }
    growth: 5%
    actuals: { 2021: 60, 2023: 80 }
`;
  it("baseline 2020 = 50, actual 2021 = 60 → 2022 = 63; actual 2023 = 80 → 84, 88.2", async () => {
    const p = project(await load(body));
    expect(p.firstYear).toBe(2020);
    expect(p.years).toEqual([2022, 2023, 2024, 2025]);
    expect(valueAt(p, "c", 2020)).toBe(50);
    expect(valueAt(p, "c", 2021)).toBe(60);
    expectRel(valueAt(p, "c", 2022), 60 * 1.05);
    expect(valueAt(p, "c", 2023)).toBe(80);
    expectRel(valueAt(p, "c", 2024), 80 * 1.05);
    expectRel(valueAt(p, "c", 2025), 80 * 1.05 ** 2);
  });

  it("an actual in the base year replaces the baseline: 90 → 99, 108.9", async () => {
    const s = await load(`
sectors:
  a:
    baseline: 100
    growth: 10%
    actuals: { 2022: 90 }
`);
    const p = project(s);
    expect(valueAt(p, "a", 2022)).toBe(90);
    expectRel(valueAt(p, "a", 2024), 90 * 1.21);
  });

  it("reads actuals as printed: 1.2万亿以上 = 12000 with its qualifier", async () => {
    const s = await load(`
sectors:
  it:
    baseline: 13000
    growth: 10%
    actuals: { 2021: 1.2万亿以上 }
`);
    const a = s.quantities.get("it")!.actuals[0]!;
    expect(a).toMatchObject({ year: 2021, value: 12000, qualifier: "at_least" });
  });
});

describe("implied baselines: goal / (1 + g)^n", () => {
  const body = `
sectors:
  it:
    baseline: implied
targets:
  - { id: it-2025, sector: it, year: 2025, at_least: 2.2万亿 }
  - { sector: it, growth: { from: 2022, to: 2025, at_least: 10% } }
`;
  it("2.2万亿 in 2025 at 10% from 2022 implies 16528.925619834708 (22000 / 1.331)", async () => {
    const s = await load(body);
    const b = s.quantities.get("it")!.baseline!;
    expect(b.year).toBe(2022);
    expectRel(b.value.central, IMPLIED_2022, 1e-9);
    expectRel(b.value.central, 22000 / 1.331, 1e-12);
    expect(b.implied).toMatchObject({ target: "it-2025", goal: 22000, goalYear: 2025 });
    expect(b.implied!.growth.central).toBe(0.1);
  });

  it("projects the implied baseline back up to the goal: 2025 = 22000", async () => {
    const p = project(await load(body));
    expectRel(valueAt(p, "it", 2022), IMPLIED_2022, 1e-9);
    expectRel(valueAt(p, "it", 2023), 22000 / 1.21, 1e-12);
    expectRel(valueAt(p, "it", 2025), 22000, 1e-12);
  });

  it("with a growth range the baseline is a range: 22000/1.12³ .. 22000/1.08³, centre 22000/1.1³", async () => {
    const s = await load(`
sectors:
  it:
    baseline: { implied: { target: it-2025, growth: 8%~12% } }
targets:
  - { id: it-2025, sector: it, year: 2025, at_least: 2.2万亿 }
`);
    const v = s.quantities.get("it")!.baseline!.value;
    expectRel(v.low, 22000 / 1.12 ** 3);
    expectRel(v.high, 22000 / 1.08 ** 3);
    expectRel(v.central, 22000 / 1.331);
  });

  it("discounts with the sector's own growth when there is no growth goal: 14000 / 1.12³", async () => {
    const s = await load(`
sectors:
  software:
    baseline: implied
    growth: 12%
targets:
  - { sector: software, year: 2025, reach: 14000亿 }
`);
    expectRel(s.quantities.get("software")!.baseline!.value.central, 14000 / 1.404928);
  });

  it("uses the latest level goal when there are several: 2025's 2.2万亿, not 2024's", async () => {
    const s = await load(`
sectors:
  it:
    baseline: implied
    growth: 10%
targets:
  - { sector: it, year: 2024, at_least: 1.9万亿 }
  - { sector: it, year: 2025, at_least: 2.2万亿 }
`);
    expectRel(s.quantities.get("it")!.baseline!.value.central, 22000 / 1.331);
  });
});

describe("formulas", () => {
  it("a level formula: digital = gdp × share = 80000 × 1.05^n × 40%", async () => {
    const s = await load(`
sectors:
  gdp:
    baseline: 80000
    growth: 5%
  digital:
    value: { formula: gdp * share }
indicators:
  share:
    unit: share
    baseline: 40%
    growth: 0%
`);
    const p = project(s);
    for (let n = 0; n <= 3; n++) expectRel(valueAt(p, "digital", 2022 + n), 80000 * 1.05 ** n * 0.4);
    // the formula is evaluated after what it reads, whatever the file order
    expect(s.order.indexOf("digital")).toBeGreaterThan(s.order.indexOf("gdp"));
    expect(s.order.indexOf("digital")).toBeGreaterThan(s.order.indexOf("share"));
  });

  it("a formula may read year and t: base + 10 × t = 100, 110, 120, 130", async () => {
    const s = await load(`
sectors:
  lin:
    value: { formula: 100 + 10 * t }
  yr:
    value: { formula: year - 2000 }
`);
    const p = project(s);
    expect(shownValues(p, "lin")).toEqual([100, 110, 120, 130]);
    expect(shownValues(p, "yr")).toEqual([22, 23, 24, 25]);
  });

  it("a growth formula reads other quantities in the same year", async () => {
    // a: 100, 110, 121, 133.1; g grows 10% while a ≤ 120, then 20%:
    // 2023: a = 110 → 10% → 110; 2024: a = 121 → 20% → 132; 2025: a = 133.1 → 20% → 158.4
    const s = await load(`
sectors:
  a:
    baseline: 100
    growth: 10%
  g:
    baseline: 100
    growth: { formula: "a > 120 ? 0.2 : 0.1" }
`);
    const v = shownValues(project(s), "g");
    expectRel(v[1]!, 110);
    expectRel(v[2]!, 132);
    expectRel(v[3]!, 158.4);
  });

  it("a growth formula reads its own previous value by its own name", async () => {
    // 100 < 105 → 10% → 110; 110 ≥ 105 → 5% → 115.5; → 5% → 121.275
    const s = await load(`
sectors:
  software:
    baseline: 100
    growth: { formula: "software < 105 ? 0.1 : 0.05" }
`);
    const v = shownValues(project(s), "software");
    expectRel(v[1]!, 110);
    expectRel(v[2]!, 115.5);
    expectRel(v[3]!, 121.275);
  });

  it("refuses a cycle and names it: hardware → software → hardware", async () => {
    const e = await rejected(
      load(`
sectors:
  hardware:
    value: { formula: software * 2 }
  software:
    value: { formula: hardware / 2 }
`),
    );
    expect(e.code).toBe("E_FORMULA_CYCLE");
    expect(e.diagnostics[0]!.message).toContain("hardware → software → hardware");
  });

  it("refuses a formula that reads itself: x → x", async () => {
    const e = await rejected(load("sectors:\n  x:\n    value: { formula: x + 1 }\n"));
    expect(e.code).toBe("E_FORMULA_CYCLE");
    expect(e.diagnostics[0]!.message).toContain("x → x");
  });

  it("refuses a cycle through a growth formula: a → b → a", async () => {
    const e = await rejected(
      load(`
sectors:
  a:
    baseline: 100
    growth: { formula: "b / 1000" }
  b:
    value: { formula: a * 2 }
`),
    );
    expect(e.code).toBe("E_FORMULA_CYCLE");
    expect(e.diagnostics[0]!.message).toContain("a → b → a");
  });

  it("a formula that divides by zero stops with E_FORMULA_EVAL at the formula's line", async () => {
    const s = await load(`
sectors:
  a:
    baseline: 100
    growth: 10%
  d:
    value: { formula: a / (year - 2023) }
`);
    const e = thrown(() => project(s));
    expect(e.code).toBe("E_FORMULA_EVAL");
    expect(e.diagnostics[0]!.message).toContain("2023");
    // the formula is on line 12 of the inline file (5 header lines, a blank line, then 6 more)
    expect(e.diagnostics[0]!.loc).toMatchObject({ file: "inline.yaml", line: 12 });
  });

  it("a quantity named like a formula constant (e, t) is refused or read as the quantity", async () => {
    for (const name of ["e", "t"]) {
      let s: Scenario;
      try {
        s = await load(`
sectors:
  ${name}:
    baseline: 100
    growth: 0%
  d:
    value: { formula: ${name} * 2 }
`);
      } catch (e) {
        expect(e).toBeInstanceOf(ChainsimError);
        continue;
      }
      // if it loads, the formula must read the sector (2 × 100), not Euler's e or the year index
      expect(valueAt(project(s), "d", 2023), `sector named ${name}`).toBe(200);
    }
  });

  it("a quantity named constructor is refused at load or projected correctly", async () => {
    let s: Scenario;
    try {
      s = await load(`
sectors:
  constructor:
    baseline: 100
    growth: 0%
  d:
    value: { formula: constructor * 2 }
`);
    } catch (e) {
      expect(e).toBeInstanceOf(ChainsimError);
      expect((e as ChainsimError).code).not.toBe("E_INTERNAL");
      return;
    }
    expect(valueAt(project(s), "d", 2022)).toBe(200);
  });
});

describe("variants and --set", () => {
  it("--set a.growth=20% gives 100 × 1.2³ = 172.8", async () => {
    const s = await load(BASIC, { set: ["a.growth=20%"] });
    expectRel(valueAt(project(s), "a", 2025), 172.8);
    expect(s.provenance.overrides).toEqual(["a.growth=20%"]);
    expect(s.provenance.variant).toBeNull();
  });

  it("--set reads its value as YAML: a.growth=0.3 (a number) gives 100 × 1.3³ = 219.7", async () => {
    const s = await load(BASIC, { set: ["a.growth=0.3"] });
    expectRel(valueAt(project(s), "a", 2025), 219.7);
  });

  it("--set a.growth={ triangular: [5%, 15%, 20%] } uses the mode: 100 × 1.15³", async () => {
    const s = await load(BASIC, { set: ["a.growth={ triangular: [5%, 15%, 20%] }"] });
    expectRel(valueAt(project(s), "a", 2025), 100 * 1.15 ** 3);
  });

  it("--set horizon=2027 and a.baseline=200: years to 2027, 200 × 1.1⁵ in 2027", async () => {
    const s = await load(BASIC, { set: ["horizon=2027", "a.baseline=200"] });
    const p = project(s);
    expect(p.years).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
    expectRel(valueAt(p, "a", 2027), 200 * 1.1 ** 5);
  });

  it("--set on a goal by id moves the implied baseline: 3万亿 / 1.1³", async () => {
    const s = await load(
      `
sectors:
  it:
    baseline: implied
    growth: 10%
targets:
  - { id: it-2025, sector: it, year: 2025, at_least: 2.2万亿 }
`,
      { set: ["targets.it-2025.at_least=3万亿"] },
    );
    expectRel(s.quantities.get("it")!.baseline!.value.central, 30000 / 1.331);
    expect(s.targets[0]!.value).toBe(30000);
  });

  it("a variant applies its overrides: fast → 100 × 1.2³", async () => {
    const s = await load(BASIC, { variant: "fast" });
    expectRel(valueAt(project(s), "a", 2025), 172.8);
    expect(s.provenance.variant).toBe("fast");
    expect(s.variants).toEqual(["fast", "slow"]);
  });

  it("a variant may change several things: slow → horizon 2024, 100 × 1.05²", async () => {
    const s = await load(BASIC, { variant: "slow" });
    const p = project(s);
    expect(p.years).toEqual([2022, 2023, 2024]);
    expectRel(valueAt(p, "a", 2024), 110.25);
  });

  it("--set applies after the variant and wins: fast + a.growth=30% → 100 × 1.3³", async () => {
    const s = await load(BASIC, { variant: "fast", set: ["a.growth=30%"] });
    expectRel(valueAt(project(s), "a", 2025), 219.7);
  });

  it("later --set wins over earlier: 5% then 15% → 100 × 1.15³", async () => {
    const s = await load(BASIC, { set: ["a.growth=5%", "a.growth=15%"] });
    expectRel(valueAt(project(s), "a", 2025), 100 * 1.15 ** 3);
  });
});

describe("--set and variant errors", () => {
  it("E_SET_PATH for a path naming nothing, with a did-you-mean", async () => {
    const e = await rejected(
      load("sectors:\n  software:\n    baseline: 100\n    growth: 10%\n", { set: ["softwar.growth=12%"] }),
    );
    expect(e.code).toBe("E_SET_PATH");
    expect(e.diagnostics[0]!.message).toContain("softwar.growth");
    expect(e.diagnostics[0]!.message).toContain('did you mean "software"?');
    expect(e.diagnostics[0]!.loc?.file).toBe("--set softwar.growth=12%");
  });

  it("E_SET_PATH for an unknown goal id", async () => {
    const e = await rejected(load(BASIC, { set: ["targets.nope.at_least=1"] }));
    expect(e.code).toBe("E_SET_PATH");
  });

  it.each(["a.growth", "=12%", ""])("E_SET_SYNTAX for %j", async (arg) => {
    const e = await rejected(load(BASIC, { set: [arg] }));
    expect(e.code).toBe("E_SET_SYNTAX");
    expect(e.diagnostics[0]!.hint).toContain("PATH=VALUE");
  });

  it("E_UNKNOWN_VARIANT lists the variants and suggests the nearest", async () => {
    const e = await rejected(load(BASIC, { variant: "fastt" }));
    expect(e.code).toBe("E_UNKNOWN_VARIANT");
    expect(e.diagnostics[0]!.message).toContain('did you mean "fast"?');
    expect(e.diagnostics[0]!.hint).toContain("fast, slow");
  });

  it("E_UNKNOWN_VARIANT in a file without variants says so", async () => {
    const e = await rejected(load("sectors:\n  a:\n    baseline: 1\n    growth: 1%\n", { variant: "fast" }));
    expect(e.code).toBe("E_UNKNOWN_VARIANT");
    expect(e.diagnostics[0]!.hint).toContain("no variants");
  });

  it("a bad --set value is reported once, at the --set argument", async () => {
    const e = await rejected(load(BASIC, { set: ["a.growth=12"] }));
    expect(e.code).toBe("E_RATE_AS_NUMBER");
    expect(e.diagnostics[0]!.loc?.file).toBe("--set a.growth=12");
    // a growth was given (badly); "no growth assumption" would send the user looking in the wrong place
    expect(e.diagnostics.map((d) => d.code)).toEqual(["E_RATE_AS_NUMBER"]);
  });
});

describe("the Shandong example scenario", () => {
  const file = fileURLToPath(new URL("../../scenarios/shandong-it-2025.yaml", import.meta.url));

  it("projects the IT industry as manufacturing plus software: 6500 × 1.08³ + 11150 × 1.12³", async () => {
    // electronics_manufacturing: midpoint of 6000~7000 at the mode 8%; software: 11150 at 12%
    const s = await loadScenario(file);
    expectRel(valueAt(project(s), "it_industry", 2025), 6500 * 1.08 ** 3 + 11150 * 1.12 ** 3);
  });

  it("projects software at its central assumptions: 11150 × 1.12³ = 15664.9472", async () => {
    const s = await loadScenario(file);
    expectRel(valueAt(project(s), "software", 2025), 15664.9472);
  });

  it("the pessimistic variant puts software at 11150 × 1.09³", async () => {
    const s = await loadScenario(file, { variant: "pessimistic" });
    expectRel(valueAt(project(s), "software", 2025), 11150 * 1.09 ** 3);
  });

  it("5G stations read 14万~18万 个 as 140000..180000, centre 160000 × 1.14³ in 2025", async () => {
    const s = await loadScenario(file);
    const b = s.quantities.get("base_stations_5g")!.baseline!.value;
    expect([b.low, b.high]).toEqual([140_000, 180_000]);
    expectRel(valueAt(project(s), "base_stations_5g", 2025), 160_000 * 1.14 ** 3);
  });
});
