import { useEffect, useState } from 'react';
import type { Output } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useApiEvent } from '../api/useApiEvent';

export type HistoryStatus = Output<'history.status'>;

/**
 * What undo and redo would do next, as the service's history says: asked once, then kept by the
 * `history.changed` event, which follows every change from this window or any other.
 */
export function useHistoryStatus(): HistoryStatus {
  const api = useApi();
  const [status, setStatus] = useState<HistoryStatus>({});
  useEffect(() => {
    let current = true;
    api.call('history.status', {}).then(
      (answer) => current && setStatus(answer),
      () => undefined, // the buttons stay disabled; undo itself reports any failure
    );
    return () => {
      current = false;
    };
  }, [api]);
  useApiEvent('history.changed', setStatus);
  return status;
}
