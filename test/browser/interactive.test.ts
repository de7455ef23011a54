/**
 * interactive.html in a real browser (Debian's Chromium, driven by
 * playwright-core): opened from disk with the network cut off, moving the
 * software growth slider must change the projection, the add-up verdict's
 * figures and the goal probability exactly as the library computes them for
 * the same `--set`, and the downloaded scenario must run with `chainsim run`.
 * With the statistical-overlaps variant chosen on the page, moving an overlap
 * share must move the add-up verdict's figures, and a coefficient and a local
 * share the chain view, exactly as the library computes them for the same
 * `--variant` and `--set`.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { analyseChain } from "../../src/analysis/chain/analyse.js";
import { check } from "../../src/analysis/check.js";
import { valueAt } from "../../src/engine/project.js";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenario } from "../../src/scenario/load.js";
import { cli, SHANDONG } from "../cli/helpers.js";
import { openOffline, runBrowserTests } from "./chromium.js";

/** As the page prints numbers. */
const fmt = (x: number, digits = 1) =>
  x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (x: number) => `${fmt(x * 100)}%`;

async function expected(set: string[]) {
  const s = await loadScenario(SHANDONG, { set });
  const r = check(s);
  const sim = await simulate(s, { samples: 2000, seed: 1 });
  const verdict = r.verdicts.find((v) => v.parent === "it_industry" && v.year === 2025)!;
  return {
    software2025: fmt(valueAt(r.projection, "software", 2025)),
    itIndustry2025: fmt(valueAt(r.projection, "it_industry", 2025)),
    verdict: verdict.verdict,
    net: `${fmt(verdict.net.low)} – ${fmt(verdict.net.high)}`,
    probability: pct(sim.targets.find((t) => t.target.id === "sd-software-2025")!.probability),
  };
}

describe.skipIf(!runBrowserTests)("interactive.html in Chromium (needs /usr/bin/chromium)", () => {
  it("recomputes as the library does when a slider moves, offline, and downloads a runnable scenario", async () => {
    const root = mkdtempSync(join(tmpdir(), "chainsim-interactive-"));
    const dir = join(root, "report");
    const r = await cli("report", SHANDONG, "-o", dir, "--samples", "0", "--interactive");
    expect(r.code, r.stderr).toBe(0);
    const file = join(dir, "interactive.html");
    expect(r.stdout).toContain(file);
    const url = pathToFileURL(file).href;
    const { context, requests, errors, newPage } = await openOffline(url, {
      acceptDownloads: true,
      viewport: { width: 1200, height: 900 },
    });
    try {
      const page = await newPage();
      await page.goto(url, { waitUntil: "load" });
      const settled = () =>
        page.waitForFunction(
          () => document.body.dataset.state === "ready" && document.body.dataset.mc === "done",
          null,
          {
            timeout: 60_000,
          },
        );
      await settled();
      const read = () =>
        page.evaluate(() => ({
          software2025: document.querySelector("[data-cell='software:2025']")?.textContent,
          itIndustry2025: document.querySelector("[data-cell='it_industry:2025']")?.textContent,
          verdict: document.querySelector("[data-verdict='it_industry:2025']")?.getAttribute("data-value"),
          net: document.querySelector("[data-verdict='it_industry:2025']")?.previousElementSibling
            ?.textContent,
          probability: document.querySelector("[data-prob='sd-software-2025']")?.textContent,
        }));
      const before = await read();
      expect(before).toEqual(await expected([]));
      expect(await page.locator("input[type=range]").count()).toBeGreaterThan(10);
      // every chart drawn
      expect(await page.locator("#charts svg path").count()).toBeGreaterThan(5);

      // below the file's range (8–17%): typed into the number field beside the slider
      await page.locator("input[data-field='software.growth']").fill("4");
      await settled();
      const after = await read();
      const want = await expected(["software.growth=4%"]);
      expect(after).toEqual(want);
      expect(after.software2025).not.toBe(before.software2025);
      expect(after.probability).not.toBe(before.probability);
      // Shandong's children all have goals, so the add-up check compares goals
      // and its verdict stays; it is still recomputed, equal to the library's
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#software.growth=4%");

      // download the tweaked scenario and run it
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
      const saved = join(root, "tweaked.yaml");
      await download.saveAs(saved);
      const run = await cli("run", saved);
      expect(run.code, run.stderr).toBe(0);
      const reloaded = check(await loadScenario(saved));
      expect(fmt(valueAt(reloaded.projection, "software", 2025))).toBe(want.software2025);

      // a link with the hash reproduces the view; reset goes back to the file
      const page2 = await newPage();
      await page2.goto(`${url}#${encodeURIComponent("software.growth=4%")}`, { waitUntil: "load" });
      await page2.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: 60_000 });
      expect(await page2.locator("[data-cell='software:2025']").textContent()).toBe(want.software2025);
      await page2.click("#reset");
      await page2.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: 60_000 });
      expect(await page2.locator("[data-cell='software:2025']").textContent()).toBe(before.software2025);

      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it("overlap and link sliders follow the chosen variant and move the verdict and the chain as --set does", async () => {
    const root = mkdtempSync(join(tmpdir(), "chainsim-interactive-"));
    const dir = join(root, "report");
    const r = await cli("report", SHANDONG, "-o", dir, "--samples", "0", "--interactive");
    expect(r.code, r.stderr).toBe(0);
    const url = pathToFileURL(join(dir, "interactive.html")).href;
    const { context, requests, errors, newPage } = await openOffline(url, {
      acceptDownloads: true,
      viewport: { width: 1200, height: 900 },
    });
    try {
      const page = await newPage();
      await page.goto(url, { waitUntil: "load" });
      await settled(page);
      // the file as written states no overlaps; its variant statistical-overlaps does
      expect(await page.locator("input[data-path^='overlaps.']").count()).toBe(0);
      await page.selectOption("#variant", "statistical-overlaps");
      await settled(page);
      expect(await page.locator("input[data-path^='overlaps.']").count()).toBe(11);
      const variant = "statistical-overlaps";
      const before = await readVerdict(page);
      expect(before).toEqual(await expectedVerdict(variant, []));

      const overlap = "overlaps.ic/software.share=30%";
      await page.locator("input[data-path='overlaps.ic/software.share']").fill("30");
      await settled(page);
      const after = await readVerdict(page);
      expect(after).toEqual(await expectedVerdict(variant, [overlap]));
      expect(after.overlap).not.toBe(before.overlap);
      expect(after.net).not.toBe(before.net);
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#variant=${variant}&${overlap}`);

      // a coefficient and a local share move the chain view
      const link = ["links.coefficients.terminals.ic=0.14", "links.local_share.ic=12.5%"];
      await page.click("#links-controls summary");
      await page.locator("input[data-path='links.coefficients.terminals.ic']").fill("0.14");
      await page.locator("input[data-path='links.local_share.ic']").fill("12.5");
      await settled(page);
      const set = [overlap, ...link];
      expect(await readChain(page)).toEqual(await expectedChain(variant, set));
      expect(await readChain(page)).not.toEqual(await expectedChain(variant, [overlap]));

      // the downloaded scenario runs, and checks as --variant and --set do
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
      const saved = join(root, "tweaked.yaml");
      await download.saveAs(saved);
      const run = await cli("run", saved);
      expect(run.code, run.stderr).toBe(0);
      const verdicts = (r: ReturnType<typeof check>) =>
        r.verdicts.map((v) => [v.overlap, v.net, v.verdict, v.minOverlapNeeded]);
      expect(verdicts(check(await loadScenario(saved)))).toEqual(
        verdicts(check(await loadScenario(SHANDONG, { variant, set }))),
      );

      // the address reproduces the view; reset returns to the variant's values
      const page2 = await newPage();
      await page2.goto(`${url}${new URL(page.url()).hash}`, { waitUntil: "load" });
      await settled(page2);
      expect(await page2.locator("#variant").inputValue()).toBe(variant);
      expect(await readVerdict(page2)).toEqual(await readVerdict(page));
      expect(await readChain(page2)).toEqual(await readChain(page));
      await page2.click("#reset");
      await settled(page2);
      expect(await readVerdict(page2)).toEqual(before);
      expect(decodeURIComponent(new URL(page2.url()).hash)).toBe(`#variant=${variant}`);

      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it("opens a scenario that includes another (regions) from disk, the included file embedded", async () => {
    const root = mkdtempSync(join(tmpdir(), "chainsim-interactive-regions-"));
    // Shandong with Liaocheng as a region, side by side as a user would keep them
    const province = join(root, "shandong-it-2025.yaml");
    copyFileSync("scenarios/liaocheng-it-2025.yaml", join(root, "liaocheng-it-2025.yaml"));
    writeFileSync(
      province,
      `${readFileSync(SHANDONG, "utf8")}\nregions:\n  - { id: liaocheng, file: liaocheng-it-2025.yaml, map: { lc_it_industry: it_industry } }\n`,
    );
    const dir = join(root, "report");
    const r = await cli("report", province, "-o", dir, "--samples", "0", "--interactive");
    expect(r.code, r.stderr).toBe(0);
    const url = pathToFileURL(join(dir, "interactive.html")).href;
    const { context, requests, errors, newPage } = await openOffline(url);
    try {
      const page = await newPage();
      await page.goto(url, { waitUntil: "load" });
      await settled(page);
      const expectedVerdict = check(await loadScenario(province)).verdicts.find(
        (v) => v.parent === "it_industry" && v.year === 2025,
      )!.verdict;
      expect((await readVerdict(page)).verdict).toBe(expectedVerdict);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});

type Page = import("playwright-core").Page;

/** Wait until the deterministic view and the Monte Carlo are both up to date. */
function settled(page: Page) {
  return page.waitForFunction(
    () => document.body.dataset.state === "ready" && document.body.dataset.mc === "done",
    null,
    { timeout: 60_000 },
  );
}

/** The add-up verdict's figures as the page shows them. */
function readVerdict(page: Page) {
  return page.evaluate(() => {
    const cell = (attr: string) => document.querySelector(`[${attr}='it_industry:2025']`)?.textContent;
    return {
      children: cell("data-children"),
      overlap: cell("data-overlap"),
      net: cell("data-net"),
      verdict: document.querySelector("[data-verdict='it_industry:2025']")?.getAttribute("data-value"),
      needed: cell("data-needed"),
      consistent: document.querySelector("[data-verdict-prob='it_industry-2025-consistent']")?.textContent,
    };
  });
}

/** The same figures from the library, for a variant and --set. */
async function expectedVerdict(variant: string, set: string[]) {
  const s = await loadScenario(SHANDONG, { variant, set });
  const v = check(s).verdicts.find((x) => x.parent === "it_industry" && x.year === 2025)!;
  const sim = await simulate(s, { samples: 2000, seed: 1 });
  return {
    children: fmt(v.childrenSum),
    overlap: `${fmt(v.overlap.low)} – ${fmt(v.overlap.high)}`,
    net: `${fmt(v.net.low)} – ${fmt(v.net.high)}`,
    verdict: v.verdict,
    needed: v.minOverlapNeeded > 0 ? `${fmt(v.minOverlapNeeded)} (${pct(v.minOverlapShare)})` : "–",
    consistent: pct(sim.verdicts.find((x) => x.id === "it_industry-2025-consistent")!.probability),
  };
}

/** Output multipliers, the shock's Δ output and the implied local demand for ic, as the page shows them. */
function readChain(page: Page) {
  return page.evaluate(() => {
    const all = (attr: string) =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>(`[${attr}]`)].map((e) => [
          e.getAttribute(attr),
          e.textContent,
        ]),
      );
    return { multipliers: all("data-multiplier"), shock: all("data-shock"), implied: all("data-implied") };
  });
}

/** The same from `chainsim chain` (central values, the shock the page applies) and `check`. */
async function expectedChain(variant: string, set: string[]) {
  const s = await loadScenario(SHANDONG, { variant, set });
  const r = await analyseChain(s, {
    samples: 0,
    shocks: [{ sector: "software", kind: "relative", value: -0.1, arg: "software=-10%" }],
  });
  const bySector = (f: (i: number) => string) => Object.fromEntries(r.sectors.map((id, i) => [id, f(i)]));
  return {
    multipliers: bySector((i) => fmt(r.multipliers[i]!.central, 3)),
    shock: bySector((i) => fmt(r.demand!.output[i]!.central)),
    implied: Object.fromEntries(
      check(s).chain.map((c) => [
        c.upstream,
        `${fmt(c.impliedDemand.central)} (${fmt(c.impliedDemand.low)}–${fmt(c.impliedDemand.high)})`,
      ]),
    ),
  };
}
