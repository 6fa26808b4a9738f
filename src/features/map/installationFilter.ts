import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { InstallationStatus, InstallationType } from '../../data/installation';
import { dayNumber } from '../../geo/installationColumns';

// A filter change on the map is a layer filter over properties the installations
// source already carries (installationsGeoJson.ts): MapLibre re-evaluates it in
// its worker while re-tiling, so the main thread sends a few hundred bytes
// instead of rebuilding and re-sending 100,000 points.

/** The shared filters in plain terms (the page derives them from its filter state). */
export interface InstallationFilterInput {
  /** Types to keep; empty keeps every type. */
  types: readonly InstallationType[];
  /** Recorded statuses to keep; empty keeps every status. */
  statuses: readonly InstallationStatus[];
  /** Inclusive installedAt range, `YYYY-MM-DD`. */
  from?: string | undefined;
  to?: string | undefined;
  /** When set, only points lying in these kelurahan are kept (points outside the region never are). */
  kelurahanKodes?: readonly string[] | undefined;
}

/** The day number of a from/to bound; a malformed one throws, naming the field. */
function boundDay(date: string, field: 'from' | 'to'): number {
  try {
    return dayNumber(date);
  } catch (error) {
    throw new Error(`${field}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Keeps features whose `property` is one of `values`; `match` looks labels up in a table, not a list. */
function oneOf(property: string, values: readonly string[]): ExpressionSpecification {
  // `match` needs at least one label; an empty choice keeps nothing. (Not `['==', 1, 0]`:
  // MapLibre reads that as the deprecated filter syntax.)
  if (values.length === 0) return ['boolean', false];
  return ['match', ['get', property], [...new Set(values)], true, false];
}

/**
 * The layer-filter expression that keeps exactly the installations the shared
 * filters keep (see src/app/filters.ts `applyFilters`), or undefined when nothing
 * is filtered out. Throws on a malformed from/to date, naming the field.
 */
export function installationFilterExpression(input: InstallationFilterInput): ExpressionSpecification | undefined {
  const clauses: ExpressionSpecification[] = [];
  if (input.types.length > 0) clauses.push(oneOf('type', input.types));
  if (input.statuses.length > 0) clauses.push(oneOf('recordedStatus', input.statuses));
  // Day numbers order exactly like the ISO dates applyFilters compares.
  if (input.from) clauses.push(['>=', ['get', 'installedDay'], boundDay(input.from, 'from')]);
  if (input.to) clauses.push(['<=', ['get', 'installedDay'], boundDay(input.to, 'to')]);
  if (input.kelurahanKodes) clauses.push(oneOf('kelurahanKode', input.kelurahanKodes));
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : ['all', ...clauses];
}

/** A layer's own filter (e.g. its type) combined with the shared one. */
export function combineFilters(own: FilterSpecification | undefined, shared: ExpressionSpecification | undefined): FilterSpecification | undefined {
  if (!own) return shared;
  if (!shared) return own;
  return ['all', own as ExpressionSpecification, shared];
}
