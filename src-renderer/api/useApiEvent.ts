import { useEffect, useLayoutEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../src-main/api/types';
import { useApi } from './ApiContext';

/** Subscribes for the component's lifetime; the latest listener runs without resubscribing on each render. */
export function useApiEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const api = useApi();
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => api.on(event, (payload) => latest.current(payload)), [api, event]);
}
