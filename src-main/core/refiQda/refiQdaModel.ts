/**
 * A REFI-QDA project as Qarin reads it: only what it can carry, in the file's own terms (GUIDs,
 * code point positions). GUIDs are lower-cased, since tools differ in how they write them.
 */
export interface QdaCode {
  guid: string;
  name: string;
  color?: string;
  description?: string;
  parentGuid?: string;
}

export interface QdaSelection {
  guid: string;
  name?: string;
  /** Code points, as the file counts them. */
  start: number;
  end: number;
  description?: string;
  codeGuids: string[];
  noteGuids: string[];
  created?: string;
  modified?: string;
}

export interface QdaTextSource {
  guid: string;
  name: string;
  /** `internal://x.txt` (a file inside the archive) or another tool's reference. */
  plainTextPath?: string;
  /** The text itself, when the tool wrote it inline instead of as a file. */
  plainTextContent?: string;
  description?: string;
  selections: QdaSelection[];
  noteGuids: string[];
}

export interface QdaNote {
  guid: string;
  name: string;
  text: string;
  created?: string;
  modified?: string;
}

/** A named group of codes and sources; Qarin has no sets, so it keeps each one as a memo. */
export interface QdaSet {
  guid: string;
  name: string;
  description?: string;
  memberGuids: string[];
}

export interface QdaProject {
  name: string;
  origin?: string;
  codes: QdaCode[];
  textSources: QdaTextSource[];
  /** PDF, picture, audio and video sources, which Qarin cannot hold: their names, to report. */
  skippedSources: string[];
  notes: QdaNote[];
  sets: QdaSet[];
}
