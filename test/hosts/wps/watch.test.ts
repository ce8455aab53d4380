// Live re-checks: a user's edit (ContentChange) re-checks once after the debounce; the echo of
// the add-in's own writes does not; unsubscribing removes the listener.
import * as path from 'path';
import { createWpsHost } from '../../../src/hosts/wps';
import { DEBOUNCE_MS, QUIET_MS } from '../../../src/hosts/word/watch';
import { FIXTURES_DIR } from '../../fixtures/fixtures';
import { FakeWps } from './fake';

// Fake timers only once the fixture is loaded: JSZip runs on the real ones.
afterEach(() => jest.useRealTimers());

test('user edits re-check once, debounced; our own marks do not', async () => {
  const wps = await FakeWps.fromDocx(path.join(FIXTURES_DIR, 'error-cell-blank.docx'));
  jest.useFakeTimers();
  const host = createWpsHost(wps.app, wps.addon);
  const callback = jest.fn();
  const off = host.onChange!(callback);
  expect(wps.listeners).toHaveLength(1);

  await host.check(); // writes marks: ContentChange fires inside the write
  jest.advanceTimersByTime(DEBOUNCE_MS + QUIET_MS);
  expect(callback).not.toHaveBeenCalled();

  wps.userSetsCell(0, 3, 1, '5');
  wps.userSetsCell(0, 3, 1, '6');
  jest.advanceTimersByTime(DEBOUNCE_MS - 1);
  expect(callback).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(callback).toHaveBeenCalledTimes(1);

  off();
  expect(wps.listeners).toHaveLength(0);
  expect(wps.count('ApiEvent.RemoveApiEventListener')).toBe(1);
});

test('no ApiEvent: no live checks, and nothing throws', async () => {
  const wps = await FakeWps.fromDocx(path.join(FIXTURES_DIR, 'clean-2021.docx'), {
    events: false,
  });
  jest.useFakeTimers();
  const off = createWpsHost(wps.app, wps.addon).onChange!(jest.fn());
  expect(() => off()).not.toThrow();
});
