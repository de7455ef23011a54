/**
 * A small label-placement pass: for a label attached to a point, try a few
 * positions around it and keep the first that touches no line, band, mark
 * or other label and stays inside the panel (or, when none is free, the one
 * that overlaps least). Works in pixels; the caller converts back to data.
 */
import { textWidth } from "./style.js";

/** A rectangle: left, top, width, height (pixels). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A band drawn as an area: at pixel x, the pixel range [top, bottom]. */
export type Band = Array<{ x: number; top: number; bottom: number }>;

export interface Obstacles {
  boxes: Box[];
  /** Polylines (pixel points). */
  lines: Array<Array<[number, number]>>;
  bands: Band[];
}

export type Anchor = "start" | "middle" | "end";

export interface Placed {
  /** Pixel position of the text anchor (vertical middle of the text). */
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

/** Candidate offsets (dx, dy from the point; anchor), in order of preference. */
const CANDIDATES: Array<[number, number, Anchor]> = [
  [-9, -12, "end"],
  [-9, 13, "end"],
  [-11, 0, "end"],
  [0, -15, "middle"],
  [0, 16, "middle"],
  [10, 0, "start"],
  // farther up or down: off a band the point sits in
  ...[26, 40, 55, 70, 90, 110].flatMap(
    (d): Array<[number, number, Anchor]> => [
      [-9, -d, "end"],
      [-9, d + 1, "end"],
      [0, -d - 3, "middle"],
      [0, d + 4, "middle"],
    ],
  ),
];

/** The box of a text whose anchor is at (x, y), vertically centred. */
export function textBox(x: number, y: number, text: string, fontSize: number, anchor: Anchor): Box {
  const w = textWidth(text, fontSize);
  const h = fontSize * 1.2;
  const left = anchor === "end" ? x - w : anchor === "middle" ? x - w / 2 : x;
  return { x: left, y: y - h / 2, w, h };
}

const area = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

const inside = (b: Box, x: number, y: number) => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;

/** How much a box collides with the obstacles and leaves the bounds (0: free). */
export function collision(b: Box, o: Obstacles, bounds: Box): number {
  let score = 0;
  for (const other of o.boxes) score += area(b, other);
  for (const line of o.lines) {
    for (let i = 1; i < line.length; i++) {
      const [x1, y1] = line[i - 1]!;
      const [x2, y2] = line[i]!;
      for (let k = 0; k <= 24; k++) {
        const t = k / 24;
        if (inside(b, x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)) score += 40;
      }
    }
  }
  for (const band of o.bands) {
    for (let i = 1; i < band.length; i++) {
      const a = band[i - 1]!;
      const c = band[i]!;
      for (let k = 0; k <= 24; k++) {
        const t = k / 24;
        const x = a.x + (c.x - a.x) * t;
        if (x < b.x || x > b.x + b.w) continue;
        const top = a.top + (c.top - a.top) * t;
        const bottom = a.bottom + (c.bottom - a.bottom) * t;
        score += Math.max(0, Math.min(bottom, b.y + b.h) - Math.max(top, b.y));
      }
    }
  }
  const out =
    Math.max(0, bounds.x - b.x) +
    Math.max(0, b.x + b.w - (bounds.x + bounds.w)) +
    Math.max(0, bounds.y - b.y) +
    Math.max(0, b.y + b.h - (bounds.y + bounds.h));
  return score + out * 1000;
}

/**
 * Place a label next to a point (pixels). The chosen box is added to
 * `o.boxes`, so the next label avoids it.
 *
 * @example
 * placeLabel(280, 40, "目标 22,000", 11, { boxes: [], lines: [], bands: [] }, { x: 0, y: 0, w: 300, h: 180 })
 * // { x: 271, y: 28, anchor: "end", box: … } (above left: nothing in the way)
 */
export function placeLabel(
  px: number,
  py: number,
  text: string,
  fontSize: number,
  o: Obstacles,
  bounds: Box,
): Placed {
  let best: Placed | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const [dx, dy, anchor] of CANDIDATES) {
    const x = px + dx;
    const y = py + dy;
    const box = textBox(x, y, text, fontSize, anchor);
    const score = collision(box, o, bounds);
    if (score < bestScore - 1e-9) {
      best = { x, y, anchor, box };
      bestScore = score;
      if (score === 0) break;
    }
  }
  o.boxes.push(best!.box);
  return best!;
}
