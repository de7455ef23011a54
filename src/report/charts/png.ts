/**
 * SVG → PNG with resvg (a Rust renderer shipped as a prebuilt binary inside
 * its npm package), using a CJK font so Chinese labels render.
 *
 * The font: Noto Sans S Chinese (Noto Sans CJK, simplified Chinese, GB2312
 * subset), SIL Open Font License 1.1, shipped in the npm package
 * `@embedpdf/fonts-sc`. `CHAINSIM_CJK_FONT` may name another TTF/OTF/TTC
 * file; otherwise the usual system CJK fonts are tried. resvg and the font
 * are loaded only when PNGs are asked for.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fail } from "../../diagnostics.js";
import { subsetFontFile } from "./font-subset.js";

export interface CjkFont {
  files: string[];
  /** Where it came from, for the manifest. */
  origin: string;
}

const SYSTEM_FONTS = [
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
  "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
  "/System/Library/Fonts/PingFang.ttc",
  "/System/Library/Fonts/STHeiti Light.ttc",
  "C:\\Windows\\Fonts\\msyh.ttc",
  "C:\\Windows\\Fonts\\simhei.ttf",
];

const PACKAGE = "@embedpdf/fonts-sc";

/**
 * The CJK font chainsim ships (Noto Sans S Chinese, Regular then Bold, from
 * the npm package), or null where the package is missing.
 */
export function bundledCjkFont(): CjkFont | null {
  try {
    const entry = createRequire(import.meta.url).resolve(PACKAGE);
    const fonts = join(dirname(entry), "..", "fonts");
    const files = ["NotoSansHans-Regular.otf", "NotoSansHans-Bold.otf"].map((f) => join(fonts, f));
    if (files.every((f) => existsSync(f))) return { files, origin: `npm:${PACKAGE}` };
  } catch {
    // not installed: the caller says what it tried
  }
  return null;
}

/**
 * Find a CJK font: $CHAINSIM_CJK_FONT, the bundled Noto Sans S Chinese, then system fonts.
 * Fails with E_FONT_MISSING naming what was looked for.
 */
export function findCjkFont(env: NodeJS.ProcessEnv = process.env): CjkFont {
  const own = env.CHAINSIM_CJK_FONT;
  if (own) {
    if (!existsSync(own)) fail("E_FONT_MISSING", { tried: `CHAINSIM_CJK_FONT=${own}` });
    return { files: [own], origin: own };
  }
  const tried: string[] = [];
  const bundled = bundledCjkFont();
  if (bundled) return bundled;
  tried.push(`npm package ${PACKAGE}`);
  for (const f of SYSTEM_FONTS) {
    if (existsSync(f)) return { files: [f], origin: f };
  }
  tried.push(...SYSTEM_FONTS);
  return fail("E_FONT_MISSING", { tried: tried.join(", ") });
}

export interface RenderedPng {
  png: Uint8Array;
  width: number;
  height: number;
  /** RGBA pixels, when asked for (tests). */
  pixels?: Uint8Array;
}

type ResvgModule = typeof import("@resvg/resvg-js");
let resvg: Promise<ResvgModule> | undefined;

/** Renders SVGs to PNG with one font set for the whole run; `close` removes its temporary font files. */
export interface PngRenderer {
  render: (svg: string, opts?: { scale?: number; pixels?: boolean }) => RenderedPng;
  close: () => void;
}

/**
 * A renderer for a run's charts. resvg reads the whole font file for every
 * text element, which with an 8 MB CJK font costs milliseconds per label;
 * so the font is first cut down (with HarfBuzz's subsetter) to the
 * characters the given SVGs use, written to a temporary file, and resvg is
 * given that small file. If subsetting fails (a font collection, say), the
 * full font files are used.
 */
export async function pngRenderer(svgs: string[], font: CjkFont): Promise<PngRenderer> {
  resvg ??= import("@resvg/resvg-js").then(
    (m) => ((m as { default?: ResvgModule }).default ?? m) as ResvgModule,
  );
  const { Resvg } = await resvg;
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const svg of svgs) for (const ch of svg) chars.add(ch);
  chars.add("\u00a0");
  const text = [...chars].sort().join("");
  let files = font.files;
  let tmp: string | null = null;
  try {
    const subsets: Uint8Array[] = [];
    for (const f of font.files) subsets.push(await subsetFontFile(f, text));
    tmp = mkdtempSync(join(tmpdir(), "chainsim-font-"));
    files = subsets.map((data, i) => {
      const f = join(tmp!, `cjk-${i}.otf`);
      writeFileSync(f, data);
      return f;
    });
  } catch {
    files = font.files;
  }
  return {
    render: (svg, opts = {}) => {
      const r = new Resvg(svg, {
        background: "#ffffff",
        fitTo: { mode: "zoom", value: opts.scale ?? 2 },
        font: {
          fontFiles: files,
          loadSystemFonts: false,
          defaultFontFamily: "Noto Sans S Chinese",
          sansSerifFamily: "Noto Sans S Chinese",
        },
        shapeRendering: 2,
        textRendering: 1,
      });
      const img = r.render();
      const out: RenderedPng = { png: new Uint8Array(img.asPng()), width: img.width, height: img.height };
      if (opts.pixels) out.pixels = new Uint8Array(img.pixels);
      return out;
    },
    close: () => {
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Render one SVG (a renderer for just this SVG). */
export async function renderPng(
  svg: string,
  font: CjkFont,
  opts: { scale?: number; pixels?: boolean } = {},
): Promise<RenderedPng> {
  const r = await pngRenderer([svg], font);
  try {
    return r.render(svg, opts);
  } finally {
    r.close();
  }
}

/** A slide: 16:9, the size a PNG is written at. */
export const SLIDE = { width: 1600, height: 900 } as const;

/**
 * A chart fitted, centred and scaled, onto a white 1600×900 slide (the SVG
 * itself stays the chart's own size; only its PNG is a slide).
 *
 * @example
 * toSlide('<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540">…</svg>')
 * // '<svg … width="1600" height="900"><rect …/><svg x="0" y="0" width="1600" height="900" viewBox="0 0 960 540" …>…</svg></svg>'
 */
export function toSlide(svg: string): string {
  const head = /^<svg\b([^>]*)>/.exec(svg);
  if (!head) return svg;
  const attr = (name: string) =>
    Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(head[1]!)?.[1] ?? Number.NaN);
  const w = attr("width");
  const h = attr("height");
  if (!(w > 0 && h > 0)) return svg;
  const k = Math.min(SLIDE.width / w, SLIDE.height / h);
  const sw = Math.round(w * k * 100) / 100;
  const sh = Math.round(h * k * 100) / 100;
  const x = Math.round(((SLIDE.width - sw) / 2) * 100) / 100;
  const y = Math.round(((SLIDE.height - sh) / 2) * 100) / 100;
  const inner = svg.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs.replace(/\s(x|y|width|height|viewBox|xmlns)="[^"]*"/g, "");
    return `<svg x="${x}" y="${y}" width="${sw}" height="${sh}" viewBox="0 0 ${w} ${h}"${kept}>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE.width}" height="${SLIDE.height}" viewBox="0 0 ${SLIDE.width} ${SLIDE.height}">` +
    `<rect width="${SLIDE.width}" height="${SLIDE.height}" fill="#ffffff"/>${inner}</svg>`
  );
}

/**
 * The PNG pages of a chart, each a 1600×900 slide: the chart itself (small
 * multiples in their slide layout, `overview`), then (small multiples) each
 * panel alone, named `<chart>-<id>`.
 */
export function slidePages(chart: {
  name: string;
  svg: string;
  slides?: () => Array<{ name: string; svg: string }>;
  overview?: () => string;
}): Array<{ name: string; svg: string }> {
  return [{ name: chart.name, svg: chart.overview?.() ?? chart.svg }, ...(chart.slides?.() ?? [])].map(
    (p) => ({
      name: p.name,
      svg: toSlide(p.svg),
    }),
  );
}
