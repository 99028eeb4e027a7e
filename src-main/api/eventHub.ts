import type { z } from 'zod';
import type { events, EventName } from './contract';

export type EventListener = <E extends EventName>(event: E, payload: z.output<(typeof events)[E]>) => void;

/** Fans out the contract's events to every subscribed transport (IPC windows, HTTP streams, CLI). */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: z.output<(typeof events)[E]>): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
