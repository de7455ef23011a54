/**
 * Bundle the workbench page (src/page/main.ts) for the browser into
 * dist/page/bundle.js, and write the empty workbench, dist/page/workbench.html
 * (one file, everything inlined), run by `npm run build` after tsc. Node-only
 * modules never reach the bundle: node:* imports resolve to small shims (the
 * page loads scenarios from text, so file reading and the worker-thread pool
 * are never called; the scenario hash is left empty). The formula compiler is
 * bundled as it is (src/formula/compile.ts: the same restricted, allow-listed
 * mathjs instance as the CLI), so the workbench opens any scenario.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "dist", "page");
mkdirSync(dir, { recursive: true });

const NODE_SHIM = `
const unavailable = (name) => () => { throw new Error(name + " is not available in the browser"); };
export const createHash = () => { const h = { update: () => h, digest: () => "" }; return h; };
export const readFileSync = unavailable("readFileSync");
export const statSync = unavailable("statSync");
export const openSync = unavailable("openSync");
export const fstatSync = unavailable("fstatSync");
export const readSync = unavailable("readSync");
export const closeSync = unavailable("closeSync");
export const realpathSync = unavailable("realpathSync");
export const constants = {};
// POSIX paths, enough for region includes on the page (files named from "/")
const norm = (p) => {
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return "/" + out.join("/");
};
export const resolve = (...p) => norm(p.reduce((acc, x) => (x.startsWith("/") ? x : acc + "/" + x), "/"));
export const join = (...p) => p.join("/").replace(/\\/+/g, "/");
export const dirname = (p) => (p.includes("/") ? p.replace(/\\/[^/]*$/, "") || "/" : ".");
export const basename = (p) => p.replace(/^.*\\//, "");
export const isAbsolute = (p) => p.startsWith("/");
export const relative = (a, b) => {
  const x = resolve(a).split("/").filter(Boolean);
  const y = resolve(b).split("/").filter(Boolean);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return [...x.slice(i).map(() => ".."), ...y.slice(i)].join("/");
};
export const cwd = () => "/";
export const sep = "/";
export const pathToFileURL = (p) => ({ href: p });
export const fileURLToPath = (u) => String(u);
export const createRequire = () => unavailable("require");
export class Worker { constructor() { throw new Error("worker_threads are not available in the browser"); } }
export const parentPort = null;
export const workerData = null;
export const cpus = () => [];
export default {};
`;

const FORMULA_STUB = `
export function compileFormula() {
  throw new Error("formulas are not supported on the interactive page (use chainsim run)");
}
`;

const shims = (formulas) => ({
  name: "browser-shims",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (a) => ({ path: a.path, namespace: "node-shim" }));
    b.onLoad({ filter: /.*/, namespace: "node-shim" }, () => ({ contents: NODE_SHIM, loader: "js" }));
    b.onResolve({ filter: /^\.\/pool\.js$/ }, (a) =>
      /[\\/]engine$/.test(a.resolveDir) ? { path: a.path, namespace: "pool-stub" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "pool-stub" }, () => ({
      contents:
        "export function runOnWorkers() { throw new Error('worker threads are not available in the browser'); }",
      loader: "js",
    }));
    if (formulas) return;
    b.onResolve({ filter: /formula\/compile\.js$/ }, (a) => ({ path: a.path, namespace: "formula-stub" }));
    b.onLoad({ filter: /.*/, namespace: "formula-stub" }, () => ({ contents: FORMULA_STUB, loader: "js" }));
  },
});

// bundle.js: the workbench (with mathjs: any scenario opens). notebook/chainsim.js:
// the library the notebooks import (an ES module, with mathjs: Guangdong and
// Liaocheng have formulas).
for (const { outfile, formulas, entry, format } of [
  { outfile: join(dir, "bundle.js"), formulas: true, entry: "page/main.ts", format: "iife" },
  {
    outfile: join(root, "dist", "notebook", "chainsim.js"),
    formulas: true,
    entry: "notebook/library.ts",
    format: "esm",
  },
]) {
  const result = await build({
    entryPoints: [join(root, "src", entry)],
    bundle: true,
    format,
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    outfile,
    plugins: [shims(formulas)],
    metafile: true,
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs);
  const leaked = inputs.filter((f) =>
    (formulas
      ? /node_modules\/(@observablehq|jsdom)\//
      : /node_modules\/(mathjs|@observablehq|jsdom)\//
    ).test(f),
  );
  if (leaked.length) {
    console.error(`build-page: modules that must not reach ${outfile} were bundled:\n${leaked.join("\n")}`);
    process.exit(1);
  }
}

// The page's CJK font (the bundle's texts, GB 2312 level 1, the shipped
// scenarios), inlined into every workbench page; then the empty workbench,
// from the compiled page modules (tsc ran first).
const font = await import(join(root, "dist", "page", "font.js"));
const bundleText = readFileSync(join(dir, "bundle.js"), "utf8");
writeFileSync(join(dir, "cjk-font.css"), await font.pageFontCss(bundleText, root));
const html = await import(join(root, "dist", "page", "html.js"));
writeFileSync(join(dir, "workbench.html"), html.workbenchPage());
