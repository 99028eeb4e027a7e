import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch } from '../../src-main/api/dispatch';
import type { Settings } from '../../src-main/api/types';
import { observeSettings } from '../../src-main/electron/settingsObserver';
import { createRecordingWorkbench } from '../helpers/recordingWorkbench';

test('the menu hears of every settings change the renderer makes, with defaults filled in', async () => {
  const seen: Settings[] = [];
  const handlers = observeSettings(createRecordingWorkbench().handlers, (settings) => seen.push(settings));
  await dispatch(handlers, 'settings.set', { language: 'en' });
  await dispatch(handlers, 'settings.get', {});
  await dispatch(handlers, 'project.info', {});
  assert.equal(seen.length, 2);
  assert.equal(seen[0]!.language, 'en');
  assert.equal(seen[1]!.fontSize, 20);
});
