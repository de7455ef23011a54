/**
 * Fill the generated parts of README.md (the error-code table) from the
 * message catalogue. A test fails when README.md is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { errorCodeTable } from "../src/messages.js";

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").pop()!)) {
  const file = new URL("../README.md", import.meta.url);
  writeFileSync(file, fillReadme(readFileSync(file, "utf8")));
}

export function fillReadme(readme: string): string {
  return readme.replace(
    /(<!-- error-codes:start -->)[\s\S]*?(<!-- error-codes:end -->)/,
    (_m, a: string, b: string) => `${a}\n${errorCodeTable()}\n${b}`,
  );
}
