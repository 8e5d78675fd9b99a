import { useEffect, useState } from 'preact/hooks';
import type { AlertsView } from '../lib/messaging/alerts-view';

/**
 * The dashboard's "Recent alerts", read from the background (its `getAlerts`, passed in) when the page
 * opens and again after each scan it shows, since a scan is what raises an alert.
 */
export function useRecentAlerts(load: () => Promise<AlertsView>, scannedAt: string | undefined) {
  const [view, setView] = useState<AlertsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!scannedAt) return;
    let live = true;
    load().then(
      (v) => {
        if (!live) return;
        setView(v);
        setError(null);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [scannedAt]);
  return { view, error };
}
