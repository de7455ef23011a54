/**
 * The subject of a goal: the quantity it bounds. Usually the words before the
 * figure in its segment (全省软件业务收入达到14000亿元 → 软件业务收入); after a
 * verb with nothing between, the words after the figure (培育50个创新实验室 →
 * 创新实验室). Returned as a span of the folded text, so the caller can quote
 * the printed characters.
 */
import type { Span } from "./types.js";

/** Frame words stripped from the front: years, 力争, 全省 … */
const LEADING =
  /^(?:\s|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+条|[①-⑳]|到\d{4}年(?:年底|底|末)?|至\d{4}年(?:年底|底|末)?|\d{4}年(?:年底|底|末)?|力争|努力|争取|确保|全省|全市|全区|全县|我省|我市|本省|本市|其中|每年度|每年|年均|并|且|同时|进一步|累计|新增|[,、\s])+/;
/** Verbs after which the subject follows the figure (培育50个…) or stands between verb and figure. */
const VERBS =
  /(?:谋划推出|安排|建设开通|实施|建设|建成|建好|培育|培养|打造|推出|遴选|认定|举办|支持|引育|设立|开通|新建|布局|形成|汇聚|部署|配置|选派|组建|引进|招引|创建|争创|新培育|新增|达到|突破|超过)/g;
const TRAILING =
  /(?:不少于|不低于|不超过|不高于|控制在|超过|突破|达到|低于|高于|大于|多于|少于|最高|最多|至少|提高到|提升到|增加到|增长到|提高至|提升至|增至|超|过|逾|达|为|近|约|的|[\s,、])+$/;
const GENERIC = /^(?:总规模|规模|总量|数量|金额|一批|若干|成|个|共)?$/;

/**
 * Find the subject span for a figure.
 *
 * @example
 * subjectSpan("全省软件业务收入达到14000亿元", { start: 0, end: 20 }, 10, 20, 20) // the span of 软件业务收入
 */
export function subjectSpan(
  text: string,
  segment: Span,
  figStart: number,
  figEnd: number,
  sentenceEnd: number,
): Span | undefined {
  // a noun right after the figure names it: 培育50个创新实验室, 10家左右…的数字产业园区
  if (
    /^(?:以上|左右|以内|以下|多|余|级)?的?(?:[\u4e00-\u9fffA-Za-z]|\d+[A-Za-z])/.test(
      text.slice(figEnd, figEnd + 6),
    )
  ) {
    const post = after(text, figEnd, sentenceEnd);
    if (post) return post;
  }
  const pre = trimmed(text, segment.start, figStart);
  if (pre) {
    const words = text.slice(pre.start, pre.end);
    let cut = 0;
    VERBS.lastIndex = 0;
    for (let m = VERBS.exec(words); m; m = VERBS.exec(words)) cut = m.index + m[0].length;
    const rest = trimmed(text, pre.start + cut, pre.end);
    if (rest && !GENERIC.test(text.slice(rest.start, rest.end).replace(/一批|若干/g, ""))) return rest;
  }
  return after(text, figEnd, sentenceEnd);
}

/**
 * The noun phrase after a figure, up to a comma: after its last 的 when it has one
 * (50个以上的技术成熟、市场认可度高的软件产品 → 软件产品), else up to 、 和 及 or the next figure.
 */
function after(text: string, from: number, sentenceEnd: number): Span | undefined {
  let i = from;
  while (i < sentenceEnd && /^(?:以上|左右|以内|以下|多|余|级|的|\s)/.test(text.slice(i, i + 2))) {
    i += /^(?:以上|左右|以内|以下)/.test(text.slice(i, i + 2)) ? 2 : 1;
  }
  let end = i;
  while (end < sentenceEnd && !/[,。;:：(]/.test(text[end]!)) end++;
  const last = text.lastIndexOf("的", end - 1);
  let start = i;
  if (last >= i) start = last + 1;
  // another figure ends it; digits of a name (5G) do not
  const stop = text
    .slice(start, end)
    .search(last >= i ? /[、]|\d+(?![\dA-Za-z])/ : /[、和及与]|\d+(?![\dA-Za-z])/);
  if (stop >= 0) end = start + stop;
  return trimmed(text, start, end);
}

function trimmed(text: string, start: number, from: number): Span | undefined {
  // 由2020年的X提高到Y: the subject ends before the starting value
  const cut = /(?:由|从|比|较)\s*\d{4}\s*年/.exec(text.slice(start, from));
  const end = cut ? start + cut.index : from;
  const s = text.slice(start, end);
  const lead = LEADING.exec(s)?.[0].length ?? 0;
  const trail = TRAILING.exec(s.slice(lead))?.[0].length ?? 0;
  const a = start + lead;
  const b = end - trail;
  return b - a >= 2 ? { start: a, end: b } : undefined;
}
