/**
 * Bundle the command line for a fast cold start, run by `npm run build` after
 * tsc: dist/cli/main.js and everything it imports → dist/bundle/main.js plus
 * chunks (esbuild, ES modules, code splitting), so `chainsim validate` loads a
 * few dozen files instead of several hundred (zod, yaml, commander and the
 * CLI's own modules). What a command imports lazily (`await import(...)`:
 * the formula compiler and mathjs, the report, the engine's thread pool)
 * stays lazy: it becomes a chunk loaded when it is needed.
 *
 * Kept outside the bundle (imported from node_modules as before): packages
 * with native code, data files found beside themselves, or large CommonJS
 * trees used only by the report or the workbook (EXTERNAL below).
 *
 * Modules that find files beside themselves (`import.meta.url`: version.json,
 * the worker and job modules, the page bundle, templates/) keep their
 * dist/ location: each `import.meta.url` in a bundled dist/ file becomes the
 * URL that file has in dist/, so workers still start dist/engine/worker.js.
 * bin/chainsim.js runs the bundle when it exists, else dist/cli/main.js;
 * the library (`import "chainsim"`, dist/index.js) is not bundled.
 *
 * Usage: node scripts/bundle-cli.mjs [ROOT]  (default: the repository)
 */
import { readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
const dist = join(root, "dist");
const outdir = join(dist, "bundle");

/** Left to Node's resolver at run time: native code, files read beside the package, big CommonJS trees. */
const EXTERNAL = [
  "@resvg/resvg-js",
  "@embedpdf/fonts-sc",
  "@observablehq/plot",
  "exceljs",
  "hyparquet-writer",
  "jsdom",
  "jszip",
  "playwright-core",
  "subset-font",
];

/** Each `import.meta.url` of a dist/ file → the URL of that file in dist/, computed from the chunk's own URL. */
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(dist + sep)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.url")) return { contents: text, loader: "js" };
      const rel = relative(outdir, args.path).split(sep).join("/");
      const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      return { contents: text.replaceAll("import.meta.url", url), loader: "js" };
    });
  },
};

/**
 * zod re-exports all of its ~40 message locales (`z.locales`, 366 KB of the
 * 1 MB start-up chunk) although only English is ever configured, and
 * chainsim writes its own messages from the issues' codes: bundle only `en`.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir)) return undefined;
      const en = join(args.resolveDir, "..", "locales", "en.js");
      return { path: "zod-locales-en", namespace: "zod-english-only", pluginData: en };
    });
    build.onLoad({ filter: /.*/, namespace: "zod-english-only" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.pluginData)};`,
      loader: "js",
      resolveDir: root,
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: { main: join(dist, "cli", "main.js") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  plugins: [keepModuleUrls, zodEnglishOnly],
  // CommonJS packages inside the bundle may call require()
  banner: {
    js: 'import { createRequire as __chainsimRequire } from "node:module";\nconst require = __chainsimRequire(import.meta.url);',
  },
  legalComments: "none",
  logLevel: "warning",
});
