import type { SymbolShape } from './palette';

/**
 * The same shapes the map draws (InstallationPointsLayer.ts shader), as SVG so they
 * scale with text: in the legend, and (placed with `x`, `y`) beside the type chart's names.
 */
export function ShapeSwatch({ shape, colour, x, y }: { shape: SymbolShape; colour: string; x?: number; y?: number }) {
  const common = { fill: colour, stroke: '#fff', strokeWidth: 1.5 };
  return (
    <svg x={x} y={y} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="shape-swatch">
      {shape === 'circle' && <circle cx="8" cy="8" r="6" {...common} />}
      {shape === 'square' && <rect x="2.5" y="2.5" width="11" height="11" {...common} />}
      {shape === 'triangle' && <polygon points="8,1.5 14.5,14 1.5,14" {...common} />}
      {shape === 'diamond' && <polygon points="8,1 15,8 8,15 1,8" {...common} />}
    </svg>
  );
}
