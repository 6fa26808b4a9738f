/** A status line: what just happened, or what failed, with at most one action (e.g. undo). */
export interface NoticeState {
  text: string;
  error?: boolean;
  action?: { label: string; run(): void };
}

export function Notice({ notice, testId }: { notice: NoticeState | undefined; testId?: string }) {
  if (!notice) return null;
  return (
    <p className={notice.error ? 'status-line error' : 'status-line ok'} role={notice.error ? 'alert' : 'status'} data-testid={testId}>
      {notice.text}
      {notice.action && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={notice.action.run}>
            {notice.action.label}
          </button>
        </>
      )}
    </p>
  );
}
