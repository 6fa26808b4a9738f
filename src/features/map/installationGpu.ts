import { INSTALLATION_TYPES } from '../../domain/installation';
import { INSTALLATION_SYMBOLS } from '../../components/palette';
import type { InstallationPoints } from './installationPoints';
import { CORNERS, FRAGMENT_SHADER, SHAPE_CODES, VERTEX_SHADER } from './installationSymbols';

// The installations layer's WebGL side: its program, buffers and uploads. Every
// function here is called from the layer's `render` (or `onRemove`), where
// MapLibre has reset its GL state for a custom layer.

export interface GpuState {
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  positions: WebGLBuffer;
  styles: WebGLBuffer;
  /** The quads to draw (`quadIndices`), bucket by bucket; where each bucket starts (`drawOrder`). */
  indices: WebGLBuffer;
  bucketStarts: Uint32Array;
  uniforms: { matrix: WebGLUniformLocation | null; halfSize: WebGLUniformLocation | null; pixel: WebGLUniformLocation | null };
}

export interface CompilingProgram {
  program: WebGLProgram;
  shaders: WebGLShader[];
}

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

/**
 * Sends the shaders to be compiled and linked without waiting for the result. The
 * browser compiles in its GPU process; the first status query (`createGpuState`)
 * waits for whatever is left. With software WebGL compiling takes 0.1–0.15 s: asked
 * when the layer is added, it is done by the first frame with points instead of
 * making that frame a long task.
 */
export function startProgram(gl: WebGL2RenderingContext): CompilingProgram {
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

export function createGpuState(gl: WebGL2RenderingContext, { program, shaders }: CompilingProgram): GpuState {
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

export function deleteGpuState(gl: WebGL2RenderingContext, gpu: GpuState): void {
  for (const target of [gpu.positions, gpu.styles, gpu.indices]) gl.deleteBuffer(target);
  gl.deleteVertexArray(gpu.vao);
  gl.deleteProgram(gpu.program);
}

/**
 * Positions and styles, once per data change. Every per-installation value is repeated
 * for the quad's four corners: instanced drawing would need no copies, but software
 * WebGL runs each instance as its own draw (~1 s per frame).
 */
export function uploadPoints(gl: WebGL2RenderingContext, gpu: GpuState, points: InstallationPoints): void {
  gl.bindBuffer(gl.ARRAY_BUFFER, gpu.positions);
  gl.bufferData(gl.ARRAY_BUFFER, perCorner(points.positions, 2), gl.STATIC_DRAW);
  gl.bindBuffer(gl.ARRAY_BUFFER, gpu.styles);
  gl.bufferData(gl.ARRAY_BUFFER, perCorner(points.styles, 1), gl.STATIC_DRAW);
}

/** The quads to draw, installation indices in `order`, bucket by bucket from `starts` (`drawOrder`). */
export function uploadDrawOrder(gl: WebGL2RenderingContext, gpu: GpuState, order: Uint32Array, starts: Uint32Array): void {
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
  gl.bindVertexArray(gpu.vao);
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gpu.indices);
  gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, quadIndices(order), gl.DYNAMIC_DRAW);
  gl.bindVertexArray(null);
  gpu.bucketStarts = starts;
}
