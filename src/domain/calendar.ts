// The campaign runs in Batam, so "today" is the calendar day in Asia/Jakarta (WIB) for
// every part of the app, the server and the tools, whatever the machine's own time zone.

// Built once: creating an Intl.DateTimeFormat with a time zone takes milliseconds, and the
// export buttons ask on every render of the data view.
const jakartaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Indonesia's western time zone (Batam), `YYYY-MM-DD`. */
export function todayInJakarta(now: Date = new Date()): string {
  return jakartaDate.format(now);
}
