import { INSTALLATION_TYPES, type InstallationType } from '../../domain/installation';
import { INSTALLATION_SYMBOLS, KELURAHAN_STATE_COLOURS, type KelurahanState, type SymbolShape } from '../../components/palette';

export type LegendItem =
  | { kind: 'area'; state: KelurahanState; colour: string; labelKey: string; count: number }
  | { kind: 'installation'; type: InstallationType; colour: string; shape: SymbolShape; labelKey: string; count: number };

const STATE_ORDER: KelurahanState[] = ['covered', 'recommended', 'uncovered'];

/**
 * Legend rows in display order, with how many of each are on the map, so the
 * legend doubles as a summary. Labels are i18n keys in the `map` namespace.
 */
export function legendItems(
  stateCounts: Partial<Record<KelurahanState, number>>,
  typeCounts: Partial<Record<InstallationType, number>>,
): LegendItem[] {
  return [
    ...STATE_ORDER.map(
      (state): LegendItem => ({ kind: 'area', state, colour: KELURAHAN_STATE_COLOURS[state], labelKey: `legend.state.${state}`, count: stateCounts[state] ?? 0 }),
    ),
    ...INSTALLATION_TYPES.map(
      (type): LegendItem => ({ kind: 'installation', type, ...INSTALLATION_SYMBOLS[type], labelKey: `type.${type}`, count: typeCounts[type] ?? 0 }),
    ),
  ];
}

/** How often each value occurs, e.g. the states or types of the features on the map. */
export function countValues<Value extends string>(values: Iterable<Value>): Partial<Record<Value, number>> {
  const counts: Partial<Record<Value, number>> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
