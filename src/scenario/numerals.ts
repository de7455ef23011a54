/**
 * The characters of numbers as the documents print them, folded to one form:
 * traditional characters (億 萬 個 過 達 級 佔 …) to simplified, full-width
 * digits and punctuation (`２．５％`, `～`, `（`) to ASCII. Every replacement is
 * one character for one character, so positions in the folded text are
 * positions in the original.
 */

/** Traditional → simplified, for the characters that occur in figures, units and comparator words. */
const TRADITIONAL: Record<string, string> = {
  億: "亿",
  萬: "万",
  個: "个",
  過: "过",
  達: "达",
  級: "级",
  佔: "占",
  於: "于",
  兩: "两",
  餘: "余",
  約: "约",
  內: "内",
  項: "项",
  張: "张",
  臺: "台",
  條: "条",
  點: "点",
  種: "种",
  處: "处",
  隻: "只",
  戶: "户",
  圓: "元",
  擴: "扩",
  數: "数",
  總: "总",
  規: "规",
  將: "将",
  實: "实",
  現: "现",
  爭: "争",
  長: "长",
  増: "增",
};

const FULL_WIDTH: Record<string, string> = {
  "．": ".",
  "％": "%",
  "−": "-",
  "﹣": "-",
  "－": "-",
  "＋": "+",
  "～": "~",
  "〜": "~",
  "（": "(",
  "）": ")",
  "，": ",",
  "：": ":",
  "；": ";",
  "／": "/",
  "＜": "<",
  "＞": ">",
  "　": " ",
};

const FOLD: Record<string, string> = { ...TRADITIONAL, ...FULL_WIDTH };
const FOLD_CHARS = new RegExp(
  `[${Object.keys(FOLD)
    .join("")
    .replace(/[\\\]^-]/g, "\\$&")}]`,
  "g",
);
const WIDE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/**
 * Fold traditional number characters and full-width digits and punctuation; one character for one.
 *
 * @example
 * toSimplifiedNumerals("超過５０％") // "超过50%"
 * toSimplifiedNumerals("100億元") // "100亿元"
 */
export function toSimplifiedNumerals(s: string): string {
  return s
    .replace(WIDE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(FOLD_CHARS, (c) => FOLD[c] ?? c);
}
