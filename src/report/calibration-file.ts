/**
 * `chainsim backtest --chart FILE`: the calibration chart of a backtest
 * written as SVG, or as PNG (rendered with the CJK font every chart uses)
 * when FILE ends in .png; written atomically, so nothing is half-written.
 */
import type { BacktestResult } from "../analysis/backtest/backtest.js";
import type { Lang } from "../i18n/lang.js";
import { writeFileAtomic } from "./atomic-write.js";
import { calibrationChart } from "./charts/calibration.js";
import { chartDom } from "./charts/dom.js";
import { findCjkFont, renderPng } from "./charts/png.js";

/**
 * @example
 * await writeCalibrationChart(backtest(full, then, sim, "2023-06"), "calibration.svg", "zh")
 */
export async function writeCalibrationChart(r: BacktestResult, file: string, lang: Lang): Promise<void> {
  const png = /\.png$/i.test(file);
  const font = png ? findCjkFont() : null; // fail early, before drawing
  const chart = calibrationChart(
    {
      asOf: r.asOf,
      points: r.points.map((p) => ({ label: `${p.quantity} ${p.year}`, percentile: p.percentile })),
    },
    await chartDom(),
    lang,
  );
  writeFileAtomic(file, font ? (await renderPng(chart.svg, font)).png : chart.svg);
}
