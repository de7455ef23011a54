/**
 * Write schema/scenario.schema.json from the zod schema (run `npm run schema`;
 * a test fails when the committed file is out of date).
 */
import { writeFileSync } from "node:fs";
import { scenarioJsonSchema } from "../src/scenario/schema.js";

writeFileSync(
  new URL("../schema/scenario.schema.json", import.meta.url),
  `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
);
