/**
 * Editor help (issue 23): the committed JSON Schema describes every field in
 * both languages, and accepts every file chainsim accepts — the shipped
 * scenarios, the templates and every fixture that loads — with the semantics
 * of yaml-language-server: the YAML parsed as YAML 1.2 (ajv, draft 2020-12),
 * and map keys typed as YAML types them (`2023:` is a number, so no
 * `propertyNames` may require a string). Missing required fields are all
 * reported in one run.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ChainsimError } from "../src/diagnostics.js";
import { loadScenario, loadScenarioText } from "../src/scenario/load.js";
import { fieldDoc } from "../src/scenario/schema-docs.js";

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync("schema/scenario.schema.json", "utf8")) as Node;

/** Every property of the schema: its path and its schema object. */
function properties(): Array<{ path: string[]; prop: Node }> {
  const out: Array<{ path: string[]; prop: Node }> = [];
  const walk = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n, path);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const n = node as Node;
    for (const [k, p] of Object.entries((n.properties ?? {}) as Record<string, Node>)) {
      out.push({ path: [...path, k], prop: p });
      walk(p, [...path, k]);
    }
    for (const k of ["anyOf", "oneOf", "allOf", "items", "prefixItems", "additionalProperties"])
      walk(n[k], path);
  };
  walk({ properties: schema.properties }, ["scenario"]);
  for (const [name, def] of Object.entries(schema.$defs as Record<string, Node>)) walk(def, [name]);
  return out;
}

/** Every node of the schema (to look for propertyNames). */
function nodes(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const n of node) nodes(n, out);
  else if (node !== null && typeof node === "object") {
    out.push(node as Node);
    for (const v of Object.values(node)) nodes(v, out);
  }
  return out;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]{3}/;

describe("field descriptions", () => {
  const all = properties();

  it("the schema has its fields (guards the walk)", () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it("at least 95% of properties have a description and markdownDescription in both languages", () => {
    const bilingual = (s: unknown) => typeof s === "string" && HAN.test(s) && LATIN.test(s);
    const missing = all
      .filter(({ prop }) => !bilingual(prop.description) || !bilingual(prop.markdownDescription))
      .map(({ path }) => path.join("."));
    expect(missing.length / all.length, `no description: ${missing.join(", ")}`).toBeLessThanOrEqual(0.05);
    // today every one has: a new field without a line in schema-docs.ts shows here
    expect(missing).toEqual([]);
  });

  it("each description's two languages come from schema-docs.ts", () => {
    for (const { path, prop } of all) {
      const doc = fieldDoc(path);
      if (doc) expect(prop.description, path.join(".")).toBe(`${doc.zh}\n${doc.en}`);
    }
  });
});

describe("the schema accepts every file chainsim accepts", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addKeyword("markdownDescription");
  const validate = ajv.compile(schema);

  const files = [
    ...readdirSync("scenarios").map((f) => join("scenarios", f)),
    ...walkFiles("test/fixtures"),
    ...walkFiles("seeds"),
  ].filter((f) => /\.ya?ml$/.test(f));

  it("no propertyNames requires a type (yaml-language-server types `2023:` as a number)", () => {
    const typed = nodes(schema).filter((n) => {
      const p = n.propertyNames as Node | undefined;
      return p !== undefined && "type" in p;
    });
    expect(typed).toEqual([]);
  });

  it("year-keyed maps (actuals, growth schedules) check their keys by pattern", () => {
    const defs = schema.$defs as Record<string, Node>;
    const sector = defs.Sector?.properties as Record<string, Node>;
    expect(sector.actuals?.propertyNames).toEqual({ pattern: "^[0-9]{4}$" });
    expect(JSON.stringify(defs.Growth)).toContain('"propertyNames":{"pattern":"^[0-9]{4}$"}');
  });

  it("every shipped scenario: zero errors", () => {
    const shipped = files.filter((f) => f.startsWith("scenarios/"));
    expect(shipped.length).toBeGreaterThanOrEqual(5);
    for (const f of shipped) {
      expect(validate(parse(readFileSync(f, "utf8"))), `${f}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it("the init templates: zero errors", async () => {
    for (const lang of ["zh", "en"]) {
      const text = readFileSync(`templates/plan.${lang}.yaml`, "utf8");
      await loadScenarioText(text, `plan.${lang}.yaml`);
      expect(validate(parse(text)), `${lang}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it("every fixture that chainsim loads: zero errors (no false errors)", async () => {
    let loaded = 0;
    for (const f of files.filter((f) => !f.startsWith("scenarios/"))) {
      try {
        await loadScenario(f);
      } catch (e) {
        if (e instanceof ChainsimError) continue; // meant to be bad: not this test's business
        throw e;
      }
      loaded++;
      expect(validate(parse(readFileSync(f, "utf8"))), `${f}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect(loaded).toBeGreaterThan(10);
  });

  it("the schema still catches real mistakes (a misspelt key, a word as a year)", () => {
    const ok = parse(readFileSync("templates/plan.en.yaml", "utf8")) as Node;
    expect(validate({ ...ok, baseyear: 2022 })).toBe(false);
    expect(validate({ ...ok, horizon: "soon" })).toBe(false);
  });
});

describe("missing required fields", () => {
  it("are all reported in one run", async () => {
    const err = await loadScenarioText("base_year: 2022\nsectors: {}\n", "m.yaml").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChainsimError);
    const missing = (err as ChainsimError).diagnostics
      .filter((x) => x.code === "E_MISSING_FIELD")
      .map((x) => x.message);
    for (const field of ["id", "title", "unit", "horizon"])
      expect(
        missing.some((m) => m.includes(`"${field}"`)),
        field,
      ).toBe(true);
  });
});

function walkFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walkFiles(p) : [p];
  });
}
