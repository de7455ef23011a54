/// <reference lib="dom" />
/**
 * The workbench page (browser entry, bundled by scripts/build-page.mjs). In a
 * window it starts the workbench (app.ts) on the embedded scenario, if any;
 * in a Web Worker made from this same bundle (a Blob URL of the inlined
 * script) it answers Monte Carlo requests (mc.ts).
 */
import { Workbench } from "./app.js";
import { serveSimulations } from "./mc.js";

if (typeof document === "undefined") {
  serveSimulations(self as unknown as Parameters<typeof serveSimulations>[0]);
} else {
  void startPage();
}

/** Read the embedded scenario and bundle, and start the workbench. */
async function startPage(): Promise<void> {
  const bundle = document.getElementById("chainsim-bundle");
  const root = document.getElementById("app");
  if (!bundle || !root) return;
  const source = document.getElementById("chainsim-scenario");
  const embedded = JSON.parse(source?.textContent || "{}") as ConstructorParameters<typeof Workbench>[2];
  const app = new Workbench(root, bundle.textContent ?? "", embedded);
  await app.start(embedded);
}
