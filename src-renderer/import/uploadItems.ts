import type { UploadItem } from '../api/createHttpUploader';

/** Files from a file input: a folder pick gives each file's path inside the folder, a file pick its name. */
export function uploadItemsFromInput(files: FileList | null): UploadItem[] {
  return Array.from(files ?? [], (file) => ({ file, name: file.webkitRelativePath || file.name }));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until it answers with none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function collect(entry: FileSystemEntry, into: UploadItem[]): Promise<void> {
  if (entry.isFile) {
    into.push({ file: await fileOf(entry as FileSystemFileEntry), name: entry.fullPath.replace(/^\/+/, '') });
  } else if (entry.isDirectory) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await collect(child, into);
  }
}

/**
 * The files of a drop, folders walked, each named by its path inside what was dropped. Must be
 * called during the drop event: the browser empties the DataTransfer once the handler returns.
 * A drop that carries no entries (a DataTransfer made by a script) gives its plain files.
 */
export function uploadItemsFromDrop(dataTransfer: DataTransfer): Promise<UploadItem[]> {
  const entries = Array.from(dataTransfer.items, (item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null));
  const plainFiles = Array.from(dataTransfer.files);
  if (!entries.some((entry) => entry !== null)) {
    return Promise.resolve(plainFiles.map((file) => ({ file, name: file.name })));
  }
  return (async () => {
    const items: UploadItem[] = [];
    for (const [index, entry] of entries.entries()) {
      if (entry) await collect(entry, items);
      else if (plainFiles[index]) items.push({ file: plainFiles[index]!, name: plainFiles[index]!.name });
    }
    return items;
  })();
}
