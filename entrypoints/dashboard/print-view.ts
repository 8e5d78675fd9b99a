import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/messaging/send';

/** `dashboard.html#print`: the shown tenant's printable report opens at once (the Tenants overview's row action). */
export const PRINT_HASH = '#print';

/**
 * Printing the shown tenant's report with the partner's name ("Prepared by …", set on the Tenants page):
 * the name is asked for when printing, then the print dialog opens once the report has it. Asked from
 * the page's print button and from `#print`, once the scan is there.
 */
export function usePrintView(scanReady: boolean): { partnerName: string; print: () => void } {
  const [partnerName, setPartnerName] = useState('');
  const [pending, setPending] = useState(false);
  const print = () => {
    // Without the overview (no partner view, a store problem) the report prints without the line.
    send('pages', 'getTenantsOverview', null)
      .then((o) => setPartnerName(o.partnerName.trim()))
      .catch(() => setPartnerName(''))
      .finally(() => setPending(true));
  };
  useEffect(() => {
    if (!pending) return;
    setPending(false);
    window.print();
  }, [pending]);
  useEffect(() => {
    if (!scanReady) return;
    const onHash = () => {
      if (location.hash !== PRINT_HASH) return;
      // Printed once per link: a reload or Back doesn't print again.
      history.replaceState(null, '', location.pathname + location.search);
      print();
    };
    onHash();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [scanReady]);
  return { partnerName, print };
}
