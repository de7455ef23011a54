/**
 * The import-direction lint (`npm run check:layers`, part of `npm test`).
 *
 * DESIGN.md: imports go one way,
 *
 *     index (public API), cli → render (report, page, notebook) → analysis → engine
 *       → formula / model → numeric → messages (messages.ts, diagnostics.ts, version.ts)
 *
 * and the scenario loader (src/scenario) produces model data: the CLI, the
 * renderers and the public API may call it; analysis and engine receive a
 * Scenario and never import the loader. Every relative import in src/
 * (static, `import type`, re-exports and dynamic `import()`) is checked; the
 * check fails on an import a layer may not make, and on a cycle between
 * layers (formula and model share a tier, so they may import each other,
 * but not both ways).
 *
 * Usage: `tsx scripts/check-layers.ts [root]` prints each violation and exits 1,
 * or prints a one-line summary and exits 0. `checkLayers()` is the same check
 * on any set of files, for tests.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, posix, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** A layer: the src/ paths it holds (a folder ends with "/") and the layers it may import. */
export interface Layer {
  paths: string[];
  may: string[];
}

const BELOW_RENDER = ["analysis", "extract", "scenario", "engine", "formula", "model", "numeric", "messages"];

/** The layers of DESIGN.md, top to bottom. */
export const LAYERS: Record<string, Layer> = {
  api: { paths: ["index.ts"], may: ["cli", "render", ...BELOW_RENDER] },
  cli: { paths: ["cli/"], may: ["render", ...BELOW_RENDER] },
  render: { paths: ["report/", "page/", "notebook/"], may: BELOW_RENDER },
  analysis: { paths: ["analysis/"], may: ["engine", "formula", "model", "numeric", "messages"] },
  // reading a policy text into goals and a draft scenario: beside the loader, whose magnitude reader it uses
  extract: { paths: ["extract/"], may: ["scenario", "formula", "model", "numeric", "messages"] },
  // the loader: produces model data; only cli, render and the API call it
  scenario: { paths: ["scenario/"], may: ["formula", "model", "numeric", "messages"] },
  engine: { paths: ["engine/"], may: ["formula", "model", "numeric", "messages"] },
  formula: { paths: ["formula/"], may: ["model", "numeric", "messages"] },
  model: { paths: ["model/"], may: ["formula", "numeric", "messages"] },
  numeric: { paths: ["numeric/"], may: ["messages"] },
  messages: { paths: ["messages.ts", "diagnostics.ts", "version.ts", "messages/", "i18n/"], may: [] },
};

/**
 * Backward imports that exist today and that other branches of issue 15 remove.
 * Each entry is "from => to" (paths under src/). The lead empties this list at
 * integration: an entry whose import is gone is reported as stale (not an error),
 * so it can be deleted.
 */
export const ALLOWED: readonly string[] = [];

/** One import that breaks the layering. */
export interface Violation {
  from: string;
  to: string;
  message: string;
}

export interface LayerReport {
  violations: Violation[];
  /** allow-list entries that no longer match an import */
  stale: string[];
  /** number of relative imports checked */
  imports: number;
}

/** The layer holding a path under src/ (posix separators), or undefined. */
export function layerOf(path: string, layers: Record<string, Layer> = LAYERS): string | undefined {
  for (const [name, layer] of Object.entries(layers)) {
    if (layer.paths.some((p) => (p.endsWith("/") ? path.startsWith(p) : path === p))) return name;
  }
  return undefined;
}

/** The relative imports of one source file, as paths under src/ (".js" read as ".ts"). */
export function importsOf(path: string, source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => posix.normalize(posix.join(posix.dirname(path), name)).replace(/\.js$/, ".ts"));
}

/**
 * Check a set of files: `files` maps a path under src/ (posix separators) to its
 * source text.
 */
export function checkLayers(
  files: ReadonlyMap<string, string>,
  allowed: readonly string[] = ALLOWED,
  layers: Record<string, Layer> = LAYERS,
): LayerReport {
  const violations: Violation[] = [];
  const used = new Set<string>();
  const edges = new Map<string, Map<string, string>>();
  let imports = 0;
  for (const [from, source] of files) {
    const a = layerOf(from, layers);
    if (a === undefined) {
      violations.push({ from, to: "", message: `${from} is in no layer: add its folder to LAYERS` });
      continue;
    }
    for (const to of importsOf(from, source)) {
      imports++;
      const b = layerOf(to, layers);
      if (b === undefined || b === a) continue;
      const edge = `${from} => ${to}`;
      if (layers[a]!.may.includes(b)) {
        // permitted imports only: a backward import is reported (or allow-listed) already
        if (!edges.has(a)) edges.set(a, new Map());
        if (!edges.get(a)!.has(b)) edges.get(a)!.set(b, edge);
        continue;
      }
      if (allowed.includes(edge)) {
        used.add(edge);
        continue;
      }
      violations.push({
        from,
        to,
        message: `${edge}: ${a} may not import ${b} (${a} may import ${layers[a]!.may.join(", ") || "nothing"})`,
      });
    }
  }
  for (const cycle of layerCycles(edges)) {
    violations.push({
      from: cycle[0]!,
      to: cycle[1]!,
      message: `import cycle between layers: ${cycle.join(" → ")}`,
    });
  }
  return { violations, stale: allowed.filter((e) => !used.has(e)), imports };
}

/** Cycles in the layer graph (each reported once, with the import that closes each step). */
function layerCycles(edges: Map<string, Map<string, string>>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (start: string, node: string, path: string[]) => {
    for (const next of edges.get(node)?.keys() ?? []) {
      if (next === start) {
        const key = [...path].sort().join(",");
        if (!seen.has(key)) {
          seen.add(key);
          const steps = path.map((l, i) => `${l} (${edges.get(l)!.get(path[i + 1] ?? start)})`);
          cycles.push([...steps, start]);
        }
      } else if (!path.includes(next)) {
        visit(start, next, [...path, next]);
      }
    }
  };
  for (const start of edges.keys()) visit(start, start, [start]);
  return cycles;
}

/** The .ts files under root/src, as paths under src/ with their text. */
export function readSources(root: string): Map<string, string> {
  const src = join(root, "src");
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) {
        files.set(relative(src, path).split(sep).join("/"), readFileSync(path, "utf8"));
      }
    }
  };
  walk(src);
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..");
  const report = checkLayers(readSources(root));
  for (const e of report.stale) console.log(`note: allow-list entry no longer needed, delete it: ${e}`);
  for (const v of report.violations) console.error(v.message);
  if (report.violations.length > 0) {
    console.error(`check-layers: ${report.violations.length} backward import(s) or cycle(s); see DESIGN.md`);
    process.exit(1);
  }
  console.log(
    `check-layers: ${report.imports} imports follow the layers (${ALLOWED.length - report.stale.length} allow-listed)`,
  );
}
