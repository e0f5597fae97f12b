import { fireEvent, screen } from '@testing-library/react';
import { ApiError } from '../api/api-error';
import { anError } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { QueryBoundary, type QueryState } from './QueryBoundary';

const failed = new ApiError(500, anError(500, 'INTERNAL'));

function renderBoundary(query: QueryState<string[]>, empty?: string) {
  return renderWithProviders(
    <QueryBoundary query={query} loadingLabel="Loading the biobanks" empty={empty}>
      {(names) => <p>{names.join(', ')}</p>}
    </QueryBoundary>,
  );
}

describe('the query boundary', () => {
  it('announces what is loading while there is nothing to show yet', () => {
    renderBoundary({ data: undefined, error: null, refetch: vi.fn() });

    expect(screen.getByRole('status').textContent).toBe('Loading the biobanks');
  });

  it('says what went wrong and tries again when asked', () => {
    const refetch = vi.fn();
    renderBoundary({ data: undefined, error: failed, refetch });

    expect(screen.getByRole('alert').textContent).toMatch(/Something went wrong/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('keeps what it already shows when a later refetch fails', () => {
    renderBoundary({ data: ['DCB'], error: failed, refetch: vi.fn() });

    expect(screen.getByText('DCB')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says in words that there is nothing, when told what to say', () => {
    renderBoundary({ data: [], error: null, refetch: vi.fn() }, 'No biobanks yet.');

    expect(screen.getByText('No biobanks yet.')).toBeTruthy();
  });

  it('renders the content with the data', () => {
    renderBoundary({ data: ['DCB', 'DRB'], error: null, refetch: vi.fn() }, 'No biobanks yet.');

    expect(screen.getByText('DCB, DRB')).toBeTruthy();
    expect(screen.queryByText('No biobanks yet.')).toBeNull();
  });
});
