/**
 * The built notebooks (`npm run notebooks`) in a real browser (Debian's
 * Chromium, driven by playwright-core): each opened from disk with the network
 * cut off must run every cell without an error, draw its Plot charts, make no
 * request, and print the figures the library computes in Node for the same
 * scenario, samples and seed.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/analysis/check.js";
import { simulateCosts } from "../../src/analysis/policy/simulate-costs.js";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenario } from "../../src/scenario/load.js";
import { SHANDONG } from "../cli/helpers.js";
import { BUILD_HOOK_TIMEOUT, buildNotebooks } from "../page/build-notebooks.js";
import { openOffline, runBrowserTests } from "./chromium.js";

/** As the notebooks print numbers (library `fmt` and `pct`). */
const fmt = (x: number, digits = 1) =>
  x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (x: number) => `${fmt(x * 100)}%`;

interface Opened {
  text: string;
  charts: Array<{ width: number; marks: number }>;
  cellErrors: string[];
  errors: string[];
  requests: string[];
}

describe.skipIf(!runBrowserTests)("built notebooks in Chromium (needs /usr/bin/chromium)", () => {
  let out = "";

  beforeAll(async () => {
    out = await buildNotebooks();
  }, BUILD_HOOK_TIMEOUT);

  /**
   * Open a built notebook from disk, offline, and wait until it shows `charts`
   * Plot charts and every text in `texts` (figures that cells fill in), or a
   * cell fails.
   */
  async function open(file: string, charts: number, texts: string[]): Promise<Opened> {
    const url = pathToFileURL(join(out, file)).href;
    const { context, requests, errors, newPage } = await openOffline(url);
    try {
      const page = await newPage();
      await page.goto(url, { waitUntil: "load" });
      // Plot's charts are svg.plot-…; legends' swatches are not charts
      const selector = "svg[class^='plot-']:not([class*='swatch'])";
      await page
        .waitForFunction(
          ({ selector, charts, texts }) => {
            const main = document.querySelector("main")?.textContent ?? "";
            return (
              (document.querySelectorAll(selector).length >= charts &&
                texts.every((t) => main.includes(t))) ||
              document.querySelector(".observablehq--error") !== null
            );
          },
          { selector, charts, texts },
          { timeout: 60_000 },
        )
        .catch(() => undefined); // the assertions below say what is missing
      return {
        text: await page.locator("main").innerText(),
        charts: await page.$$eval(selector, (svgs) =>
          svgs.map((svg) => ({
            width: svg.getBoundingClientRect().width,
            marks: svg.querySelectorAll("rect, path, circle, line").length,
          })),
        ),
        cellErrors: await page.$$eval(".observablehq--error", (es) => es.map((e) => e.textContent ?? "")),
        errors,
        requests,
      };
    } finally {
      await context.close();
    }
  }

  function expectClean(o: Opened, charts: number): void {
    expect(o.cellErrors).toEqual([]);
    expect(o.errors).toEqual([]);
    expect(o.requests).toEqual([]);
    expect(o.charts.length).toBe(charts);
    for (const c of o.charts) {
      expect(c.width).toBeGreaterThan(300);
      expect(c.marks).toBeGreaterThan(2);
    }
  }

  it("1: Shandong's add-up, as check computes it", async () => {
    const plain = check(await loadScenario(SHANDONG)).verdicts.find((v) => v.parent === "it_industry")!;
    const so = check(await loadScenario(SHANDONG, { variant: "statistical-overlaps" })).verdicts.find(
      (v) => v.parent === "it_industry",
    )!;
    const texts = [
      `The ten goals sum to ${fmt(plain.childrenSum, 0)} 亿元 against a headline of ${fmt(plain.headline, 0)}: verdict ${plain.verdict}.`,
      `The least overlap that would reconcile them is ${fmt(plain.minOverlapNeeded!, 0)} 亿元`,
      `net to ${fmt(so.net.low, 0)}–${fmt(so.net.high, 0)} 亿元 against the headline of ${fmt(so.headline, 0)}: verdict ${so.verdict}.`,
    ];
    const o = await open("1-shandong-add-up.html", 2, texts);
    expectClean(o, 2);
    for (const t of texts) expect(o.text).toContain(t);
  }, 90_000);

  it("2: Shandong's probabilities, the same draws as simulate in Node", async () => {
    const sim = await simulate(await loadScenario(SHANDONG), { samples: 4000, seed: 1 });
    const headline = sim.targets.find((t) => t.target.id === "sd-it-2025")!;
    const texts = [
      `is met in ${pct(headline.probability)} of the draws; every goal at once in ${pct(sim.all!.probability)}.`,
      "The inputs with the largest total index — here ",
    ];
    const o = await open("2-shandong-probability.html", 4, texts);
    expectClean(o, 4);
    for (const t of texts) expect(o.text).toContain(t);
  }, 120_000);

  it("3: Guangdong's components", async () => {
    const s = await loadScenario("scenarios/guangdong-it-2025.yaml");
    const verdicts = check(s).verdicts;
    const texts = verdicts.map(
      (v) =>
        `headline ${fmt(v.headline, 0)} 亿元, components net ${fmt(v.net.low, 0)}–${fmt(v.net.high, 0)}: ${v.verdict}.`,
    );
    const o = await open("3-guangdong-components.html", verdicts.length + 1, texts);
    expectClean(o, verdicts.length + 1);
    for (const t of texts) expect(o.text).toContain(t);
  }, 90_000);

  it("4: Liaocheng's subsidy costs, as simulateCosts computes them", async () => {
    const c = simulateCosts(await loadScenario("scenarios/liaocheng-it-2025.yaml"), {
      samples: 2000,
      seed: 1,
    });
    const texts = [
      `the city pays ${fmt(c.allYears.mean)} ${c.unit} on average (P10–P90 range ${fmt(c.allYears.p10)}–${fmt(c.allYears.p90)})`,
    ];
    const o = await open("4-liaocheng-firms.html", 4, texts);
    expectClean(o, 4);
    for (const t of texts) expect(o.text).toContain(t);
  }, 120_000);

  it("the Chinese builds run too, with the same numbers in Chinese prose", async () => {
    const sim = await simulate(await loadScenario(SHANDONG), { samples: 4000, seed: 1 });
    const headline = sim.targets.find((t) => t.target.id === "sd-it-2025")!;
    const texts = [`总目标 sd-it-2025（2.2万亿）在 ${pct(headline.probability)} 的抽样中达成`];
    const o = await open("2-shandong-probability.zh.html", 4, texts);
    expectClean(o, 4);
    for (const t of texts) expect(o.text).toContain(t);
    const c = simulateCosts(await loadScenario("scenarios/liaocheng-it-2025.yaml"), {
      samples: 2000,
      seed: 1,
    });
    const zh = [`财政平均支付 ${fmt(c.allYears.mean)} ${c.unit}`];
    const l = await open("4-liaocheng-firms.zh.html", 4, zh);
    expectClean(l, 4);
    for (const t of zh) expect(l.text).toContain(t);
  }, 240_000);

  it("draw integer year ticks, each once, and no language badge over the code", async () => {
    const url = pathToFileURL(join(out, "4-liaocheng-firms.html")).href;
    const { context, newPage } = await openOffline(url);
    try {
      const page = await newPage();
      await page.goto(url, { waitUntil: "load" });
      await page.waitForFunction(
        () => document.querySelectorAll("svg[class^='plot-']").length >= 4,
        undefined,
        {
          timeout: 60_000,
        },
      );
      const ticks = await page.$$eval("svg[class^='plot-'] g[aria-label='x-axis tick label']", (gs) =>
        gs.map((g) => Array.from(g.querySelectorAll("text"), (t) => t.textContent ?? "")),
      );
      const years = ticks.filter((labels) => labels.some((l) => /^20\d\d$/.test(l)));
      expect(years.length).toBeGreaterThan(0);
      for (const labels of years) {
        expect(new Set(labels).size).toBe(labels.length);
        for (const l of labels) expect(l).toMatch(/^20\d\d$/);
      }
      const badge = await page.$$eval("pre[data-language]", (ps) =>
        ps.map((p) => getComputedStyle(p, "::before").content),
      );
      for (const b of badge) expect(["none", "normal"]).toContain(b);
      const overflow = await page.$$eval(
        "pre",
        (ps) => ps.filter((p) => p.scrollWidth > p.clientWidth + 1).length,
      );
      expect(overflow).toBe(0);
    } finally {
      await context.close();
    }
  }, 120_000);
});
