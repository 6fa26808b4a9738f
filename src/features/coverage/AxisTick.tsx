import type { BaseTickContentProps } from 'recharts';

// Where Recharts' own Text puts a one-line label relative to its anchor point.
const VERTICAL_OFFSET = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * A one-line axis label as a plain SVG <text>, for the `tick` prop of the
 * dashboard's axes. Recharts' default tick is its Text component, which is given
 * the axis width and so measures every word of every label in the DOM to wrap it;
 * ticks are keyed by position, so each filter change that moves them remounts
 * and re-measures all of them (~40 ms per change over the four charts). Our
 * labels (numbers, months, kecamatan and type names) fit on one line by design.
 */
export function renderAxisTick({ x, y, textAnchor, verticalAnchor, fill, payload, tickFormatter, index, className }: BaseTickContentProps) {
  const value: unknown = payload.value;
  return (
    <text x={x} y={y} dy={VERTICAL_OFFSET[verticalAnchor]} textAnchor={textAnchor} fill={fill} className={className}>
      {tickFormatter ? tickFormatter(value, index) : String(value)}
    </text>
  );
}

/**
 * Width of a kecamatan name axis: the longest name ("Belakang Padang", ~130 px)
 * on one line next to the rotated axis title. Recharts' Text used to wrap it to
 * two lines inside 110 px; plain one-line ticks need the room instead.
 */
export const KECAMATAN_AXIS_WIDTH = 150;
