/**
 * A distribution as the file writes it, for explain and the page: YAML's
 * flow style (the lines of scenarios/shandong-it-2025.yaml), never JSON.
 */
import { describe, expect, it } from "vitest";
import { writtenText } from "../../src/scenario/uncertain.js";
import { cli, SHANDONG } from "../cli/helpers.js";

describe("writtenText", () => {
  it("writes a distribution as the scenario file does", () => {
    expect(writtenText({ triangular: ["12%", "22%", "35%"] })).toBe("triangular: [12%, 22%, 35%]");
    expect(writtenText({ normal: { mean: "10%", sd: "2%" } })).toBe("normal: { mean: 10%, sd: 2% }");
    expect(writtenText({ lognormal: ["5000万", 0.7] })).toBe("lognormal: [5000万, 0.7]");
    expect(writtenText("250~400")).toBe("250~400");
  });

  it("quotes a text YAML would read otherwise", () => {
    expect(writtenText({ uniform: ["a: b", "x,y"] })).toBe('uniform: ["a: b", "x,y"]');
  });

  it("explain quotes the growth as written (Shandong's AI: triangular 12%, 22%, 35%, line 73)", async () => {
    const r = await cli("explain", SHANDONG, "sd-ai-2025", "--lang", "zh");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("增速“triangular: [12%, 22%, 35%]”");
    expect(r.stdout).not.toContain('{"triangular"');
  });
});
