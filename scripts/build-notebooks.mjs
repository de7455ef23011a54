/**
 * `npm run notebooks`: build every notebook in notebooks/ (Observable Notebook
 * Kit files, `<notebook>` HTML) into one self-contained HTML page each, in
 * notebooks/dist/ (or the folder given as the first argument), offline.
 *
 * Every notebook is built twice: NAME.html in English and NAME.zh.html in
 * Chinese. A notebook's prose cells (and its <title>) carry lang="en" or
 * lang="zh"; each build keeps the cells of its language and every cell
 * without one (the code), so the code and its numbers are the same in both.
 *
 * Each page inlines its JavaScript and CSS (vite-plugin-singlefile), so it
 * opens from disk with no server; the library comes from
 * dist/notebook/chainsim.js (`npm run build`), Plot from node_modules, and
 * nothing from a CDN (scripts/notebooks/offline.mjs).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { config, observable } from "@observablehq/notebook-kit/vite";
import { build } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { offline } from "./notebooks/offline.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "notebooks");
const out = process.argv[2] ?? join(src, "dist");
const library = join(root, "dist", "notebook", "chainsim.js");
if (!existsSync(library)) {
  console.error(`build-notebooks: ${library} is missing; run npm run build first`);
  process.exit(1);
}

const notebooks = readdirSync(src)
  .filter((f) => f.endsWith(".html") && f !== "template.html")
  .sort();
// Notebook Kit's `npm:` alias points at a CDN; the offline plugin resolves
// `npm:` imports from node_modules instead.
const base = config();
base.resolve.alias = base.resolve.alias.filter((a) => !String(a.find).includes("npm:"));
/** The languages built: the file name's suffix and the page's lang. */
const LANGS = [
  { lang: "en", suffix: "", html: "en" },
  { lang: "zh", suffix: ".zh", html: "zh-CN" },
];

/** Keep the cells and title of one language (and every cell without a lang attribute). */
function keepLang(source, lang) {
  return source.replace(
    /<(script|title)\b([^>]*?)\s+lang="(zh|en)"([^>]*)>([\s\S]*?)<\/\1>\s*/g,
    (_all, tag, before, l, after, body) =>
      l === lang ? `<${tag}${before}${after}>${body}</${tag}>\n  ` : "",
  );
}

/** A Vite plugin running before Notebook Kit's: the source seen is one language's. */
const pickLang = (lang) => ({
  name: "chainsim-notebook-lang",
  transformIndexHtml: { order: "pre", handler: (html) => keepLang(html, lang) },
});

mkdirSync(out, { recursive: true });
for (const file of notebooks)
  for (const { lang, suffix, html } of LANGS) {
    // One build per notebook: a single-file page inlines its dynamic imports,
    // which Rollup allows for one input at a time.
    const staging = mkdtempSync(join(tmpdir(), "chainsim-notebook-"));
    await build({
      ...base,
      configFile: false,
      logLevel: "warn",
      root: src,
      plugins: [
        pickLang(lang),
        offline(),
        observable({
          template: join(src, "template.html"),
          transformTemplate: (template) => template.replace('<html lang="en">', `<html lang="${html}">`),
        }),
        viteSingleFile(),
      ],
      build: {
        outDir: staging,
        emptyOutDir: true,
        minify: true,
        assetsInlineLimit: Number.MAX_SAFE_INTEGER,
        reportCompressedSize: false,
        rollupOptions: { input: [join(src, file)] },
      },
    });
    const name = file.replace(/\.html$/, `${suffix}.html`);
    copyFileSync(join(staging, file), join(out, name));
    rmSync(staging, { recursive: true, force: true });
    console.log(join(out, name));
  }
