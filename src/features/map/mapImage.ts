import type { LegendItem } from './legend';
import type { SymbolShape } from '../../components/palette';

// The map view as a PNG: what the map shows, with a title, the legend and the
// sources, so the picture still says what it is once it leaves the app.

export interface MapImageText {
  /** e.g. "Cakupan kampanye Kerja Keras Bebas Cemas · Kota Batam" */
  title: string;
  /** Scope, filter result and date, e.g. "Lubuk Baja · 5 dari 64 kelurahan · 12 pemasangan · per 26 Nov 2026" */
  subtitle: string;
  areasHeading: string;
  installationsHeading: string;
  /** Legend rows in display order, already translated, counts already formatted. */
  rows: { item: LegendItem; label: string; count: string }[];
  /** Notes under the legend (removed symbols, thinning, demo data). */
  notes: string[];
  /** Data sources and map attribution. */
  footer: string;
}

/**
 * A scale bar at most `maxPixels` long: the longest round length (1, 2 or 5 × 10ⁿ metres)
 * that fits, its length in pixels, and its label ("500 m", "2 km").
 */
export function scaleBar(metersPerPixel: number, maxPixels: number): { meters: number; pixels: number; label: string } {
  const maxMeters = metersPerPixel * maxPixels;
  const power = 10 ** Math.floor(Math.log10(maxMeters));
  const meters = [5, 2, 1].map((step) => step * power).find((length) => length <= maxMeters) ?? power;
  return { meters, pixels: meters / metersPerPixel, label: meters >= 1000 ? `${meters / 1000} km` : `${meters} m` };
}

/** Splits text into lines no wider than `maxWidth` (by `measure`), breaking at spaces; a longer word gets its own line. */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// Sizes in CSS pixels; the image is drawn at the map canvas's own pixel ratio.
/** Height of the title band above the map, and of the sources line below it. */
export const IMAGE_HEADER = 56;
export const IMAGE_FOOTER = 26;
const PAD = 12;
const LEGEND_WIDTH = 230;
const ROW = 20;
const NOTE_LINE = 15;
const BRAND = '#006a4e';
const INK = '#1d2a30';
const MUTED = '#5b6b73';

/** The legend's shapes, as the map's shader and the on-screen legend draw them (16 × 16 box). */
function drawShape(context: CanvasRenderingContext2D, shape: SymbolShape, colour: string, x: number, y: number) {
  context.beginPath();
  if (shape === 'circle') context.arc(x + 8, y + 8, 6, 0, Math.PI * 2);
  else if (shape === 'square') context.rect(x + 2.5, y + 2.5, 11, 11);
  else {
    const points = shape === 'triangle' ? [[8, 1.5], [14.5, 14], [1.5, 14]] : [[8, 1], [15, 8], [8, 15], [1, 8]];
    points.forEach(([px, py], index) => (index === 0 ? context.moveTo(x + px!, y + py!) : context.lineTo(x + px!, y + py!)));
    context.closePath();
  }
  context.fillStyle = colour;
  context.fill();
  context.lineWidth = 1.5;
  context.strokeStyle = '#fff';
  context.stroke();
}

/**
 * Draws `map` (a copy of the map canvas, `scale` canvas pixels per CSS pixel) under a
 * title band, with the legend in its lower left corner, a scale bar (`metersPerPixel`
 * per CSS pixel at the map's centre) in the lower right, and the sources below it.
 */
export function composeMapImage(map: HTMLCanvasElement, scale: number, metersPerPixel: number, text: MapImageText, fontFamily: string): HTMLCanvasElement {
  const width = map.width / scale;
  const mapHeight = map.height / scale;
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = Math.round((IMAGE_HEADER + mapHeight + IMAGE_FOOTER) * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas context');
  context.scale(scale, scale);
  const font = (size: number, weight = 400) => `${weight} ${size}px ${fontFamily}`;
  context.textBaseline = 'middle';

  context.fillStyle = BRAND;
  context.fillRect(0, 0, width, IMAGE_HEADER);
  context.fillStyle = '#fff';
  context.font = font(17, 700);
  context.fillText(text.title, PAD, 19, width - 2 * PAD);
  context.font = font(13);
  context.fillText(text.subtitle, PAD, 40, width - 2 * PAD);

  context.drawImage(map, 0, 0, map.width, map.height, 0, IMAGE_HEADER, width, mapHeight);

  // Legend box: headings, one row per state and type with its count, wrapped notes.
  context.font = font(11);
  const noteLines = text.notes.flatMap((note) => wrapText(note, LEGEND_WIDTH - 2 * PAD, (line) => context.measureText(line).width));
  const areaRows = text.rows.filter((row) => row.item.kind === 'area');
  const typeRows = text.rows.filter((row) => row.item.kind === 'installation');
  const legendHeight = PAD + 2 * ROW + text.rows.length * ROW + 6 + noteLines.length * NOTE_LINE + PAD;
  const left = PAD;
  let y = IMAGE_HEADER + mapHeight - PAD - legendHeight;
  context.fillStyle = 'rgba(255, 255, 255, 0.94)';
  context.strokeStyle = '#d8dee2';
  context.lineWidth = 1;
  context.fillRect(left, y, LEGEND_WIDTH, legendHeight);
  context.strokeRect(left + 0.5, y + 0.5, LEGEND_WIDTH - 1, legendHeight - 1);
  y += PAD;
  for (const [heading, rows] of [[text.areasHeading, areaRows], [text.installationsHeading, typeRows]] as const) {
    context.font = font(11, 700);
    context.fillStyle = MUTED;
    context.fillText(heading.toUpperCase(), left + PAD, y + ROW / 2);
    y += ROW;
    for (const { item, label, count } of rows) {
      const swatchY = y + (ROW - 16) / 2;
      if (item.kind === 'area') {
        context.fillStyle = item.colour;
        context.fillRect(left + PAD, swatchY + 2, 16, 12);
      } else {
        drawShape(context, item.shape, item.colour, left + PAD, swatchY);
      }
      context.font = font(13);
      context.fillStyle = INK;
      context.textAlign = 'left';
      context.fillText(label, left + PAD + 24, y + ROW / 2);
      context.textAlign = 'right';
      context.fillText(count, left + LEGEND_WIDTH - PAD, y + ROW / 2);
      context.textAlign = 'left';
      y += ROW;
    }
  }
  y += 6;
  context.font = font(11);
  context.fillStyle = MUTED;
  for (const line of noteLines) {
    context.fillText(line, left + PAD, y + NOTE_LINE / 2);
    y += NOTE_LINE;
  }

  // Scale bar in the lower right corner, like the map's own scale control.
  const bar = scaleBar(metersPerPixel, 120);
  const barRight = width - PAD - 8;
  const barBottom = IMAGE_HEADER + mapHeight - PAD - 8;
  context.fillStyle = 'rgba(255, 255, 255, 0.94)';
  context.fillRect(barRight - bar.pixels - 8, barBottom - 26, bar.pixels + 16, 34);
  context.strokeStyle = INK;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(barRight - bar.pixels, barBottom - 6);
  context.lineTo(barRight - bar.pixels, barBottom);
  context.lineTo(barRight, barBottom);
  context.lineTo(barRight, barBottom - 6);
  context.stroke();
  context.font = font(11);
  context.fillStyle = INK;
  context.textAlign = 'center';
  context.fillText(bar.label, barRight - bar.pixels / 2, barBottom - 15);
  context.textAlign = 'left';

  context.fillStyle = '#fff';
  context.fillRect(0, IMAGE_HEADER + mapHeight, width, IMAGE_FOOTER);
  context.font = font(11);
  context.fillStyle = MUTED;
  context.fillText(text.footer, PAD, IMAGE_HEADER + mapHeight + IMAGE_FOOTER / 2, width - 2 * PAD);
  return canvas;
}
