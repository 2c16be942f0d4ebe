import { ApiRequestError } from '@/api/client';

/** A failed load in plain words: what failed, and what the reader can do. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiRequestError) {
    switch (error.kind) {
      case 'network':
        return {
          title: 'Could not reach the data service',
          detail: 'The connection failed before any data arrived. Check the network, then retry.',
        };
      case 'http':
        return {
          title:
            error.status && error.status >= 500 ? 'The data service failed' : 'The data request was refused',
          detail: error.message,
        };
      case 'not-json':
        return {
          title: 'The data arrived damaged',
          detail: 'The data service sent something that is not JSON, so nothing from it can be shown.',
        };
      case 'schema':
        return {
          title: 'The data has an unexpected shape',
          detail: `Field ${error.field ?? '(unknown)'} does not match the API contract. ${error.message}`,
        };
    }
  }
  return {
    title: 'This chart failed to draw',
    detail: error instanceof Error ? error.message : 'An unexpected error occurred.',
  };
}
