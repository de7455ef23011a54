/**
 * A Vite plugin that keeps a Notebook Kit build offline.
 *
 * Notebook Kit's standard library loads its optional libraries (Inputs, d3,
 * Plot, TeX, Mermaid, DuckDB, Leaflet, sample data sets …) from a CDN when a
 * cell names them without importing them. A notebook built into one file
 * inlines every dynamic import, which would run those modules at load and
 * fetch from the CDN. So:
 *
 * - CDN imports of packages chainsim ships (Plot, d3, d3-dsv), and `npm:`
 *   imports of any installed package, resolve to the local copies in
 *   node_modules: an implicit `Plot` still works offline;
 * - every other CDN import, and the standard-library modules that import from
 *   a CDN or add CDN stylesheets at load, become a stub that throws a short
 *   error when used ("… is not bundled"), so a cell that relies on them fails
 *   visibly instead of reaching the network.
 */
import { readFileSync } from "node:fs";
import { dirname } from "node:path";

const CDN = /^https?:\/\//;
const LOCAL = new Map([
  ["https://cdn.jsdelivr.net/npm/@observablehq/plot/+esm", "@observablehq/plot"],
  ["https://cdn.jsdelivr.net/npm/d3/+esm", "d3"],
  ["https://cdn.jsdelivr.net/npm/d3-dsv/+esm", "d3-dsv"],
]);
const STUB = "\0chainsim-offline:";

/** Standard-library modules (by file name) that reach a CDN when they load. */
const CDN_MODULES =
  /[\\/]notebook-kit[\\/]dist[\\/]src[\\/]runtime[\\/]stdlib[\\/](zip|xlsx|dot|duckdb|inputs|leaflet|mapboxgl|mermaid|tex|vega-lite|sampleDatasets)\.js$/;

/** The names a module exports, read from its source (enough for the stdlib's plain ES modules). */
function exportNames(file) {
  const src = readFileSync(file, "utf8");
  const names = new Set();
  for (const m of src.matchAll(/export\s+(?:async\s+)?(?:const|let|var|function\*?|class)\s+([\w$]+)/g))
    names.add(m[1]);
  for (const m of src.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of m[1].split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  if (/export\s+default\b/.test(src)) names.add("default");
  return [...names];
}

function stubSource(what, names) {
  const message = `${what} is not bundled: chainsim's notebooks are built offline; import what a cell needs explicitly (README: Notebooks)`;
  const lines = [
    `const fail = () => { throw new Error(${JSON.stringify(message)}); };`,
    "const stub = new Proxy(function () {}, { get: (_, k) => (k === 'then' || typeof k === 'symbol' ? undefined : stub), set: () => true, apply: fail, construct: fail });",
    "export default stub;",
  ];
  for (const n of names) if (n !== "default") lines.push(`export const ${n} = stub;`);
  return lines.join("\n");
}

/** @returns {import("vite").Plugin} */
export function offline() {
  return {
    name: "chainsim-offline",
    enforce: "pre",
    async resolveId(source, importer) {
      if (source.startsWith("npm:")) {
        const local = await this.resolve(source.slice(4).replace(/(?<=.)@[^/]*/, ""), importer, {
          skipSelf: true,
        });
        return local ?? `${STUB}${source}`;
      }
      if (CDN.test(source)) {
        const local = LOCAL.get(source);
        if (local) return this.resolve(local, importer, { skipSelf: true });
        return `${STUB}${source}`;
      }
      if (importer && source.startsWith("./")) {
        const file = `${dirname(importer)}/${source.slice(2)}`;
        if (CDN_MODULES.test(file)) return `${STUB}${file}`;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(STUB)) return null;
      const target = id.slice(STUB.length);
      if (CDN.test(target) || target.startsWith("npm:")) return stubSource(target, []);
      const name = target.replace(/^.*[\\/]/, "").replace(/\.js$/, "");
      return stubSource(`the notebook library "${name}"`, exportNames(target));
    },
  };
}
