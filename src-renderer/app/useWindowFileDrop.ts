import { useEffect } from 'react';
import { findBridge } from '../api/qarinBridge';
import type { ImportDrop } from '../import/importDrop';
import { uploadItemsFromDrop } from '../import/uploadItems';

/**
 * Files and folders dropped anywhere on the window are imported. Without this the page would
 * navigate to the dropped file. The desktop app imports their paths (granted through the preload);
 * the browser cannot know a dropped file's path, so there the files are uploaded.
 */
export function useWindowFileDrop(onDrop: (drop: ImportDrop) => void): void {
  useEffect(() => {
    function onDragOver(event: DragEvent) {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    }
    function onWindowDrop(event: DragEvent) {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      const bridge = findBridge();
      if (!bridge) {
        uploadItemsFromDrop(event.dataTransfer).then(
          (items) => {
            if (items.length > 0) onDrop({ kind: 'files', items });
          },
          (error: unknown) => console.error('the dropped files could not be read', error),
        );
        return;
      }
      bridge.grantFiles([...event.dataTransfer.files]).then(
        (paths) => {
          if (paths.length > 0) onDrop({ kind: 'paths', paths });
        },
        (error: unknown) => console.error('the dropped files could not be granted', error),
      );
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onWindowDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onWindowDrop);
    };
  }, [onDrop]);
}
