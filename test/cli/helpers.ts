import { main } from "../../src/cli/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process, capturing its output, with no locale in the environment (English). */
export async function cli(...argv: string[]): Promise<CliResult> {
  return cliEnv(undefined, ...argv);
}

/** Run the CLI in-process with an environment of our choosing (LANG, CHAINSIM_LANG, …). */
export async function cliEnv(env: Record<string, string> | undefined, ...argv: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    isTTY: false,
    ...(env ? { env } : {}),
  });
  return { code, stdout, stderr };
}

export const SHANDONG = "scenarios/shandong-it-2025.yaml";
