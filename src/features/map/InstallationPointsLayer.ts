import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { bucketRanges, drawOrder, thinnedMask, tileUnitsPerPixel, toTileUnits, type AnchorTile, type InstallationPoints } from './installationPoints';
import { createGpuState, deleteGpuState, startProgram, uploadDrawOrder, uploadPoints, type CompilingProgram, type GpuState } from './installationGpu';
import { SIZE_AT, symbolSize } from './installationSymbols';

// Installations drawn by the GPU through MapLibre's custom layer interface. Why
// not a GeoJSON source: every filter change made MapLibre re-tile 100,000
// points in its workers and unpack the tiles on the main thread (0.2–0.4 s per
// change). Here the positions and styles go to the GPU once per data change, and
// a filter change (`setVisible`) only replaces the list of quads to draw (an
// index buffer of the kept installations): nothing is re-tiled or re-sent, and
// the GPU never touches a hidden installation.

/** Symbols of one style closer than this share of their size are drawn once (`thinnedMask`). */
const THIN_CELL = 1;

/** What the layer draws: the points, the filters' mask, and of that what is drawn at this zoom level. */
export interface DrawnPoints {
  points: InstallationPoints;
  /** One byte per installation from the filters (`setVisible`). */
  visible: Uint8Array;
  /** The kept installations actually drawn at `zoomLevel` (`thinnedMask`): what a click can hit. */
  shown: Uint8Array;
  zoomLevel: number;
}

/**
 * The installations layer. Holds what it was given (points, visibility) and
 * sends it to the GPU in its next `render`: MapLibre resets its GL state around
 * a custom layer's render, not around calls made at other times.
 */
export class InstallationPointsLayer implements CustomLayerInterface {
  readonly type = 'custom';
  readonly renderingMode = '2d';
  private map: MapLibreMap | undefined;
  /** The program being compiled (`startProgram`) until the first frame with points makes the GPU state from it. */
  private compiling: CompilingProgram | undefined;
  private gpu: GpuState | undefined;
  private points: InstallationPoints | undefined;
  private visible: Uint8Array | undefined;
  /** What the GPU buffers hold (undefined = nothing yet). */
  private uploaded: DrawnPoints | undefined;

  /** `onDrawn` is told after each frame that drew a new points or visibility upload. */
  constructor(readonly id: string, private readonly onDrawn: () => void = () => undefined) {}

  /** What the GPU draws right now (hit-testing and browser tests read it; never mutated). */
  get drawn(): DrawnPoints | undefined {
    return this.uploaded;
  }

  setPoints(points: InstallationPoints): void {
    this.points = points;
    this.map?.triggerRepaint();
  }

  /** One byte per installation (`visibilityMask`); a mask of another length hides every point. */
  setVisible(visible: Uint8Array): void {
    this.visible = visible;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.compiling = startProgram(gl);
    map.on('webglcontextrestored', this.forgetGpu);
    map.triggerRepaint();
  }

  /** After a lost GL context every buffer and program is gone: build and send them again. */
  private readonly forgetGpu = () => {
    this.compiling = undefined;
    this.gpu = undefined;
    this.uploaded = undefined;
    this.map?.triggerRepaint();
  };

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    if (this.gpu) deleteGpuState(gl, this.gpu);
    if (this.compiling) gl.deleteProgram(this.compiling.program);
    this.compiling = undefined;
    this.gpu = undefined;
    this.uploaded = undefined;
    this.map?.off('webglcontextrestored', this.forgetGpu);
    this.map = undefined;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    // Nothing to draw yet: the program keeps compiling meanwhile, not in this frame.
    if (!this.points || !this.visible) return;
    this.gpu ??= createGpuState(gl, this.compiling ?? startProgram(gl));
    this.compiling = undefined;
    const { gpu } = this;
    const zoom = this.map?.getZoom() ?? SIZE_AT.minZoom;
    const changed = this.upload(gl, gpu, Math.floor(zoom));
    const drawn = this.uploaded;
    if (!drawn) return;
    // The anchor tile's matrix: MapLibre builds it in float64, so tile-local float32 positions stay exact.
    const { mainMatrix } = options.getProjectionData({ tileID: { canonical: drawn.points.anchor, wrap: 0 } });
    const size = symbolSize(zoom) * (this.map?.getPixelRatio() ?? 1);
    gl.useProgram(gpu.program);
    gl.uniformMatrix4fv(gpu.uniforms.matrix, false, mainMatrix);
    gl.uniform2f(gpu.uniforms.halfSize, size / gl.drawingBufferWidth, size / gl.drawingBufferHeight);
    gl.uniform1f(gpu.uniforms.pixel, 2.2 / size);
    gl.disable(gl.DEPTH_TEST);
    gl.bindVertexArray(gpu.vao);
    for (const [start, end] of bucketRanges(drawn.points, gpu.bucketStarts, this.viewBox(drawn.points.anchor, zoom))) {
      gl.drawElements(gl.TRIANGLES, (end - start) * 6, gl.UNSIGNED_INT, start * 6 * Uint32Array.BYTES_PER_ELEMENT);
    }
    gl.bindVertexArray(null);
    if (changed) this.onDrawn();
  }

  /** The map's view in anchor units, widened by a symbol so symbols at the edge are not cut. */
  private viewBox(anchor: AnchorTile, zoom: number): [number, number, number, number] {
    if (!this.map) return [-Infinity, -Infinity, Infinity, Infinity];
    const bounds = this.map.getBounds();
    const [minX, minY] = toTileUnits([bounds.getWest(), bounds.getNorth()], anchor);
    const [maxX, maxY] = toTileUnits([bounds.getEast(), bounds.getSouth()], anchor);
    const margin = symbolSize(zoom) * tileUnitsPerPixel(anchor, zoom);
    return [minX - margin, minY - margin, maxX + margin, maxY + margin];
  }

  /**
   * Sends what changed since the last frame: positions and styles when the points
   * changed; the thinned mask when they, the filter or the whole zoom level changed.
   */
  private upload(gl: WebGL2RenderingContext, gpu: GpuState, zoomLevel: number): boolean {
    const { points, visible, uploaded } = this;
    if (!points || !visible || (uploaded?.points === points && uploaded.visible === visible && uploaded.zoomLevel === zoomLevel)) return false;
    const count = points.styles.length;
    if (uploaded?.points !== points) uploadPoints(gl, gpu, points);
    const mask = visible.length === count ? visible : new Uint8Array(count);
    const cellUnits = THIN_CELL * symbolSize(zoomLevel) * tileUnitsPerPixel(points.anchor, zoomLevel);
    const shown = thinnedMask(points, mask, cellUnits);
    const { order, starts } = drawOrder(points, shown);
    uploadDrawOrder(gl, gpu, order, starts);
    const filterChanged = uploaded?.points !== points || uploaded.visible !== mask;
    this.uploaded = { points, visible: mask, shown, zoomLevel };
    // Keep the caller's mask object as the key, so the same mask is not sent again.
    if (mask !== visible) this.visible = mask;
    return filterChanged;
  }
}
