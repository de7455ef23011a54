/**
 * PNG charts: Chinese labels must render as glyphs, not boxes. Different
 * characters drawn with a real CJK font give different pictures; characters
 * a font lacks all come out alike (the same box, or nothing). So: each
 * Chinese character must differ from the others and carry ink, while two
 * characters no font has come out identical.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findCjkFont, pngRenderer, renderPng, slidePages, toSlide } from "../../src/report/charts/png.js";
import { FONT_FAMILY } from "../../src/report/charts/style.js";
import { cli, SHANDONG } from "../cli/helpers.js";

const label = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="40"><rect width="64" height="40" fill="#fff"/>` +
  `<text x="12" y="30" font-size="28" font-family="${FONT_FAMILY}">${text}</text></svg>`;

/** Dark pixels in an RGBA image. */
function ink(px: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 384) n++;
  return n;
}

function difference(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i]! - b[i]!) > 64) n++;
  return n;
}

describe("PNG rendering with the CJK font", () => {
  const font = findCjkFont();

  it("finds the bundled Noto Sans S Chinese (OFL) font", () => {
    expect(font.origin).toBe("npm:@embedpdf/fonts-sc");
    expect(font.files.every((f) => existsSync(f))).toBe(true);
  });

  it("draws Chinese characters as distinct glyphs, not boxes", async () => {
    const chars = ["信", "息", "技", "术", "产", "业"];
    const svgs = chars.map(label);
    const missing = [label("\u{E000}"), label("\u{E001}")];
    const png = await pngRenderer([...svgs, ...missing], font);
    const render = png.render;
    const px = svgs.map((s) => render(s, { scale: 1, pixels: true }).pixels!);
    for (const p of px) expect(ink(p)).toBeGreaterThan(60);
    for (let i = 0; i < px.length; i++)
      for (let j = i + 1; j < px.length; j++)
        expect(difference(px[i]!, px[j]!), `${chars[i]} vs ${chars[j]}`).toBeGreaterThan(40);
    // characters the font lacks render alike (both boxes, or both blank)
    const [m1, m2] = missing.map((s) => render(s, { scale: 1, pixels: true }).pixels!);
    expect(difference(m1!, m2!)).toBe(0);
    png.close();
  });

  it("renders a real chart title at twice the size, deterministically", async () => {
    const svg = label("软件");
    const a = await renderPng(svg, font);
    const b = await renderPng(svg, font);
    expect(a.width).toBe(128);
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true);
    expect(Buffer.from(a.png.subarray(0, 8)).toString("hex")).toBe("89504e470d0a1a0a");
  });

  it("chainsim report --png writes a PNG beside each SVG, byte-identical across runs", async () => {
    const root = mkdtempSync(join(tmpdir(), "chainsim-png-"));
    for (const d of ["a", "b"]) {
      const r = await cli("report", SHANDONG, "-o", join(root, d), "--samples", "300", "--png");
      expect(r.code, r.stderr).toBe(0);
    }
    for (const name of ["projection", "fan", "addup-it-industry-2025", "growth", "probability"]) {
      const a = readFileSync(join(root, "a", "charts", `${name}.png`));
      expect(a.subarray(1, 4).toString()).toBe("PNG");
      expect(a.equals(readFileSync(join(root, "b", "charts", `${name}.png`))), name).toBe(true);
      // a 16:9 slide (IHDR width and height)
      expect([a.readUInt32BE(16), a.readUInt32BE(20)], name).toEqual([1600, 900]);
    }
    // the small multiples: one slide per sector too
    for (const name of ["projection-software", "fan-software"]) {
      expect(readFileSync(join(root, "a", "charts", `${name}.png`)).readUInt32BE(16)).toBe(1600);
    }
    const m = JSON.parse(readFileSync(join(root, "a", "manifest.json"), "utf8"));
    expect(m.png_font).toBe("npm:@embedpdf/fonts-sc");
  }, 240_000);

  it("names the missing font with E_FONT_MISSING", () => {
    expect(() => findCjkFont({ CHAINSIM_CJK_FONT: "/no/such/font.ttf" })).toThrow(
      /E_FONT_MISSING|no CJK font/,
    );
  });
});

describe("PNG slides", () => {
  it("fits a chart onto a 1600×900 slide, centred, without changing its drawing", () => {
    // 960×1080 is twice as tall as 16:9 at that width: scale 900/1080, width 800, left margin (1600-800)/2 = 400
    const slide = toSlide(
      '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="1080" viewBox="0 0 960 1080" font-family="x"><text>软件</text></svg>',
    );
    expect(slide).toContain('width="1600" height="900" viewBox="0 0 1600 900"');
    expect(slide).toContain(
      '<svg x="400" y="0" width="800" height="900" viewBox="0 0 960 1080" font-family="x">',
    );
    expect(slide).toContain("<text>软件</text>");
  });

  it("gives a small-multiple chart one slide per panel after its own", () => {
    const pages = slidePages({
      name: "fan",
      svg: '<svg width="960" height="540"></svg>',
      slides: () => [{ name: "fan-software", svg: '<svg width="960" height="400"></svg>' }],
    });
    expect(pages.map((p) => p.name)).toEqual(["fan", "fan-software"]);
    for (const p of pages)
      expect(p.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1600" height="900"/);
  });
});
