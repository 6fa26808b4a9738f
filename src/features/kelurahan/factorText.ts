import { attributeColumn } from '../../geo/rankCandidates';
import { formatNumber } from '../../components/format';
import type { FactorView } from './rankingRows';

/** An i18n key (`planner` namespace) plus its parameters, so the text stays translatable. */
export interface Message {
  key: string;
  params?: Record<string, string>;
}

/** The measured value behind a factor, in words a planner reads (metres become km). */
export function factorValueMessage(factor: Pick<FactorView, 'key' | 'value'>, language: string): Message {
  const { key, value } = factor;
  if (value === null) return { key: 'factorValue.unknown' };
  if (key === 'mainIsland') return { key: value > 0 ? 'factorValue.mainIslandYes' : 'factorValue.mainIslandNo' };
  if (key === 'distance' && value === 0) return { key: 'factorValue.distanceNeighbour' };
  if (key === 'frontier' || key === 'distance') return { key: `factorValue.${key}`, params: { value: formatNumber(value / 1000, language, 1) } };
  if (key === 'area') return { key: 'factorValue.area', params: { value: formatNumber(value, language, 2) } };
  return { key: 'factorValue.raw', params: { value: formatNumber(value, language, 2) } };
}

/** The label of a factor; attribute columns carry their column name. */
export function factorLabelMessage(factor: Pick<FactorView, 'key' | 'labelKey'>): Message {
  const column = attributeColumn(factor.key);
  if (column !== undefined) return { key: factor.labelKey, params: { name: column } };
  return { key: factor.labelKey };
}

/** How a factor is measured, for its tooltip and its slider's help: a ranking must say what it counts. */
export function factorHowMessage(factor: Pick<FactorView, 'key'>): Message {
  const column = attributeColumn(factor.key);
  if (column !== undefined) return { key: 'factorHow.attribute', params: { name: column } };
  return { key: `factorHow.${factor.key}` };
}

/** Fixed colour per factor so the contribution bars read the same in every row. */
export const FACTOR_COLOURS: Record<string, string> = {
  frontier: '#009E73',
  distance: '#0072B2',
  mainIsland: '#E69F00',
  area: '#CC79A7',
};
export const ATTRIBUTE_COLOUR = '#7f8c93';
