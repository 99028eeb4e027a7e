/**
 * The IPC channels between the preload and main. Main keeps the same names in
 * `src-main/electron/ipcChannels.ts` (a test keeps them equal): each side may import only its own layer.
 */
/** Every contract call travels on this one channel as `(method, input)`. */
export const callChannel = 'qarin:call';
/** Contract events, as `(eventName, payload)`. */
export const eventChannel = 'qarin:event';
/** Menu commands the renderer must carry out, as one `MenuCommand`. */
export const menuChannel = 'qarin:menu';
/** The page asks main to show its open dialog, as `('files' | 'folder')`; main grants and returns the chosen paths. */
export const chooseImportChannel = 'qarin:choose-import';
/** The preload hands main the paths of files the user dropped or picked, to grant them for `import.start`. */
export const grantDroppedChannel = 'qarin:grant-dropped';
