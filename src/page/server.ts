/**
 * `chainsim serve`: the interactive page on http://127.0.0.1:PORT/, rebuilt
 * when the scenario file changes. The page polls GET /version once a second
 * and reloads (keeping its hash, so the sliders stay) when it changes.
 */
import { type FSWatcher, watch } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fail } from "../diagnostics.js";
import type { Scenario } from "../model/scenario.js";
import type { LoadOptions } from "../scenario/load.js";
import { loadScenario } from "../scenario/load.js";
import { buildInteractive } from "./write.js";

export interface Served {
  url: string;
  port: number;
  /** Bumped each time the file changes. */
  version(): number;
  close(): Promise<void>;
}

const POLL = `(() => {
  let seen = null;
  const tick = async () => {
    try {
      const r = await fetch("/version", { cache: "no-store" });
      const v = await r.text();
      if (seen !== null && v !== seen) location.reload();
      seen = v;
    } catch {}
    setTimeout(tick, 1000);
  };
  tick();
})();`;

export async function serve(
  file: string,
  opts: LoadOptions & { port?: number; onError?: (e: unknown) => void },
): Promise<Served> {
  let version = 0;
  let page: string | null = null;
  // the scenario's file and the files it includes (regions): a change to any reloads the page
  const watchers = new Map<string, FSWatcher | null>();
  const watchFiles = (files: readonly string[]) => {
    for (const f of files) {
      if (watchers.has(f)) continue;
      try {
        watchers.set(
          f,
          watch(f, () => {
            version++;
            page = null;
          }),
        );
      } catch {
        watchers.set(f, null);
      }
    }
  };
  const build = async (): Promise<string> => {
    const s = await loadScenario(file, opts);
    watchFiles([file, ...regionFiles(s)]);
    return buildInteractive(s, file, opts, POLL);
  };
  const closeWatchers = () => {
    for (const w of watchers.values()) w?.close();
  };
  watchFiles([file]);
  page = await build().catch((e: unknown) => {
    closeWatchers();
    throw e;
  }); // fail early on a broken file
  const server = createServer((req, res) => {
    const url = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    if (url === "/version") {
      res.writeHead(200, { "content-type": "text/plain", "cache-control": "no-store" }).end(String(version));
      return;
    }
    if (url !== "/" && url !== "/index.html") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const send = (html: string) =>
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
        .end(html);
    if (page !== null) {
      send(page);
      return;
    }
    build().then(
      (html) => {
        page = html;
        send(html);
      },
      (e: unknown) => {
        opts.onError?.(e);
        res
          .writeHead(500, { "content-type": "text/plain; charset=utf-8" })
          .end(`the scenario does not load:\n${e instanceof Error ? e.message : String(e)}\n`);
      },
    );
  });
  const port = opts.port ?? 8080;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e) => reject(e));
    server.listen(port, "127.0.0.1", () => resolve());
  }).catch((e: unknown) => {
    closeWatchers();
    fail("E_SERVE", { port, reason: e instanceof Error ? e.message : String(e) });
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    version: () => version,
    close: () =>
      new Promise<void>((resolve) => {
        closeWatchers();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The files a scenario includes, at any depth, as it read them. */
function regionFiles(s: Scenario): string[] {
  return (s.regions ?? []).flatMap((r) => [r.scenario.provenance.file, ...regionFiles(r.scenario)]);
}
