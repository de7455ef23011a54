import { describe, expect, it } from "vitest";
import { langOfLocale, pick, resolveLang } from "../../src/i18n/lang.js";

// Precedence: POSIX (IEEE Std 1003.1, 8.2 Internationalization Variables): LC_ALL overrides
// LC_MESSAGES, which overrides LANG; CHAINSIM_LANG and --lang are chainsim's own, above both.
describe("resolveLang", () => {
  it("takes --lang over everything", () => {
    expect(resolveLang("en", { CHAINSIM_LANG: "zh", LC_ALL: "zh_CN.UTF-8" })).toBe("en");
  });
  it("takes CHAINSIM_LANG over the locale", () => {
    expect(resolveLang(undefined, { CHAINSIM_LANG: "zh", LANG: "en_US.UTF-8" })).toBe("zh");
    expect(resolveLang(undefined, { CHAINSIM_LANG: "en", LC_ALL: "zh_CN.UTF-8" })).toBe("en");
  });
  it("follows LC_ALL, then LC_MESSAGES, then LANG", () => {
    expect(resolveLang(undefined, { LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(resolveLang(undefined, { LC_MESSAGES: "zh_TW.UTF-8", LANG: "en_US" })).toBe("zh");
    expect(resolveLang(undefined, { LANG: "zh_CN.UTF-8" })).toBe("zh");
  });
  it("skips C and POSIX, and defaults to English", () => {
    expect(resolveLang(undefined, { LC_ALL: "C", LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(resolveLang(undefined, { LANG: "C.UTF-8" })).toBe("en");
    expect(resolveLang(undefined, {})).toBe("en");
  });
  it("ignores an unknown explicit value", () => {
    expect(resolveLang("fr", { LANG: "zh_CN" })).toBe("zh");
  });
});

describe("langOfLocale / pick", () => {
  it("reads locale strings", () => {
    expect(langOfLocale("zh-Hans")).toBe("zh");
    expect(langOfLocale("en_GB.UTF-8")).toBe("en");
    expect(langOfLocale("POSIX")).toBeUndefined();
  });
  it("falls back to the other language, never to nothing", () => {
    expect(pick({ zh: "超出", en: "overshoot" }, "zh")).toBe("超出");
    expect(pick({ zh: "", en: "overshoot" }, "zh")).toBe("overshoot");
    expect(pick({ zh: "缺口", en: "" }, "en")).toBe("缺口");
  });
});
