/**
 * How often the charts redraw while training: often enough to look live, rarely enough that
 * drawing a dozen lines never competes with the page's own frames.
 */
export const CHART_REFRESH_MS = 400;

/**
 * The layer statistics arrive ten times a second and change slowly: once a second is live
 * enough, and each of their charts redraws in a frame of its own, leaving the others to the loss chart.
 */
export const STATISTICS_REFRESH_MS = 1000;
