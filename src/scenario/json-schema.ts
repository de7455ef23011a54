/**
 * The JSON Schema editors read (schema/scenario.schema.json, `chainsim schema`):
 * the zod schema's JSON Schema with every field's bilingual description
 * (schema-docs.ts) and map keys that YAML may type as numbers (`2023:` under
 * `actuals:`) accepted as such.
 */

import { scenarioJsonSchema } from "./schema.js";
import { fieldDoc, schemaDescription } from "./schema-docs.js";

type Node = Record<string, unknown>;

/** Maps keyed by years (`{ 2023: 13001 }`): their keys must look like years. */
const YEAR_KEYED = new Set(["Quantity.actuals", "Sector.actuals", "Indicator.actuals", "Growth.schedule"]);

/** A pattern for year keys; YAML reads `2023:` as a number, which JSON Schema's `pattern` leaves alone. */
export const YEAR_KEY = { pattern: "^[0-9]{4}$" } as const;

/** The documented JSON Schema of the scenario format. */
export function documentedJsonSchema(): Node {
  const schema = scenarioJsonSchema() as Node;
  const defs = (schema.$defs ?? {}) as Record<string, Node>;
  walk(schema, ["scenario"]);
  for (const [name, def] of Object.entries(defs)) walk(def, [name]);
  return {
    ...schema,
    description:
      "chainsim 情景文件：政策目标、基期数据和增长假设\na chainsim scenario: a plan's goals, baselines and growth assumptions",
  };
}

/** `inMap`: the node is (inside) the value schema of a map, not the map itself. */
function walk(node: unknown, path: readonly string[], inMap = false): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, path, inMap);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const n = node as Node;
  const names = n.propertyNames as Node | undefined;
  if (names && Object.keys(names).length === 1 && names.type === "string") delete n.propertyNames;
  if (!inMap && n.type === "object" && YEAR_KEYED.has(path.join("."))) n.propertyNames = { ...YEAR_KEY };
  const props = n.properties as Record<string, Node> | undefined;
  for (const [key, prop] of Object.entries(props ?? {})) {
    const doc = fieldDoc([...path, key]);
    if (doc) Object.assign(prop, schemaDescription(doc));
    walk(prop, [...path, key]);
  }
  for (const key of ["anyOf", "oneOf", "allOf", "items", "prefixItems"]) walk(n[key], path, inMap);
  walk(n.additionalProperties, path, true);
}
