/**
 * How often the charts redraw while training: often enough to look live, rarely enough that
 * drawing a dozen lines never competes with the page's own frames.
 */
export const CHART_REFRESH_MS = 400;
