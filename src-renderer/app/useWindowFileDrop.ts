import { useEffect } from 'react';
import { findBridge } from '../api/qarinBridge';

/**
 * In the desktop app, files dropped anywhere on the window are imported. Without this the page
 * would navigate to the dropped file. The browser cannot know a dropped file's path, so there the
 * drop is only stopped.
 */
export function useWindowFileDrop(onPaths: (paths: string[]) => void): void {
  useEffect(() => {
    function onDragOver(event: DragEvent) {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    }
    function onDrop(event: DragEvent) {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      const bridge = findBridge();
      if (!bridge) return;
      bridge.grantFiles([...event.dataTransfer.files]).then(
        (paths) => {
          if (paths.length > 0) onPaths(paths);
        },
        (error: unknown) => console.error('the dropped files could not be granted', error),
      );
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [onPaths]);
}
