/** Built-in extortion heuristics: the public surface for the engine. */
export { assessHeuristics, type HeuristicAssessment, type HeuristicFinding, type HeuristicInput } from './assess';
export { findIdentityCodes, isValidIdentityCode, redactIdentityCode, type IdentityCode } from './hetu';
