export { writeFileDurably, syncDirectory, removeLeftoverTemporaryFiles } from './writeFileDurably';
export { DurableFileWriter } from './DurableFileWriter';
export { DurableTextFile, type DurableTextFileOptions, type OpenedFile } from './DurableTextFile';
export { DurableDataFile, type DurableDataFileOptions } from './DurableDataFile';
export { StoreError, type StoreErrorKind } from './StoreError';
export {
  decodeStoreText,
  encodeStore,
  type StoreFormat,
  type StoreMigration,
  type DecodedStore,
} from './storeEnvelope';
export { RollingBackups, type BackupPolicy, type BackupFile } from './RollingBackups';
export {
  DurableJsonStore,
  DEFAULT_BACKUP_POLICY,
  type DurableJsonStoreOptions,
  type BackupSummary,
  type RestoredBackup,
} from './DurableJsonStore';
