// 自检 over the fake on both platforms: every capability tried and re-read in an empty document,
// the web's one documented failure (shading cannot be reset to none) reported as seen, the
// document left empty; a document with content is refused and left untouched.
import * as fs from 'fs';
import * as path from 'path';
import { CAPABILITIES, selfTestText } from '../../../src/hosts/selftest';
import { createWordHost } from '../../../src/hosts/word';
import {
  EVENT_WAIT_MS,
  SELFTEST_REFUSED,
  SELFTEST_SETTING,
} from '../../../src/hosts/word/selftest';
import { doc as documentXml } from '../../core/ooxml/xml';
import { FakeDocument, fakeEnv, type FakePlatform } from './fakeWord';
import { FIXTURES } from './helpers';

const emptyDocument = (platform: FakePlatform): FakeDocument =>
  new FakeDocument(documentXml('<w:p/>'), undefined, undefined, { platform });

test('desktop: every capability passes, and the document is left empty', async () => {
  const doc = emptyDocument('desktop');
  const before = doc.xml();
  const report = await createWordHost(fakeEnv(doc)).selfTest?.();
  expect(report?.refused).toBeUndefined();
  expect(report?.results.map((r) => [r.id, r.status])).toEqual(
    CAPABILITIES.map((c) => [c.id, 'passed']),
  );
  expect(report?.build).toBe('Word 16.0.17928.20114 (PC)');
  expect(report?.supported).toEqual([
    'WordApi 1.1',
    'WordApi 1.2',
    'WordApi 1.3',
    'WordApi 1.4',
    'WordApi 1.5',
    'WordApi 1.6',
  ]);
  expect(report?.results.find((r) => r.id === 'read-tables')?.seen).toBe(
    '读到 1 个表格，第 1 个 2×3，第 2 行为“数量｜｜3”',
  );
  expect(doc.xml()).toBe(before);
  expect(doc.settings.has(SELFTEST_SETTING)).toBe(false);
});

test('web: clearing shading to none fails, as documented, and is reported as seen', async () => {
  const doc = emptyDocument('web');
  const report = await createWordHost(fakeEnv(doc)).selfTest?.();
  expect(report?.platform).toBe('OfficeOnline');
  const failed = report?.results.filter((r) => r.status !== 'passed');
  expect(failed).toEqual([
    {
      id: 'clear-marks',
      label: '清除标记',
      status: 'failed',
      seen: '清除后底纹为“#D13438”',
    },
  ]);
  const text = report ? selfTestText(report) : '';
  expect(text.split('\n')).toContain('清除标记\t失败\t清除后底纹为“#D13438”');
});

test('WordApi 1.3: no edit events, so that capability is skipped with the reason', async () => {
  const doc = emptyDocument('desktop');
  const report = await createWordHost(fakeEnv(doc, { wordApi: '1.3' })).selfTest?.();
  expect(report?.results.find((r) => r.id === 'edit-event')).toEqual({
    id: 'edit-event',
    label: '接收编辑事件',
    status: 'skipped',
    seen: '此版本的 Word 不支持 WordApi 1.6 的编辑事件，将以选择变化代替',
  });
});

test('a document with content is refused and left untouched', async () => {
  const doc = await FakeDocument.fromDocx(fs.readFileSync(path.join(FIXTURES, 'seed-004.docx')));
  const before = doc.xml();
  const report = await createWordHost(fakeEnv(doc)).selfTest?.();
  expect(report?.refused).toBe(SELFTEST_REFUSED);
  expect(report?.results).toEqual([]);
  expect(doc.xml()).toBe(before);
});

test(`no edit event within ${EVENT_WAIT_MS / 1000} s: that capability fails, saying so`, async () => {
  const doc = emptyDocument('desktop');
  doc.emit = async () => undefined; // Word never reports the edit
  jest.useFakeTimers();
  try {
    const pending = createWordHost(fakeEnv(doc)).selfTest?.();
    await jest.advanceTimersByTimeAsync(EVENT_WAIT_MS + 1000);
    const report = await pending;
    expect(report?.results.find((r) => r.id === 'edit-event')).toMatchObject({
      status: 'failed',
      seen: `${EVENT_WAIT_MS / 1000} 秒内没有收到编辑事件`,
    });
  } finally {
    jest.useRealTimers();
  }
});
