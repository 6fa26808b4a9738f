import { useCallback, useRef, useState } from 'react';
import type { KelurahanCollection } from '../../domain/region';
import type { Installation } from '../../domain/installation';
import { isActiveStatus, statusOn } from '../../geo/computeCoverage';
import { visibilityCoverage, type VisibilityInstallation } from '../../geo/visibilityCoverage';
import type { VisibilityProgress } from '../../components/VisibilityCompute';

export interface VisibilityState {
  progress: VisibilityProgress;
  /** Visible km² per kelurahan; kelurahan without active material in or next to them are absent (0). */
  visibleKm2ByKode: ReadonlyMap<string, number>;
  shareByKode: ReadonlyMap<string, number>;
  compute: () => void;
}

interface Cached {
  installations: readonly Installation[];
  asOf: string;
  visible: Map<string, number>;
  share: Map<string, number>;
}
// Both the dashboard and the data page show visibility; the result survives switching between them.
let cache: Cached | undefined;

const EMPTY = new Map<string, number>();

/**
 * Visibility per kelurahan from all material active on `asOf` (the filters choose
 * which kelurahan are shown, not what is visible). One kelurahan per task with a
 * yield in between, so no main-thread task runs long; a kelurahan sees material
 * standing in it and in its neighbours, whose reach crosses the border.
 */
export function useVisibility(kelurahan: KelurahanCollection, installations: readonly Installation[], actualKode: readonly (string | null)[], asOf: string): VisibilityState {
  // Progress belongs to one (installations, asOf) pair; when either changes the old run is simply ignored.
  const [running, setRunning] = useState<{ installations: readonly Installation[]; asOf: string; done: number; total: number }>();
  const [, setFinished] = useState(0);
  const run = useRef(0);
  const fresh = cache && cache.installations === installations && cache.asOf === asOf ? cache : undefined;
  const current = running && running.installations === installations && running.asOf === asOf ? running : undefined;

  const compute = useCallback(() => {
    const runNumber = ++run.current;
    const byKode = new Map<string, VisibilityInstallation[]>();
    installations.forEach((installation, index) => {
      const kode = actualKode[index];
      if (!kode || !isActiveStatus(statusOn(installation, asOf))) return;
      const list = byKode.get(kode) ?? [];
      list.push({ lng: installation.lng, lat: installation.lat, type: installation.type });
      byKode.set(kode, list);
    });
    const todo = kelurahan.features.filter((feature) => [feature.properties.kode, ...feature.properties.neighbors].some((kode) => byKode.has(kode)));
    const visible = new Map<string, number>();
    const share = new Map<string, number>();
    setRunning({ installations, asOf, done: 0, total: todo.length });
    const step = (position: number) => {
      if (run.current !== runNumber) return;
      const feature = todo[position];
      if (!feature) {
        cache = { installations, asOf, visible, share };
        setRunning(undefined);
        setFinished((count) => count + 1);
        return;
      }
      const { kode, neighbors } = feature.properties;
      const nearby = [kode, ...neighbors].flatMap((candidate) => byKode.get(candidate) ?? []);
      const measured = visibilityCoverage(feature.geometry, nearby, { rows: 512 });
      visible.set(kode, measured.share * feature.properties.areaKm2);
      share.set(kode, measured.share);
      setRunning({ installations, asOf, done: position + 1, total: todo.length });
      setTimeout(() => step(position + 1), 0);
    };
    setTimeout(() => step(0), 0);
  }, [kelurahan, installations, actualKode, asOf]);

  const progress: VisibilityProgress = fresh ? { state: 'ready' } : current ? { state: 'computing', done: current.done, total: current.total } : { state: 'idle' };
  return { progress, visibleKm2ByKode: fresh?.visible ?? EMPTY, shareByKode: fresh?.share ?? EMPTY, compute };
}
