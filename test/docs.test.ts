import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fillReadme } from "../scripts/write-docs.js";
import { documentedJsonSchema } from "../src/scenario/json-schema.js";
import { VERSION } from "../src/version.js";

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), "utf8");

describe("generated files are up to date", () => {
  it("schema/scenario.schema.json matches the zod schema and schema-docs.ts (run npm run schema)", () => {
    expect(JSON.parse(read("schema/scenario.schema.json"))).toEqual(documentedJsonSchema());
  });
  it("README's error-code table matches messages.ts (run npm run docs)", () => {
    const readme = read("README.md");
    expect(fillReadme(readme)).toBe(readme);
  });
  it("VERSION equals package.json's version", () => {
    expect(VERSION).toBe(JSON.parse(read("package.json")).version);
  });
});
