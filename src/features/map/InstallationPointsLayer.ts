import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { INSTALLATION_TYPES } from '../../domain/installation';
import { bucketRanges, drawOrder, thinnedMask, tileUnitsPerPixel, toTileUnits, type AnchorTile, type InstallationPoints } from './installationPoints';
import { INSTALLATION_SYMBOLS, type SymbolShape } from '../../components/palette';

// Installations drawn by the GPU through MapLibre's custom layer interface. Why
// not a GeoJSON source: every filter change made MapLibre re-tile 100,000
// points in its workers and unpack the tiles on the main thread (0.2–0.4 s per
// change). Here the positions and styles go to the GPU once per data change, and
// a filter change (`setVisible`) only replaces the list of quads to draw (an
// index buffer of the kept installations): nothing is re-tiled or re-sent, and
// the GPU never touches a hidden installation.

/** Shape codes as the fragment shader knows them; the legend draws the same shapes (Legend.tsx). */
const SHAPE_CODES: Record<SymbolShape, number> = { circle: 0, square: 1, triangle: 2, diamond: 3 };

/** Opacity of an installation removed by the as-of date (style bit FADED): history stays visible, faded. */
const FADED_OPACITY = 0.35;

/** Symbols of one style closer than this share of their size are drawn once (`thinnedMask`). */
const THIN_CELL = 1;

/** Symbol size in CSS pixels from zoom 9 to zoom 14, as the icons were. */
const SIZE_AT = { minZoom: 9, min: 10, maxZoom: 14, max: 20 } as const;

export function symbolSize(zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - SIZE_AT.minZoom) / (SIZE_AT.maxZoom - SIZE_AT.minZoom)));
  return SIZE_AT.min + t * (SIZE_AT.max - SIZE_AT.min);
}

/** Vertices per installation: a quad, two triangles through an index buffer. */
const CORNERS = 4;

const VERTEX_SHADER = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_half_size; // half the symbol size in clip units
uniform vec3 u_colours[${INSTALLATION_TYPES.length}];
uniform int u_shapes[${INSTALLATION_TYPES.length}];
in vec2 a_pos;
in uint a_style;
out vec2 v_coord;
flat out int v_shape;
flat out vec3 v_colour;
flat out float v_alpha;
void main() {
  // Corner of the quad from the vertex number: (-1,-1), (1,-1), (-1,1), (1,1).
  int corner = gl_VertexID % ${CORNERS};
  vec2 a_corner = vec2(float(corner % 2) * 2.0 - 1.0, float(corner / 2) * 2.0 - 1.0);
  v_coord = a_corner;
  // Looked up per vertex, not per pixel: software WebGL pays for every pixel's work.
  int type = int(a_style & 3u);
  v_shape = u_shapes[type];
  v_colour = u_colours[type];
  v_alpha = (a_style & 4u) != 0u ? ${FADED_OPACITY} : 1.0;
  vec4 centre = u_matrix * vec4(a_pos, 0.0, 1.0);
  gl_Position = centre + vec4(a_corner * u_half_size * centre.w, 0.0, 0.0);
}`;

// Signed distances (negative inside) of the legend's shapes in a -1..1 box, y down.
const FRAGMENT_SHADER = `#version 300 es
precision mediump float;
uniform float u_pixel; // one device pixel in box units
in vec2 v_coord;
flat in int v_shape;
flat in vec3 v_colour;
flat in float v_alpha;
out vec4 fragColor;
float shapeDistance(int shape, vec2 p) {
  if (shape == 0) return length(p) - 0.75;
  if (shape == 1) return max(abs(p.x), abs(p.y)) - 0.6875;
  if (shape == 2) return max(dot(vec2(abs(p.x), p.y + 0.8125), vec2(0.8873, -0.4614)), p.y - 0.75);
  return (abs(p.x) + abs(p.y) - 0.875) * 0.7071;
}
void main() {
  vec2 p = vec2(v_coord.x, -v_coord.y) * 1.1; // y down, as in the legend; a margin for the white rim
  float d = shapeDistance(v_shape, p);
  float rim = max(0.094, 0.75 * u_pixel);
  float outside = smoothstep(rim - u_pixel * 0.5, rim + u_pixel * 0.5, d);
  float fill = 1.0 - smoothstep(-rim - u_pixel * 0.5, -rim + u_pixel * 0.5, d);
  float alpha = (1.0 - outside) * v_alpha;
  if (alpha <= 0.0) discard;
  vec3 colour = mix(vec3(1.0), v_colour, fill);
  fragColor = vec4(colour * alpha, alpha); // premultiplied, as MapLibre blends
}`;

/** Each item's `size` values repeated for the four corners of its quad. */
function perCorner<T extends Float32Array | Uint8Array>(values: T, size: number): T {
  const out = new (values.constructor as new (length: number) => T)(values.length * CORNERS);
  for (let item = 0; item < values.length / size; item++) {
    for (let corner = 0; corner < CORNERS; corner++) {
      for (let k = 0; k < size; k++) out[(item * CORNERS + corner) * size + k] = values[item * size + k]!;
    }
  }
  return out;
}

/**
 * Two triangles (corners 0-1-2 and 2-1-3) for each installation in `order`, in
 * that order: the GPU only ever touches the symbols it draws.
 */
function quadIndices(order: Uint32Array): Uint32Array {
  const indices = new Uint32Array(order.length * 6);
  for (let at = 0; at < order.length; at++) {
    const first = order[at]! * CORNERS;
    indices[at * 6] = first;
    indices[at * 6 + 1] = indices[at * 6 + 4] = first + 1;
    indices[at * 6 + 2] = indices[at * 6 + 3] = first + 2;
    indices[at * 6 + 5] = first + 3;
  }
  return indices;
}

function rgb(hex: string): number[] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => channel / 255);
}

/** What the layer draws: the points, the filters' mask, and of that what is drawn at this zoom level. */
export interface DrawnPoints {
  points: InstallationPoints;
  /** One byte per installation from the filters (`setVisible`). */
  visible: Uint8Array;
  /** The kept installations actually drawn at `zoomLevel` (`thinnedMask`): what a click can hit. */
  shown: Uint8Array;
  zoomLevel: number;
}

interface GpuState {
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  positions: WebGLBuffer;
  styles: WebGLBuffer;
  /** The quads to draw (`quadIndices`), bucket by bucket; where each bucket starts (`drawOrder`). */
  indices: WebGLBuffer;
  bucketStarts: Uint32Array;
  uniforms: { matrix: WebGLUniformLocation | null; halfSize: WebGLUniformLocation | null; pixel: WebGLUniformLocation | null };
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
    const gpu = this.gpu;
    if (gpu) {
      for (const target of [gpu.positions, gpu.styles, gpu.indices]) gl.deleteBuffer(target);
      gl.deleteVertexArray(gpu.vao);
      gl.deleteProgram(gpu.program);
    }
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
    // Every per-installation value is repeated for the quad's four corners: instanced drawing
    // would need no copies, but software WebGL runs each instance as its own draw (~1 s per frame).
    if (uploaded?.points !== points) {
      gl.bindBuffer(gl.ARRAY_BUFFER, gpu.positions);
      gl.bufferData(gl.ARRAY_BUFFER, perCorner(points.positions, 2), gl.STATIC_DRAW);
      gl.bindBuffer(gl.ARRAY_BUFFER, gpu.styles);
      gl.bufferData(gl.ARRAY_BUFFER, perCorner(points.styles, 1), gl.STATIC_DRAW);
    }
    const mask = visible.length === count ? visible : new Uint8Array(count);
    const cellUnits = THIN_CELL * symbolSize(zoomLevel) * tileUnitsPerPixel(points.anchor, zoomLevel);
    const shown = thinnedMask(points, mask, cellUnits);
    const { order, starts } = drawOrder(points, shown);
    const indices = quadIndices(order);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    gl.bindVertexArray(gpu.vao);
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gpu.indices);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, indices, gl.DYNAMIC_DRAW);
    gl.bindVertexArray(null);
    gpu.bucketStarts = starts;
    const filterChanged = uploaded?.points !== points || uploaded.visible !== mask;
    this.uploaded = { points, visible: mask, shown, zoomLevel };
    // Keep the caller's mask object as the key, so the same mask is not sent again.
    if (mask !== visible) this.visible = mask;
    return filterChanged;
  }
}

interface CompilingProgram {
  program: WebGLProgram;
  shaders: WebGLShader[];
}

/**
 * Sends the shaders to be compiled and linked without waiting for the result. The
 * browser compiles in its GPU process; the first status query (`createGpuState`)
 * waits for whatever is left. With software WebGL compiling takes 0.1–0.15 s: asked
 * when the layer is added, it is done by the first frame with points instead of
 * making that frame a long task.
 */
function startProgram(gl: WebGL2RenderingContext): CompilingProgram {
  const program = gl.createProgram();
  const shaders = ([[gl.VERTEX_SHADER, VERTEX_SHADER], [gl.FRAGMENT_SHADER, FRAGMENT_SHADER]] as const).map(([type, source]) => {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    return shader;
  });
  gl.linkProgram(program);
  gl.flush(); // hand the work to the GPU process now, not at the end of the frame
  return { program, shaders };
}

function createGpuState(gl: WebGL2RenderingContext, { program, shaders }: CompilingProgram): GpuState {
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    const log = shaders.map((shader) => gl.getShaderInfoLog(shader)).concat(gl.getProgramInfoLog(program)).filter(Boolean).join('\n');
    throw new Error(`Installation points shader: ${log || 'does not compile'}`);
  }
  for (const shader of shaders) gl.deleteShader(shader); // freed with the program
  const buffer = () => gl.createBuffer();
  const gpu: GpuState = {
    program, vao: gl.createVertexArray(), positions: buffer(), styles: buffer(), indices: buffer(), bucketStarts: new Uint32Array(0),
    uniforms: { matrix: gl.getUniformLocation(program, 'u_matrix'), halfSize: gl.getUniformLocation(program, 'u_half_size'), pixel: gl.getUniformLocation(program, 'u_pixel') },
  };
  gl.bindVertexArray(gpu.vao);
  const attribute = (name: string, target: WebGLBuffer, setup: (location: number) => void) => {
    const location = gl.getAttribLocation(program, name);
    gl.bindBuffer(gl.ARRAY_BUFFER, target);
    gl.enableVertexAttribArray(location);
    setup(location);
  };
  attribute('a_pos', gpu.positions, (location) => gl.vertexAttribPointer(location, 2, gl.FLOAT, false, 0, 0));
  attribute('a_style', gpu.styles, (location) => gl.vertexAttribIPointer(location, 1, gl.UNSIGNED_BYTE, 0, 0));
  gl.bindVertexArray(null);
  gl.useProgram(program);
  gl.uniform3fv(gl.getUniformLocation(program, 'u_colours'), INSTALLATION_TYPES.flatMap((type) => rgb(INSTALLATION_SYMBOLS[type].colour)));
  gl.uniform1iv(gl.getUniformLocation(program, 'u_shapes'), INSTALLATION_TYPES.map((type) => SHAPE_CODES[INSTALLATION_SYMBOLS[type].shape]));
  return gpu;
}
