/**
 * `npm run docs`: regenerate every generated part of the docs (transcripts,
 * the error-code table, the format reference) from the shipped scenarios, the
 * message catalogue and the schema. A test fails when a committed file is
 * out of date.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedDocs, staleDocs } from "./docs/generate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const expected = await generatedDocs(root);
const stale = staleDocs(root, expected);
for (const file of stale) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), expected.get(file) ?? "");
}
process.stdout.write(stale.length ? `rewrote ${stale.join(", ")}\n` : "the docs are up to date\n");
