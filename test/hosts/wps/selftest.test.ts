// The 自检 on WPS, through the fake: refused in a document with content; in an empty one every
// capability passes (edit events too, since the fake reports its edits), or is skipped where the
// build lacks the API; the report names the reading path.
import * as path from 'path';
import { createWpsHost } from '../../../src/hosts/wps';
import { REFUSED } from '../../../src/hosts/wps/selftest';
import { CAPABILITIES } from '../../../src/hosts/selftest';
import { FIXTURES_DIR } from '../../fixtures/fixtures';
import { FakeWps, type FakeOptions } from './fake';

const EMPTY =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p/><w:sectPr/></w:body></w:document>';

const empty = (options?: FakeOptions) => new FakeWps({ document: EMPTY }, options);

test('every capability passes in an empty document', async () => {
  const wps = empty();
  const report = await createWpsHost(wps.app, wps.addon).selfTest!();
  expect(report.refused).toBeUndefined();
  expect(report.host).toBe('wps');
  expect(report.build).toBe('WPS 12.1.0.fake');
  expect(report.supported).toEqual([
    'Document.WordOpenXML',
    'Range.WordOpenXML',
    'UndoRecord',
    'ApiEvent',
    'PluginStorage',
  ]);
  expect(report.results.map((r) => r.id)).toEqual(CAPABILITIES.map((c) => c.id));
  expect(report.results.filter((r) => r.status !== 'passed')).toEqual([]);
  expect(report.results.find((r) => r.id === 'read-tables')?.seen).toMatch(
    /^Document\.WordOpenXML（一次读取整篇文档）：\d+ 个单元格$/,
  );
  expect(report.results.find((r) => r.id === 'insert-section')?.seen).toBe(
    '插入后读到 1 个表格；“一、总体情况”在表格前；表格首格“行政复议”',
  );
  expect(wps.variables.size).toBe(0);
});

test('edit events are skipped where WPS has no ApiEvent', async () => {
  const wps = empty({ events: false });
  const report = await createWpsHost(wps.app, wps.addon).selfTest!();
  const event = report.results.find((r) => r.id === 'edit-event');
  expect(event?.status).toBe('skipped');
  expect(report.results.filter((r) => r.status === 'failed')).toEqual([]);
});

test('refused in a document with content, which it leaves untouched', async () => {
  const wps = await FakeWps.fromDocx(path.join(FIXTURES_DIR, 'clean-2021.docx'));
  const before = wps.documentXml();
  const report = await createWpsHost(wps.app, wps.addon).selfTest!();
  expect(report.refused).toBe(REFUSED);
  expect(report.results).toEqual([]);
  expect(wps.documentXml()).toBe(before);
});
