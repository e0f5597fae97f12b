import { Table, type TableProps, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

interface DataTableProps extends Omit<TableProps, 'children' | 'aria-label' | 'miw'> {
  /** The table's name, as its caption: what a screen reader announces on entering it. */
  label: string;
  /** One column header each; a header may be for screen readers only (e.g. an actions column). */
  headers: readonly ReactNode[];
  /** Narrower than this (a 375 px phone), the table scrolls sideways rather than squeezing. */
  minWidth: number;
  /** The rows, each led by its row header. */
  children: ReactNode;
}

/** A table of records: named by its caption, with column headers, scrolling on a narrow screen. */
export function DataTable({
  label,
  headers,
  minWidth,
  children,
  verticalSpacing = 'sm',
  ...tableProps
}: DataTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native">
      <Table verticalSpacing={verticalSpacing} {...tableProps}>
        <VisuallyHidden component="caption">{label}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header, index) => (
              // Columns never move: their place is their identity.
              <Table.Th scope="col" key={index}>
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
