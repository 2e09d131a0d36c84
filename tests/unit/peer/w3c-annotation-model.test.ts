/**
 * External test: the W3C Web Annotation Data Model test suite (web-platform-tests
 * `annotation-model/`, 3-Clause BSD; copied to tests/fixtures/peer/w3c-annotation-model/).
 * The 7 definition libraries are registered with a draft-04 validator (ajv-draft-04 + ajv-formats);
 * every assertion of every .test is run on what lib/exchange exports, and must give its expected
 * result. Musts: every exported annotation, collection and page. Optionals ("should"/"may"):
 * each one either passes on our fullest export, or is listed in NOT_USED with the reason we do
 * not use that feature (and then must not pass, so the list stays true).
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe as group, expect, it } from 'vitest';
import { createAnnotation, reportFingerprint, type Annotation } from '../../../lib/anchoring/index.ts';
import { exportAnnotation, exportCollection, type JsonObject } from '../../../lib/exchange/index.ts';

const ROOT = new URL('../../fixtures/peer/w3c-annotation-model/', import.meta.url);
const read = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, ROOT), 'utf8'));

interface Assertion {
  id: string;
  assertionType: 'must' | 'should' | 'may';
  expectedResult: 'valid' | 'invalid';
  title: string;
}
interface TestFile {
  name: string;
  assertions: string[];
}

/*
 * `ignoreKeywordsWithRef`: draft-04 ignores keywords beside a $ref, and the suite is written for
 * that (its own harness ran an ajv of 2016, whose `extendRefs` default was "ignore"). Ajv 8
 * applies them by default, which would make e.g. specificResource.json#selectorDetected demand a
 * `selector` key inside each selector.
 */
const ajv = new Ajv({ strict: false, validateFormats: true, ignoreKeywordsWithRef: true, logger: false });
addFormats(ajv);
for (const f of readdirSync(new URL('definitions/', ROOT))) ajv.addSchema(read(`definitions/${f}`) as object, f);

const compiled = new Map<string, { meta: Assertion; validate: ValidateFunction }>();
function assertion(path: string) {
  let c = compiled.get(path);
  if (!c) {
    const schema = read(path) as Assertion & object;
    c = { meta: schema, validate: ajv.compile(schema) };
    compiled.set(path, c);
  }
  return c;
}

const TESTS = {
  annotationMusts: 'annotations/annotationMusts.test',
  annotationOptionals: 'annotations/annotationOptionals.test',
  agentOptionals: 'annotations/annotationsAgentOptionals.test',
  collectionMusts: 'collections/collectionMusts.test',
  collectionOptionals: 'collections/collectionOptionals.test',
  pageMusts: 'collections/pages/pageMusts.test',
  pageOptionals: 'collections/pages/pageOptionals.test',
} as const;
const testFile = (p: string) => read(p) as TestFile;

/**
 * Optional assertions: those we use must pass; those in NOT_USED must not, unless the entry says
 * the assertion passes vacuously (a suite schema that cannot fail on any object with that key).
 * Returns the assertions that break this rule, with why.
 */
function optionalMismatches(testPath: string, doc: unknown): string[] {
  const out: string[] = [];
  for (const p of testFile(testPath).assertions) {
    const { meta, validate } = assertion(p);
    if (meta.assertionType === 'must') out.push(`${p}: a must in an optionals test`);
    const ok = validate(doc);
    const entry = NOT_USED[p];
    if (!entry && !ok) out.push(`${p}: feature used, assertion fails`);
    if (entry && ok && !entry.vacuous) out.push(`${p}: listed as not used (${entry.reason}) but passes`);
  }
  return out;
}

/** Runs every assertion of a .test on doc; returns the files whose result differs from expected. */
function failures(testPath: string, doc: unknown): string[] {
  const out: string[] = [];
  for (const p of testFile(testPath).assertions) {
    const { meta, validate } = assertion(p);
    if (validate(doc) !== (meta.expectedResult === 'valid')) out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What we export: annotations on real report text, covering every feature our model has.

const TEXT = readFileSync(new URL('../../fixtures/corpus/national-2024.zh.txt', import.meta.url), 'utf8');
const REPORT = { region: '全国', year: 2024, title: '政府工作报告', fingerprint: reportFingerprint(TEXT) };
const NOW = new Date('2024-03-06T08:00:00Z');
const range = (q: string) => {
  const i = TEXT.indexOf(q);
  if (i < 0) throw new Error(q);
  return { start: i, end: i + q.length };
};

/** Uses everything: note, tags, colour, creator with id and name, a URL with Chinese, provenance. */
const FULL: Annotation = {
  ...createAnnotation({
    text: TEXT,
    ...range('城镇新增就业1200万人以上'),
    source: 'https://www.gov.cn/yaowen/2024-03/12/政府工作报告.htm',
    report: REPORT,
    note: '与去年目标相同。<b>不是 HTML</b> & "引号"',
    tags: ['关注', '待核实'],
    colour: '#FFD54F',
    creator: { name: '王记者', id: 'urn:uuid:6f1c1a43-1d0c-4d4a-9b8e-0d7d1c3b2a11' },
    now: NOW,
    id: 'urn:uuid:0b7c3e0e-5d55-4a8b-9d2a-3f3c2c1b0a01',
  }),
  provenance: {
    importedFrom: 'colleague.jsonld',
    importedAt: '2024-03-07T09:00:00.000Z',
    originalCreator: { name: '李编辑' },
  },
};
const TAGS_ONLY = createAnnotation({
  text: TEXT,
  ...range('国内生产总值增长5%左右'),
  source: 'https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm',
  report: REPORT,
  tags: ['质询'],
  creator: { name: '张三' },
  now: NOW,
  id: 'urn:uuid:0b7c3e0e-5d55-4a8b-9d2a-3f3c2c1b0a02',
});
/** A bare highlight on a local file (source is no URL). */
const HIGHLIGHT = createAnnotation({
  text: TEXT,
  ...range('加快发展新质生产力'),
  source: 'national-2024.zh.txt',
  report: REPORT,
  now: NOW,
  id: 'urn:uuid:0b7c3e0e-5d55-4a8b-9d2a-3f3c2c1b0a03',
});
/** Quote only (no position), note only. */
const QUOTE_ONLY: Annotation = {
  ...createAnnotation({
    text: TEXT,
    ...range('城镇调查失业率5.5%左右'),
    source: 'https://example.org/r',
    report: REPORT,
    note: 'Unemployment target unchanged.',
    now: NOW,
    id: 'urn:uuid:0b7c3e0e-5d55-4a8b-9d2a-3f3c2c1b0a04',
  }),
};
delete QUOTE_ONLY.target.selectors.position;

const ANNOTATIONS = { FULL, TAGS_ONLY, HIGHLIGHT, QUOTE_ONLY };
const META = {
  id: 'urn:uuid:7a0d7d56-0c1d-4e41-8a55-56a1b9c0de01',
  label: '全国2024年政府工作报告 批注',
  creator: { name: '王记者', id: 'urn:uuid:6f1c1a43-1d0c-4d4a-9b8e-0d7d1c3b2a11' },
  rights: 'https://creativecommons.org/licenses/by/4.0/',
  now: NOW,
};
const exported = Object.fromEntries(
  Object.entries(ANNOTATIONS).map(([k, a]) => [k, exportAnnotation(a, META)]),
) as Record<keyof typeof ANNOTATIONS, JsonObject>;
const COLLECTION = exportCollection(Object.values(ANNOTATIONS), META);
const EMPTY = exportCollection([], { ...META, id: 'urn:uuid:7a0d7d56-0c1d-4e41-8a55-56a1b9c0de02' });
/** The page on its own, as a server paging the collection would serve it. */
const PAGE = { '@context': COLLECTION['@context'], ...(COLLECTION.first as JsonObject) };

// ---------------------------------------------------------------------------------------------
// Optional features we do not use, each with the reason. Every other optional assertion must pass.

const NOT_USED: Record<string, { reason: string; vacuous?: true }> = {
  // annotationOptionals.test
  'annotations/3.2.5-bodyValueImplemented.json': { reason: 'bodies are TextualBody objects (note and tags in one list), never bodyValue' },
  'annotations/3.3.3-annotationAudienceImplemented.json': { reason: 'no audience: annotations are private unless exported' },
  'annotations/3.3.7-annotationCanonicalImplemented.json': { reason: 'the urn:uuid id is already globally unique; no canonical IRI' },
  'annotations/3.3.7-annotationViaImplemented.json': { reason: 'imports are files, not IRIs; provenance keeps the file name instead' },
  'annotations/bodiesTargets/3.2.1-bodySingleLanguage.json': { reason: 'the language of a user’s note is not known, so none is claimed' },
  'annotations/bodiesTargets/3.2.1-bodyLanguage.json': { reason: 'as above: no body language is claimed' },
  'annotations/bodiesTargets/3.3.1-bodySingleCreator.json': { reason: 'creator is recorded once, on the annotation' },
  'annotations/bodiesTargets/3.3.1-bodyCreated.json': { reason: 'times are recorded once, on the annotation' },
  'annotations/bodiesTargets/3.3.1-bodyModified.json': { reason: 'times are recorded once, on the annotation' },
  'annotations/bodiesTargets/3.2.2-bodyType.json': { reason: 'TextualBody is not one of the resource classes (Dataset, Image, Video, Sound, Text) this checks' },
  'annotations/bodiesTargets/3.2.1-bodyProcessingLanguage.json': { reason: 'no processing language claimed for notes' },
  'annotations/bodiesTargets/3.2.1-bodyTextDirection.json': { reason: 'notes are left-to-right Chinese or English; no direction claimed' },
  'annotations/bodiesTargets/3.3.3-bodyAudience.json': { reason: 'no audience' },
  'annotations/bodiesTargets/3.3.4-bodyAccessibility.json': { reason: 'no accessibility features declared' },
  'annotations/bodiesTargets/3.3.6-bodyRights.json': { reason: 'rights are declared on the annotation and collection, not per body' },
  'annotations/bodiesTargets/3.3.7-bodyCanonical.json': { reason: 'bodies are embedded, without their own IRIs' },
  'annotations/bodiesTargets/3.3.7-bodyVia.json': { reason: 'bodies are embedded, without their own IRIs' },
  'annotations/bodiesTargets/3.2.1-bodyEWR.json': {
    reason: 'bodies are embedded text, not external web resources; passes vacuously: its sourceEwrDetected branch holds for any body object without `source`',
    vacuous: true,
  },
  'annotations/bodiesTargets/3.2.4-bodyETBTypeText.json': { reason: 'embedded bodies are typed TextualBody (the model’s class), not Text' },
  'annotations/bodiesTargets/3.2.7-bodyChoice.json': { reason: 'no Choice bodies' },
  'annotations/bodiesTargets/3.2.1-targSingleFormat.json': { reason: 'the target is a SpecificResource of the report page; its format is the page’s' },
  'annotations/bodiesTargets/3.2.1-targSingleLanguage.json': { reason: 'the target is a SpecificResource; language belongs to the page' },
  'annotations/bodiesTargets/3.3.1-targSingleCreator.json': { reason: 'the report’s author is not an annotation property' },
  'annotations/bodiesTargets/3.3.1-targCreated.json': { reason: 'no creation time for the target' },
  'annotations/bodiesTargets/3.2.1-targFormat.json': { reason: 'as targSingleFormat' },
  'annotations/bodiesTargets/3.2.1-targLanguage.json': { reason: 'as targSingleLanguage' },
  'annotations/bodiesTargets/3.2.2-targType.json': { reason: 'SpecificResource is not one of the resource classes this checks' },
  'annotations/bodiesTargets/3.2.1-targProcessingLanguage.json': { reason: 'no processing language' },
  'annotations/bodiesTargets/3.2.1-targTextDirection.json': { reason: 'no text direction' },
  'annotations/bodiesTargets/3.3.1-targModified.json': { reason: 'no modification time for the target' },
  'annotations/bodiesTargets/3.3.3-targAudience.json': { reason: 'no audience' },
  'annotations/bodiesTargets/3.3.4-targAccessibility.json': { reason: 'no accessibility features declared' },
  'annotations/bodiesTargets/3.3.5-targPurpose.json': { reason: 'the target has no purpose of its own' },
  'annotations/bodiesTargets/3.3.6-targRights.json': { reason: 'the report’s rights are not ours to state' },
  'annotations/bodiesTargets/3.3.7-targCanonical.json': { reason: 'no canonical IRI for the report' },
  'annotations/bodiesTargets/3.3.7-targVia.json': { reason: 'no via for the report' },
  'annotations/bodiesTargets/3.2.1-targEWR.json': {
    reason: 'the target is a SpecificResource, not a bare external resource; passes vacuously: its itemEwrDetected branch holds for any target object without `items`',
    vacuous: true,
  },
  'annotations/bodiesTargets/3.2.7-targChoice.json': { reason: 'no Choice targets' },
  'annotations/bodiesTargets/4-bodySpecificResource.json': { reason: 'bodies are embedded text, not SpecificResources' },
  'annotations/specificResource/4.3.3-refinedBy.json': {
    reason: 'quote and position selectors are alternatives, not refinements; passes vacuously under draft-04 $ref semantics (the `required` beside the $ref is ignored)',
    vacuous: true,
  },
  'annotations/specificResource/4.5-renderedVia.json': { reason: 'no renderedVia' },
  'annotations/specificResource/4.6-scope.json': { reason: 'no scope' },
  'annotations/specificResource/4.2.1-fragmentSelector.json': { reason: 'text selectors only' },
  'annotations/specificResource/4.2.1-conformsTo.json': { reason: 'conformsTo belongs to FragmentSelector, which we do not use' },
  'annotations/specificResource/4.2.2-cssSelector.json': { reason: 'text selectors only: the text, not the page DOM, is the reference' },
  'annotations/specificResource/4.2.3-xpathSelector.json': { reason: 'text selectors only' },
  'annotations/specificResource/4.2.6-dataPositionSelector.json': { reason: 'text selectors only' },
  'annotations/specificResource/4.2.7-svgSelector.json': { reason: 'text selectors only' },
  'annotations/specificResource/4.2.8-rangeSelector.json': { reason: 'text selectors only' },
  'annotations/specificResource/4.3-stateFound.json': {
    reason: 'no State: the report is matched by identity, not by time or headers; passes vacuously: stateDetected is {$ref, required: [state]} and draft-04 ignores the required',
    vacuous: true,
  },
  'annotations/specificResource/4.3.1-timeState.json': { reason: 'no State' },
  'annotations/specificResource/4.3.2-requestHeaderState.json': { reason: 'no State' },
  'annotations/specificResource/4.3.1-cached.json': { reason: 'no cached copy IRIs' },
  // annotationsAgentOptionals.test
  'annotations/3.3.2-annotationCreatorAgentNicknameImplemented.json': { reason: 'the model keeps one display name, written as name' },
  'annotations/3.3.2-annotationCreatorAgentEmailImplemented.json': { reason: 'no e-mail addresses: nothing personal beyond a chosen name' },
  'annotations/3.3.2-annotationCreatorAgentEmail_sha1Implemented.json': { reason: 'no e-mail addresses' },
  'annotations/3.3.2-annotationCreatorAgentHomepageImplemented.json': { reason: 'no homepages for people' },
  'annotations/3.3.2-annotationGeneratorAgentNicknameImplemented.json': { reason: 'the generator has a name; no nickname' },
  'annotations/3.3.2-annotationGeneratorAgentEmailImplemented.json': { reason: 'no contact e-mail for the software' },
  'annotations/3.3.2-annotationGeneratorAgentEmail_sha1Implemented.json': { reason: 'no contact e-mail for the software' },
  'annotations/3.3.2-annotationGeneratorAgentHomepageImplemented.json': { reason: 'the extension has no homepage IRI yet' },
  'annotations/bodiesTargets/3.3.1-bodyCreator.json': { reason: 'creator is on the annotation, not on bodies' },
  'annotations/bodiesTargets/3.3.2-bodyCreatorAgentIdImplemented.json': { reason: 'no body creators' },
  'annotations/bodiesTargets/3.3.2-bodyCreatorAgentTypeImplemented.json': { reason: 'no body creators' },
  'annotations/bodiesTargets/3.3.2-bodyCreatorAgentNicknameImplemented.json': { reason: 'no body creators' },
  'annotations/bodiesTargets/3.3.2-bodyCreatorAgentSingleNameImplemented.json': { reason: 'no body creators' },
  'annotations/bodiesTargets/3.3.2-bodyCreatorAgentNameImplemented.json': { reason: 'no body creators' },
  'annotations/bodiesTargets/3.3.2-bodyCreatorAgentEmailImplemented.json': { reason: 'no body creators' },
  'annotations/bodiesTargets/3.3.2-bodyCreatorAgentEmail_sha1Implemented.json': { reason: 'no body creators' },
  'annotations/bodiesTargets/3.3.2-bodyCreatorAgentHomepageImplemented.json': { reason: 'no body creators' },
  'annotations/bodiesTargets/3.3.1-targCreator.json': { reason: 'no target creators' },
  'annotations/bodiesTargets/3.3.2-targCreatorAgentIdImplemented.json': { reason: 'no target creators' },
  'annotations/bodiesTargets/3.3.2-targCreatorAgentTypeImplemented.json': { reason: 'no target creators' },
  'annotations/bodiesTargets/3.3.2-targCreatorAgentNicknameImplemented.json': { reason: 'no target creators' },
  'annotations/bodiesTargets/3.3.2-targCreatorAgentSingleNameImplemented.json': { reason: 'no target creators' },
  'annotations/bodiesTargets/3.3.2-targCreatorAgentNameImplemented.json': { reason: 'no target creators' },
  'annotations/bodiesTargets/3.3.2-targCreatorAgentEmailImplemented.json': { reason: 'no target creators' },
  'annotations/bodiesTargets/3.3.2-targCreatorAgentEmail_sha1Implemented.json': { reason: 'no target creators' },
  'annotations/bodiesTargets/3.3.2-targCreatorAgentHomepageImplemented.json': { reason: 'no target creators' },
  // collectionOptionals.test
  'collections/3.3.2-collectionCreatorAgentEmail_sha1Implemented.json': { reason: 'no e-mail addresses' },
  'collections/3.3.2-collectionCreatorAgentEmailImplemented.json': { reason: 'no e-mail addresses' },
  'collections/3.3.2-collectionCreatorAgentHomepageImplemented.json': { reason: 'no homepages for people' },
  'collections/3.3.2-collectionCreatorAgentNicknameImplemented.json': { reason: 'one display name, written as name' },
  // pageOptionals.test
  'collections/pages/5.2-pageNextImplemented.json': { reason: 'one page holds every annotation: there is no next page' },
  'collections/pages/5.2-pagePrevImplemented.json': { reason: 'one page: there is no previous page' },
  'collections/pages/3.3.2-pageCreatorAgentEmail_sha1Implemented.json': { reason: 'no e-mail addresses' },
  'collections/pages/3.3.2-pageCreatorAgentEmailImplemented.json': { reason: 'no e-mail addresses' },
  'collections/pages/3.3.2-pageCreatorAgentHomepageImplemented.json': { reason: 'no homepages for people' },
  'collections/pages/3.3.2-pageCreatorAgentNicknameImplemented.json': { reason: 'one display name, written as name' },
};

// ---------------------------------------------------------------------------------------------

group('harness sanity: the suite\'s own samples', () => {
  it('registers the 7 definitions and compiles every assertion of the 7 .test files', () => {
    expect(readdirSync(new URL('definitions/', ROOT))).toHaveLength(7);
    let n = 0;
    for (const t of Object.values(TESTS)) for (const p of testFile(t).assertions) (assertion(p), n++);
    expect(n).toBe(54 + 74 + 36 + 10 + 15 + 15 + 19);
  });

  it('spec example annotations pass every must (but example11/12: Composite/List targets left the final model)', () => {
    const dir = new URL('tools/samples/', ROOT);
    const samples = readdirSync(dir).filter((f) => /^example\d+\.json$/.test(f));
    expect(samples).toHaveLength(9);
    for (const f of samples) {
      const fails = failures(TESTS.annotationMusts, read(`tools/samples/${f}`));
      if (f === 'example11.json' || f === 'example12.json') expect(fails.length, f).toBeGreaterThan(0);
      else expect(fails, f).toEqual([]);
    }
  });

  it('deliberately incorrect annotations fail at least one must (trailing commas parsed leniently)', () => {
    const dir = new URL('tools/samples/incorrect/', ROOT);
    const files = readdirSync(dir);
    expect(files).toHaveLength(17);
    for (const f of files) {
      const raw = readFileSync(new URL(f, dir), 'utf8').replace(/,(\s*[}\]])/g, '$1');
      expect(failures(TESTS.annotationMusts, JSON.parse(raw)).length, f).toBeGreaterThan(0);
    }
  });
});

group('our exported annotations: musts', () => {
  it.each(Object.keys(ANNOTATIONS))('%s passes all 54 annotation musts', (k) => {
    expect(failures(TESTS.annotationMusts, exported[k as keyof typeof ANNOTATIONS])).toEqual([]);
  });

  it('every annotation embedded in the collection passes the musts with the collection\'s @context', () => {
    const items = (COLLECTION.first as JsonObject).items as JsonObject[];
    expect(items).toHaveLength(4);
    for (const item of items) {
      expect(item['@context']).toBeUndefined();
      expect(failures(TESTS.annotationMusts, { '@context': COLLECTION['@context'], ...item })).toEqual([]);
    }
  });
});

group('our exported annotations: optionals', () => {
  for (const [name, key] of [
    ['annotationOptionals', TESTS.annotationOptionals],
    ['annotationsAgentOptionals', TESTS.agentOptionals],
  ] as const) {
    it(`${name}: every feature we use passes; the rest are in NOT_USED with a reason`, () => {
      expect(optionalMismatches(key, exported.FULL)).toEqual([]);
    });
  }
});

group('our exported collection and page', () => {
  it('collection passes all 10 collection musts (and the empty collection too)', () => {
    expect(failures(TESTS.collectionMusts, COLLECTION)).toEqual([]);
    expect(failures(TESTS.collectionMusts, EMPTY)).toEqual([]);
    expect(EMPTY.first).toBeUndefined();
  });

  it('collection with embedded page, and the page alone, pass all 15 page musts', () => {
    expect(failures(TESTS.pageMusts, COLLECTION)).toEqual([]);
    expect(failures(TESTS.pageMusts, PAGE)).toEqual([]);
  });

  it('collection optionals: every feature we use passes; the rest are in NOT_USED', () => {
    expect(optionalMismatches(TESTS.collectionOptionals, COLLECTION)).toEqual([]);
  });

  it('page optionals (on the page: they look for its partOf), every feature we use passes', () => {
    expect(optionalMismatches(TESTS.pageOptionals, PAGE)).toEqual([]);
  });

  it('NOT_USED names only assertions of the suite', () => {
    const all = new Set(Object.values(TESTS).flatMap((t) => testFile(t).assertions));
    for (const p of Object.keys(NOT_USED)) expect(all.has(p), p).toBe(true);
  });
});

beforeAll(() => {
  expect(TEXT.length).toBeGreaterThan(10000);
});
