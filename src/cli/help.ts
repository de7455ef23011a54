/**
 * `--help` in the chosen language: every command's, argument's and option's
 * description from the catalogue (src/i18n/text/help.ts), commander's
 * headings and its usage errors translated, applied once after the commands
 * are registered (so a new command's English text is the fallback until it
 * gets an entry; test/cli/help.test.ts lists any without one).
 */
import { type Command, Help, type Option } from "commander";
import { type Bilingual, type Lang, pick } from "../i18n/lang.js";
import { COMMANDER_HELP_ZH, COMMANDER_TEXT } from "../i18n/text/commander.js";
import { COMMAND_HELP, COMMON_HELP, PROGRAM_HELP } from "../i18n/text/help.js";

/** The catalogue's text for an option (`--samples`) or argument (`arg:file`) of a command, if any. */
export function helpEntry(command: string, key: string): Bilingual | undefined {
  const own = COMMAND_HELP[command];
  if (key.startsWith("arg:")) {
    const name = key.slice(4);
    return own?.args?.[name] ?? COMMON_HELP.args[name];
  }
  return own?.options?.[key] ?? COMMON_HELP.options[key];
}

/** Set every description of the program and its commands from the catalogue, in `lang`. */
export function localizeHelp(program: Command, lang: Lang): void {
  program.description(pick(PROGRAM_HELP.description, lang));
  setOption(
    program.options.find((o) => o.long === "--debug"),
    PROGRAM_HELP.debug,
    lang,
  );
  setOption(
    program.options.find((o) => o.long === "--version"),
    PROGRAM_HELP.version,
    lang,
  );
  setOption(
    program.options.find((o) => o.long === "--no-csv-bom"),
    PROGRAM_HELP.csvBom,
    lang,
  );
  program.helpOption("-h, --help", pick(PROGRAM_HELP.help, lang));
  program.helpCommand("help [command]", pick(PROGRAM_HELP.helpCommand, lang));
  for (const cmd of program.commands) {
    const name = cmd.name();
    const own = COMMAND_HELP[name];
    if (own) cmd.description(pick(own.description, lang));
    for (const a of cmd.registeredArguments) {
      const e = helpEntry(name, `arg:${a.name()}`);
      if (e) a.description = pick(e, lang);
    }
    for (const o of cmd.options) setOption(o, o.long ? helpEntry(name, o.long) : undefined, lang);
    cmd.helpOption("-h, --help", pick(PROGRAM_HELP.help, lang));
    cmd.showHelpAfterError(pick(PROGRAM_HELP.afterError, lang));
    if (lang === "zh") cmd.configureHelp(zhHelp());
  }
  if (lang === "zh") program.configureHelp(zhHelp());
  program.showHelpAfterError(pick(PROGRAM_HELP.afterError, lang));
}

function setOption(o: Option | undefined, text: Bilingual | undefined, lang: Lang): void {
  if (o && text) o.description = pick(text, lang);
}

/** Commander's help layout with Chinese headings, usage words and extra information. */
function zhHelp(): Partial<Help> {
  const base = new Help();
  const t = COMMANDER_HELP_ZH;
  const words = (s: string) => s.replace("[options]", t.options).replace("[command]", t.command);
  return {
    styleTitle: (title: string) => t.titles[title] ?? title,
    commandUsage: (cmd: Command) => words(base.commandUsage(cmd)),
    subcommandTerm: (cmd: Command) => words(base.subcommandTerm(cmd)),
    optionDescription: (o: Option) => {
      const parts: string[] = [];
      if (o.argChoices) parts.push(t.choices(o.argChoices));
      if (o.defaultValue !== undefined && !(Array.isArray(o.defaultValue) && o.defaultValue.length === 0))
        parts.push(t.default(String(o.defaultValue)));
      return `${o.description}${t.extra(parts)}`;
    },
  };
}

/**
 * Commander's own usage errors (unknown option, missing argument, invalid
 * choice, …) in `lang`; anything not recognised is left as it is.
 *
 * @example
 * commanderError("error: unknown option '--foo'\n", "zh") // "错误：未知选项 '--foo'\n"
 */
export function commanderError(text: string, lang: Lang): string {
  if (lang === "en") return text;
  let out = text;
  for (const [pattern, zh] of COMMANDER_TEXT) out = out.replace(pattern, zh);
  return out;
}
