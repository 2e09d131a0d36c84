import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, reportFingerprint } from '../anchoring';
import { meta, analysis, freshName } from '@/tests/unit/store/fixtures';
import { getAnnotation, saveAnnotation } from './annotations';
import { BODY_REREAD_KEY, rereadStoredBodies } from './body-reread';
import { openStore } from './migrations';
import { getSetting, hashText, saveReport, type GzbgDB } from './reports';
import { getLastSeen, listVersions, markSeen, pinVersion } from './versions';
import { VERSION_RATE } from './version-keep';

const BODY = [
  '政府工作报告',
  '——2021年1月23日在某市第十五届人民代表大会第五次会议上',
  '各位代表：',
  '现在，我代表市人民政府，向大会报告工作，请予审议。',
  '全市生产总值增长6%以上，城镇新增就业50万人以上。',
  '各位代表，让我们团结一心，为建设美好城市而努力奋斗！',
].join('\n');

/** The whole page as today's build stored it: menus, a view counter, the report, a sidebar, a footer. */
const page = (views: number) => [
  '首页 要闻动态 政务公开 政务服务', '当前位置：首页 > 政务公开', '2021年政府工作报告',
  `发布日期：2021-01-28　来源：市政府办公厅　浏览次数：${views}`, BODY, '相关新闻', '2022年将新建改建养老床位5000张',
  '网站标识码：3100000052　沪ICP备05003366号-1',
].join('\n');

let db: GzbgDB;
afterEach(() => db?.close());

describe('rereadStoredBodies: whole-page texts stored by the build before the body finder', () => {
  it('re-reads report and versions to the body, keeps seen/pinned/annotations on it, and runs once', async () => {
    db = await openStore(freshName());
    // A report without government and year: its annotations are named by the text's fingerprint.
    const a = analysis({ region: null, year: null, level: null });
    const url = 'https://www.example.gov.cn/art/2021/1/28/report.html';
    const first = await saveReport(db, { url, text: page(23459), analysis: a, at: 1000 });
    // An hour later: one source keeps one version an hour (version-keep.ts).
    const second = await saveReport(db, { url, text: page(23460), analysis: a, at: 2000 + VERSION_RATE.windowMs });
    expect(second).toMatchObject({ id: first.id, changed: true });
    expect(await listVersions(db, first.id)).toHaveLength(2);
    const hashes = (await listVersions(db, first.id)).map((v) => v.hash);
    await markSeen(db, first.id, await hashText(page(23460)));
    await pinVersion(db, first.id, await hashText(page(23459)), true);
    const start = page(23459).indexOf('城镇新增就业');
    const note = createAnnotation({
      text: page(23459), start, end: start + 12, source: url, note: '比去年多？', tags: [], colour: '#FFD400',
      report: { region: null, year: null, title: '政府工作报告', fingerprint: reportFingerprint(page(23459)) }, now: new Date(0),
    });
    await saveAnnotation(db, note);

    expect(await rereadStoredBodies(db)).toEqual({ reports: 1, versions: 2, annotations: 1 });

    const report = (await db.get('reports', first.id))!;
    expect(report.text).toBe(BODY);
    expect(report.hash).toBe(await hashText(BODY));
    expect(report.engine).toBeUndefined(); // its commitments are analyzed again from the body
    // The two page versions differed only in the counter: one version of the body, the earliest.
    const versions = await listVersions(db, first.id);
    expect(versions.map((v) => v.hash)).toEqual([report.hash]);
    expect((await db.get('versions', [first.id, report.hash]))!).toMatchObject({ text: BODY, seenAt: 1000 });
    expect(hashes).not.toContain(report.hash);
    expect((await getLastSeen(db, first.id))!.hash).toBe(report.hash);
    expect(versions[0]).toMatchObject({ lastSeen: true, pinned: true });
    const moved = (await getAnnotation(db, note.id))!;
    expect(moved.target.report.fingerprint).toBe(reportFingerprint(BODY));
    expect(moved.body.note).toBe('比去年多？');
    expect((await db.get('annotations', note.id))!.reportId).toBe(`fp:${reportFingerprint(BODY)}`);

    // Once: a later run finds the mark and changes nothing; a body read now is the same version.
    expect(await getSetting(db, BODY_REREAD_KEY)).toBeTruthy();
    expect(await rereadStoredBodies(db)).toEqual({ reports: 0, versions: 0, annotations: 0 });
    expect(await saveReport(db, { url, text: BODY, analysis: a, at: 3000 })).toMatchObject({ changed: false });
  });

  it('leaves a text in which no report opening is found as it is', async () => {
    db = await openStore(freshName());
    const text = '一份导入的文件，没有报告的开头。\n全市生产总值增长6%以上。';
    const saved = await saveReport(db, { url: '', text, analysis: analysis({ year: 2020 }, []) });
    expect(await rereadStoredBodies(db)).toEqual({ reports: 0, versions: 0, annotations: 0 });
    expect((await db.get('reports', saved.id))!.text).toBe(text);
    expect(meta().region).toBe('上海市');
  });
});
