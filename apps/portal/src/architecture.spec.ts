/**
 * Rules of the portal's layering that a reviewer would otherwise have to catch by eye:
 * components and pages reach the API only through the query hooks, and queries share one
 * retry rule.
 */
const sources = import.meta.glob<string>(
  ['./**/*.{ts,tsx}', '!./**/*.spec.{ts,tsx}', '!./test/**'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

/** What the browser renders: shared components, the app's layout and pages, each module's. */
const RENDERED = /^\.\/(components|app|modules\/[^/]+\/(components|pages))\//;

/** The fetch layer: the HTTP client itself and each module's typed fetchers. */
const FETCH_LAYER = /from '[^']*\/(api|api\/http-client|api\/[^'/]+\.api)'/g;

function importsOfFetchLayer(source: string): string[] {
  return [...source.matchAll(FETCH_LAYER)].map((match) => match[0]);
}

describe('the portal architecture', () => {
  const rendered = Object.entries(sources).filter(([path]) => RENDERED.test(path));

  it('finds the components and pages it checks', () => {
    expect(rendered.length).toBeGreaterThan(50);
  });

  it.each(rendered)('%s calls the API only through hooks', (_path, source) => {
    expect(importsOfFetchLayer(source)).toEqual([]);
  });

  it.each(Object.entries(sources).filter(([path]) => /\/hooks\//.test(path)))(
    '%s leaves retrying to the query client',
    (_path, source) => {
      expect(source).not.toMatch(/\bretry\s*:/);
    },
  );

  it('recognises an import of the fetch layer', () => {
    expect(importsOfFetchLayer("import { draftsApi } from '../api/drafts.api';")).toHaveLength(1);
    expect(
      importsOfFetchLayer("import { apiRequest } from '../../../api/http-client';"),
    ).toHaveLength(1);
    expect(importsOfFetchLayer("import { apiRequest } from '../../api';")).toHaveLength(1);
    expect(importsOfFetchLayer("import { isApiError } from '../../../api/api-error';")).toEqual([]);
    expect(importsOfFetchLayer("import { QueryKeys } from '../../../api/query-keys';")).toEqual([]);
  });
});
