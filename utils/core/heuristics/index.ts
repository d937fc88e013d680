/** Built-in extortion heuristics: the public surface for the engine. */
export { assessHeuristics, RULE_NAMES, type HeuristicAssessment, type HeuristicFinding, type HeuristicInput, type NearMiss } from './assess';
export { findIdentityCodes, isValidIdentityCode, redactIdentityCode, type IdentityCode } from './hetu';
export { RESEMBLANCE_THRESHOLD, type Resemblance } from './resemblance/model';
