import { describe, expect, it } from 'vitest';
import { MessageError } from '@/lib/messages';
import { QUOTA_MESSAGE, StoreError } from '@/lib/store';
import { errorText } from './error-text';

describe('errorText', () => {
  it('says a coded failure in the UI language, with no English in the Chinese UI', () => {
    const failures = [
      new MessageError('quota', QUOTA_MESSAGE),
      new MessageError('failed', 'Saving the report failed: UnknownError'),
      new MessageError('no-answer', "The extension's background did not answer (Receiving end does not exist)."),
      new StoreError('not-found', 'That report or version is no longer stored.'),
      new MessageError('invalid', 'not a correction: selectors: Invalid type'),
    ];
    for (const e of failures) expect(errorText(e, 'zh'), e.message).not.toMatch(/[A-Za-z]/);
    expect(errorText(failures[0], 'zh')).toContain('存储空间已满');
    expect(errorText(failures[2], 'zh')).toContain('刷新页面');
  });

  it('keeps the English detail in the English UI, and quota reads in one language', () => {
    expect(errorText(new MessageError('failed', 'Saving the report failed: UnknownError'), 'en')).toBe('Saving the report failed: UnknownError');
    expect(errorText(new MessageError('quota', QUOTA_MESSAGE), 'en')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("passes our own errors through: they are already written in the reader's language", () => {
    expect(errorText(new Error('已有同名报告'), 'zh')).toBe('已有同名报告');
    expect(errorText('plain', 'zh')).toBe('plain');
  });
});
