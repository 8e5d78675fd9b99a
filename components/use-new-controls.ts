import { useEffect, useState } from 'preact/hooks';

/** How the page asks the background (lib/messaging's getNewControls and markControlsSeen), passed in. */
export interface NewControlsPort {
  readonly load: () => Promise<readonly string[]>;
  readonly markSeen: (controlIds: readonly string[]) => Promise<readonly string[]>;
  readonly onError: (error: unknown) => void;
}

/**
 * The dashboard's "New" tags (issue 15 §5): the ids new to the tenant and not yet seen, read again after
 * each scan; opening a control's detail marks it seen. The detail opened keeps its tag while it is open,
 * so the admin can tell why the table's tag went.
 */
export function useNewControls(port: NewControlsPort, scannedAt: string | undefined, openId: string | null) {
  const [ids, setIds] = useState<readonly string[]>([]);
  const [openedNew, setOpenedNew] = useState<string | null>(null);
  useEffect(() => {
    if (!scannedAt) return;
    let live = true;
    port.load().then((v) => live && setIds(v), port.onError);
    return () => {
      live = false;
    };
  }, [scannedAt]);
  useEffect(() => {
    if (!openId || !ids.includes(openId)) return;
    setOpenedNew(openId);
    port.markSeen([openId]).then(setIds, port.onError);
  }, [openId, ids]);
  return {
    newIds: new Set(ids),
    detailIsNew: (id: string): boolean => ids.includes(id) || openedNew === id,
    markAllSeen: (): void => {
      if (ids.length > 0) port.markSeen(ids).then(setIds, port.onError);
    },
  };
}
