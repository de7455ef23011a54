/**
 * scripts/check-layers.ts: the import-direction lint of DESIGN.md
 * (cli → render → analysis → engine → formula / model → numeric → messages;
 * the scenario loader is called from cli, render and the API only).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALLOWED, checkLayers, importsOf, LAYERS, layerOf, readSources } from "../../scripts/check-layers.js";

describe("check-layers", () => {
  it("passes on the source tree (with today's allow-list)", () => {
    const report = checkLayers(readSources("."));
    expect(report.violations).toEqual([]);
    expect(report.imports).toBeGreaterThan(100);
  });

  it("fails on a backward import planted in the source tree", () => {
    const files = readSources(".");
    const source = files.get("engine/project.ts")!;
    files.set("engine/project.ts", `import { check } from "../analysis/check.js";\n${source}`);
    const report = checkLayers(files);
    expect(report.violations.map((v) => v.message)).toEqual([
      "engine/project.ts => analysis/check.ts: engine may not import analysis (engine may import formula, model, numeric, messages)",
    ]);
  });

  it("npm run check:layers exits 1 on a copy of src/ with a planted backward import, 0 without", () => {
    const root = mkdtempSync(join(tmpdir(), "chainsim-layers-"));
    try {
      cpSync("src", join(root, "src"), { recursive: true });
      const script = (dir: string) =>
        spawnSync(process.execPath, ["--import", "tsx", "scripts/check-layers.ts", dir], {
          encoding: "utf8",
        });
      expect(script(root).status).toBe(0);
      const file = join(root, "src", "numeric", "cagr.ts");
      writeFileSync(file, `import { simulate } from "../engine/simulate.js";\n${readFileSync(file, "utf8")}`);
      const planted = script(root);
      expect(planted.status).toBe(1);
      expect(planted.stderr).toContain(
        "numeric/cagr.ts => engine/simulate.ts: numeric may not import engine",
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  it("sees dynamic imports, type-only imports and re-exports", () => {
    expect(importsOf("model/a.ts", 'const m = await import("../report/x.js");')).toEqual(["report/x.ts"]);
    expect(importsOf("model/a.ts", 'import type { T } from "../engine/t.js";')).toEqual(["engine/t.ts"]);
    expect(importsOf("model/a.ts", 'export { f } from "../cli/main.js";')).toEqual(["cli/main.ts"]);
    expect(importsOf("model/a.ts", 'import { z } from "zod";')).toEqual([]);
  });

  it("refuses analysis or engine importing the scenario loader, allows cli and render", () => {
    const files = new Map([
      ["analysis/a.ts", 'import { loadScenario } from "../scenario/load.js";'],
      ["engine/e.ts", 'import { loadScenario } from "../scenario/load.js";'],
      ["cli/c.ts", 'import { loadScenario } from "../scenario/load.js";'],
      ["report/r.ts", 'import { loadScenario } from "../scenario/load.js";'],
      ["scenario/load.ts", 'import type { Scenario } from "../model/scenario.js";'],
      ["model/scenario.ts", ""],
    ]);
    expect(checkLayers(files, []).violations.map((v) => v.from)).toEqual(["analysis/a.ts", "engine/e.ts"]);
  });

  it("fails on a cycle between layers that may import each other", () => {
    const files = new Map([
      ["formula/f.ts", 'import { m } from "../model/m.js";'],
      ["model/m.ts", 'import { f } from "../formula/f.js";'],
    ]);
    const [cycle] = checkLayers(files, []).violations;
    expect(cycle?.message).toMatch(/^import cycle between layers: (formula|model) .* → (formula|model)$/);
  });

  it("fails on a file in no layer, and reports stale allow-list entries", () => {
    const report = checkLayers(new Map([["extra/x.ts", ""]]), ["engine/a.ts => scenario/load.ts"]);
    expect(report.violations[0]?.message).toMatch(/extra\/x.ts is in no layer/);
    expect(report.stale).toEqual(["engine/a.ts => scenario/load.ts"]);
  });

  it("puts each file where DESIGN.md does", () => {
    expect(layerOf("index.ts")).toBe("api");
    expect(layerOf("page/main.ts")).toBe("render");
    expect(layerOf("notebook/library.ts")).toBe("render");
    expect(layerOf("messages.ts")).toBe("messages");
    expect(layerOf("diagnostics.ts")).toBe("messages");
    expect(layerOf("scenario/load.ts")).toBe("scenario");
  });

  it("allow-lists only imports that still break the layers (each entry is a real backward import)", () => {
    for (const entry of ALLOWED) {
      const [from, to] = entry.split(" => ") as [string, string];
      expect(LAYERS[layerOf(from)!]!.may, entry).not.toContain(layerOf(to));
      expect(layerOf(from), entry).not.toBe(layerOf(to));
    }
  });
});
