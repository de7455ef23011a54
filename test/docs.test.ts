import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fillErrorCodes } from "../scripts/docs/generate.js";
import { documentedJsonSchema } from "../src/scenario/json-schema.js";
import { VERSION } from "../src/version.js";

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), "utf8");

describe("generated files are up to date", () => {
  it("schema/scenario.schema.json matches the zod schema and schema-docs.ts (run npm run schema)", () => {
    expect(JSON.parse(read("schema/scenario.schema.json"))).toEqual(documentedJsonSchema());
  });
  it("docs/errors.md's error-code table matches messages.ts (run npm run docs)", () => {
    const page = read("docs/errors.md");
    expect(page).toContain("<!-- error-codes:start -->");
    expect(fillErrorCodes(page)).toBe(page);
  });
  it("VERSION equals package.json's version", () => {
    expect(VERSION).toBe(JSON.parse(read("package.json")).version);
  });
});

describe("README", () => {
  // links: test/docs-links.test.ts
  for (const file of ["README.md", "README.zh-CN.md"]) {
    it(`${file} is short (at most ~200 lines) and keeps the two commands CI runs`, () => {
      const text = read(file);
      expect(text.split("\n").length).toBeLessThanOrEqual(210);
      expect(text).toContain("npm install && npm start");
      expect(text).toMatch(/^npm test\s/m);
    });
  }
});
