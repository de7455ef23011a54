/**
 * "Download scenario" edits the file in place: only the changed values
 * differ from the user's text (comments, quoting, flow/block style, the
 * full-width commas Guangdong's file is written with all stay). Expected
 * texts are written by hand from the inputs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { tweakedYaml } from "../../src/page/core.js";
import { editInPlace } from "../../src/page/yaml-edit.js";
import { loadScenarioText } from "../../src/scenario/load.js";

const GUANGDONG = "scenarios/guangdong-it-2025.yaml";

/** Lines of `b` that differ from `a` (same number of lines). */
function changed(a: string, b: string): Array<[string, string]> {
  const x = a.split("\n");
  const y = b.split("\n");
  expect(y.length).toBe(x.length);
  return x.flatMap((l, i) => (l === y[i] ? [] : [[l, y[i]!] as [string, string]]));
}

/** The one line of `text` that starts with `start`. */
function lineStarting(text: string, start: string): string {
  const lines = text.split("\n").filter((l) => l.startsWith(start));
  expect(lines.length).toBe(1);
  return lines[0]!;
}

function edit(text: string, change: (d: ReturnType<typeof parseDocument>) => void): string | undefined {
  const d = parseDocument(text);
  change(d);
  return editInPlace(text, parseDocument(text), d);
}

describe("the scenario edited in place", () => {
  it("Guangdong: one slider value changes one value on one line", async () => {
    const text = readFileSync(GUANGDONG, "utf8");
    const out = tweakedYaml(text, GUANGDONG, ["gd_key_firm_rd_intensity.baseline.value=5.5%"]);
    // the file's line, its source (an assumption's reason in both languages) kept as written
    const line = lineStarting(text, "    baseline: { year: 2018, value: 4.5%~6.5%, source: { assumed:");
    expect(changed(text, out)).toEqual([[line, line.replace("4.5%~6.5%", "5.5%")]]);
    // and the loader reads the value back
    const s = await loadScenarioText(out, GUANGDONG);
    expect(s.quantities.get("gd_key_firm_rd_intensity")!.baseline!.value.central).toBeCloseTo(5.5, 12); // unit "%": stored in percent
  });

  it("a distribution replaced by a number, an overlap share: each on its own line, nothing else", () => {
    const text = readFileSync(GUANGDONG, "utf8");
    const out = tweakedYaml(text, GUANGDONG, [
      "gd_electronics_manufacturing.growth=4%",
      "overlaps.gd_software/gd_electronics_manufacturing.share=20%",
    ]);
    expect(changed(text, out)).toEqual([
      // the number replaces the whole assumption, its source with it (the source was the range's)
      [
        lineStarting(text, "    growth: { rate: { triangular: [0%, 5%, 9%] }, source: { assumed:"),
        "    growth: 4%",
      ],
      [
        "  - { part: gd_software, within: gd_electronics_manufacturing, share: 10%~40% }",
        "  - { part: gd_software, within: gd_electronics_manufacturing, share: 20% }",
      ],
    ]);
  });

  it("keeps quote style, comments and JSON", () => {
    expect(edit('a: "8%" # note\nb: 1\n', (d) => d.setIn(["a"], "9%"))).toBe('a: "9%" # note\nb: 1\n');
    expect(edit("a: '8%'\n", (d) => d.setIn(["a"], "9%"))).toBe("a: '9%'\n");
    expect(edit('{"a": {"b": "8%", "c": 2}}', (d) => d.setIn(["a", "b"], "9%"))).toBe(
      '{"a": {"b": "9%", "c": 2}}',
    );
  });

  it("adds a key to a flow or block map, removes one with its line", () => {
    expect(edit("m: { a: 1 }\n", (d) => d.setIn(["m", "b"], 2))).toBe("m: { a: 1, b: 2 }\n");
    expect(edit("m:\n  a: 1 # one\nz: 0\n", (d) => d.setIn(["m", "b"], 2))).toBe(
      "m:\n  a: 1 # one\n  b: 2\nz: 0\n",
    );
    expect(edit("a: 1\nc: [1, 2] # gone\nz: 0\n", (d) => d.deleteIn(["c"]))).toBe("a: 1\nz: 0\n");
  });

  it("a block collection replaced by a scalar keeps the lines around it", () => {
    const text = "g:\n  # how\n  schedule:\n    2018: 1%\n    2021: 2%\nnext: 1\n";
    expect(edit(text, (d) => d.setIn(["g"], "3%"))).toBe("g:\n  # how\n  3%\nnext: 1\n");
  });
});
