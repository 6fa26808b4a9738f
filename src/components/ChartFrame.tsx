import './components.css';
import { useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

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
  /** Height of the drawing in pixels (it takes the frame's width). */
  height: number;
  /** False: the drawing's place is kept empty until the page mounts it (`useStaggeredCount`); title, summary and table are there. */
  drawn?: boolean;
  /** Told the drawing's width when it is first measured and whenever it changes (e.g. to fit the number of axis labels). */
  onWidth?: (width: number) => void;
  /** The Recharts chart. */
  children: ReactElement;
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
export function ChartFrame({ title, summary, tableLabel, table, height, drawn = true, onWidth, children, testId }: ChartFrameProps) {
  const [tableOpen, setTableOpen] = useState(false);
  // The drawing's width, read once before the chart mounts: Recharts' ResponsiveContainer
  // otherwise mounts empty, measures in an effect and draws in a later render, so the
  // drawings of charts mounted one per task (`useStaggeredCount`) were drawn together.
  // A frame without width yet (hidden) leaves the container to measure for itself.
  const drawingRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    if (!drawn || width !== undefined || !drawingRef.current) return;
    const measured = Math.round(drawingRef.current.getBoundingClientRect().width);
    setWidth(measured);
    onWidth?.(measured);
  }, [drawn, width, onWidth]);
  return (
    <figure className="chart-frame" data-testid={testId}>
      <figcaption>
        <h3 className="chart-title">{title}</h3>
        <p className="chart-summary">{summary}</p>
      </figcaption>
      <div className="chart-drawing" aria-hidden="true" style={{ minHeight: height }} ref={drawingRef}>
        {drawn && width !== undefined && (
          <ResponsiveContainer width="100%" height={height} initialDimension={width > 0 ? { width, height } : undefined} debounce={100} onResize={onWidth}>{children}</ResponsiveContainer>
        )}
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
