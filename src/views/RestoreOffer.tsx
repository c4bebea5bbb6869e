/** On opening the app: offers the map worked on last, saved in this browser. */
import { useEffect, useState } from 'react';
import { lastMap, type MapSummary } from '../store/localMaps';
import { useAppStore } from '../store/store';
import { openSavedMap } from './MapsDialog';

export function RestoreOffer() {
  const [offer, setOffer] = useState<MapSummary | null>(null);
  const copy = useAppStore((s) => s.workCopy);
  useEffect(() => {
    void lastMap().then(setOffer, () => setOffer(null));
  }, []);
  if (!offer || copy?.id === offer.id) return null;
  return (
    <section className="own-offer" role="region" aria-label="Your last working copy">
      <span>
        Your working copy <strong>‘{offer.name}’</strong> ({offer.nodes} items, {offer.links} links, saved{' '}
        {new Date(offer.savedAt).toLocaleString()}) is kept in this browser.
      </span>
      <button type="button" onClick={() => void openSavedMap(offer.id).then(() => setOffer(null))}>
        Open working copy
      </button>
      <button type="button" onClick={() => setOffer(null)}>
        Not now
      </button>
    </section>
  );
}
