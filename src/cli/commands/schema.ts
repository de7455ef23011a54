import type { Command } from "commander";
import { documentedJsonSchema } from "../../scenario/json-schema.js";
import type { Io } from "../io.js";

export function register(program: Command, io: Io): void {
  program
    .command("schema")
    .description("print the JSON Schema of scenario files (for editors)")
    .action(() => {
      io.stdout(`${JSON.stringify(documentedJsonSchema(), null, 2)}\n`);
    });
}
