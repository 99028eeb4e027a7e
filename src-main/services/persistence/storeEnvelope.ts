import type { z } from 'zod';
import type { FileContent } from './fileContent';
import { jsonBytes } from './jsonBytes';
import { StoreError } from './StoreError';
import { locateJsonSyntaxError } from './jsonSyntaxErrorLocation';
import { parseJsonInSlices } from './parseJsonInSlices';

/** Turns data of one schema version into data of the next; it may throw if the data cannot be moved. */
export type StoreMigration = (olderData: unknown) => unknown;

/**
 * What a store file holds and how to read older copies of it. `migrations[n]` turns schema n
 * into schema n + 1, so a file of any older version walks up one step at a time.
 */
export interface StoreFormat<T> {
  schema: z.ZodType<T>;
  /** The version this build writes; files with a higher one are refused, never rewritten. */
  schemaVersion: number;
  migrations?: Readonly<Record<number, StoreMigration>>;
}

/**
 * The file on disk is `{ "schemaVersion": N, "savedAt": ISO, "data": … }`: the version sits outside
 * the data so it can be read before the data is trusted, and a person opening the file sees first
 * which version wrote it and when.
 */
interface StoreEnvelope {
  schemaVersion: number;
  savedAt: string;
  data: unknown;
}

export interface DecodedStore<T> {
  data: T;
  /** The version found in the file; lower than the format's when the data was migrated on reading. */
  storedVersion: number;
  savedAt: string | null;
}

const BYTE_ORDER_MARK = '\uFEFF';
const MAX_REPORTED_ISSUES = 3;

/**
 * The store file's text for `data`. Indented text is for the small stores people read; compact text
 * (the library) is made a piece at a time as it is written, so a large store is never one string.
 */
export function encodeStore<T>(data: T, format: StoreFormat<T>, savedAt: Date, prettyPrint: boolean): FileContent {
  const envelope: StoreEnvelope = { schemaVersion: format.schemaVersion, savedAt: savedAt.toISOString(), data };
  return prettyPrint ? `${JSON.stringify(envelope, null, 2)}\n` : jsonBytes(envelope);
}

function describeIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((segment, position) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      return position === 0 ? name : `.${name}`;
    })
    .join('');
}

/** The first few schema issues as `path: message`, for messages shown to the user. */
export function describeSchemaIssues(error: z.ZodError): string {
  const shown = error.issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((issue) => `${describeIssuePath(issue.path)}: ${issue.message}`);
  const hidden = error.issues.length - shown.length;
  return hidden > 0 ? `${shown.join('; ')} (and ${hidden} more)` : shown.join('; ');
}

function parseJson(text: string, filePath: string): unknown {
  if (text.trim() === '') {
    throw new StoreError('corrupt', filePath, `is empty (${text.length} characters); expected a Qarin store file`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const location = locateJsonSyntaxError(text);
    const where = location === null ? '' : ` (line ${location.line}, column ${location.column})`;
    // V8 quotes the text around the error, line breaks included; one line reads better in a dialog.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    throw new StoreError('corrupt', filePath, `is not valid JSON${where}: ${detail}`, { cause: error });
  }
}

function readEnvelope(parsed: unknown, filePath: string): Omit<StoreEnvelope, 'savedAt'> & { savedAt: string | null } {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new StoreError(
      'corrupt',
      filePath,
      'is not a Qarin store file: expected an object with "schemaVersion" and "data"',
    );
  }
  const fields = parsed as Record<string, unknown>;
  const version = fields['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new StoreError(
      'corrupt',
      filePath,
      'is not a Qarin store file: "schemaVersion" is missing or not a positive whole number',
    );
  }
  if (!('data' in fields)) {
    throw new StoreError('corrupt', filePath, 'is not a Qarin store file: it has no "data" field');
  }
  const savedAt = typeof fields['savedAt'] === 'string' ? fields['savedAt'] : null;
  return { schemaVersion: version, savedAt, data: fields['data'] };
}

function migrate<T>(data: unknown, fromVersion: number, format: StoreFormat<T>, filePath: string): unknown {
  let current = data;
  for (let version = fromVersion; version < format.schemaVersion; version += 1) {
    const step = format.migrations?.[version];
    if (step === undefined) {
      throw new StoreError(
        'invalid',
        filePath,
        `uses schema ${fromVersion}, and this version of Qarin has no migration from schema ${version} to ${version + 1}`,
      );
    }
    try {
      current = step(current);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new StoreError(
        'invalid',
        filePath,
        `could not be migrated from schema ${version} to ${version + 1}: ${detail}`,
        {
          cause: error,
        },
      );
    }
  }
  return current;
}

export interface DecodeOptions {
  /**
   * This very text, of the current version, already passed the schema (see SchemaCheckNote), so
   * its data is used as parsed; the envelope is still read and checked.
   */
  schemaAccepted?: boolean;
}

/**
 * Reads a store file's text into checked data of the current schema version, migrating older
 * files. Every way the text can be unusable ends in a StoreError that names the file and why.
 */
export function decodeStoreText<T>(
  rawText: string,
  filePath: string,
  format: StoreFormat<T>,
  options: DecodeOptions = {},
): DecodedStore<T> {
  // Editors on Windows may save with a byte order mark, which JSON.parse rejects.
  const text = rawText.startsWith(BYTE_ORDER_MARK) ? rawText.slice(1) : rawText;
  return decodeStoreValue(parseJson(text, filePath), filePath, format, options);
}

/**
 * `decodeStoreText` of the UTF-8 text `bytes`, parsed a slice at a time (`parseJsonInSlices`) so
 * that opening a large library leaves the main thread free between slices. A text that does not
 * parse that way is decoded whole, for the reason `decodeStoreText` gives.
 */
export async function decodeStoreBytes<T>(
  bytes: Buffer,
  filePath: string,
  format: StoreFormat<T>,
  options: DecodeOptions = {},
): Promise<DecodedStore<T>> {
  let parsed: unknown;
  try {
    parsed = await parseJsonInSlices(bytes);
  } catch {
    return decodeStoreText(bytes.toString('utf8'), filePath, format, options);
  }
  return decodeStoreValue(parsed, filePath, format, options);
}

/**
 * What `decodeStoreBytes` gives for the text `parsed` was parsed from (a store's `ParsedCopy`):
 * the same checks of its envelope and version, and the same migration and schema check.
 */
export function decodeStoreValue<T>(
  parsed: unknown,
  filePath: string,
  format: StoreFormat<T>,
  { schemaAccepted = false }: DecodeOptions,
): DecodedStore<T> {
  const envelope = readEnvelope(parsed, filePath);
  if (envelope.schemaVersion > format.schemaVersion) {
    throw new StoreError(
      'newer-version',
      filePath,
      `was written by a newer Qarin (schema ${envelope.schemaVersion}; this version reads up to ${format.schemaVersion})`,
    );
  }
  if (schemaAccepted && envelope.schemaVersion === format.schemaVersion) {
    return { data: envelope.data as T, storedVersion: envelope.schemaVersion, savedAt: envelope.savedAt };
  }
  const migrated = migrate(envelope.data, envelope.schemaVersion, format, filePath);
  const checked = format.schema.safeParse(migrated);
  if (!checked.success) {
    const migratedNote =
      envelope.schemaVersion < format.schemaVersion ? ` after migration from schema ${envelope.schemaVersion}` : '';
    throw new StoreError(
      'invalid',
      filePath,
      `holds data that does not fit schema ${format.schemaVersion}${migratedNote}: ${describeSchemaIssues(checked.error)}`,
    );
  }
  return { data: checked.data, storedVersion: envelope.schemaVersion, savedAt: envelope.savedAt };
}
