/// <reference lib="webworker" />
import { check, type CheckAnswer, type CheckRequest } from '@/api/check';

/**
 * Reads and checks API bodies away from the page: building the schemas and checking thousands of
 * rows would otherwise hold up the page while it draws its first charts.
 */

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', ({ data }: MessageEvent<CheckRequest>) => {
  self.postMessage({ id: data.id, ...check(data.name, data.text) } satisfies CheckAnswer);
});
