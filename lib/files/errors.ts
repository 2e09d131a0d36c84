/** Why a file was not read; the caller shows the reader a message for each, and stores nothing. */
export type FileProblem = 'too-large' | 'encrypted' | 'corrupt' | 'no-text' | 'unsupported' | 'empty';

export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    readonly problem: FileProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The largest PDF or Word file read. Official report PDFs are 1–5 MB; a scanned one can reach
 * tens of MB and has no text to read anyway. The whole file is held in memory while it is read.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function checkSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new FileError('too-large', `The file is ${Math.round(bytes / 1048576)} MB; files up to ${MAX_FILE_BYTES / 1048576} MB are read.`);
  }
  if (bytes === 0) throw new FileError('empty', 'The file is empty.');
}
