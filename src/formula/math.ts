/**
 * The restricted mathjs instance. Loaded only when a scenario has formulas.
 *
 * The instance is built from the factories of the parser and of exactly the
 * operators, functions and constants the allow-list admits (`allow.ts`;
 * test/formula/math-instance.test.ts checks the two agree), not from mathjs'
 * `all`: nothing else exists in it to be reached, and loading it costs about
 * half as much (the bundle's formula chunk is about 0.8 MB instead of 1.4 MB).
 *
 * Functions that could reach the parser or extend the instance are replaced
 * with ones that throw, as the mathjs security guide advises; every parsed
 * formula is also checked against the allow-list before it is compiled, so
 * these are a second line of defence.
 */
import {
  absDependencies,
  acosDependencies,
  addDependencies,
  andDependencies,
  asinDependencies,
  atan2Dependencies,
  atanDependencies,
  cbrtDependencies,
  ceilDependencies,
  cosDependencies,
  coshDependencies,
  create,
  divideDependencies,
  eDependencies,
  equalDependencies,
  expDependencies,
  expm1Dependencies,
  type FactoryFunctionMap,
  floorDependencies,
  hypotDependencies,
  largerDependencies,
  largerEqDependencies,
  log1pDependencies,
  log2Dependencies,
  log10Dependencies,
  logDependencies,
  type MathJsInstance,
  type MathNode,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  signDependencies,
  sinDependencies,
  sinhDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  tanDependencies,
  tanhDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  xorDependencies,
} from "mathjs";

/** The factories of the instance: the parser, then the allow-list's operators, functions and constants. */
const FACTORIES = {
  parseDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  powDependencies,
  modDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  smallerDependencies,
  smallerEqDependencies,
  largerDependencies,
  largerEqDependencies,
  equalDependencies,
  unequalDependencies,
  andDependencies,
  orDependencies,
  xorDependencies,
  notDependencies,
  absDependencies,
  signDependencies,
  minDependencies,
  maxDependencies,
  expDependencies,
  expm1Dependencies,
  logDependencies,
  log10Dependencies,
  log2Dependencies,
  log1pDependencies,
  sqrtDependencies,
  cbrtDependencies,
  hypotDependencies,
  floorDependencies,
  ceilDependencies,
  roundDependencies,
  sinDependencies,
  cosDependencies,
  tanDependencies,
  asinDependencies,
  acosDependencies,
  atanDependencies,
  atan2Dependencies,
  sinhDependencies,
  coshDependencies,
  tanhDependencies,
  piDependencies,
  eDependencies,
};

// mathjs' typings declare every `…Dependencies` export as possibly undefined
const math = create(FACTORIES as FactoryFunctionMap, {
  number: "number",
  predictable: true,
}) as MathJsInstance;
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
