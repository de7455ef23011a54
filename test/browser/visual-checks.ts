/**
 * Geometry checks run inside Chromium on every chart SVG of a page: text
 * overlapping text, text over the lines, areas and dots it labels, text
 * outside its chart (the root viewBox) or its plot panel, and repeated tick
 * labels. `inspectCharts` is passed to `page.evaluate` as is, so it must not
 * use anything from outside its own body.
 */

/** The five shipped scenarios (scenarios/<name>.yaml) whose reports and pages are checked. */
export const SHIPPED = [
  "guangdong-it-2025",
  "liaocheng-it-2025",
  "shandong-digital-economy-2025",
  "shandong-innovation-2025",
  "shandong-it-2025",
];

export interface VisualProblem {
  chart: string;
  kind: "text-text" | "text-mark" | "outside-chart" | "outside-panel" | "duplicate-tick";
  detail: string;
}

/** Runs in the page: every `svg[data-chart]` is checked. */
export function inspectCharts(): VisualProblem[] {
  const problems: VisualProblem[] = [];
  type R = { left: number; top: number; right: number; bottom: number };
  const rect = (e: Element): R => {
    const b = e.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  };
  // glyph boxes include the font's ascent and descent: shrink them to the ink, roughly
  const ink = (r: R): R => {
    const h = r.bottom - r.top;
    return { left: r.left + 0.5, right: r.right - 0.5, top: r.top + h * 0.2, bottom: r.bottom - h * 0.2 };
  };
  const overlap = (a: R, b: R) =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const words = (e: Element) => (e.textContent ?? "").trim();
  for (const root of Array.from(document.querySelectorAll("svg[data-chart]"))) {
    const chart = root.getAttribute("data-chart") ?? "?";
    const texts = Array.from(root.querySelectorAll("text")).filter((t) => words(t) !== "");
    const boxes = texts.map((t) => ink(rect(t)));
    // 1. text against text
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (texts[i]!.contains(texts[j]!) || texts[j]!.contains(texts[i]!)) continue;
        if (overlap(boxes[i]!, boxes[j]!) > 4) {
          problems.push({
            chart,
            kind: "text-text",
            detail: `"${words(texts[i]!)}" / "${words(texts[j]!)}"`,
          });
        }
      }
    }
    // 2. text inside the chart
    const outer = rect(root);
    texts.forEach((t, i) => {
      const b = boxes[i]!;
      if (
        b.left < outer.left - 1 ||
        b.right > outer.right + 1 ||
        b.top < outer.top - 1 ||
        b.bottom > outer.bottom + 1
      ) {
        problems.push({ chart, kind: "outside-chart", detail: `"${words(t)}"` });
      }
    });
    // 3. labels (Plot text marks) inside their panel, and off the lines, areas and dots
    const labels = Array.from(root.querySelectorAll('g[aria-label="text"] text')).filter(
      (t) => words(t) !== "",
    );
    const marks = Array.from(
      root.querySelectorAll(
        'g[aria-label="line"] path, g[aria-label="area"] path, g[aria-label="dot"] path, g[aria-label="dot"] circle, g[aria-label="rule"] line',
      ),
    ) as SVGGeometryElement[];
    for (const t of labels) {
      const panel = t.closest("svg");
      const b = ink(rect(t));
      if (panel && panel !== root) {
        // the panel's viewport (its bounding box would grow with any overflowing content)
        const sv = panel as SVGSVGElement;
        const m = sv.getScreenCTM();
        const vb = sv.viewBox.baseVal;
        const w = vb?.width ? vb.width : sv.width.baseVal.value;
        const h = vb?.height ? vb.height : sv.height.baseVal.value;
        const x0 = vb?.width ? vb.x : 0;
        const y0 = vb?.height ? vb.y : 0;
        if (!m) continue;
        const a = new DOMPoint(x0, y0).matrixTransform(m);
        const c = new DOMPoint(x0 + w, y0 + h).matrixTransform(m);
        const p = { left: a.x, top: a.y, right: c.x, bottom: c.y };
        if (b.left < p.left - 2 || b.right > p.right + 2 || b.top < p.top - 2 || b.bottom > p.bottom + 2) {
          problems.push({ chart, kind: "outside-panel", detail: `"${words(t)}"` });
        }
      }
      for (const m of marks) {
        if (m.closest("svg") !== panel) continue;
        const ctm = m.getScreenCTM();
        if (!ctm) continue;
        const inv = ctm.inverse();
        const isArea = m.closest('g[aria-label="area"]') !== null;
        let hits = 0;
        for (let gx = 0; gx <= 6; gx++) {
          for (let gy = 0; gy <= 2; gy++) {
            const x = b.left + ((b.right - b.left) * gx) / 6;
            const y = b.top + ((b.bottom - b.top) * gy) / 2;
            const pt = new DOMPoint(x, y).matrixTransform(inv);
            const svgPt = (m.ownerSVGElement ?? (root as SVGSVGElement)).createSVGPoint();
            svgPt.x = pt.x;
            svgPt.y = pt.y;
            if (isArea ? m.isPointInFill(svgPt) : m.isPointInStroke(svgPt) || m.isPointInFill(svgPt)) hits++;
          }
        }
        if (hits >= 3) {
          const what = m.closest("g[aria-label]")?.getAttribute("aria-label") ?? m.tagName;
          problems.push({
            chart,
            kind: "text-mark",
            detail: `"${words(t)}" over a ${what} (${hits}/21 points)`,
          });
          break;
        }
      }
    }
    // 4. no tick label twice on one axis
    for (const axis of Array.from(root.querySelectorAll('g[aria-label$="tick label"]'))) {
      const seen = new Set<string>();
      for (const t of Array.from(axis.querySelectorAll("text"))) {
        const w = words(t);
        if (seen.has(w)) problems.push({ chart, kind: "duplicate-tick", detail: `"${w}"` });
        seen.add(w);
      }
    }
  }
  return problems;
}
