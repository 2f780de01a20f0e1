/**
 * The model: types, parsing, validation, privacy and serialisation of a GIA network file.
 * Knows nothing of the DOM, d3 or Lit; the CLI, the map and the editor all use this one module.
 */
export * from './types.js';
export type { Problem, ValidationResult, NetworkCheck, CheckContext, Severity } from './problem.js';
export type { Lang } from '../i18n/lookup.js';
export { parseNetworkText, MAX_TEXT_LENGTH } from './parse-network.js';
export { validateNetwork } from './validate-network.js';
export { checkNetworkText } from './check-network-text.js';
export { locatePointer, locatePointers } from './locate-pointer.js';
export { stripPersonalData, countFictitious, type PublicBuildOptions } from './privacy.js';
export { listPersonalValues, countPersonalData } from './personal-values.js';
export { createPersonalIndex, findPersonalPlaces, type PersonalIndex, type PersonalSecret, type PersonalKind } from './personal-index.js';
export { stripForPublic, hasPersonalValues } from './public-network.js';
export { publicView, type PublicView } from './public-view.js';
export { buildPublicVersion, type PublicBuild, type PublicRemovedCounts } from './public-build.js';
export { serializeNetwork } from './serialize-network.js';
export { migrateNetwork, type MigrationChange, type MigrationResult } from './migrate-network.js';
