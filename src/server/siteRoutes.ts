import type { Route } from './router.js';

/** The calculator page and the machine-readable contract. */
export const siteRoutes: readonly Route[] = [];
