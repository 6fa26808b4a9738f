/**
 * The coverage engine: pure functions, plain data in and out, no React, no MapLibre.
 *
 * Typical flow (see README "Coverage engine"):
 * 1. `buildAreaIndex(kelurahan.features)` once per region, then
 *    `placeInstallations(index, kodes, installations)` → actual kelurahan + claim check.
 * 2. `computeCoverage(kodes, installations-with-actualKode, asOf)` → per kelurahan;
 *    `rollUpByKecamatan`, `rollUpRegion`, `progressAgainstTarget` for the executive view.
 * 3. `prepareRanking(kelurahan.features)` once, then `rankCandidates(context, { covered, weights, ... })`
 *    on every slider change (cheap).
 * 4. `visibilityCoverage(feature.geometry, activeInstallations)` on demand for the kelurahan in view.
 * Large inputs: `createCoverageWorker()` from `./worker-client` runs the same functions in a worker.
 */
export { assignToAreas, buildAreaIndex, locate } from './assignToAreas';
export type { AreaIndex, AreaLike } from './assignToAreas';
export { checkClaim, placeInstallations } from './placeInstallations';
export type { ClaimStatus, PlaceableInstallation, Placement } from './placeInstallations';
export { computeCoverage, isActiveStatus, statusOn } from './computeCoverage';
export type { CoverageInstallation, CoverageResult, KelurahanCoverage } from './computeCoverage';
export { progressAgainstTarget, rollUpByKecamatan, rollUpRegion } from './rollUpCoverage';
export type { CoverageSummary, KelurahanGrouping, TargetInput, TargetProgress } from './rollUpCoverage';
export { DEFAULT_VISIBILITY_RADII, visibilityCoverage } from './visibilityCoverage';
export type { VisibilityInstallation, VisibilityOptions, VisibilityResult } from './visibilityCoverage';
export { ATTRIBUTE_PREFIX, attributeColumn, attributeKey, DEFAULT_WEIGHTS, prepareRanking, rankCandidates } from './rankCandidates';
export type { BuiltInFactor, FactorDirection, FactorScore, RankedCandidate, RankingContext, RankOptions } from './rankCandidates';
export { parseAttributesCsv } from './parseAttributesCsv';
export type { AttributeTable, AttributesParseResult } from './parseAttributesCsv';
export { findIslands } from './findIslands';
export type { Islands } from './findIslands';
export { computeSharedBorders } from './sharedBorders';
export type { SharedBorders } from './sharedBorders';
export { haversineMeters } from './measure';
export { nearestDistances } from './nearestDistances';
export { createCoverageEngine } from './coverageWorkerApi';
export type { CoverageEngine } from './coverageWorkerApi';
// The worker itself: import { createCoverageWorker } from './worker-client' (browser only).
export { DEMO_INSTALLATION_COUNT, DEMO_KELURAHAN, DEMO_NOTE, generateDemoInstallations } from './demoInstallations';
