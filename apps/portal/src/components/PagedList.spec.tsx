import { fireEvent, screen } from '@testing-library/react';
import { ApiError } from '../api/api-error';
import { anError } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { PagedList, type PagedQuery } from './PagedList';

function aList(overrides: Partial<PagedQuery<string>> = {}): PagedQuery<string> {
  return {
    items: ['BGB-2026-00001'],
    error: null,
    refetch: vi.fn(),
    hasNextPage: false,
    isFetchingNextPage: false,
    fetchNextPage: vi.fn(),
    ...overrides,
  };
}

function renderList(list: PagedQuery<string>) {
  return renderWithProviders(
    <PagedList list={list} empty="No requests yet.">
      {(items) => (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </PagedList>,
  );
}

describe('a list fetched a page at a time', () => {
  it('offers the next page while there is one, and fetches it when asked', () => {
    const list = aList({ hasNextPage: true });
    renderList(list);

    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(list.fetchNextPage).toHaveBeenCalledTimes(1);
  });

  it('offers no more once the last page is shown', () => {
    renderList(aList());

    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('keeps the items shown when the next page fails, and says so under them', () => {
    renderList(aList({ hasNextPage: true, error: new ApiError(502, anError(502, 'INTERNAL')) }));

    expect(screen.getByText('BGB-2026-00001')).toBeTruthy();
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('says so when there is nothing at all', () => {
    renderList(aList({ items: [] }));

    expect(screen.getByText('No requests yet.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
