import { describe, expect, it } from 'vitest';
import { recallChoices, rememberChoices } from './columnMemory';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

describe('column mapping memory', () => {
  it('gives back the mapping for a file with the same headers, whatever their case and spacing', () => {
    const storage = memoryStorage();
    rememberChoices(storage, ['Jenis Materi', 'Jenis APK', 'Lat'], { type: 'Jenis APK', notes: null });
    expect(recallChoices(storage, ['jenis  materi', 'JENIS APK', 'lat'])).toBeUndefined(); // the headers named must exist as written
    expect(recallChoices(storage, ['Jenis Materi', 'Jenis APK', 'Lat'])).toEqual({ type: 'Jenis APK', notes: null });
    expect(recallChoices(storage, ['Jenis Materi', 'Lat'])).toBeUndefined();
  });

  it('forgets an emptied mapping and keeps only the most recent layouts', () => {
    const storage = memoryStorage();
    rememberChoices(storage, ['A'], { type: 'A' });
    rememberChoices(storage, ['A'], {});
    expect(recallChoices(storage, ['A'])).toBeUndefined();
    for (let index = 0; index < 35; index++) rememberChoices(storage, [`K${index}`], { type: `K${index}` }, index);
    expect(storage.length).toBe(30);
    expect(recallChoices(storage, ['K34'])).toEqual({ type: 'K34' });
    expect(recallChoices(storage, ['K0'])).toBeUndefined();
  });

  it('survives a storage that throws', () => {
    const broken = { ...memoryStorage(), getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(() => rememberChoices(broken, ['A'], { type: 'A' })).not.toThrow();
    expect(recallChoices(broken, ['A'])).toBeUndefined();
  });
});
