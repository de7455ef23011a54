/**
 * The words around a printed diagnostic: `a.yaml:3:5: error E_CODE: …` /
 * `a.yaml:3:5: 错误 E_CODE：…`, and the hint line.
 */
import type { Bilingual } from "../lang.js";

export const DIAGNOSTIC_WORDS = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  colon: { zh: "：", en: ": " },
  hint: { zh: "提示：", en: "hint: " },
} as const satisfies Record<string, Bilingual>;
