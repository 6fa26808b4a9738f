import type { SymbolShape } from './palette';

/** Icon size in CSS pixels; drawn at `pixelRatio` for sharp icons on dense screens. */
export const ICON_SIZE = 18;

/**
 * Draws one installation symbol: a filled shape with a white rim so it stays
 * readable over any fill colour. Shared by the map icons (via `map.addImage`)
 * and the legend, so both always look the same. No sprite server needed.
 */
export function drawShape(context: CanvasRenderingContext2D, shape: SymbolShape, colour: string, size: number): void {
  const half = size / 2;
  const inset = size * 0.14;
  context.beginPath();
  switch (shape) {
    case 'circle':
      context.arc(half, half, half - inset, 0, Math.PI * 2);
      break;
    case 'square':
      context.rect(inset + 1, inset + 1, size - 2 * inset - 2, size - 2 * inset - 2);
      break;
    case 'triangle':
      context.moveTo(half, inset * 0.6);
      context.lineTo(size - inset * 0.6, size - inset);
      context.lineTo(inset * 0.6, size - inset);
      context.closePath();
      break;
    case 'diamond':
      context.moveTo(half, inset * 0.5);
      context.lineTo(size - inset * 0.5, half);
      context.lineTo(half, size - inset * 0.5);
      context.lineTo(inset * 0.5, half);
      context.closePath();
      break;
  }
  context.fillStyle = colour;
  context.fill();
  context.lineWidth = Math.max(1.5, size * 0.09);
  context.strokeStyle = '#ffffff';
  context.stroke();
}

/** Pixels for `map.addImage`, or undefined where no 2D canvas exists. */
export function shapeImage(shape: SymbolShape, colour: string, pixelRatio: number): ImageData | undefined {
  const size = Math.round(ICON_SIZE * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // willReadFrequently keeps the canvas on the CPU: reading pixels back from a
  // GPU canvas stalls on the GPU (~700 ms under software GL on load, for 3 icons).
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  drawShape(context, shape, colour, size);
  return context.getImageData(0, 0, size, size);
}
