import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headingFromText } from '../../src-main/core/import/reportHeading';
import { readJsonl } from '../../src-main/core/import/formats/jsonl';
import { parseTxt } from '../../src-main/core/import/formats/txt';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');

describe('the heading of a report without metadata', () => {
  it('reads seed 004 as a masthead, a headline and a source credit', () => {
    const text = readFileSync(join(seeds, '004_2fe33e5567d9855b.txt'), 'utf8');
    assert.deepEqual(parseTxt(text, 'utf-8').meta, {
      title: 'ليبيا تسعى لتوحيد الجهود الأمنية عبر مركز مشترك',
      source: 'اخبار ليبيا 24',
    });
  });

  it('keeps a first line that reads as a headline, as every other seed has', () => {
    const text = readFileSync(join(seeds, '000_06f512fe5b46b25a.txt'), 'utf8');
    assert.deepEqual(headingFromText(text), {
      title: 'اجتماع عسكري حاسم في سرت يجمع قيادات الجيش البارزة ومسؤولي مصراتة.',
    });
  });

  it('takes the masthead as the outlet when no line credits one', () => {
    assert.deepEqual(
      headingFromText('بوابة الوسط\n\nوزير الداخلية يزور مدينة سبها لبحث الأوضاع الأمنية\n\nنص الخبر.'),
      {
        title: 'وزير الداخلية يزور مدينة سبها لبحث الأوضاع الأمنية',
        source: 'بوابة الوسط',
      },
    );
  });

  it('does not take a short headline above a body paragraph for a masthead', () => {
    const body = 'قال مسؤول في وزارة الصحة إن عدد المصابين ارتفع خلال الساعات الماضية '.repeat(3);
    assert.deepEqual(headingFromText(`عاجل من طرابلس\n${body}`), { title: 'عاجل من طرابلس' });
  });

  it('keeps a short title above a one-sentence body as the title', () => {
    assert.deepEqual(headingFromText('لقاء في طرابلس\n\nالتقى الوفد بممثلين عن المجلس الرئاسي.'), {
      title: 'لقاء في طرابلس',
    });
  });

  it('reads the credit line in its forms, and not a sentence that mentions a source', () => {
    assert.equal(
      headingFromText('عنوان الخبر هنا للاختبار\nالمصدر: وكالة الأنباء الليبية').source,
      'وكالة الأنباء الليبية',
    );
    assert.equal(headingFromText('Headline of the report here\nSource - Reuters').source, 'Reuters');
    assert.equal(
      headingFromText(
        'عنوان الخبر هنا للاختبار\nقال مصدر عسكري إن القوات انسحبت من المدينة بعد معارك استمرت أياما طويلة',
      ).source,
      undefined,
    );
  });

  it('fills a JSONL line’s missing title and source from its text, never over given ones', () => {
    const text = 'ليبيا الان\nليبيا تسعى لتوحيد الجهود الأمنية عبر مركز مشترك\nمصدر الخبر / اخبار ليبيا 24\nنص الخبر.';
    const line = (fields: object) => JSON.stringify({ text, ...fields });
    const [derived] = readJsonl(line({}), 'utf-8').documents;
    assert.equal(derived?.meta.title, 'ليبيا تسعى لتوحيد الجهود الأمنية عبر مركز مشترك');
    assert.equal(derived?.meta.source, 'اخبار ليبيا 24');
    const [given] = readJsonl(line({ title: 'عنوان', source: 'الوسط' }), 'utf-8').documents;
    assert.equal(given?.meta.title, 'عنوان');
    assert.equal(given?.meta.source, 'الوسط');
  });
});
