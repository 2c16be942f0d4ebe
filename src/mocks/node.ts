import { http } from 'msw';
import { setupServer } from 'msw/node';
import { dataset } from '@/mocks/dataset';
import { createMockApi } from '@/mocks/mock-api';

const api = createMockApi(import.meta.env.BASE_URL, () => Promise.resolve(dataset));

/** The mocked API for unit and component tests, with no fault scenario. */
export const server = setupServer(
  http.all(`${import.meta.env.BASE_URL}api/v1/*`, ({ request }) => api.respond(request, new Map())),
);
