/**
 * What formulas are told when refused or when they fail, in both languages:
 * the allow-list's names for forbidden constructs (E_FORMULA_FORBIDDEN), the
 * parser's syntax errors (E_FORMULA_SYNTAX; mathjs writes English, the
 * Chinese is chosen by the shape of its message) and evaluation failures
 * (E_FORMULA_EVAL).
 */
import type { Bilingual } from "../lang.js";

/** Constructs a formula may not use, by mathjs node type. */
export const FORBIDDEN_CONSTRUCTS: Readonly<Record<string, Bilingual>> = {
  AccessorNode: { zh: "属性访问或下标（a.b、a[1]）", en: "property access or indexing (a.b, a[1])" },
  ArrayNode: { zh: "矩阵或列表字面量（[1, 2]）", en: "matrix or list literals ([1, 2])" },
  AssignmentNode: { zh: "赋值（a = 1）", en: "assignments (a = 1)" },
  BlockNode: { zh: "多条语句（a; b）", en: "several statements (a; b)" },
  FunctionAssignmentNode: { zh: "函数定义（f(x) = …）", en: "function definitions (f(x) = …)" },
  IndexNode: { zh: "下标（a[1]）", en: "indexing (a[1])" },
  ObjectNode: { zh: "对象字面量（{a: 1}）", en: "object literals ({a: 1})" },
  RangeNode: { zh: "范围（1:10）", en: "ranges (1:10)" },
  RelationalNode: { zh: "连写的比较（a < b < c）", en: "chained comparisons (a < b < c)" },
};

export const FORMULA = {
  textStrings: { zh: "文字字符串", en: "text strings" },
  constantOfType: (type: string): Bilingual => ({
    zh: `${type} 类型的常量`,
    en: `constants of type ${type}`,
  }),
  operator: (op: string): Bilingual => ({ zh: `运算符"${op}"`, en: `the operator "${op}"` }),
  callResult: { zh: "对表达式的结果再做调用", en: "calling the result of an expression" },
  fn: (name: string): Bilingual => ({ zh: `函数 ${name}()`, en: `the function ${name}()` }),
  construct: (type: string): Bilingual => ({ zh: `${type} 结构`, en: `the construct ${type}` }),
  empty: { zh: "公式是空的", en: "the formula is empty" },
  arity: (name: string, min: number, max: number, found: number): Bilingual => ({
    zh: `${name}() 需要 ${min === max ? min : `${min} 到 ${max}`} 个参数，而不是 ${found} 个`,
    en: `${name}() takes ${min === max ? min : `${min} to ${max}`} arguments, not ${found}`,
  }),
  /** E_FORMULA_EVAL: the result is NaN or ±Infinity. */
  notFinite: (v: number): Bilingual => ({
    zh: `结果为 ${v}，不是有限数值`,
    en: `the result is ${v}`,
  }),
  /** E_FORMULA_EVAL: the result is not a number (a complex number from log(-1), …). */
  notNumber: (type: string): Bilingual => ({
    zh: `结果不是实数（${type}）`,
    en: `the result is not a number (${type})`,
  }),
} as const;

/** mathjs' parse errors, most specific first; `(char N)` is kept as a position. */
const SYNTAX_ZH: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^Unexpected end of expression/, () => "公式不完整，在末尾中断了"],
  [/^Value expected/, () => "此处应有一个数值或名称"],
  [/^Parenthesis \) expected/, () => "缺少右括号 )"],
  [/^Parenthesis ] expected/, () => "缺少右方括号 ]"],
  [/^Unexpected operator (\S+)/, (m) => `此处不应出现运算符 ${m[1]}`],
  [/^Unexpected type of argument/, () => "参数类型不对"],
  [/^Syntax error in part "(.*)"/, (m) => `"${m[1]}"处有语法错误`],
  [/^Unexpected "(.*)"/, (m) => `此处不应出现"${m[1]}"`],
  [/^Invalid number/, () => "数字的写法无效"],
  [/^False part of conditional expression expected/, () => "条件表达式 a ? b : c 缺少冒号之后的部分"],
  [/^End of matrix ] expected/, () => "缺少 ]"],
  [/^Unterminated string/, () => "字符串缺少闭合的引号"],
];

/**
 * A formula syntax error from the parser in both languages: Chinese by the
 * shape of the message, with its `(char N)` position as 第 N 个字符.
 *
 * @example
 * formulaSyntax("Unexpected end of expression (char 13)").zh // "公式不完整，在末尾中断了（第 13 个字符）"
 */
export function formulaSyntax(english: string): Bilingual {
  const char = /\(char (\d+)\)\s*$/.exec(english);
  const at = char ? `（第 ${char[1]} 个字符）` : "";
  for (const [re, zh] of SYNTAX_ZH) {
    const m = re.exec(english);
    if (m) return { zh: `${zh(m)}${at}`, en: english };
  }
  return { zh: `公式无法解析${at}`, en: english };
}

/**
 * A failure while a formula is evaluated, from the thrown error's English.
 *
 * @example
 * formulaEvalError("the result is not a number (object)").zh // "结果不是实数（object）"
 */
export function formulaEvalError(english: string): Bilingual {
  const nan = /^the result is not a number \((.+)\)$/.exec(english);
  if (nan) return FORMULA.notNumber(nan[1]!);
  return { zh: "公式运算出错", en: english };
}
