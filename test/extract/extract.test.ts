/**
 * The extractor on small documents of other styles than the five seeds
 * (第一条 articles, 1. items under （一）, traditional characters, GBK bytes,
 * full-width digits, an injected advertisement, a broken line), and on 000 for
 * the "done when": the 2.2万亿 headline, the 10% growth goal and the
 * ten fields proposed as its children. Expected goals are read off the texts by hand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ChainsimError } from "../../src/diagnostics.js";
import { decodeDocument } from "../../src/extract/decode.js";
import { extractDocument, extractionJson, extractText } from "../../src/extract/extract.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/extract/${name}`, import.meta.url));
const brief = (name: string) =>
  extractDocument(fixture(name), name).goals.map((g) => ({
    clause: g.clause,
    subject: g.subject,
    year: g.year,
    cmp: g.comparator.type,
    value: `${g.value}${g.unit}`,
    kind: g.kind,
  }));

describe("000 (Shandong 十大工程): the issue's example", () => {
  const r = extractDocument(fixture("seeds/000_4bf4d86db3557302.txt"), "000_4bf4d86db3557302.txt");
  const json = extractionJson(r);

  it("finds the 2.2万亿 headline and the 10% growth goal in clause 一", () => {
    const head = json.goals.find((g) => g.value === "2.2" && g.unit === "万亿元")!;
    expect(head).toMatchObject({ clause: "一", subject: "信息技术产业营收", year: 2025, kind: "level" });
    expect(head.comparator).toMatchObject({ type: "at_least", words: "突破", implied: false });
    expect(r.text.slice(head.span.start, head.span.end)).toBe("突破2.2万亿元");
    const growth = json.goals.find((g) => g.kind === "growth")!;
    expect(growth).toMatchObject({ clause: "一", value: "10", unit: "%", subject: "信息技术产业营收" });
    expect(growth.comparator).toMatchObject({ type: "at_least", words: "以上" });
  });

  it("finds the ten fields in 二(一)…二(十) and proposes them as children of the headline (sum 35,700亿元)", () => {
    const group = r.groups.find((g) => g.headline === r.goals.find((x) => x.value === "2.2")!.id)!;
    const children = group.children.map((id) => r.goals.find((g) => g.id === id)!);
    expect(children.map((c) => c.clause)).toEqual([
      "二(一)",
      "二(二)",
      "二(三)",
      "二(四)",
      "二(五)",
      "二(六)",
      "二(七)",
      "二(八)",
      "二(九)",
      "二(十)",
    ]);
    // 1000 + 14000 + 3500 + 6000 + 600 + 2000 + 800 + 5000 + 2000 + 800 (seeds/README.md)
    expect(children.reduce((a, c) => a + c.low, 0)).toBe(35700);
    expect(children[0]).toMatchObject({
      value: "千亿",
      unit: "",
      comparator: { type: "at_least", words: "过", striving: true },
    });
  });

  it("reports the advertisement (必赢体育, three places) as noise and keeps it out of the subjects", () => {
    const ads = json.skipped.filter((s) => s.text === "必赢体育");
    expect(ads).toHaveLength(3);
    expect(json.goals.every((g) => !g.text.includes("必赢"))).toBe(true);
  });

  it("gives the JSON exactly the issue's keys", () => {
    expect(Object.keys(json)).toEqual(["document", "goals", "skipped"]);
    expect(Object.keys(json.goals[0]!).sort()).toEqual(
      [
        "clause",
        "comparator",
        "confidence",
        "id",
        "kind",
        "span",
        "subject",
        "text",
        "unit",
        "value",
        "year",
      ].sort(),
    );
  });

  it("is deterministic: the same bytes give the same JSON", () => {
    const again = extractionJson(
      extractDocument(fixture("seeds/000_4bf4d86db3557302.txt"), "000_4bf4d86db3557302.txt"),
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(json));
  });
});

describe("other styles", () => {
  it("第一条 articles: levels, growth, a share with its quantity, a flow, a 控制在…以内 cap; the award is skipped", () => {
    expect(brief("articles.txt")).toEqual([
      {
        clause: "第二条",
        subject: "数字经济核心产业增加值",
        year: 2026,
        cmp: "reach",
        value: "1200亿元",
        kind: "level",
      },
      {
        clause: "第二条",
        subject: "数字经济核心产业增加值",
        year: 2026,
        cmp: "about",
        value: "12%",
        kind: "growth",
      },
      {
        clause: "第二条",
        subject: "数字经济核心产业增加值占地区生产总值比重",
        year: 2026,
        cmp: "at_least",
        value: "15%",
        kind: "share",
      },
      {
        clause: "第三条",
        subject: "国家级专精特新“小巨人”企业",
        year: 2026,
        cmp: "at_least",
        value: "50家",
        kind: "count",
      },
      {
        clause: "第三条",
        subject: "规模以上软件企业",
        year: 2026,
        cmp: "no_fewer_than",
        value: "20家",
        kind: "per_year",
      },
      {
        clause: "第五条",
        subject: "数据中心电能利用效率（PUE）",
        year: 2026,
        cmp: "below",
        value: "1.3",
        kind: "level",
      },
    ]);
    const skipped = extractDocument(fixture("articles.txt"), "articles.txt").skipped;
    expect(skipped.find((s) => s.text === "50万元")?.reason).toMatch(/instrument/);
  });

  it("GBK bytes read as the same text as UTF-8", () => {
    const gbk = decodeDocument(fixture("articles-gbk.txt"), "articles-gbk.txt");
    expect(gbk.encoding).toBe("gb18030");
    expect(gbk.text).toBe(fixture("articles.txt").toString("utf8"));
    expect(brief("articles-gbk.txt")).toEqual(brief("articles.txt"));
  });

  it("Big5 bytes (traditional characters) are read as Big5, not as GB18030 gibberish", () => {
    const big5 = decodeDocument(fixture("traditional-big5.txt"), "traditional-big5.txt");
    expect(big5.encoding).toBe("big5");
    expect(big5.text.startsWith("中共山東省委")).toBe(true);
    expect(brief("traditional-big5.txt").map((g) => `${g.value} ${g.cmp}`)).toEqual([
      "50% at_least",
      "50個 reach",
    ]);
  });

  it("1. items under （一）, full-width digits, a broken line, an ad, 由2020年的X提高到Y", () => {
    const r = extractDocument(fixture("dotted.txt"), "dotted.txt");
    expect(brief("dotted.txt")).toEqual([
      {
        clause: "(一)1",
        subject: "软件和信息技术服务业营业收入",
        year: 2025,
        cmp: "reach",
        value: "800亿元",
        kind: "level",
      },
      {
        clause: "(一)1",
        subject: "重点企业数字化研发设计工具普及率",
        year: 2025,
        cmp: "reach",
        value: "85%",
        kind: "share",
      },
      { clause: "(一)2", subject: "5G基站", year: 2025, cmp: "reach", value: "1.2万个", kind: "count" },
      {
        clause: "(一)2",
        subject: "千兆光网覆盖家庭",
        year: 2025,
        cmp: "at_least",
        value: "100万户",
        kind: "count",
      },
      {
        clause: "(二)1",
        subject: "产业对接活动",
        year: 2025,
        cmp: "at_least",
        value: "10场",
        kind: "per_year",
      },
    ]);
    expect(r.goals[0]!.baseline).toEqual({ year: 2020, value: "300", unit: "亿元" });
    expect(r.skipped.some((s) => s.text === "开云体育官网" && /advertisement/.test(s.reason))).toBe(true);
    expect(r.skipped.find((s) => s.text === "30%")?.reason).toMatch(/instrument/);
  });

  it("traditional characters: 億, 個, 達到, 超過, 千億級, 不少於, and 其中 parts", () => {
    const r = extractDocument(fixture("traditional.txt"), "traditional.txt");
    expect(brief("traditional.txt").map((g) => `${g.clause} ${g.cmp} ${g.value} ${g.kind}`)).toEqual([
      "一 at_least 1500億元 level",
      "一 reach 600億元 level",
      "一 reach 500億元 level",
      "一 reach 400億元 level",
      "一 reach 2至3個 count",
      "一 at_least 千億級 level",
      "一 at_least 10家 count",
      "二(一) no_fewer_than 50億元 level",
    ]);
    expect(r.goals[4]!.low).toBe(2);
    expect(r.goals[4]!.high).toBe(3);
    expect(r.goals[5]!.comparator.order_of_magnitude).toBe(true);
    expect(r.groups).toEqual([
      {
        headline: "g1",
        children: ["g2", "g3", "g4"],
        why: { zh: expect.stringContaining("其中"), en: expect.stringContaining("其中") },
      },
    ]);
  });

  it("numerals in words (三个, 十家), “十四五”, 年均复合增长率, 比2020年, a past figure, a (1) clause, an award", () => {
    expect(brief("mixed.txt")).toEqual([
      // “十四五” is 2021-2025: the goal year is 2025
      { clause: "一", subject: "国家级创新中心", year: 2025, cmp: "reach", value: "三个", kind: "count" },
      { clause: "一", subject: "百亿级企业", year: 2025, cmp: "reach", value: "两家", kind: "count" },
      {
        clause: "一",
        subject: "软件业务收入",
        year: 2027,
        cmp: "at_least",
        value: "15%",
        kind: "growth",
      },
      { clause: "一", subject: "工业增加值", year: 2027, cmp: "reach", value: "5个百分点", kind: "level" },
      {
        clause: "二(1)",
        subject: "软件企业",
        year: 2027,
        cmp: "no_fewer_than",
        value: "十家",
        kind: "per_year",
      },
      { clause: "二(1)", subject: "就业", year: 2027, cmp: "at_least", value: "2万人", kind: "cumulative" },
    ]);
    const skipped = extractDocument(fixture("mixed.txt"), "mixed.txt").skipped;
    expect(skipped.find((s) => s.text === "500亿元")?.reason).toMatch(/2022/);
    expect(skipped.find((s) => s.text === "百亿级")?.reason).toMatch(/size class/);
    expect(skipped.find((s) => s.text === "100万元")?.reason).toMatch(/instrument/);
  });

  it("a plan's goal paragraph: a percent range, a property of counted clusters, 经费 in a subject, codes, an award ahead", () => {
    const r = extractDocument(fixture("plan.txt"), "plan.txt");
    const values = r.goals.map((g) => `${g.value}${g.unit}`);
    // 10%左右 5000亿元 1.5万亿元 20万个 65% 85% 10个 50个 8000万 6% 13.5% 2.5%-2.8% | 10亿元 (每年) | 2000家 (累计)
    expect(values).toEqual([
      "10%",
      "5000亿元",
      "1.5万亿元",
      "20万个",
      "65%",
      "85%",
      "10个",
      "50个",
      "8000万",
      "6%",
      "13.5%",
      "2.5%-2.8%",
      "10亿元",
      "2000家",
    ]);
    const range = r.goals[11]!;
    expect([range.low, range.high, range.subject]).toEqual([2.5, 2.8, "研发经费投入强度"]);
    expect(r.goals[9]).toMatchObject({ subject: "地区生产总值", kind: "growth" });
    expect(r.goals[13]).toMatchObject({ kind: "cumulative", year: 2025, subject: "省级企业技术中心" });
    expect(r.skipped.find((s) => s.text === "百亿元")?.reason).toMatch(/property/);
    expect(r.skipped.find((s) => s.text === "200万元")?.reason).toMatch(/instrument/);
    expect(r.goals.some((g) => g.value === "四")).toBe(false); // 四个一批 is a name
  });

  it("余 and 多 inside a figure (1000余家, 10余万人, 300多个) are at_least; ① items are clauses", () => {
    const r = extractText(
      "一、目标\n①到2025年，引进企业1000余家，新增就业10余万人，建设平台300多个。\n②软件收入达到500亿元。",
      "approx.txt",
    );
    expect(r.goals.map((g) => [g.clause, g.subject, g.comparator.type, g.value, g.unit, g.low])).toEqual([
      ["一①", "企业", "at_least", "1000", "余家", 1000],
      ["一①", "就业", "at_least", "10", "余万人", 100000], // 10 × 10^4
      ["一①", "平台", "at_least", "300", "多个", 300],
      ["一②", "软件收入", "reach", "500", "亿元", 500],
    ]);
  });

  it("finds nothing in a notice without figures", () => {
    expect(extractDocument(fixture("nogoals.txt"), "nogoals.txt").goals).toEqual([]);
  });

  it("does not take names for figures: 5G, IPv6, 世界500强, “5351”, dates, document numbers", () => {
    const r = extractText(
      "鲁政发〔2023〕11号\n2023年12月26日\n推进5G和IPv6建设，引进世界500强企业，打造“5351”体系。",
      "names.txt",
    );
    expect(r.goals).toEqual([]);
  });
});

describe("bad bytes", () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (e instanceof ChainsimError) return e.code;
      throw e;
    }
    return "none";
  };
  it("refuses an empty file, a binary file and bytes that are neither UTF-8 nor GB18030 text", () => {
    expect(code(() => decodeDocument(new Uint8Array(), "e.txt"))).toBe("E_EXTRACT_EMPTY");
    expect(code(() => decodeDocument(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d), "p.png"))).toBe(
      "E_EXTRACT_BINARY",
    );
    // 0xff 0xff … is not UTF-8; in GB18030 0xff is not a lead byte
    expect(
      code(() =>
        decodeDocument(
          Uint8Array.from({ length: 64 }, () => 0xff),
          "x.txt",
        ),
      ),
    ).toBe("E_EXTRACT_ENCODING");
  });
  it("drops a UTF-8 byte-order mark", () => {
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode("到2025年"));
    expect(decodeDocument(bytes, "bom.txt").text).toBe("到2025年");
  });
});
