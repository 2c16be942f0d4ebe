import { setupServer } from 'msw/node';
import { handlers } from '@/mocks/handlers';

/** The mocked API for unit and component tests. */
export const server = setupServer(...handlers);
