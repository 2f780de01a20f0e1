/**
 * The map's door into model/, kept for the map component's imports while it is rewritten: parsing and
 * validation live in components/shared/model-loader.ts, the public view in model/public-network.ts.
 */
export { loadModel, parseText, validateData, type BridgeProblem, type ParseOutcome } from '../shared/model-loader.js';
export { stripForPublic } from '../../model/public-network.js';
