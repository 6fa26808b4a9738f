// Colours shared by the charts; covered/uncovered match the map legend's meaning
// (green = reached, amber = still to do) and stay distinguishable in greyscale print.
// Material types take the map's symbol colours and shapes (INSTALLATION_SYMBOLS).
export const CHART_COLORS = {
  covered: '#006a4e',
  uncovered: '#f5a300',
  installations: '#1f5fa8',
  target: '#b3261e',
  visibility: '#2b8a9e',
} as const;
