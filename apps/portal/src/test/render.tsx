import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { cssVariablesResolver, theme } from '../app/theme';

export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

interface RenderOptions {
  route?: string;
  path?: string;
  extraRoutes?: RouteObject[];
  /** The whole route table instead of `ui` at `path`, e.g. the app's own. */
  routes?: RouteObject[];
  queryClient?: QueryClient;
}

/** Renders a component the way the app does: Mantine, TanStack Query and a router. */
export function renderWithProviders(
  ui: ReactElement,
  {
    route = '/',
    path = '/',
    extraRoutes = [],
    routes,
    queryClient = testQueryClient(),
  }: RenderOptions = {},
): RenderResult & { router: ReturnType<typeof createMemoryRouter>; queryClient: QueryClient } {
  const router = createMemoryRouter(routes ?? [{ path, element: ui }, ...extraRoutes], {
    initialEntries: [route],
  });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <RouterProvider router={router} flushSync={(update) => void flushSync(update)} />
      </MantineProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
