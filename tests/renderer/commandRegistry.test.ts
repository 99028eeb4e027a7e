// Keys go to the focused pane's commands first: with four panes open, F3 must move one pane's hits.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CommandRegistry, GLOBAL_SCOPE, type KeyPress } from '../../src-renderer/commands/commandRegistry';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: more.code ?? '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...more,
});

describe('CommandRegistry', () => {
  it('runs a key only in the focused pane, falling back to global commands', () => {
    const registry = new CommandRegistry();
    const ran: string[] = [];
    registry.register({
      id: 'next',
      scope: 'pane-1',
      keys: [{ key: 'F3', shift: false }],
      run: () => ran.push('pane-1'),
    });
    registry.register({
      id: 'next',
      scope: 'pane-2',
      keys: [{ key: 'F3', shift: false }],
      run: () => ran.push('pane-2'),
    });
    registry.register({
      id: 'search',
      scope: GLOBAL_SCOPE,
      keys: [{ key: 'k', mod: true }],
      run: () => ran.push('search'),
    });
    assert.equal(registry.handleKey(press('F3'), 'pane-2'), true);
    assert.equal(registry.handleKey(press('K', { ctrlKey: true }), 'pane-2'), true);
    assert.equal(registry.handleKey(press('F3', { shiftKey: true }), 'pane-2'), false, 'Shift+F3 is another chord');
    assert.equal(registry.handleKey(press('F3'), undefined), false, 'no pane has the focus');
    assert.deepEqual(ran, ['pane-2', 'search']);
  });

  it('matches letters by key position and lets a command decline through `when`', () => {
    const registry = new CommandRegistry();
    let selection = false;
    const ran: string[] = [];
    registry.register({
      id: 'highlight',
      scope: 'pane-1',
      keys: [{ code: 'KeyH', shift: false }],
      when: () => selection,
      run: () => ran.push('highlight'),
    });
    // «ا» is where H is on an Arabic layout.
    assert.equal(registry.handleKey(press('ا', { code: 'KeyH' }), 'pane-1'), false);
    selection = true;
    assert.equal(registry.handleKey(press('ا', { code: 'KeyH' }), 'pane-1'), true);
    assert.equal(registry.handleKey(press('h', { code: 'KeyH', ctrlKey: true }), 'pane-1'), false, 'Ctrl+H is not H');
    assert.deepEqual(ran, ['highlight']);
  });

  it('runs commands by id, the latest registration winning, and forgets unregistered ones', () => {
    const registry = new CommandRegistry();
    const ran: string[] = [];
    const first = registry.register({
      id: 'search.focus',
      scope: GLOBAL_SCOPE,
      keys: [],
      run: () => ran.push('first'),
    });
    const second = registry.register({
      id: 'search.focus',
      scope: GLOBAL_SCOPE,
      keys: [],
      run: () => ran.push('second'),
    });
    assert.equal(registry.run('search.focus', 'pane-1'), true);
    second();
    registry.run('search.focus', undefined);
    first();
    assert.equal(registry.run('search.focus', undefined), false);
    assert.deepEqual(ran, ['second', 'first']);
  });
});
