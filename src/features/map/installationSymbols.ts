import { INSTALLATION_TYPES } from '../../domain/installation';
import type { SymbolShape } from '../../components/palette';

// What an installation looks like on the map: its size by zoom, and the shaders
// that draw the legend's shapes (InstallationPointsLayer sends them to the GPU).

/** Shape codes as the fragment shader knows them; the legend draws the same shapes (Legend.tsx). */
export const SHAPE_CODES: Record<SymbolShape, number> = { circle: 0, square: 1, triangle: 2, diamond: 3 };

/** Opacity of an installation removed by the as-of date (style bit FADED): history stays visible, faded. */
const FADED_OPACITY = 0.35;

/** Symbol size in CSS pixels from zoom 9 to zoom 14, as the icons were. */
export const SIZE_AT = { minZoom: 9, min: 10, maxZoom: 14, max: 20 } as const;

export function symbolSize(zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - SIZE_AT.minZoom) / (SIZE_AT.maxZoom - SIZE_AT.minZoom)));
  return SIZE_AT.min + t * (SIZE_AT.max - SIZE_AT.min);
}

/** Vertices per installation: a quad, two triangles through an index buffer. */
export const CORNERS = 4;

export const VERTEX_SHADER = `#version 300 es
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
export const FRAGMENT_SHADER = `#version 300 es
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
