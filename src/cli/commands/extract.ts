/**
 * `chainsim extract DOC.txt [--format yaml|json] [--out FILE]`: the goals of a
 * policy text, as the JSON of issue 19 or as a draft scenario to finish and check.
 */
import { readFileSync, statSync } from "node:fs";
import type { Command } from "commander";
import { diagnostic, fail, formatDiagnostic } from "../../diagnostics.js";
import { MAX_DOCUMENT_BYTES } from "../../extract/decode.js";
import { draftYaml } from "../../extract/draft.js";
import { extractDocument, extractionJson } from "../../extract/extract.js";
import { EXTRACT_TEXT, encodingName } from "../../i18n/text/extract.js";
import { FILE_REASON } from "../../i18n/text/files.js";
import { inLang } from "../../i18n/text/tables.js";
import { writeFileAtomic } from "../../report/atomic-write.js";
import { toJsonText } from "../../report/json.js";
import type { Io } from "../io.js";
import { type CommonOptions, formatOption } from "../options.js";

interface ExtractOptions extends CommonOptions {
  format: "yaml" | "json";
  out?: string;
}

export function register(program: Command, io: Io): void {
  program
    .command("extract")
    .description(
      "read a Chinese policy text (UTF-8 or GB18030) and list its quantitative goals, or write a draft scenario",
    )
    .argument("<document>", "plain-text policy document (.txt)")
    .addOption(formatOption(["yaml", "json"], "yaml"))
    .option("--out <file>", "write the output to FILE (atomically) instead of standard output")
    .action((file: string, opts: ExtractOptions) => {
      const bytes = readDocument(file);
      const name = file.split(/[\\/]/).pop() ?? file;
      const r = extractDocument(bytes, name);
      if (r.goals.length === 0) {
        io.stderr(
          `${formatDiagnostic(diagnostic("W_EXTRACT_NO_GOALS", { file }, undefined, "warning"), opts.lang)}\n`,
        );
        if (opts.format === "json") io.stdout(toJsonText(extractionJson(r)));
        return;
      }
      const lang = opts.lang;
      const w = inLang(EXTRACT_TEXT, lang);
      const text = opts.format === "json" ? toJsonText(extractionJson(r)) : draftYaml(r, lang);
      const groups = r.groups.map((g) => w.summaryGroup(g.headline, g.children.length)).join(w.listSeparator);
      const summary = w.summary(
        file,
        encodingName(r.encoding, lang),
        r.goals.length,
        r.skipped.length,
        groups ? w.summaryGroups(groups) : "",
      );
      if (opts.out) {
        writeFileAtomic(opts.out, text);
        io.stdout(`${summary}\n${(opts.format === "yaml" ? w.wroteDraft : w.wrote)(opts.out)}\n`);
      } else {
        io.stdout(text);
        io.stderr(`${summary}\n`);
      }
    });
}

function readDocument(file: string): Uint8Array {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch {
    return fail("E_EXTRACT_NOT_FOUND", { file });
  }
  if (!st.isFile()) fail("E_FILE_READ", { file, reason: FILE_REASON.isFolderNotFile });
  const size = Number(st.size);
  if (size > MAX_DOCUMENT_BYTES) fail("E_EXTRACT_TOO_LARGE", { file, bytes: size, max: MAX_DOCUMENT_BYTES });
  try {
    return readFileSync(file);
  } catch (e) {
    return fail("E_FILE_READ", {
      file,
      reason: FILE_REASON.read((e as NodeJS.ErrnoException).code, e instanceof Error ? e.message : String(e)),
    });
  }
}
