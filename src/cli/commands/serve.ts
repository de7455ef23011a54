import type { Command } from "commander";
import type { Io } from "../io.js";
import { intOption, loadOptions, withScenarioOptions } from "../options.js";

interface ServeCliOptions {
  variant?: string;
  set?: string[];
  port: string;
  host?: string;
  allowOutsideIncludes?: boolean;
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("serve")
      .description(
        "serve the interactive page on http://127.0.0.1:PORT/ (localhost only), reloading when the file changes",
      )
      .argument("<file>", "scenario file (.yaml or .json)"),
  )
    .option("--port <port>", "port on 127.0.0.1 (0: any free port)", "8080")
    .option(
      "--host <name>",
      "listen on this address and answer to this host name besides the loopback names (default: 127.0.0.1 only)",
    )
    .action(async (file: string, opts: ServeCliOptions) => {
      const port = intOption("--port", opts.port, 0, 65535) ?? 8080;
      const { serve } = await import("../../page/server.js");
      const served = await serve(file, {
        ...loadOptions(opts),
        port,
        ...(opts.host ? { host: opts.host } : {}),
        onError: (e) => io.stderr(`${e instanceof Error ? e.message : String(e)}\n`),
      });
      io.stdout(`${served.url}\n`);
    });
}
