/**
 * `chainsim serve`: the interactive page on http://127.0.0.1:PORT/, rebuilt
 * when the scenario file changes. The page polls GET /version once a second
 * and reloads (keeping its hash, so the sliders stay) when it changes.
 *
 * The folders of the scenario and its includes are watched (not the files:
 * an editor that saves by writing a new file and renaming it over the old
 * one would leave a file watcher on the old file). A scenario that does not
 * load is shown as an error page that keeps polling. Requests must name a
 * loopback host (Host, and Origin when sent; or the --host given), so a
 * DNS-rebinding page cannot read the scenario; the page may not be framed.
 */

import { type FSWatcher, watch } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, resolve } from "node:path";
import { fail } from "../diagnostics.js";
import { serveReason } from "../i18n/text/state.js";
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

/**
 * The script that reloads the page when the file changes. It starts from the
 * version the page was built from, not from its first poll: a save between
 * serving the page and that poll (a heavy page on a busy machine) would
 * otherwise be taken as the current version and never shown.
 */
export function pollScript(version: number | null): string {
  return `(() => {
  let seen = ${version === null ? "null" : JSON.stringify(String(version))};
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
}

/** Headers on every answer: no framing (clickjacking), no type sniffing, no caching. */
const SECURITY_HEADERS = {
  "content-security-policy": "frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "cache-control": "no-store",
};

/** Host names a loopback server answers to (a DNS-rebinding page sends its own name). */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/**
 * The host name of a Host header or an Origin (without port), lower case.
 *
 * @example
 * hostName("localhost:8080") // "localhost"
 * hostName("http://[::1]:8080") // "[::1]"
 */
export function hostName(value: string): string {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  if (v.startsWith("[")) return v.slice(0, v.indexOf("]") + 1);
  return v.split(/[:/]/)[0]!;
}

/** Whether a request comes through a name this server answers to: Host always, Origin when sent. */
export function allowedRequest(headers: IncomingMessage["headers"], host: string | undefined): boolean {
  const ok = (name: string) => LOOPBACK.has(name) || (host !== undefined && name === host.toLowerCase());
  if (!headers.host || !ok(hostName(headers.host))) return false;
  const origin = headers.origin;
  if (origin !== undefined && origin !== "null" && !ok(hostName(origin))) return false;
  return true;
}

const escapeHtml = (t: string) =>
  t.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The page shown while the scenario does not load: the errors, and the poll that reloads once it is fixed. */
export function errorPage(message: string, version: number | null = null): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chainsim: the scenario does not load</title></head>
<body><h1>The scenario does not load</h1><pre id="errors">${escapeHtml(message)}</pre>
<p>This page reloads when the file changes.</p><script>${pollScript(version)}</script></body></html>`;
}

export async function serve(
  file: string,
  opts: LoadOptions & { port?: number; host?: string; onError?: (e: unknown) => void },
): Promise<Served> {
  let version = 0;
  let page: string | null = null;
  // the folders of the scenario and of the files it includes (regions): a change to any of
  // those files reloads the page, also after a save by rename (a new file under the old name)
  const watched = new Set<string>();
  const watchers = new Map<string, FSWatcher | null>();
  const watchFiles = (files: readonly string[]) => {
    for (const f of files) watched.add(resolve(f));
    for (const f of files) {
      const dir = dirname(resolve(f));
      if (watchers.has(dir)) continue;
      try {
        watchers.set(
          dir,
          watch(dir, (_event, name) => {
            // no name (some platforms): reload to be safe
            if (name && !watched.has(resolve(dir, name.toString()))) return;
            version++;
            page = null;
          }),
        );
      } catch {
        watchers.set(dir, null);
      }
    }
  };
  const build = async (): Promise<string> => {
    const v = version; // read first: a change during the build then reloads the page
    const s = await loadScenario(file, opts);
    watchFiles([file, ...regionFiles(s)]);
    return buildInteractive(s, file, opts, pollScript(v));
  };
  const closeWatchers = () => {
    for (const w of watchers.values()) w?.close();
  };
  watchFiles([file]);
  page = await build().catch((e: unknown) => {
    closeWatchers();
    throw e;
  }); // fail early on a broken file
  const answer = (res: ServerResponse, status: number, type: string, body: string) =>
    res.writeHead(status, { "content-type": type, ...SECURITY_HEADERS }).end(body);
  const server = createServer((req, res) => {
    const url = (req.url ?? "/").split("?")[0];
    if (!allowedRequest(req.headers, opts.host)) {
      answer(res, 403, "text/plain; charset=utf-8", "chainsim serve answers only to a loopback host name\n");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      answer(res, 405, "text/plain; charset=utf-8", "");
      return;
    }
    if (url === "/version") {
      answer(res, 200, "text/plain", String(version));
      return;
    }
    if (url !== "/" && url !== "/index.html") {
      answer(res, 404, "text/plain", "not found");
      return;
    }
    const send = (html: string) => answer(res, 200, "text/html; charset=utf-8", html);
    if (page !== null) {
      send(page);
      return;
    }
    const v = version;
    build().then(
      (html) => {
        page = html;
        send(html);
      },
      (e: unknown) => {
        opts.onError?.(e);
        answer(
          res,
          500,
          "text/html; charset=utf-8",
          errorPage(e instanceof Error ? e.message : String(e), v),
        );
      },
    );
  });
  const port = opts.port ?? 8080;
  const listenOn = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e) => reject(e));
    server.listen(port, listenOn, () => resolve());
  }).catch((e: unknown) => {
    closeWatchers();
    fail("E_SERVE", {
      port,
      reason: serveReason((e as NodeJS.ErrnoException).code, e instanceof Error ? e.message : String(e)),
    });
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${listenOn.includes(":") ? `[${listenOn}]` : listenOn}:${actual}/`,
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
