import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseChain } from "../../src/analysis/chain/analyse.js";
import { luAlgebra } from "../../src/analysis/chain/lu.js";
import { check } from "../../src/analysis/check.js";
import type { Scenario } from "../../src/model/scenario.js";
import { pageChain } from "../../src/page/chain.js";
import {
  computeView,
  decodeHash,
  encodeHash,
  pageHash,
  readPageHash,
  type Slider,
  setArg,
  slidersFor,
  sliderValues,
  tweakedYaml,
  variantText,
} from "../../src/page/core.js";
import { bundlePath, interactivePage, workbenchPage } from "../../src/page/html.js";
import { serve } from "../../src/page/server.js";
import { pageText } from "../../src/page/write.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";
import { parseScenarioText } from "../../src/scenario/parse.js";
import { SHANDONG } from "../cli/helpers.js";

describe("interactive page logic", () => {
  it("offers a labelled slider with a range for each growth rate and baseline", async () => {
    const text = readFileSync(SHANDONG, "utf8");
    const s = await loadScenario(SHANDONG);
    const sliders = slidersFor(s, parseScenarioText(text, SHANDONG).data);
    const g = sliders.find((x) => x.path === "software.growth")!;
    expect(g).toMatchObject({ kind: "growth", unit: "%", central: 12 });
    // the file's triangular 8%, 12%, 17%: the slider runs 8–17%, not a wider made-up range
    expect(g).toMatchObject({ min: 8, max: 17, step: 0.01, label: { zh: "软件业务收入 年增速" } });
    // correlated with cloud and AI growth (the file's correlations): the page says so
    expect(g.correlated).toEqual(["cloud.growth", "ai.growth"]);
    expect(sliders.find((x) => x.path === "software.baseline.value")).toMatchObject({ central: 11150 });
    // implied baselines are not assumptions
    expect(sliders.some((x) => x.path.startsWith("it_industry.baseline"))).toBe(false);
    expect(setArg(g, 9.5)).toBe("software.growth=9.5%");
  });

  it("keeps overrides in the hash and writes a tweaked file the loader accepts", async () => {
    const set = ["software.growth=4%", "software.baseline.value=11000亿元"];
    expect(decodeHash(`#${encodeHash(set)}`)).toEqual(set);
    const text = readFileSync(SHANDONG, "utf8");
    const yaml = tweakedYaml(text, SHANDONG, set);
    const a = await loadScenarioText(yaml, "tweaked.yaml");
    const b = await loadScenario(SHANDONG, { set });
    expect(a.quantities.get("software")!.growth).toMatchObject({ rate: { central: 0.04 } });
    expect(a.quantities.get("software")!.baseline!.value.central).toBe(
      b.quantities.get("software")!.baseline!.value.central,
    );
    expect(yaml).toContain("# "); // comments kept
  });

  it("inlines one browser bundle without Node-only modules, with the formula compiler", () => {
    const bundle = readFileSync(bundlePath(), "utf8");
    expect(bundle).not.toMatch(/require\(["']node:/);
    // the same restricted mathjs instance as the CLI (src/formula/compile.ts): any scenario opens
    expect(bundle).not.toContain("formulas are not supported on the interactive page");
    const html = interactivePage({
      title: "t</script>",
      text: "id: x</script>",
      file: "x.yaml",
      bundle: "/*b*/",
    });
    expect(html).not.toMatch(/<script[^>]*src=|https?:\/\/(?!www\.w3\.org)/);
    expect(html.match(/<\/script>/g)!.length).toBe(2);
  });

  it("the empty workbench carries no scenario; a report's page starts in the report's language", () => {
    const empty = workbenchPage("/*b*/");
    expect(empty).not.toContain('id="chainsim-scenario"');
    expect(empty.match(/<\/script>/g)!.length).toBe(1);
    expect(empty).not.toMatch(/<script[^>]*src=|<link|https?:\/\/(?!www\.w3\.org)/);
    const zh = interactivePage({
      title: "t",
      text: "id: x",
      file: "/home/u/x.yaml",
      lang: "zh",
      bundle: "/*b*/",
    });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('"lang":"zh"');
    // the file by its name only (no folder in the page)
    expect(zh).toContain('"file":"x.yaml"');
    expect(zh).not.toContain("/home/u");
  });
});

const GUANGDONG = "scenarios/guangdong-it-2025.yaml";

/** The sliders the page shows for a file and a variant chosen on it. */
async function pageSliders(
  file: string,
  variant: string | null = null,
): Promise<{ text: string; sliders: Slider[] }> {
  const text = await variantText(readFileSync(file, "utf8"), file, variant);
  const s = await loadScenarioText(text, file);
  return { text, sliders: slidersFor(s, parseScenarioText(text, file).data) };
}

/** Every pair of correlated inputs with its correlation. */
function pairs(s: Scenario): Record<string, number> {
  const c = s.correlations;
  const out: Record<string, number> = {};
  c?.inputs.forEach((a, i) => {
    c.inputs.forEach((b, j) => {
      if (a < b && c.matrix[i]![j]! !== 0) out[`${a} ~ ${b}`] = c.matrix[i]![j]!;
    });
  });
  return out;
}

const bySlider = (sliders: Slider[], path: string) => {
  const found = sliders.find((x) => x.path === path);
  if (!found) throw new Error(`no slider ${path}: ${sliders.map((x) => x.path).join(", ")}`);
  return found;
};

describe("interactive page: overlap and link sliders", () => {
  it("Shandong with statistical-overlaps: a slider per overlap share, coefficient and local share", async () => {
    const { sliders } = await pageSliders(SHANDONG, "statistical-overlaps");
    const overlaps = sliders.filter((x) => x.kind === "overlap");
    expect(overlaps).toHaveLength(11);
    // the file's own range, 25%~45%; step: the largest power of ten at most
    // a hundredth of the width (0.2) dividing 25, 45 and 35
    expect(bySlider(sliders, "overlaps.ic/software.share")).toMatchObject({
      label: {
        zh: "集成电路计入软件业务收入的比例",
        en: "share of integrated circuits counted in software business revenue",
      },
      min: 25,
      max: 45,
      central: 35,
      step: 0.1,
      unit: "%",
      written: "25%~45%",
    });
    expect(bySlider(sliders, "overlaps.energy_electronics/it_industry.share")).toMatchObject({
      label: { zh: "能源电子不在信息技术产业口径内的比例" },
      min: 50,
      max: 90,
      central: 70,
    });
    const coefficients = sliders.filter((x) => x.kind === "coefficient");
    expect(coefficients).toHaveLength(36);
    expect(bySlider(sliders, "links.coefficients.terminals.ic")).toMatchObject({
      label: { zh: "每单位数字终端产出所需集成电路" },
      group: "terminals",
      min: 0.08,
      max: 0.15,
      central: 0.115,
      // width 0.07: 10^-4 is the largest power of ten at most 0.0007
      step: 0.0001,
      unit: "",
      written: "0.08~0.15",
    });
    // 0.005~0.02 as written, steps fine enough for its width
    expect(bySlider(sliders, "links.coefficients.computing.energy_electronics")).toMatchObject({
      min: 0.005,
      max: 0.02,
      central: 0.0125,
      step: 0.0001,
      digits: 4,
    });
    const shares = sliders.filter((x) => x.kind === "local_share");
    expect(shares.map((x) => x.path)).toEqual(
      ["software", "cloud", "ic", "computing", "terminals", "energy_electronics", "materials"].map(
        (id) => `links.local_share.${id}`,
      ),
    );
    expect(bySlider(sliders, "links.local_share.ic")).toMatchObject({ min: 10, max: 30, central: 20 });
    for (const sl of sliders) {
      expect(sl.min).toBeLessThanOrEqual(sl.central);
      expect(sl.central).toBeLessThanOrEqual(sl.max);
    }
    // the file as written states no overlaps: no overlap sliders
    expect((await pageSliders(SHANDONG)).sliders.some((x) => x.kind === "overlap")).toBe(false);
  });

  it("Guangdong: its overlap, and no link sliders", async () => {
    const { sliders } = await pageSliders(GUANGDONG);
    expect(sliders.filter((x) => x.kind === "overlap")).toEqual([
      {
        path: "overlaps.gd_software/gd_electronics_manufacturing.share",
        label: {
          zh: "软件和信息技术服务业业务收入计入电子信息制造业总产值的比例",
          en: "share of software and IT services business revenue counted in electronic-information manufacturing gross output",
        },
        kind: "overlap",
        min: 10,
        max: 40,
        step: 0.1,
        central: 25,
        unit: "%",
        digits: 1,
        written: "10%~40%",
        correlated: [],
      },
    ]);
    expect(sliders.some((x) => x.kind === "coefficient" || x.kind === "local_share")).toBe(false);
  });

  it("every slider's --set argument survives the address and comes back as the slider's value", async () => {
    const { sliders } = await pageSliders(SHANDONG, "statistical-overlaps");
    const at = (sl: Slider) => Number((sl.min + (sl.max - sl.min) / 4).toFixed(sl.digits));
    const set = sliders.map((sl) => setArg(sl, at(sl)));
    expect(set).toContain(
      `overlaps.ic/software.share=${at(bySlider(sliders, "overlaps.ic/software.share"))}%`,
    );
    expect(setArg(bySlider(sliders, "links.coefficients.terminals.ic"), 0.1)).toBe(
      "links.coefficients.terminals.ic=0.1",
    );
    expect(setArg(bySlider(sliders, "links.local_share.ic"), 12.5)).toBe("links.local_share.ic=12.5%");
    const state = readPageHash(`#${pageHash({ variant: "statistical-overlaps", set })}`);
    expect(state).toEqual({ variant: "statistical-overlaps", set, lang: null });
    expect(readPageHash(`#${pageHash({ variant: null, set, lang: "zh" })}`)).toEqual({
      variant: null,
      set,
      lang: "zh",
    });
    const back = sliderValues(sliders, state.set);
    for (const sl of sliders) expect(back.get(sl.path)).toBe(at(sl));
    expect(readPageHash("#software.growth%3D4%25")).toEqual({
      variant: null,
      set: ["software.growth=4%"],
      lang: null,
    });
  });

  it("the downloaded file gives the same check as --set (overlaps and links), and the same chain", async () => {
    const cases: Array<[string, string | null, string[]]> = [
      [
        SHANDONG,
        "statistical-overlaps",
        [
          "overlaps.ic/software.share=30%",
          "overlaps.energy_electronics/it_industry.share=62.5%",
          "links.coefficients.terminals.ic=0.14",
          "links.local_share.ic=12.5%",
          "software.growth=9.5%",
        ],
      ],
      [GUANGDONG, null, ["overlaps.gd_software/gd_electronics_manufacturing.share=45%"]],
    ];
    for (const [file, variant, set] of cases) {
      const text = await variantText(readFileSync(file, "utf8"), file, variant);
      const yaml = tweakedYaml(text, file, set);
      const fromFile = await loadScenarioText(yaml, "tweaked.yaml");
      const viaSet = await loadScenario(file, { ...(variant ? { variant } : {}), set });
      const a = check(fromFile);
      const b = check(viaSet);
      const figures = (r: typeof a) =>
        r.verdicts.map(({ parent, year, childrenSum, overlap, net, verdict, minOverlapNeeded }) => ({
          parent,
          year,
          childrenSum,
          overlap,
          net,
          verdict,
          minOverlapNeeded,
        }));
      expect(figures(a)).toEqual(figures(b));
      expect(figures(a)[0]!.overlap.low).toBeGreaterThan(0);
      expect(a.goals.map((g) => [g.target.id, g.projected, g.met])).toEqual(
        b.goals.map((g) => [g.target.id, g.projected, g.met]),
      );
      expect(a.requiredGrowth).toEqual(b.requiredGrowth);
      // a fixed input leaves correlations as the loader leaves them for --set
      expect(pairs(fromFile)).toEqual(pairs(viaSet));
      expect(a.chain).toEqual(b.chain);
      // the page's view of the same text and overrides is the library's
      const view = await computeView(text, file, set);
      expect(figures(view.result)).toEqual(figures(b));
      // comments kept
      expect(yaml).toContain("# ");
    }
  });

  it("the page's chain view is what chainsim chain computes at central values", async () => {
    const set = ["links.coefficients.terminals.ic=0.14", "links.local_share.ic=12.5%"];
    const s = await loadScenario(SHANDONG, { set });
    const page = pageChain(s)!;
    expect(page.shock.shock.arg).toBe("software=-10%"); // the largest final demand, as in the report
    const lib = await analyseChain(s, { samples: 0, shocks: [page.shock.shock] });
    const close = (xs: number[], ys: number[]) => {
      xs.forEach((x, i) => {
        expect(x).toBeCloseTo(ys[i]!, 9);
      });
    };
    close(
      page.multipliers,
      lib.multipliers.map((m) => m.central),
    );
    close(
      page.backward,
      lib.linkages.backward.map((m) => m.central),
    );
    close(
      page.forward,
      lib.linkages.forward.map((m) => m.central),
    );
    expect(page.classes).toEqual(lib.linkages.classes);
    close(
      page.shock.output,
      lib.demand!.output.map((m) => m.central),
    );
    close(
      page.shock.indirect,
      lib.demand!.indirect.map((m) => m.central),
    );
    // and it moves with the link sliders
    const base = pageChain(await loadScenario(SHANDONG))!;
    const terminals = page.sectors.indexOf("terminals");
    expect(page.multipliers[terminals]).not.toBeCloseTo(base.multipliers[terminals]!, 6);
  });

  it("the page's LU solves as mathjs does (Miller and Blair's two-sector example)", () => {
    const f = luAlgebra.factor([
      [0.85, -0.25],
      [-0.2, 0.95],
    ]);
    const x = luAlgebra.solve(f, [600, 1500]);
    expect(x[0]).toBeCloseTo(1247.5248, 4);
    expect(x[1]).toBeCloseTo(1841.5842, 4);
    const m = luAlgebra.solveTransposed(f, [1, 1]);
    expect(m[0]).toBeCloseTo(1.5182, 4);
    expect(m[1]).toBeCloseTo(1.4521, 4);
    // pivoting: a zero on the diagonal
    const g = luAlgebra.factor([
      [0, 1],
      [2, 3],
    ]);
    expect(luAlgebra.solve(g, [1, 5])).toEqual([1, 1]);
    expect(luAlgebra.solveTransposed(g, [2, 4])).toEqual([1, 1]);
    expect(
      luAlgebra.inverse([
        [2, 0],
        [0, 4],
      ]),
    ).toEqual([
      [0.5, 0],
      [0, 0.25],
    ]);
  });

  it("a variant written into the page leaves the inputs it fixes out of correlations, as the loader does", async () => {
    const text = readFileSync(SHANDONG, "utf8");
    for (const variant of ["pessimistic", "accelerated", "statistical-overlaps"]) {
      const written = await loadScenarioText(await variantText(text, SHANDONG, variant), "v.yaml");
      const loaded = await loadScenario(SHANDONG, { variant });
      expect(pairs(written)).toEqual(pairs(loaded));
    }
    // pessimistic fixes software, cloud, terminals and computing growth: of the stated pairs
    // none has two uncertain inputs left
    const pessimistic = await loadScenarioText(await variantText(text, SHANDONG, "pessimistic"), "p.yaml");
    expect(pairs(pessimistic)).toEqual({});
    const accelerated = await loadScenarioText(await variantText(text, SHANDONG, "accelerated"), "a.yaml");
    expect(pairs(accelerated)).toEqual({ "computing.growth ~ terminals.growth": 0.5 });
    // report --variant pessimistic --interactive starts from a text the page can load
    const opts = { variant: "pessimistic", set: ["overlaps=[]"] };
    const started = await loadScenarioText(
      pageText(SHANDONG, opts, await loadScenario(SHANDONG, opts)),
      "shandong-it-2025.yaml",
    );
    expect(started.quantities.get("software")!.growth).toMatchObject({ rate: { central: 0.09 } });
    expect(pairs(started)).toEqual({});
  });
});

describe("chainsim serve", () => {
  it("serves the page on loopback and notices when the file changes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chainsim-serve-"));
    const file = join(dir, "s.yaml");
    copyFileSync(SHANDONG, file);
    const served = await serve(file, { port: 0 });
    try {
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(served.url, { signal: AbortSignal.timeout(5000) });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('id="chainsim-bundle"');
      expect(html).toContain("/version");
      const v0 = await (await fetch(`${served.url}version`, { signal: AbortSignal.timeout(5000) })).text();
      writeFileSync(file, readFileSync(file, "utf8").replace("软件业务收入", "软件收入"));
      // poll until the watcher has seen the save (no clock here: the test's own timeout bounds a hang)
      let v = v0;
      while (v === v0) {
        await new Promise((r) => setTimeout(r, 50));
        v = await (await fetch(`${served.url}version`, { signal: AbortSignal.timeout(5000) })).text();
      }
      expect(v).not.toBe(v0);
      const again = await (await fetch(served.url, { signal: AbortSignal.timeout(5000) })).text();
      expect(again).toContain("软件收入");
      expect((await fetch(`${served.url}nope`, { signal: AbortSignal.timeout(5000) })).status).toBe(404);
    } finally {
      await served.close();
    }
  });
});

describe("slider ranges come from the file", () => {
  it("keeps a central baseline exactly (no snapping to the step) and allows negative growth where the file does", async () => {
    const file = "x.yaml";
    const text = [
      "id: x",
      "title: x",
      "unit: 亿元",
      "base_year: 2022",
      "horizon: 2025",
      "sectors:",
      "  a:",
      "    name: A",
      "    baseline: { year: 2022, value: 300~351 }",
      "    growth: { triangular: [-2%, 1%, 3%] }",
      "  b:",
      "    name: B",
      "    baseline: { year: 2022, value: 325 }",
      "    growth: 0%",
      "targets:",
      "  - { id: a-2025, sector: a, year: 2025, at_least: 330 }",
    ].join("\n");
    const s = await loadScenarioText(text, file);
    const sliders = slidersFor(s, parseScenarioText(text, file).data);
    // 300~351: central 325.5, so the step must divide 325.5 (0.1), not the width's 0.5 or 1
    expect(bySlider(sliders, "a.baseline.value")).toMatchObject({
      min: 300,
      max: 351,
      central: 325.5,
      step: 0.1,
    });
    // a single 325: half to one and a half times it; the step divides both ends and 325 (the
    // slider reaches 325 exactly: the "325 shown as 326")
    expect(bySlider(sliders, "b.baseline.value")).toMatchObject({
      min: 162.5,
      max: 487.5,
      central: 325,
      step: 0.1,
    });
    // growth -2%..3% as written; a single 0% does not go below zero
    expect(bySlider(sliders, "a.growth")).toMatchObject({ min: -2, max: 3, central: 1 });
    expect(bySlider(sliders, "b.growth")).toMatchObject({ min: 0, max: 5, central: 0 });
  });
});
