/**
 * The syntax errors of the libraries chainsim reads with (the yaml package,
 * JSON.parse), in both languages. Their texts are English only; the Chinese
 * is chosen by the yaml error's code (YAMLParseError.code: BAD_INDENT,
 * MISSING_CHAR …) or by the shape of the JSON message, and the English keeps
 * the library's own words. Position and caret come from the diagnostic, not
 * from here.
 */
import type { Bilingual } from "../lang.js";

/** Chinese for each yaml error code (yaml 2.x ErrorCode). */
const YAML_CODE_ZH: Record<string, string> = {
  ALIAS_PROPS: "别名（*a）不能再带锚点或标签",
  BAD_ALIAS: "锚点或别名的名称无效（不能为空，也不能以冒号结尾）",
  BAD_DIRECTIVE: "YAML 指令（以 % 开头的行）无法识别",
  BAD_DQ_ESCAPE: "双引号字符串中有无效的转义序列（\\ 之后的字符）",
  BAD_INDENT: "缩进不对：同一层的项须从同一列开始",
  BAD_PROP_ORDER: "锚点和标签须写在 - 或 ? 等标记之后",
  BAD_SCALAR_START: "不带引号的值不能以这个字符开头；请给它加上引号",
  BLOCK_AS_IMPLICIT_KEY: "此处不能出现嵌套的映射或列表；请换行并缩进书写",
  BLOCK_IN_FLOW: "方括号或花括号内不能再写换行缩进的块结构",
  DUPLICATE_KEY: "同一层中的键不能重复",
  IMPOSSIBLE: "文件结构无法解析",
  KEY_OVER_1024_CHARS: "键过长（超过 1024 个字符）",
  MISSING_CHAR: "缺少必要的符号（冒号、逗号、引号或括号）",
  MULTILINE_IMPLICIT_KEY: "键必须写在同一行内；多半是上一行少了冒号或引号没有闭合",
  MULTIPLE_ANCHORS: "一个节点最多只能有一个锚点",
  MULTIPLE_DOCS: "一个文件只能有一份文档（不要用 --- 分隔多份）",
  MULTIPLE_TAGS: "一个节点最多只能有一个标签",
  NON_STRING_KEY: "键必须是简单的文字",
  RESOURCE_EXHAUSTION: "文件过于复杂，无法解析",
  TAB_AS_INDENT: "缩进中不能使用制表符",
  TAG_RESOLVE_FAILED: "无法识别的标签（以 ! 开头）",
  UNEXPECTED_TOKEN: "出现了意外的符号",
  BAD_COLLECTION_TYPE: "标签与列表或映射的类型不符",
};

/** Messages more specific than their code, by the yaml package's English text. */
const YAML_MESSAGE_ZH: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^Missing closing "quote/, () => '缺少闭合的双引号（"）'],
  [/^Missing closing 'quote/, () => "缺少闭合的单引号（'）"],
  [/^Missing , or : between (flow \w+) items/, () => "方括号或花括号内的各项之间缺少逗号或冒号"],
  [/^Missing , between (flow \w+) items/, () => "方括号或花括号内的各项之间缺少逗号"],
  [/^Missing space after : in/, () => "冒号后面缺少空格"],
  [/^Implicit map keys need to be followed by map values/, () => "键后面须有冒号和值"],
  [/^Sequence item without - indicator/, () => "列表项前缺少 - 标记"],
  [/^Comments must be separated from other tokens/, () => "注释（#）前须留一个空格"],
  [
    /^Flow (sequence|mapping) in block collection must be sufficiently indented and end with a ([\]}])/,
    (m) => `${m[1] === "sequence" ? "方括号列表" : "花括号映射"}须缩进到位，并以 ${m[2]} 结束`,
  ],
  [/^Expected a flow scalar value/, () => "此处应有一个值"],
  [/^Unexpected , in/, () => "多余的逗号"],
  [/^Unexpected empty item in/, () => "方括号或花括号内有空项（两个逗号之间没有值）"],
  [/^Unexpected flow-(seq|map)-end/, (m) => `多余的 ${m[1] === "seq" ? "]" : "}"}`],
  [/^Unexpected (\S+) in (flow \w+|collection)/, (m) => `此处不应出现 ${m[1]}`],
  [
    /^Nested mappings are not allowed in compact mappings/,
    () => "一行之内不能嵌套映射；请把内层映射换行并缩进，或写成 { … }",
  ],
  [/^All (sequence|collection) items must start at the same column/, () => "同一层的各项须从同一列开始"],
  [
    /^Implicit keys need to be on a single line/,
    () => "键必须写在同一行内；多半是上一行少了冒号或引号没有闭合",
  ],
  [/^Plain value cannot start with (.+)/, (m) => `不带引号的值不能以 ${m[1]} 开头；请给它加上引号`],
  [/^Invalid escape sequence (.+)/, (m) => `双引号字符串中有无效的转义序列 ${m[1]}`],
  [/^Unresolved tag: (.+)/, (m) => `无法识别的标签 ${m[1]}`],
  [/^Map keys must be unique/, () => "同一层中的键不能重复"],
  [/^Tabs are not allowed as indentation/, () => "缩进中不能使用制表符"],
];

/**
 * A yaml parse error in both languages: the Chinese chosen by its message or
 * code, the English the library's own first line (position removed).
 *
 * @example
 * yamlError("MISSING_CHAR", "Missing , or : between flow map items").zh
 * // "方括号或花括号内的各项之间缺少逗号或冒号"
 */
export function yamlError(code: string | undefined, english: string): Bilingual {
  for (const [re, zh] of YAML_MESSAGE_ZH) {
    const m = re.exec(english);
    if (m) return { zh: zh(m), en: english };
  }
  return { zh: (code && YAML_CODE_ZH[code]) || "YAML 格式有误", en: english };
}

/** JSON.parse's messages (V8's wording), most specific first. */
const JSON_ZH: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/Expected ',' or '}' after property value/, () => "属性值之后应为逗号或 }"],
  [/Expected ',' or ']' after array element/, () => "数组元素之后应为逗号或 ]"],
  [/Expected double-quoted property name/, () => "此处应为带双引号的属性名（JSON 不允许末尾多余的逗号）"],
  [/Expected property name or '}'/, () => "此处应为带双引号的属性名或 }"],
  [/Expected ':' after property name/, () => "属性名之后应为冒号"],
  [/Unterminated string/, () => "字符串缺少闭合的双引号"],
  [/Bad control character in string literal/, () => "字符串中有不允许的控制字符（如未转义的换行或制表符）"],
  [/Bad escaped character/, () => "字符串中有无效的转义字符"],
  [/Unexpected end of JSON input/, () => "文件在结构完整之前就结束了（缺少 ] 或 }？）"],
  [/Unexpected non-whitespace character after JSON/, () => "JSON 内容结束之后还有多余的字符"],
  [/Unexpected token '?(.)'?/, (m) => `此处不应出现 ${m[1]}`],
  [/No number after minus sign/, () => "负号后面缺少数字"],
  [/Exponent part is missing a number/, () => "指数部分缺少数字"],
  [/Unterminated fractional number/, () => "小数点后缺少数字"],
];

/**
 * A JSON.parse error in both languages (the English as the engine wrote it).
 *
 * @example
 * jsonError("Expected ',' or '}' after property value").zh // "属性值之后应为逗号或 }"
 */
export function jsonError(english: string): Bilingual {
  for (const [re, zh] of JSON_ZH) {
    const m = re.exec(english);
    if (m) return { zh: zh(m), en: english };
  }
  return { zh: "JSON 格式有误", en: english };
}
