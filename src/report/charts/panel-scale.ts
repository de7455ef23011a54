/**
 * The geometry of a small time-series panel (projection, fan): its size,
 * margins and both scales fixed before Plot draws, so labels can be placed
 * in pixels against the lines and bands they must not cover.
 */
import * as Plot from "@observablehq/plot";
import { yDomain } from "./style.js";

export interface PanelScale {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xDomain: [number, number];
  yDomain: [number, number];
  /** Year → pixel. */
  x: (year: number) => number;
  /** Value → pixel. */
  y: (value: number) => number;
  xInvert: (px: number) => number;
  yInvert: (px: number) => number;
  /** The whole panel (labels stay inside it). */
  bounds: { x: number; y: number; w: number; h: number };
}

/**
 * Scales for years `x0..x1` and values (0 included when `zero`), the value
 * domain rounded to nice numbers as Plot would, never collapsed to a point;
 * or the fixed `domain` given (a share's 0–100%).
 *
 * @example
 * panelScale(2022, 2025, [11150, 15665], { width: 300, height: 180 }).yDomain // [11000, 16000]
 */
export function panelScale(
  x0: number,
  x1: number,
  values: number[],
  size: { width: number; height: number; zero?: boolean; domain?: [number, number] },
): PanelScale {
  const margin = { top: 18, right: 14, bottom: 22, left: 52 };
  const finite = values.filter(Number.isFinite);
  if (size.zero) finite.push(0);
  if (!finite.length) finite.push(0, 1);
  const widened = yDomain(finite) ?? [Math.min(...finite), Math.max(...finite)];
  const range: [number, number] = [size.height - margin.bottom, margin.top];
  // a fixed domain (a share's 0–100%) is kept as it is
  const ys = Plot.scale({ y: { domain: size.domain ?? widened, nice: !size.domain, range, ticks: 4 } });
  const yd = ys.domain as [number, number];
  const xDomain: [number, number] = [x0 - 0.35, x1 + 0.35];
  const xr: [number, number] = [margin.left, size.width - margin.right];
  return {
    width: size.width,
    height: size.height,
    margin,
    xDomain,
    yDomain: [yd[0]!, yd[1]!],
    x: (v) => xr[0] + ((v - xDomain[0]) / (xDomain[1] - xDomain[0])) * (xr[1] - xr[0]),
    y: (v) => range[0] + ((v - yd[0]!) / (yd[1]! - yd[0]!)) * (range[1] - range[0]),
    xInvert: (px) => xDomain[0] + ((px - xr[0]) / (xr[1] - xr[0])) * (xDomain[1] - xDomain[0]),
    yInvert: (px) => yd[0]! + ((px - range[0]) / (range[1] - range[0])) * (yd[1]! - yd[0]!),
    bounds: { x: 2, y: 0, w: size.width - 2, h: size.height - margin.bottom + 2 },
  };
}

/** Year ticks: every year up to eight, else about six evenly spaced. */
export function yearTicks(x0: number, x1: number): number[] {
  const all = Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i);
  return all.filter((_y, i) => all.length <= 8 || i % Math.ceil(all.length / 6) === 0);
}
