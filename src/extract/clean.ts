/**
 * Scraping noise out, positions kept: the cleaned text has the same length as
 * the decoded text, with noise (injected advertisements, `[bookmark: …]`
 * markers, web addresses) blanked by spaces, so every span the extractor
 * reports points into the document as read. Traditional characters and
 * full-width digits are folded for matching (script.ts).
 */
import { foldForMatching } from "./script.js";
import type { SkippedFigure } from "./types.js";

export interface CleanText {
  /** The decoded text as printed (for quoting). */
  original: string;
  /** Same length: noise blanked, folded for matching. */
  text: string;
  /** What was blanked, and why. */
  noise: SkippedFigure[];
}

/**
 * Gambling and lottery brand names that scrapers inject into government texts.
 * A brand alone, or a generic word (体育, 娱乐 …) only with a site word after it
 * (官网, 平台, app): 国家智能体育典型案例 stays.
 */
const AD_BRANDS =
  "必赢|亚博|开云|乐鱼|华体会|九游|爱游戏|米乐|博天堂|威尼斯人|新葡京|澳门金沙|澳门新葡京|金宝博|bet365|BET365|ob体育|OB体育|雷竞技|天博体育|星空体育|半岛体育|凯发|尊龙|永利皇宫";
const NOISE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\[bookmark:[^\]\n]*\]/gi, "a [bookmark] marker from a word processor"],
  [
    new RegExp(`(?:${AD_BRANDS})(?:体育|娱乐|国际|官网|官方网站|平台|彩票|棋牌|电竞|app|APP)*`, "g"),
    "an injected advertisement",
  ],
  [
    /[\u4e00-\u9fff]{2,4}(?:体育|娱乐|彩票|棋牌|真人)(?:官网|官方网站|平台|app|APP|下载)/g,
    "an injected advertisement",
  ],
  [/(?:https?:\/\/|www\.)[A-Za-z0-9./?=&_%#:-]+/g, "a web address"],
];

/**
 * Blank noise and fold the text for matching, keeping every position.
 *
 * @example
 * cleanText("山东省人民政府必赢体育加快实施").text // "山东省人民政府    加快实施"
 */
export function cleanText(original: string): CleanText {
  let text = foldForMatching(original);
  const noise: SkippedFigure[] = [];
  for (const [re, reason] of NOISE) {
    re.lastIndex = 0;
    text = text.replace(re, (m: string, ...rest: unknown[]) => {
      const at = rest.find((r) => typeof r === "number") as number;
      noise.push({
        span: { start: at, end: at + m.length },
        text: original.slice(at, at + m.length),
        reason,
      });
      return " ".repeat(m.length);
    });
  }
  noise.sort((a, b) => a.span.start - b.span.start);
  return { original, text, noise };
}

/**
 * The printed text of a span without noise and line breaks (a broken line joins up).
 *
 * @example
 * printed({ original: "全省软件\n业务收入", text: "全省软件\n业务收入", noise: [] }, 0, 9) // "全省软件业务收入"
 */
export function printed(c: CleanText, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    if (c.text[i] === " " && c.original[i] !== " ") continue; // blanked noise
    const ch = c.original[i]!;
    if (ch === "\n" || ch === "\r") continue;
    out += ch;
  }
  return out.replace(/^\s+|\s+$/g, "").replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, "");
}
