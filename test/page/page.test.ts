import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeHash, encodeHash, setArg, slidersFor, tweakedYaml } from "../../src/page/core.js";
import { bundlePath, interactivePage } from "../../src/page/html.js";
import { serve } from "../../src/page/server.js";
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
    expect(g.min).toBeLessThanOrEqual(8);
    expect(g.max).toBeGreaterThanOrEqual(17);
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

  it("inlines a browser bundle without Node-only modules or mathjs", () => {
    const bundle = readFileSync(bundlePath(), "utf8");
    expect(bundle).not.toMatch(/require\(["']node:|mathjs|typed-function/);
    expect(existsSync(bundlePath(true))).toBe(true);
    const html = interactivePage({
      title: "t</script>",
      text: "id: x</script>",
      file: "x.yaml",
      bundle: "/*b*/",
    });
    expect(html).not.toMatch(/<script[^>]*src=|https?:\/\/(?!www\.w3\.org)/);
    expect(html.match(/<\/script>/g)!.length).toBe(2);
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
      const deadline = Date.now() + 5000;
      let v = v0;
      while (v === v0 && Date.now() < deadline) {
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
