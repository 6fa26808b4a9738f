import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync, existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KelurahanCollection } from '../domain/region';
import { DEMO_INSTALLATION_COUNT, DEMO_KELURAHAN } from './demo';
import { clearAll, countDemoData, hasDemoData, restoreDemo, seedDemoIfEmpty, undoReset } from './demoActions';
import { createIndexedDbStore, type IndexedDbStore } from './indexedDbStore';
import { sampleInput } from './storeContract';

// Squares are enough here: demo.test.ts checks placement on real and synthetic shapes.
const kelurahan: KelurahanCollection = {
  type: 'FeatureCollection',
  features: DEMO_KELURAHAN.map(({ kode }, index) => ({
    type: 'Feature',
    properties: { kode, nama: kode, kecamatanKode: '', kecamatan: '', kotaKode: '21.71', kota: 'Batam', areaKm2: 1, labelPoint: [104.005 + index, 1.005], neighbors: [] },
    geometry: { type: 'Polygon', coordinates: [[[104 + index, 1], [104.01 + index, 1], [104.01 + index, 1.01], [104 + index, 1.01], [104 + index, 1]]] },
  })),
};

describe('demo actions', () => {
  let store: IndexedDbStore;
  beforeEach(() => {
    store = createIndexedDbStore({ databaseName: 'demo', dexieOptions: { indexedDB: new IDBFactory(), IDBKeyRange } });
  });
  afterEach(() => store.close());

  it('seeds an empty store once and labels it as demo', async () => {
    expect(hasDemoData(await store.list())).toBe(false);
    expect((await seedDemoIfEmpty(store, kelurahan))?.ok).toBe(true);
    expect(await seedDemoIfEmpty(store, kelurahan)).toBeUndefined();
    const installations = await store.list();
    expect(installations).toHaveLength(DEMO_INSTALLATION_COUNT);
    expect(hasDemoData(installations)).toBe(true);
  });

  it('counts demo rows per snapshot, and a new snapshot is counted afresh', async () => {
    await seedDemoIfEmpty(store, kelurahan);
    const seeded = await store.list();
    expect(countDemoData(seeded)).toBe(DEMO_INSTALLATION_COUNT);
    await store.create(sampleInput());
    const withManual = await store.list();
    expect(countDemoData(withManual)).toBe(DEMO_INSTALLATION_COUNT);
    await clearAll(store, { onlyDemo: true });
    const withoutDemo = await store.list();
    expect(countDemoData(withoutDemo)).toBe(0);
    expect(hasDemoData(withoutDemo)).toBe(false);
    expect(countDemoData(seeded)).toBe(DEMO_INSTALLATION_COUNT);
  });

  it('clears all with one-step undo, and does not reseed after a clear', async () => {
    await seedDemoIfEmpty(store, kelurahan);
    const manual = await store.create(sampleInput());
    const before = await store.list();
    const removed = await clearAll(store);
    expect(removed).toHaveLength(DEMO_INSTALLATION_COUNT + 1);
    expect(await store.list()).toEqual([]);
    expect(await seedDemoIfEmpty(store, kelurahan)).toBeUndefined();
    await store.restore(removed);
    expect(await store.list()).toEqual(before);
    await clearAll(store, { onlyDemo: true });
    expect(await store.list()).toEqual([manual]);
  });

  it('restores the demo set without doubling it and keeps other rows', async () => {
    await seedDemoIfEmpty(store, kelurahan);
    const manual = await store.create(sampleInput());
    const { removed, result } = await restoreDemo(store, kelurahan);
    expect(removed).toHaveLength(DEMO_INSTALLATION_COUNT);
    expect(result.ok).toBe(true);
    const installations = await store.list();
    expect(installations).toHaveLength(DEMO_INSTALLATION_COUNT + 1);
    expect(installations).toContainEqual(manual);
  });

  it('undoes a demo reload and a clear exactly', async () => {
    await seedDemoIfEmpty(store, kelurahan);
    await store.create(sampleInput());
    const before = await store.list();
    const { removed, result } = await restoreDemo(store, kelurahan);
    if (!result.ok) throw new Error('demo reload failed');
    await undoReset(store, { removed, createdIds: result.created.map((installation) => installation.id) });
    expect(await store.list()).toEqual(before);
    await undoReset(store, { removed: await clearAll(store), createdIds: [] });
    expect(await store.list()).toEqual(before);
  });

  it('deletes nothing when the demo cannot be generated', async () => {
    await seedDemoIfEmpty(store, kelurahan);
    const broken = { ...kelurahan, features: kelurahan.features.slice(1) };
    await expect(restoreDemo(store, broken)).rejects.toThrow(/missing from the boundary data/);
    expect(await store.list()).toHaveLength(DEMO_INSTALLATION_COUNT);
  });
});

describe.skipIf(!existsSync('public/geodata/21.71/kelurahan.geojson'))('demo seeding with the real boundaries', () => {
  it('seeds the full demo set', async () => {
    const real = JSON.parse(readFileSync('public/geodata/21.71/kelurahan.geojson', 'utf8')) as KelurahanCollection;
    const store = createIndexedDbStore({ databaseName: 'real', dexieOptions: { indexedDB: new IDBFactory(), IDBKeyRange } });
    const result = await seedDemoIfEmpty(store, real);
    expect(result?.ok && result.created.length).toBe(DEMO_INSTALLATION_COUNT);
    store.close();
  });
});
