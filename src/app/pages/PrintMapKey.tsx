import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

export interface KeyedKelurahan {
  kode: string;
  /** "Nama (Kecamatan)". */
  name: string;
  /** Its number on the map, where its name did not fit there. */
  number?: number;
}

// Splits the translated sentence around the list, so the numbers can be drawn like the map's.
const SLOT = '\u0000';

/** "Kelurahan tercakup (5): 1 Batu Merah (Batu Ampar), …": the covered kelurahan, and the key to the map's numbers. */
export function PrintMapKey({ covered }: { covered: readonly KeyedKelurahan[] }) {
  const { t } = useTranslation('dashboard');
  if (covered.length === 0) return <p className="print-covered" data-testid="print-covered">{t('printView.noneCovered')}</p>;
  const [before, after] = t('printView.coveredNames', { count: covered.length, names: SLOT }).split(SLOT);
  return (
    <p className="print-covered" data-testid="print-covered">
      {before}
      {covered.map((entry, index) => (
        <Fragment key={entry.kode}>
          {index > 0 && ', '}
          {entry.number !== undefined && <><span className="map-key-number" data-key-kode={entry.kode}>{entry.number}</span> </>}
          {entry.name}
        </Fragment>
      ))}
      {after}
    </p>
  );
}
