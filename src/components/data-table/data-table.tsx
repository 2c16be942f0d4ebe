import type { ReactNode } from 'react';
import './data-table.css';

/** One column of a data table. */
export type Column<Row> = {
  header: string;
  /** The cell's content; numbers should arrive formatted. */
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
};

/** The accessible table view of a chart: the same rows the chart draws, as text. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  return (
    <div className="data-table" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={column.numeric ? 'data-table__numeric' : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, i) => {
                const Cell = i === 0 ? 'th' : 'td';
                return (
                  <Cell
                    key={column.header}
                    scope={i === 0 ? 'row' : undefined}
                    className={column.numeric ? 'data-table__numeric' : undefined}
                  >
                    {column.cell(row)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
