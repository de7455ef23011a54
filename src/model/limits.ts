/**
 * Limits shared by the engine, which enforces them, and the CLI, which checks
 * flags against them before loading anything (this module is light on purpose).
 */

/** Largest sample count of one run (statistics are streamed: memory does not grow with it). */
export const MAX_SAMPLES = 100_000_000;
