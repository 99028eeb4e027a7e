import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { ParsedDocument } from '../../text/documentMeta';
import { canonicalText } from '../canonicalText';
import { compactMeta } from '../compactMeta';
import { ContentError } from '../contentError';
import { importReasons } from '../importReasons';
import { decodeXmlEntities } from '../decodeXmlEntities';
import { headingFromText } from '../reportHeading';
import { capTitle } from '../titleFromText';
import { zipExpandedSize } from '../zipExpandedSize';

function corePropertyText(coreXml: string, element: string): string | undefined {
  const match = new RegExp(`<${element}(?:\\s[^>]*)?>([\\s\\S]*?)</${element}>`).exec(coreXml);
  const value = match ? decodeXmlEntities(match[1]!).trim() : '';
  return value || undefined;
}

async function openArchive(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ContentError(importReasons.docxNotZip((error as Error).message));
  }
}

/**
 * A Word document is one report: its text as mammoth extracts it, one paragraph a line. The title
 * comes from the document properties (docProps/core.xml) when the author set one, else from the
 * first line; dc:creator becomes the author. An archive that would unpack to more than
 * `maxExpandedBytes` is refused unopened.
 */
export async function parseDocx(bytes: Uint8Array, maxExpandedBytes: number): Promise<ParsedDocument> {
  // Checked before anything is inflated: a few kilobytes can expand to gigabytes (a zip bomb).
  const expanded = zipExpandedSize(bytes);
  if (expanded !== undefined && expanded > maxExpandedBytes) {
    throw new ContentError(importReasons.docxExpands(expanded, maxExpandedBytes));
  }
  const archive = await openArchive(bytes);
  if (!archive.file('word/document.xml')) {
    throw new ContentError(importReasons.docxNoDocumentXml());
  }

  let rawText: string;
  try {
    // mammoth's Node build hands `buffer` straight to JSZip, which reads any Uint8Array (its ArrayBuffer
    // input is browser-only). Its typings say Node's Buffer, which core may not name: no copy is made.
    const input = { buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    rawText = (await mammoth.extractRawText(input)).value;
  } catch (error) {
    throw new ContentError(importReasons.docxCorrupt((error as Error).message));
  }
  // mammoth ends every paragraph with a blank line; empty paragraphs are spacing, not content.
  const text = canonicalText(rawText)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  if (!text) throw new ContentError(importReasons.docxNoText());

  const coreXml = await archive.file('docProps/core.xml')?.async('string');
  const title = coreXml === undefined ? undefined : corePropertyText(coreXml, 'dc:title');
  const author = coreXml === undefined ? undefined : corePropertyText(coreXml, 'dc:creator');
  const heading = headingFromText(text);
  return {
    key: '1',
    text,
    meta: compactMeta({ ...heading, ...(title ? { title: capTitle(title) } : {}), author }),
    format: 'docx',
    encoding: 'utf-8',
  };
}
