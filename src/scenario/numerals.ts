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

/**
 * Fold traditional number characters and full-width digits and punctuation; one character for one.
 *
 * @example
 * toSimplifiedNumerals("超過５０％") // "超过50%"
 * toSimplifiedNumerals("100億元") // "100亿元"
 */
export function toSimplifiedNumerals(s: string): string {
  let out = "";
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
      out += String.fromCharCode(code - 0xfee0);
    else out += TRADITIONAL[c] ?? FULL_WIDTH[c] ?? c;
  }
  return out;
}
