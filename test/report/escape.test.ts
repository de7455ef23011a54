/**
 * Sector names, titles and sources with HTML in them appear as text in
 * report.html, in every SVG and in summary.md: never as markup.
 */
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/report/html-escape.js";
import { buildReport } from "../../src/report/report.js";
import { mdText } from "../../src/report/report-summary.js";
import { loadScenario } from "../../src/scenario/load.js";

const EVIL = "test/fixtures/report/evil-names.yaml";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
  });
  it("leaves Chinese text, numbers and entities-looking text safe", () => {
    expect(escapeHtml("软件业务收入 ≥ 14,000")).toBe("软件业务收入 ≥ 14,000");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
    expect(escapeHtml(42)).toBe("42");
    expect(escapeHtml(null)).toBe("");
    expect(escapeHtml(undefined)).toBe("");
  });
  it("drops control characters XML forbids", () => {
    expect(escapeHtml("a\u0000b\u0007c\td\ne")).toBe("abc\td\ne");
  });
  it("escapes Markdown table breakers in summary.md", () => {
    expect(mdText("a|b <c> *d* `e`")).toBe("a\\|b \\<c> \\*d\\* \\`e\\`");
  });
});

describe("a scenario whose names contain HTML", () => {
  it("is escaped in report.html, every SVG and summary.md", async () => {
    const s = await loadScenario(EVIL);
    for (const lang of ["zh", "en"] as const) {
      const { files } = await buildReport(s, { samples: 200, seed: 1, lang });
      const text = (p: string) => {
        const f = files.find((x) => x.path === p)!;
        return typeof f.data === "string" ? f.data : Buffer.from(f.data).toString("utf8");
      };
      const html = text("report.html");
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<b>bold/);
      expect(html).toContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
      expect(html).toContain(lang === "zh" ? "总&lt;script&gt;" : "total &amp; &lt;b&gt;bold&lt;/b&gt;");
      // the only </svg> closing tags are the charts' own
      const figures = (html.match(/<figure /g) ?? []).length;
      expect(figures).toBeGreaterThan(3);
      expect((html.match(/<\/svg>/g) ?? []).length).toBe((html.match(/<svg /g) ?? []).length);
      for (const f of files.filter((x) => x.path.endsWith(".svg"))) {
        const svg = text(f.path);
        expect(svg, f.path).not.toMatch(/<script/i);
        expect(svg, f.path).not.toMatch(/<img/i);
        expect((svg.match(/<\/svg>/g) ?? []).length, f.path).toBe((svg.match(/<svg[ >]/g) ?? []).length);
      }
      const md = text("summary.md");
      expect(md.replace(/\\</g, "")).not.toContain("<");
    }
  });
});
