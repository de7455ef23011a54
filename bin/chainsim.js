#!/usr/bin/env node
// The bundled command line (dist/bundle/, scripts/bundle-cli.mjs) starts fastest;
// dist/cli/main.js (tsc's output) when the bundle was not built.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/bundle/main.js", import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : "../dist/cli/main.js");

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
