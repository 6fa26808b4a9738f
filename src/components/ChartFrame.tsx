import './components.css';
import type { ReactNode } from 'react';

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
 */
export function ChartFrame({ title, summary, tableLabel, table, children, testId }: ChartFrameProps) {
  return (
    <figure className="chart-frame" data-testid={testId}>
      <figcaption>
        <h3 className="chart-title">{title}</h3>
        <p className="chart-summary">{summary}</p>
      </figcaption>
      <div className="chart-drawing" aria-hidden="true">
        {children}
      </div>
      <details className="chart-table">
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
            {table.rows.map((row, index) => (
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
