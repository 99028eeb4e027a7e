/**
 * The renderer is served from `qarin://app/` rather than `file://`: a custom scheme gives the page a
 * real origin for 'self' in the CSP and for the IPC sender check, and lets main attach headers.
 * Electron's security checklist advises this over file://.
 */
export const appScheme = 'qarin';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
export const appIndexUrl = `${appOrigin}/index.html`;
