/**
 * Issue 16 for `chainsim extract`: under --lang zh the draft's comments and
 * notes and the summary are Chinese (apart from ids, keys, file names and the
 * document's own Latin words), the draft loads and `chainsim check` runs on it;
 * the markers (待填写 / TO FILL, 占位 / PLACEHOLDER) match in the two languages.
 * And the title: as each of the five seed documents prints it (title.ts).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract.js";
import { DRAFT_MARKERS, EXTRACT_TEXT } from "../../src/i18n/text/extract.js";
import { cli } from "../cli/helpers.js";

const FIX = "test/fixtures/extract";
const SEEDS = [
  "000_4bf4d86db3557302.txt",
  "001_675e57c38d26c4aa.txt",
  "002_a108ca76e60ef7cf.txt",
  "003_c817f5369cc77099.txt",
  "004_ff61dd1a8b816967.txt",
];
const dir = mkdtempSync(join(tmpdir(), "chainsim-extract-zh-"));

/** Latin words of a text (ids with _ kept whole). */
const latin = (t: string): string[] => [...t.matchAll(/[A-Za-z][A-Za-z0-9_]*/g)].map((m) => m[0]);

/**
 * The English words of a zh draft's comments and notes: Latin words that are not
 * in the document, not a key or id of the draft's data, not the program's names.
 */
function strayEnglish(draft: string, document: string): string[] {
  const data: string[] = [];
  const prose: string[] = [];
  for (const line of draft.split("\n")) {
    const at = line.indexOf("#");
    const body = at < 0 ? line : line.slice(0, at);
    // a note's value is prose, not data
    const note = /note: "([^"]*)"/.exec(body);
    data.push(body.replace(/note: "[^"]*"/, ""));
    if (note) prose.push(note[1]!);
    if (at >= 0) prose.push(line.slice(at));
  }
  const allowed = new Set([...latin(data.join("\n")), ...latin(document)]);
  const names = new Set(["chainsim", "extract", "check", "docs", "md", "txt", "UTF", "GB18030", "Big5"]);
  // the YAML a TO FILL comment shows as an example: baseline: { year: 2022, value: … }
  for (const k of ["baseline", "year", "value"]) names.add(k);
  return [
    ...new Set(
      latin(prose.join("\n").replace(/[\w-]+\.txt/g, " ")).filter((w) => !allowed.has(w) && !names.has(w)),
    ),
  ].sort();
}

describe("extract --lang zh: the draft speaks Chinese and still loads", () => {
  for (const name of SEEDS) {
    it(`${name}: no English in comments, notes or summary; validate and check run`, async () => {
      const doc = `${FIX}/seeds/${name}`;
      const out = join(dir, `zh-${name}.yaml`);
      const r = await cli("extract", doc, "--out", out, "--lang", "zh");
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/项目标，跳过 \d+ 处数字或干扰内容/);
      expect(r.stdout).toContain("下一步：填写标有“待填写”的各行");
      expect(latin(r.stdout.replace(/\S+\.(txt|yaml)\b/g, " "))).toEqual(
        expect.arrayContaining([]), // ids only: g1 and chainsim check
      );
      expect(
        latin(r.stdout.replace(/\S+\.(txt|yaml)\b/g, " ")).filter(
          (w) => !/^(g\d+|chainsim|check|UTF)$/.test(w),
        ),
      ).toEqual([]);
      const draft = readFileSync(out, "utf8");
      expect(draft.startsWith("# 情景草稿：由 `chainsim extract` 根据")).toBe(true);
      expect(draft).toContain("# 待填写：");
      expect(draft).not.toMatch(/TO FILL|PLACEHOLDER|confidence|printed/);
      const text = readFileSync(doc, "utf8");
      expect(strayEnglish(draft, text)).toEqual([]);
      const v = await cli("validate", out);
      expect(v.stderr).toBe("");
      expect(v.code).toBe(0);
      const c = await cli("check", out, "--lang", "zh");
      expect(c.code, c.stderr).toBe(0);
    }, 60_000);
  }

  it("000 in zh: the same scenario as in English (only comments and notes differ), OVERSHOOT 35,700 against 22,000", async () => {
    const zh = join(dir, "zh-000.yaml");
    const en = join(dir, "en-000.yaml");
    await cli("extract", `${FIX}/seeds/${SEEDS[0]}`, "--out", zh, "--lang", "zh");
    await cli("extract", `${FIX}/seeds/${SEEDS[0]}`, "--out", en, "--lang", "en");
    const data = (f: string) =>
      readFileSync(f, "utf8")
        .split("\n")
        .map((l) => l.replace(/\s*#.*$/, "").replace(/note: "[^"]*"/, "note"))
        .filter((l) => l !== "")
        .join("\n");
    expect(data(zh)).toBe(data(en));
    const c = await cli("check", zh, "--lang", "en");
    // 35,700 − 22,000 = 13,700, 38.4% of 35,700 (seeds/README.md)
    expect(c.stdout).toMatch(/≥ 22,000\.0\s+35,700\.0\s+0\.0\s+35,700\.0\s+OVERSHOOT\s+13,700\.0 \(38\.4%\)/);
    // the proposed children's reason, in Chinese
    expect(readFileSync(zh, "utf8")).toContain(
      "# 建议作为其组成部分：条款 二 下的 10 个并列条款各设一项2025年金额目标，且均小于条款 一 的更大目标。",
    );
  });

  it("the summary names the encoding as Chinese text writes it (GB18030)", async () => {
    const r = await cli("extract", `${FIX}/articles-gbk.txt`, "--lang", "zh");
    expect(r.stderr).toContain("articles-gbk.txt（GB18030）：6 项目标");
  });

  it("a zh draft feeds chainsim init --from, which counts its 待填写 lines", async () => {
    const draft = join(dir, "zh-init-draft.yaml");
    await cli("extract", `${FIX}/seeds/${SEEDS[2]}`, "--out", draft, "--lang", "zh");
    const todo = readFileSync(draft, "utf8")
      .split("\n")
      .filter((l) => l.includes("# 待填写：")).length;
    expect(todo).toBeGreaterThan(0);
    const r = await cli("init", join(dir, "plan-from-zh.yaml"), "--from", draft, "--lang", "zh");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${todo} 处待填写`);
  });
});

describe("the markers", () => {
  it("every text with TO FILL has 待填写 in Chinese, every PLACEHOLDER has 占位", () => {
    expect(DRAFT_MARKERS.toFill).toEqual({ zh: "待填写", en: "TO FILL" });
    expect(DRAFT_MARKERS.placeholder).toEqual({ zh: "占位", en: "PLACEHOLDER" });
    let n = 0;
    // a text, or a function of values: called with placeholders for each value
    const text = (v: unknown): string =>
      typeof v === "function"
        ? String(v(...Array.from({ length: v.length }, (_x, i) => `v${i}`)))
        : String(v);
    for (const [key, t] of Object.entries(EXTRACT_TEXT)) {
      for (const m of Object.values(DRAFT_MARKERS)) {
        if (text(t.en).includes(m.en)) {
          expect(text(t.zh), key).toContain(m.zh);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThanOrEqual(9);
  });

  it("docs/extract.md names both markers", () => {
    const page = readFileSync("docs/extract.md", "utf8");
    for (const m of Object.values(DRAFT_MARKERS)) {
      expect(page).toContain(m.zh);
      expect(page).toContain(m.en);
    }
  });
});

describe("the title, as each seed document prints it", () => {
  const title = (name: string) => extractDocument(readFileSync(`${FIX}/seeds/${name}`), name).title;

  it("000: the first line; the document number on the next line is not part of it", () => {
    // 000 line 1: 山东省人民政府加快实施“十大工程”推动新一代信息技术产业高质量发展的指导意见 (an ad blanked); line 2: 鲁政发〔2023〕11号
    expect(title(SEEDS[0]!)).toBe(
      "山东省人民政府加快实施“十大工程”推动新一代信息技术产业高质量发展的指导意见",
    );
  });

  it("001: one line for the whole text; the title stops before the date in brackets", () => {
    // 001 begins: 中共山東省委 山東省人民政府 關于加快數字經濟高質量發展的意見 (2023年12月28日) 為深入貫徹…
    expect(title(SEEDS[1]!)).toBe("中共山東省委 山東省人民政府 關于加快數字經濟高質量發展的意見");
  });

  it("002: two lines joined, with the period; the （征求意见稿） marker left out", () => {
    // 002 lines 1–3: 关于加快新一代信息技术产业高质量 / 发展的意见（2023-2025年） / （征求意见稿）
    expect(title(SEEDS[2]!)).toBe("关于加快新一代信息技术产业高质量发展的意见（2023-2025年）");
  });

  it("003: a cover letter (鲁科字〔2023〕4号): the plan it issues, named in 《…》 before 印发", () => {
    // 003: …省科技厅研究制定了《山东省新一代信息技术创新能力提升行动计划(2023-2025年)》,现印发给你们
    expect(title(SEEDS[3]!)).toBe("山东省新一代信息技术创新能力提升行动计划(2023-2025年)");
  });

  it("004: prints no title (it opens with 为贯彻…制定本行动计划。): none, and the draft marks it", async () => {
    expect(title(SEEDS[4]!)).toBe("");
    const r = await cli("extract", `${FIX}/seeds/${SEEDS[4]}`, "--lang", "zh");
    expect(r.stdout).toContain('title: "004_ff61dd1a8b816967.txt" # 待填写：原文未印标题，暂用文件名');
  });

  it("the other styles: a heading is no title; a title with its period on one line keeps it", () => {
    const t = (f: string) => extractDocument(readFileSync(`${FIX}/${f}`), f).title;
    expect(t("traditional.txt")).toBe(""); // opens with 一、發展目標
    expect(t("mixed.txt")).toBe("某市软件和信息技术服务业发展三年行动方案（2025—2027年）");
    expect(t("articles.txt")).toBe("某市促进数字经济发展办法");
  });
});
