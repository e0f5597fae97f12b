import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { PageHeader } from './PageHeader';

describe('the page header', () => {
  it('gives the page its one level-1 heading and says what the page is for', () => {
    renderWithProviders(<PageHeader title="Routing rules" lead="Where requests go" />);

    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'Routing rules',
    ]);
    expect(screen.getByText('Where requests go')).toBeTruthy();
  });

  it("puts the page's main commands beside the heading", () => {
    renderWithProviders(
      <PageHeader title="My requests" actions={<button type="button">New request</button>} />,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'My requests' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New request' })).toBeTruthy();
  });
});
