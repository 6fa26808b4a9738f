import './components.css';
import { useState, type ReactNode } from 'react';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

interface ChartFrameProps {
  title: string;
  /** One sentence a screen reader announces instead of the drawing. */
  summary: string;
  /** Label of the toggle that shows the same data as a table. */
  tableLabel: string;
  table: ChartTable;
  children: ReactNode;
  testId?: string;
}

/**
 * A chart with a title and the same numbers as a table. The drawing is hidden
 * from assistive technology because the table says the same thing, in order.
 * The table body is rendered only while the table is open: the progress table has
 * a row per day with a change (~250 rows at 100,000 installations), and keeping
 * those rows in the DOM meant updating ~1,000 cells on every filter change for a
 * table nobody was looking at. Cost: find-in-page does not see closed tables.
 */
export function ChartFrame({ title, summary, tableLabel, table, children, testId }: ChartFrameProps) {
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <figure className="chart-frame" data-testid={testId}>
      <figcaption>
        <h3 className="chart-title">{title}</h3>
        <p className="chart-summary">{summary}</p>
      </figcaption>
      <div className="chart-drawing" aria-hidden="true">
        {children}
      </div>
      <details className="chart-table" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>{tableLabel}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">{column}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tableOpen && table.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) =>
                  cellIndex === 0 ? <th key={cellIndex} scope="row">{cell}</th> : <td key={cellIndex}>{cell}</td>,
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
