import { describe, expect, it } from "vitest";
import { parseUnit } from "../../src/model/units.js";
import { formatAmount, formatCount, formatMoney, formatPointDiff } from "../../src/report/format.js";

const YI = parseUnit("亿元")!;
const WAN_YUAN = parseUnit("万元")!;
const JIA = parseUnit("家")!;
const SHARE = parseUnit("%")!;

// Convention: 国家统计局's statistical communiqués (《国民经济和社会发展统计公报》) print money in
// 亿元 with thousands separators, and in 万亿元 in running text once past a trillion; counts of
// enterprises in 万家; changes of rates in 个百分点. The provincial plans in seeds/ write the same
// way ("突破1.4万亿元", "提高…个百分点"). The expected strings are these rules applied by hand.
describe("numbers as Chinese documents print them", () => {
  it("money is put in 万亿元 from a trillion yuan, else 亿元, with thousands separators", () => {
    expect(formatMoney(22000, YI, "zh")).toBe("2.2万亿元"); // 22,000亿 = 2.2万亿 (issue 16)
    expect(formatMoney(3570, YI, "zh")).toBe("3,570亿元");
    expect(formatMoney(14000, YI, "zh")).toBe("1.4万亿元"); // 山东 2025 软件业务收入目标 1.4万亿元
    expect(formatMoney(50000, WAN_YUAN, "zh")).toBe("5亿元"); // 50,000万元 = 5亿元
    expect(formatMoney(-600, YI, "zh")).toBe("−600亿元");
  });
  it("counts from ten thousand up are in 万", () => {
    expect(formatCount(12000, JIA, "zh")).toBe("1.2万家");
    expect(formatCount(1050, JIA, "zh")).toBe("1,050家");
  });
  it("differences of rates are in 个百分点", () => {
    expect(formatPointDiff(0.025, "zh")).toBe("+2.5个百分点"); // 12.5% − 10% = 2.5 points
    expect(formatPointDiff(-0.003, "zh")).toBe("−0.3个百分点");
  });
  it("English keeps the value in its own unit", () => {
    expect(formatMoney(3570, YI, "en")).toBe("3,570.0 亿元");
    expect(formatCount(12000, JIA, "en")).toBe("12,000 家");
    expect(formatPointDiff(0.025, "en")).toBe("+2.5 pp");
    expect(formatAmount(0.123, SHARE, "en")).toBe(formatAmount(0.123, SHARE, "zh"));
  });
  it("missing values print as a dash in both", () => {
    expect(formatMoney(null, YI, "zh")).toBe("–");
    expect(formatMoney(undefined, YI, "en")).toBe("–");
  });
});
