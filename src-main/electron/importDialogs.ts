import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { MenuLabels } from './menuLabels';

/** Extensions the importer reads; the dialog still offers every file, since content decides. */
const reportExtensions = ['txt', 'md', 'html', 'htm', 'xhtml', 'docx', 'csv', 'json', 'xml'];

/** Asks for files (or one folder) to import; an empty list when the user cancels. */
export async function chooseImportPaths(
  window: BrowserWindow | undefined,
  kind: 'files' | 'folder',
  labels: MenuLabels,
): Promise<string[]> {
  const options: OpenDialogOptions =
    kind === 'files'
      ? {
          title: labels.importFilesTitle,
          properties: ['openFile', 'multiSelections'],
          filters: [
            { name: labels.reportsFilter, extensions: reportExtensions },
            { name: labels.allFiles, extensions: ['*'] },
          ],
        }
      : { title: labels.importFolderTitle, properties: ['openDirectory', 'multiSelections'] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}
