import type { InstallationType } from '../domain/installation';

// Okabe-Ito colours (Okabe & Ito 2008): distinguishable with the common forms of
// colour-blindness. Installation types also differ by shape, so colour is never
// the only cue.

export type KelurahanState = 'covered' | 'uncovered' | 'recommended';

export const KELURAHAN_STATE_COLOURS: Record<KelurahanState, string> = {
  covered: '#009E73',
  recommended: '#E69F00',
  uncovered: '#c9d0d5',
};

export const SELECTED_OUTLINE_COLOUR = '#1d2a30';

export type SymbolShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface InstallationSymbol {
  colour: string;
  shape: SymbolShape;
}

export const INSTALLATION_SYMBOLS: Record<InstallationType, InstallationSymbol> = {
  baliho: { colour: '#0072B2', shape: 'circle' },
  spanduk: { colour: '#D55E00', shape: 'square' },
  banner: { colour: '#CC79A7', shape: 'triangle' },
  poster: { colour: '#000000', shape: 'diamond' },
};
