/**
 * The restricted mathjs instance. Loaded only when a scenario has formulas
 * (importing mathjs costs most of a second).
 *
 * Functions that could reach the parser or extend the instance are replaced
 * with ones that throw, as the mathjs security guide advises; every parsed
 * formula is also checked against an allow-list (`allow.ts`) before it is
 * compiled, so these are a second line of defence.
 */
import { all, create, type MathJsInstance, type MathNode } from "mathjs";

const math: MathJsInstance = create(all!, { number: "number", predictable: true });
const parseFormula: (expr: string) => MathNode = math.parse;

const disabled = (name: string) => () => {
  throw new Error(`the function ${name} is disabled`);
};
math.import(
  {
    import: disabled("import"),
    createUnit: disabled("createUnit"),
    evaluate: disabled("evaluate"),
    parse: disabled("parse"),
    simplify: disabled("simplify"),
    derivative: disabled("derivative"),
    resolve: disabled("resolve"),
    compile: disabled("compile"),
    reviver: disabled("reviver"),
  },
  { override: true },
);

export { parseFormula };
