/**
 * Chinese number conventions for the terminal sentences. Expected values are
 * written by hand from the convention the seed documents and the NBS
 * statistical bulletins follow: money in 万亿元 from one 万亿 up and in 亿元
 * from one 亿 up ("突破1.4万亿元", "过千亿" = 1,000亿元), counts in 万 from
 * ten thousand ("5G基站达到25万个"), differences of rates in 个百分点
 * ("提高2.5个百分点").
 */
import { describe, expect, it } from "vitest";
import { parseUnit } from "../../src/model/units.js";
import { formatAmountZh, formatCountZh, formatMoneyZh, formatPointsZh } from "../../src/report/format-zh.js";
import { cellWidth, renderTable } from "../../src/report/table.js";

const YI = parseUnit("亿元")!;
const WAN = parseUnit("万元")!;

describe("formatMoneyZh", () => {
  it("chooses 万亿元, 亿元, 万元 by size", () => {
    expect(formatMoneyZh(14000, YI)).toBe("1.4万亿元"); // 14,000亿 = 1.4万亿
    expect(formatMoneyZh(35700, YI)).toBe("3.57万亿元");
    expect(formatMoneyZh(1000, YI)).toBe("1,000亿元"); // 过千亿
    expect(formatMoneyZh(858.5, YI)).toBe("858.5亿元");
    expect(formatMoneyZh(0.5, YI)).toBe("5,000万元"); // 0.5亿 = 5,000万
    expect(formatMoneyZh(9708, WAN)).toBe("9,708万元");
    expect(formatMoneyZh(200000, WAN)).toBe("20亿元"); // 20万 × 1万 = 20亿
  });
  it("keeps the sign and refuses nothing", () => {
    expect(formatMoneyZh(-13700, YI)).toBe("−1.37万亿元");
    expect(formatMoneyZh(null, YI)).toBe("–");
  });
});

describe("formatCountZh", () => {
  it("uses 万 from ten thousand up, with the measure word", () => {
    expect(formatCountZh(250000, parseUnit("个")!)).toBe("25万个");
    expect(formatCountZh(1050, parseUnit("家")!)).toBe("1,050家");
    expect(formatCountZh(1.2, parseUnit("万家")!)).toBe("1.2万家");
  });
});

describe("formatPointsZh", () => {
  it("writes differences of rates in 个百分点", () => {
    expect(formatPointsZh(0.025)).toBe("+2.5个百分点");
    expect(formatPointsZh(-0.029)).toBe("−2.9个百分点");
    expect(formatPointsZh(0.0001)).toBe("0个百分点");
  });
});

describe("formatAmountZh", () => {
  it("dispatches by dimension", () => {
    expect(formatAmountZh(22000, YI)).toBe("2.2万亿元");
    expect(formatAmountZh(0.123, parseUnit("share")!)).toBe("12.3%");
  });
});

describe("renderTable with Chinese text", () => {
  it("counts a CJK character as two terminal cells, so columns line up (UAX #11 East Asian Width W/F)", () => {
    expect(cellWidth("超出")).toBe(4);
    expect(cellWidth("（ic）")).toBe(6); // full-width parentheses are F
    const t = renderTable(
      [{ header: "目标" }, { header: "结论" }],
      [
        ["sd-ic-2025", "未达成"],
        ["软件", "达成"],
      ],
    ).split("\n");
    // the second column starts at the same cell on every line
    const start = (line: string) => cellWidth(line.slice(0, line.search(/(未达成|达成|结论|-+$)/)));
    expect(new Set(t.map(start)).size).toBe(1);
  });
});
