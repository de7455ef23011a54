/**
 * The two languages chainsim speaks, and how one is chosen.
 *
 * Every user-facing string lives in a catalogue with a zh-CN and an en text
 * (errors and warnings in src/messages.ts, everything else in src/i18n/text/).
 * A command resolves its language once, from `--lang`, then `CHAINSIM_LANG`,
 * then the locale variables (LC_ALL, LC_MESSAGES, LANG: a value starting with
 * "zh" means Chinese), else English, and passes it down; nothing below the
 * CLI reads the environment.
 */

export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

/** A text in both languages. */
export interface Bilingual<T = string> {
  zh: T;
  en: T;
}

/**
 * The text of `b` in `lang`; a missing or empty translation falls back to the
 * other language (never to nothing).
 *
 * @example
 * pick({ zh: "超出", en: "overshoot" }, "zh") // "超出"
 * pick({ zh: "", en: "overshoot" }, "zh") // "overshoot"
 */
export function pick<T>(b: Bilingual<T>, lang: Lang): T {
  const first = b[lang];
  if (first !== undefined && first !== "") return first;
  return b[lang === "zh" ? "en" : "zh"];
}

/** True when `v` is a text in both languages (`{ zh, en }` strings). */
export function isBilingual(v: unknown): v is Bilingual {
  return (
    v !== null &&
    typeof v === "object" &&
    typeof (v as Bilingual).zh === "string" &&
    typeof (v as Bilingual).en === "string"
  );
}

/** True when `s` names a language chainsim speaks. */
export function isLang(s: unknown): s is Lang {
  return s === "zh" || s === "en";
}

/**
 * The language of a locale string such as `zh_CN.UTF-8`, `zh-Hans`, `en_US`;
 * undefined for an empty value or `C`/`POSIX` (which say nothing).
 *
 * @example
 * langOfLocale("zh_CN.UTF-8") // "zh"
 * langOfLocale("en_GB.UTF-8") // "en"
 * langOfLocale("C") // undefined
 */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  const l = locale.trim().toLowerCase();
  if (l === "" || l === "c" || l === "posix" || l.startsWith("c.")) return undefined;
  return l.startsWith("zh") ? "zh" : "en";
}

/**
 * The language to speak: an explicit choice (`--lang`), else `CHAINSIM_LANG`,
 * else the first of LC_ALL, LC_MESSAGES, LANG that names a locale (POSIX
 * precedence), else English.
 *
 * @example
 * resolveLang(undefined, { LANG: "zh_CN.UTF-8" }) // "zh"
 * resolveLang("en", { LANG: "zh_CN.UTF-8" }) // "en"
 * resolveLang(undefined, { CHAINSIM_LANG: "zh", LANG: "en_US.UTF-8" }) // "zh"
 * resolveLang(undefined, {}) // "en"
 */
export function resolveLang(
  explicit: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (isLang(explicit)) return explicit;
  const own = env.CHAINSIM_LANG?.trim().toLowerCase();
  if (own) {
    const l = isLang(own) ? own : langOfLocale(own);
    if (l) return l;
  }
  for (const v of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    const l = langOfLocale(v);
    if (l) return l;
  }
  return "en";
}
