// Colours shared by the charts; covered/uncovered match the map legend's meaning
// (green = reached, amber = still to do) and stay distinguishable in greyscale print.
export const CHART_COLORS = {
  covered: '#006a4e',
  uncovered: '#f5a300',
  installations: '#1f5fa8',
  target: '#b3261e',
  types: { baliho: '#006a4e', spanduk: '#1f5fa8', banner: '#8a4fbf', poster: '#f5a300' },
  visibility: '#2b8a9e',
} as const;
