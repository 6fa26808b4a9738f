import type { InstallationType } from '../../domain/installation';

const METRES_PER_DEGREE = 111_320;

export interface DuplicateMatch {
  /** The earlier row's number, or the existing installation's id. */
  reference: { row: number } | { id: string };
  distanceMetres: number;
}

// Numeric keys hash much faster than strings. Cell rows are at most ±2.3
// million (180° of 5 m cells), so x * 1e8 + y never collides and stays an
// exact integer below 2^53.
const cellKey = (x: number, y: number) => x * 1e8 + y;

interface Entry {
  reference: DuplicateMatch['reference'];
  type: InstallationType;
  lng: number;
  lat: number;
}

/**
 * Finds installations of the same type within `radiusMetres`, in O(1) per
 * query: points are hashed into square cells one radius wide, so a match can
 * only be in the point's cell or its eight neighbours. The longitude scale is
 * fixed at the region's latitude; across a city the error is far below a metre.
 */
export class DuplicateFinder {
  private readonly cells = new Map<number, Entry[]>();
  private readonly metresPerDegreeLng: number;

  constructor(
    referenceLatitude: number,
    private readonly radiusMetres = 5,
  ) {
    this.metresPerDegreeLng = METRES_PER_DEGREE * Math.cos((referenceLatitude * Math.PI) / 180);
  }

  private cellOf(lng: number, lat: number): [number, number] {
    return [Math.floor((lng * this.metresPerDegreeLng) / this.radiusMetres), Math.floor((lat * METRES_PER_DEGREE) / this.radiusMetres)];
  }

  add(entry: Entry): void {
    const [x, y] = this.cellOf(entry.lng, entry.lat);
    const key = cellKey(x, y);
    const list = this.cells.get(key);
    if (list) list.push(entry);
    else this.cells.set(key, [entry]);
  }

  /** The nearest same-type point within the radius, if any. */
  find(type: InstallationType, lng: number, lat: number): DuplicateMatch | undefined {
    const [x, y] = this.cellOf(lng, lat);
    let best: DuplicateMatch | undefined;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const entry of this.cells.get(cellKey(x + dx, y + dy)) ?? []) {
          if (entry.type !== type) continue;
          const distance = Math.hypot((entry.lng - lng) * this.metresPerDegreeLng, (entry.lat - lat) * METRES_PER_DEGREE);
          if (distance <= this.radiusMetres && (!best || distance < best.distanceMetres)) {
            best = { reference: entry.reference, distanceMetres: distance };
          }
        }
      }
    }
    return best;
  }
}
