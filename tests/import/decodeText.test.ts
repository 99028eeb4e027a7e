import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText } from '../../src-main/core/import/decodeText';
import { canonicalText } from '../../src-main/core/import/canonicalText';
import { ContentError } from '../../src-main/core/import/contentError';
import { FixtureFolder, utf8 } from './importFixtures';

const arabic = 'اجتماع عسكري في سرت يجمع قيادات الجيش.\nتعليقات';
const folder = new FixtureFolder();
after(() => folder.remove());

function withBom(bom: number[], body: Uint8Array): Uint8Array {
  return Uint8Array.from([...bom, ...body]);
}

function rejects(bytes: Uint8Array, reason: RegExp): void {
  assert.throws(
    () => decodeText(bytes),
    (error: unknown) => error instanceof ContentError && reason.test(error.reason.en),
  );
}

describe('decodeText: encodings', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    const { bytes } = folder.write('plain.txt', utf8(arabic));
    assert.deepEqual(decodeText(bytes), { text: arabic, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const { bytes } = folder.write('bom.txt', withBom([0xef, 0xbb, 0xbf], utf8(arabic)));
    assert.deepEqual(decodeText(bytes), { text: arabic, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const little = folder.write('le.txt', iconv.encode(arabic, 'utf-16le', { addBOM: true })).bytes;
    const big = folder.write('be.txt', withBom([0xfe, 0xff], iconv.encode(arabic, 'utf-16be'))).bytes;
    assert.deepEqual([little[0], little[1]], [0xff, 0xfe]);
    assert.deepEqual(decodeText(little), { text: arabic, encoding: 'utf-16le' });
    assert.deepEqual(decodeText(big), { text: arabic, encoding: 'utf-16be' });
  });

  it('detects Windows-1256 Arabic instead of assuming it', () => {
    const { bytes } = folder.write('cp1256.txt', iconv.encode(arabic, 'windows-1256'));
    assert.deepEqual(decodeText(bytes), { text: arabic, encoding: 'windows-1256' });
  });

  it('keeps plain ASCII as UTF-8', () => {
    assert.deepEqual(decodeText(utf8('Reuters, 12 March')), { text: 'Reuters, 12 March', encoding: 'utf-8' });
  });

  it('uses a declared single-byte charset when the bytes are not UTF-8', () => {
    const bytes = iconv.encode('خبر عاجل', 'iso-8859-6');
    assert.deepEqual(decodeText(bytes, { declaredEncoding: 'ISO-8859-6' }), {
      text: 'خبر عاجل',
      encoding: 'iso-8859-6',
    });
  });

  it('prefers valid UTF-8 over a stale declared charset', () => {
    assert.deepEqual(decodeText(utf8('خبر'), { declaredEncoding: 'windows-1256' }), { text: 'خبر', encoding: 'utf-8' });
  });
});

describe('decodeText: canonical form', () => {
  it('turns CRLF and lone CR into LF', () => {
    const { bytes } = folder.write('crlf.txt', utf8('سطر أول\r\nسطر ثان\rسطر ثالث\n'));
    assert.equal(decodeText(bytes).text, 'سطر أول\nسطر ثان\nسطر ثالث\n');
  });

  it('composes to NFC (alef + combining hamza becomes أ; e + acute becomes é)', () => {
    const decomposed = 'ا\u0654مين café'.replace('é', 'e\u0301');
    const { text } = decodeText(utf8(decomposed));
    assert.equal(text, 'أمين café');
    assert.equal(text, text.normalize('NFC'));
  });

  it('canonicalText removes only a leading byte-order mark', () => {
    assert.equal(canonicalText('\uFEFFنص\r\n'), 'نص\n');
    assert.equal(canonicalText('نص\uFEFFآخر'), 'نص\uFEFFآخر');
  });

  it('decodes UTF-16 CRLF text to LF as well', () => {
    const bytes = iconv.encode('أ\r\nب', 'utf-16le', { addBOM: true });
    assert.equal(decodeText(bytes).text, 'أ\nب');
  });
});

describe('decodeText: bytes that are not readable text', () => {
  it('rejects NUL bytes as binary and says where', () => {
    rejects(Uint8Array.from([0x41, 0x42, 0x00, 0x43]), /^binary file: contains NUL bytes \(first at byte 2\)/);
  });

  it('hints at UTF-16 when NULs alternate like UTF-16 without a BOM', () => {
    rejects(iconv.encode('Hello, world', 'utf-16le'), /UTF-16 without a byte-order mark/);
  });

  it('names well-known binary formats', () => {
    rejects(utf8('%PDF-1.7\n...'), /PDF document/);
    rejects(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG image/);
  });

  it('rejects text full of control bytes', () => {
    rejects(
      Uint8Array.from({ length: 200 }, (_, index) => (index % 5 === 0 ? 0x01 : 0x61)),
      /control bytes/,
    );
  });

  it('rejects bytes that are neither UTF-8 nor Arabic in Windows-1256, naming the first bad byte', () => {
    const latin1 = iconv.encode('Le président a déclaré à la presse', 'latin1');
    rejects(latin1, /^undecodable bytes: not valid UTF-8 \(byte 5 is 0xE9\)/);
  });

  it('rejects a UTF-8 byte-order mark followed by invalid UTF-8', () => {
    rejects(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xff]), /UTF-8 byte-order mark but byte 4 \(0xFF\)/);
  });

  it('rejects UTF-16 with an odd number of bytes', () => {
    rejects(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), /odd number of bytes/);
  });

  it('rejects UTF-32 by name', () => {
    rejects(Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0]), /UTF-32/);
  });
});
