/**
 * `chainsim init FILE [--lang zh|en] [--from DRAFT] [--force]`: start a
 * scenario. Without --from it writes the annotated template of templates/
 * (a small real plan that validates and runs as written); with --from it turns
 * a draft written by `chainsim extract` into a scenario (schema line for the
 * editor, an id from the file name, a header saying what to fill). The result
 * is loaded before it is written: init never leaves a file that does not load.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { fail } from "../../diagnostics.js";
import { type Lang, pick } from "../../i18n/lang.js";
import { DRAFT_MARKERS } from "../../i18n/text/extract.js";
import { fillText, INIT_TEXT } from "../../i18n/text/init.js";
import { writeFileAtomic } from "../../report/atomic-write.js";
import { loadScenario, loadScenarioText } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { type CommonOptions, langOption } from "../options.js";

interface InitOptions extends CommonOptions {
  from?: string;
  force?: boolean;
  xlsx?: boolean;
}

/** chainsim's own folder (the package root: templates/ and schema/ live there). */
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export function register(program: Command, io: Io): void {
  program
    .command("init")
    .description(INIT_TEXT.describe.en)
    .argument("<file>", INIT_TEXT.fileArg.en)
    .addOption(langOption())
    .option("--from <draft>", INIT_TEXT.fromOption.en)
    .option("--force", INIT_TEXT.forceOption.en)
    .option("--xlsx", INIT_TEXT.xlsxOption.en)
    .action(async (file: string, opts: InitOptions) => {
      const lang = opts.lang; // resolved once by the CLI (--lang, CHAINSIM_LANG, the locale)
      if (existsSync(file) && !opts.force) fail("E_INIT_EXISTS", { file });
      // a workbook when asked, or when the file is named .xlsx: the same scenario, one sheet per block
      const workbook = opts.xlsx === true || /\.xlsx$/i.test(file);
      const yamlFile = workbook ? file.replace(/\.xlsx$/i, "") + ".yaml" : file;
      const text = opts.from ? await fromDraft(opts.from, yamlFile, lang) : templateText(lang, yamlFile);
      const s = await loadScenarioText(text, yamlFile);
      if (workbook) {
        const { templateWorkbook } = await import("../../report/xlsx/scenario-workbook.js");
        writeFileAtomic(file, await templateWorkbook(text, yamlFile));
      } else writeFileAtomic(file, text);
      const sectors = [...s.quantities.values()].filter((q) => q.kind === "sector").length;
      const values = {
        file,
        from: opts.from ?? "",
        sectors,
        goals: s.targets.length,
        todo: countToFill(text),
      };
      io.stdout(
        `${fillText(pick(opts.from ? INIT_TEXT.wroteDraft : INIT_TEXT.wroteTemplate, lang), values)}\n`,
      );
    });
}

/** The template of `lang`, with the schema path as seen from `file`'s folder. */
export function templateText(lang: Lang, file: string): string {
  const template = readFileSync(resolve(ROOT, "templates", `plan.${lang}.yaml`), "utf8");
  return template.replaceAll("{{schema}}", schemaPathFrom(file)).replaceAll("{{file}}", basename(file));
}

/**
 * A scenario from an extract draft: the draft must load; its `id` becomes the
 * new file's name, and a schema line and a header are put on top.
 */
export async function fromDraft(draft: string, file: string, lang: Lang): Promise<string> {
  await loadScenario(draft);
  const body = readFileSync(draft, "utf8")
    .replace(/^\uFEFF/, "")
    .replace(/^# yaml-language-server:.*\n/m, "")
    .replace(/^id:.*$/m, `id: ${idFromFile(file)}`);
  const header = fillText(pick(INIT_TEXT.draftHeader, lang), { from: basename(draft), file: basename(file) });
  return `# yaml-language-server: $schema=${schemaPathFrom(file)}\n${header}\n#\n${body}`;
}

/** The id a file name suggests: `My Plan 2025.yaml` → `my-plan-2025`. */
export function idFromFile(file: string): string {
  const stem = basename(file).replace(/\.[^.]*$/, "");
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[-_]+|-+$/g, "");
  return id === "" ? "my-plan" : id;
}

/** The path of chainsim's JSON Schema as seen from the folder of `file`, with "/". */
function schemaPathFrom(file: string): string {
  const path = relative(dirname(resolve(file)), resolve(ROOT, "schema", "scenario.schema.json"));
  return path.split(sep).join("/");
}

function countToFill(text: string): number {
  // the comments that open with the marker, in a draft of either language: "# TO FILL: …", "# 待填写：…"
  // (src/i18n/text/extract.ts); the headers that mention the marker are not lines to fill
  const markers = Object.values(DRAFT_MARKERS.toFill);
  return text.split("\n").filter((l) => markers.some((m) => new RegExp(`#\\s*${m}[:：]`).test(l))).length;
}
