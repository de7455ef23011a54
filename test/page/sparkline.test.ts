/**
 * The workbench charts' text (src/page/sparkline.ts): tick labels that stay
 * distinct, and titles that fit the chart (found by the page's visual test:
 * long English names ran past the right edge).
 */
import { describe, expect, it } from "vitest";
import { niceTicks, tickDigits, titleLines } from "../../src/page/sparkline.js";
import { textWidth } from "../../src/report/charts/style.js";

describe("workbench chart text", () => {
  it("shows every tick exactly: 0, 0.5, 1 need one decimal, 0, 2.5, 5 too, 0, 5,000 none", () => {
    expect(tickDigits([0, 0.5, 1, 1.5])).toBe(1);
    expect(tickDigits([0, 2.5, 5, 7.5])).toBe(1);
    expect(tickDigits([0, 0.25, 0.5])).toBe(2);
    expect(tickDigits(niceTicks(0, 23000, 5))).toBe(0);
    expect(tickDigits([7])).toBe(0);
  });

  it("keeps a short title on one line and wraps a long one onto two, cutting the rest", () => {
    expect(titleLines("软件业务收入 (亿元)")).toEqual(["软件业务收入 (亿元)"]);
    const long = "provincial innovation platforms in IT (key labs, technology innovation centres …) (家)";
    const two = titleLines(long);
    expect(two).toHaveLength(2);
    for (const l of two) expect(textWidth(l, 13)).toBeLessThanOrEqual((360 - 8) / 1.12);
    const longer = `${long} ${long}`;
    const cut = titleLines(longer);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
  });
});
