/**
 * The coverage engine: pure functions, plain data in and out, no React, no MapLibre.
 *
 * Typical flow (see docs/architecture.md, "The coverage engine"):
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
export { installationOn, installationsAsOf, NOT_YET } from './installationsAsOf';
export type { InstallationsAsOf } from './installationsAsOf';
export { progressAgainstTarget, rollUpByKecamatan, rollUpRegion } from './rollUpCoverage';
export type { CoverageSummary, KelurahanGrouping, TargetInput, TargetProgress } from './rollUpCoverage';
export { DEFAULT_VISIBILITY_RADII, visibilityCoverage } from './visibilityCoverage';
export type { VisibilityInstallation, VisibilityOptions, VisibilityResult } from './visibilityCoverage';
export { ATTRIBUTE_PREFIX, attributeColumn, attributeKey, DEFAULT_WEIGHTS, prepareRanking, rankCandidates } from './rankCandidates';
export type { AttributeTable, BuiltInFactor, FactorDirection, FactorScore, RankedCandidate, RankingContext, RankOptions } from './rankCandidates';
export { findIslands } from './findIslands';
export type { Islands } from './findIslands';
export { BORDER_TOLERANCE_METERS, computeSharedBorders } from './computeSharedBorders';
export type { SharedBorders } from './computeSharedBorders';
export { findNeighbors, MIN_SHARED_BORDER_METERS } from './findNeighbors';
export { EARTH_RADIUS_METERS, haversineMeters, METERS_PER_DEGREE } from './measure';
export { createCoverageEngine } from './coverageWorkerApi';
export type { CoverageEngine } from './coverageWorkerApi';
// The worker itself: import { createCoverageWorker } from './worker-client' (browser only).
export { DEMO_INSTALLATION_COUNT, DEMO_KELURAHAN, DEMO_NOTE, generateDemoInstallations } from './demoInstallations';
