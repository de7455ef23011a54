/**
 * Write schema/scenario.schema.json from the zod schema and the field
 * descriptions of src/scenario/schema-docs.ts (run `npm run schema`; a test
 * fails when the committed file is out of date).
 */
import { writeFileSync } from "node:fs";
import { documentedJsonSchema } from "../src/scenario/json-schema.js";

writeFileSync(
  new URL("../schema/scenario.schema.json", import.meta.url),
  `${JSON.stringify(documentedJsonSchema(), null, 2)}\n`,
);
