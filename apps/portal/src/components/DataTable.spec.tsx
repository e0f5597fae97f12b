import { screen, within } from '@testing-library/react';
import { VisuallyHidden } from '@mantine/core';
import { renderWithProviders } from '../test/render';
import { DataTable } from './DataTable';

describe('a data table', () => {
  it('is named by its caption, with a header for every column and rows led by their header', () => {
    renderWithProviders(
      <DataTable
        label="Routing rules"
        headers={['Name', 'Service', <VisuallyHidden key="actions">Actions</VisuallyHidden>]}
        minWidth={640}
      >
        <tr>
          <th scope="row">Cancer to DCB</th>
          <td>Any service</td>
          <td>
            <button type="button">Edit</button>
          </td>
        </tr>
      </DataTable>,
    );

    const table = screen.getByRole('table', { name: 'Routing rules' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Name', 'Service', 'Actions']);
    expect(within(table).getByRole('rowheader', { name: 'Cancer to DCB' })).toBeTruthy();
    // Only the body's rows and the header row: the caption is not a row.
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });

  it('scrolls sideways inside its own container on a narrow screen', () => {
    renderWithProviders(
      <DataTable label="Users" headers={['Name']} minWidth={760}>
        <tr>
          <th scope="row">Rikke</th>
        </tr>
      </DataTable>,
    );

    const container = screen
      .getByRole('table', { name: 'Users' })
      .closest<HTMLElement>('.mantine-TableScrollContainer-scrollContainer');
    expect(container?.style.getPropertyValue('--table-overflow')).toBe('auto');
    expect(container?.style.getPropertyValue('--table-min-width')).toMatch(/47\.5rem/);
  });
});
