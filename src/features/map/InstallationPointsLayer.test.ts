import type { CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { dayNumber, installationColumns } from '../../geo/installationColumns';
import type { Installation } from '../../domain/installation';
import { installationPoints, visibilityMask } from './installationPoints';
import { InstallationPointsLayer } from './InstallationPointsLayer';

/**
 * A WebGL 2 context that records the names of the calls made on it. `linked` is
 * what a link status query answers; every other call returns a fresh object or 1.
 */
function recordingGl({ linked = true } = {}) {
  const calls: string[] = [];
  const values: Record<string, unknown> = {
    getProgramParameter: linked,
    getShaderInfoLog: "ERROR: 0:7: 'vec9' : no such type",
    getProgramInfoLog: '',
    isContextLost: false,
    drawingBufferWidth: 800,
    drawingBufferHeight: 600,
  };
  const gl = new Proxy({} as Record<string, unknown>, {
    get(_target, name: string) {
      if (name === name.toUpperCase()) return 1; // constants such as VERTEX_SHADER
      if (name === 'drawingBufferWidth' || name === 'drawingBufferHeight') return values[name];
      return (..._args: unknown[]) => {
        calls.push(name);
        return name in values ? values[name] : {};
      };
    },
  });
  return { gl: gl as unknown as WebGL2RenderingContext, calls };
}

const map = {
  on: () => undefined,
  off: () => undefined,
  triggerRepaint: () => undefined,
  getZoom: () => 11,
  getPixelRatio: () => 1,
  getBounds: () => ({ getWest: () => 103.9, getNorth: () => 1.2, getEast: () => 104.2, getSouth: () => 0.95 }),
} as unknown as MapLibreMap;

const frame = { getProjectionData: () => ({ mainMatrix: new Float32Array(16) }) } as unknown as CustomRenderMethodInput;

function twoPoints() {
  const installation = (id: string, lng: number): Installation => ({
    id, type: 'baliho', lat: 1.1, lng, installedAt: '2026-03-01', status: 'terpasang', notes: '', source: 'demo',
    createdAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z',
  });
  return installationPoints(installationColumns([installation('a', 104.0), installation('b', 104.1)]), dayNumber('2026-10-31'), [103.95, 0.98, 104.15, 1.18]);
}

describe('InstallationPointsLayer', () => {
  it('sends its shaders to be compiled when added, without waiting for the result', () => {
    const { gl, calls } = recordingGl();
    new InstallationPointsLayer('installations').onAdd(map, gl);
    expect(calls.filter((name) => name === 'compileShader')).toHaveLength(2);
    expect(calls).toContain('linkProgram');
    expect(calls).toContain('flush');
    // A status query would make this task wait for the compiler.
    expect(calls.filter((name) => /Parameter$/.test(name))).toEqual([]);
  });

  it('neither waits for the program nor draws in a frame before it has points', () => {
    const { gl, calls } = recordingGl();
    const layer = new InstallationPointsLayer('installations');
    layer.onAdd(map, gl);
    calls.length = 0;
    layer.render(gl, frame);
    expect(calls).toEqual([]);
  });

  it('draws the points it was given with the program compiled when it was added', () => {
    const { gl, calls } = recordingGl();
    let drawnFrames = 0;
    const layer = new InstallationPointsLayer('installations', () => drawnFrames++);
    layer.onAdd(map, gl);
    layer.setPoints(twoPoints());
    layer.setVisible(visibilityMask(2, [0, 1]));
    layer.render(gl, frame);
    expect(calls.filter((name) => name === 'compileShader')).toHaveLength(2); // not compiled again
    expect(calls).toContain('drawElements');
    expect(drawnFrames).toBe(1);
    expect(layer.drawn?.shown).toEqual(new Uint8Array([1, 1]));
  });

  it('reports a program that does not link with the compiler’s message', () => {
    const { gl } = recordingGl({ linked: false });
    const layer = new InstallationPointsLayer('installations');
    layer.onAdd(map, gl);
    layer.setPoints(twoPoints());
    layer.setVisible(visibilityMask(2, [0]));
    expect(() => layer.render(gl, frame)).toThrow(/Installation points shader: .*'vec9' : no such type/);
  });
});
