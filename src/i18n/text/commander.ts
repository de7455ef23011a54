/**
 * Commander's usage errors (English in the library) as a Chinese CLI would
 * print them: each English pattern with its Chinese replacement.
 */
export const COMMANDER_TEXT: ReadonlyArray<readonly [RegExp, string]> = [
  [/error: unknown option '([^']*)'/, "错误：未知选项 '$1'"],
  [/error: unknown command '([^']*)'/, "错误：未知命令 '$1'"],
  [/\(Did you mean ([^?]*)\?\)/, "（是否应为 $1？）"],
  [/error: missing required argument '([^']*)'/, "错误：缺少必需的参数 '$1'"],
  [/error: option '([^']*)' argument missing/, "错误：选项 '$1' 缺少取值"],
  [
    /error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^.]*)\./,
    "错误：选项 '$1' 的取值 '$2' 无效。可选值为 $3。",
  ],
  [
    /error: too many arguments( for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\./,
    "错误：参数过多，应为 $2 个，实际给了 $3 个。",
  ],
  [/error: required option '([^']*)' not specified/, "错误：缺少必需的选项 '$1'"],
];

/** Commander's help layout in Chinese: section titles, usage words, choices and defaults. */
export const COMMANDER_HELP_ZH = {
  titles: {
    "Usage:": "用法：",
    "Arguments:": "参数：",
    "Options:": "选项：",
    "Commands:": "命令：",
    "Global Options:": "全局选项：",
  } as Record<string, string>,
  options: "[选项]",
  command: "[命令]",
  choices: (values: readonly string[]) => `可选：${values.join("、")}`,
  default: (value: string) => `默认：${value}`,
  extra: (parts: readonly string[]) => (parts.length ? `（${parts.join("；")}）` : ""),
};
