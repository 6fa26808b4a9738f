import { describe, expect, it } from 'vitest';
import id from '../../i18n/id/planner.json';
import { factorHowMessage, factorLabelMessage, factorValueMessage } from './factorText';

describe('factorValueMessage', () => {
  it('turns metres into kilometres in the UI language', () => {
    expect(factorValueMessage({ key: 'frontier', value: 1250 }, 'id')).toEqual({ key: 'factorValue.frontier', params: { value: '1,3' } });
    expect(factorValueMessage({ key: 'distance', value: 1250 }, 'en')).toEqual({ key: 'factorValue.distance', params: { value: '1.3' } });
  });
  it('says yes/no for the main island and unknown for missing values', () => {
    expect(factorValueMessage({ key: 'mainIsland', value: 1 }, 'id').key).toBe('factorValue.mainIslandYes');
    expect(factorValueMessage({ key: 'mainIsland', value: 0 }, 'id').key).toBe('factorValue.mainIslandNo');
    expect(factorValueMessage({ key: 'distance', value: null }, 'id').key).toBe('factorValue.unknown');
  });
  it('says a distance of 0 is a neighbour, not a rounding', () => {
    expect(factorValueMessage({ key: 'distance', value: 0 }, 'id')).toEqual({ key: 'factorValue.distanceNeighbour' });
  });
});

describe('factorHowMessage', () => {
  it('says how every built-in factor and every CSV column is measured', () => {
    for (const key of ['frontier', 'distance', 'area', 'mainIsland']) {
      const message = factorHowMessage({ key });
      expect(id.factorHow[message.key.split('.')[1] as keyof typeof id.factorHow], key).toMatch(/^Diukur: /);
    }
    expect(id.factorHow.distance).toMatch(/batas kelurahan ini ke batas/);
    expect(factorHowMessage({ key: 'attribute:populasi' })).toEqual({ key: 'factorHow.attribute', params: { name: 'populasi' } });
  });
});

describe('factorLabelMessage', () => {
  it('names the attribute column', () => {
    expect(factorLabelMessage({ key: 'attribute:populasi', labelKey: 'factor.attribute' })).toEqual({ key: 'factor.attribute', params: { name: 'populasi' } });
    expect(factorLabelMessage({ key: 'area', labelKey: 'factor.area' })).toEqual({ key: 'factor.area' });
  });
});
