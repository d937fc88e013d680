/**
 * Reading a file that someone else gave us (a forwarded email, a contributed list source, a
 * manifest) without letting the file decide how long we wait or how much memory we use.
 * `stat` alone cannot be trusted for this: it reports size 0 for a FIFO or a device, and
 * `/dev/zero` then streams forever. So the file is opened without blocking, checked with
 * `fstat` on the open handle (no race with a rename), refused unless it is a regular file,
 * and read through a byte cap whatever its size claims to be.
 *
 * Owns only the reading; callers decide what the bytes mean. Errors are `InputFileError`s
 * whose message is meant for a person, as it is (no errno codes alone, no stack).
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

/** A file that could not be read safely; the message names what was wrong, not the path. */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
// O_NOCTTY: a terminal device must never become our controlling terminal.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

const CHUNK_BYTES = 1024 * 1024;

/** What a person should read for an errno code from open/read. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'too many symbolic links in the path';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ENXIO':
      // open() of a UNIX socket, or of a FIFO or device with nothing on the other side.
      return 'is a socket or a device, not a regular file: not read';
    case 'EIO':
      return 'the disk reported an input/output error';
    default:
      return `cannot read the file (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

/** What kind of non-regular file this is, in words. */
function kindOf(s: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

async function readCapped(handle: FileHandle, maxBytes: number, what: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    // One byte past the cap tells "exactly at the limit" from "over it".
    const want = Math.min(CHUNK_BYTES, maxBytes + 1 - total);
    const buffer = new Uint8Array(want);
    const { bytesRead } = await handle.read(buffer, 0, want, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw new InputFileError(`${what} is too large (more than ${maxBytes.toLocaleString('en')} bytes)`);
    chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The bytes of a regular file, at most `maxBytes` of them; `InputFileError` for anything
 * else. `what` names the file's role in the message ("the file", "the list file").
 */
export async function readRegularFile(file: string, maxBytes: number, what = 'the file'): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (e) {
    throw new InputFileError(describeFsError(e));
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) throw new InputFileError(`is ${kindOf(s)}, not a regular file: not read`);
    if (s.size > maxBytes) throw new InputFileError(`${what} is too large (${s.size.toLocaleString('en')} bytes, limit ${maxBytes.toLocaleString('en')})`);
    return await readCapped(handle, maxBytes, what);
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    throw new InputFileError(describeFsError(e));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** `readRegularFile` decoded as UTF-8 (invalid sequences become U+FFFD). */
export async function readRegularTextFile(file: string, maxBytes: number, what = 'the file'): Promise<string> {
  return new TextDecoder('utf-8').decode(await readRegularFile(file, maxBytes, what));
}

/** Largest list file the tools read; the signed format caps lists similarly. */
export const MAX_LIST_FILE_BYTES = 256 * 1024 * 1024;
/** A manifest is a few kilobytes of JSON and signatures. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** A key file is a few hundred bytes. */
export const MAX_KEY_FILE_BYTES = 64 * 1024;

/**
 * `readRegularFile` for a file a tool was pointed at by name: the error says which file and
 * what it is for ("cannot read the list file out/v1.json: no such file").
 */
export async function readNamedFile(file: string, maxBytes: number, role: string): Promise<Uint8Array> {
  try {
    return await readRegularFile(file, maxBytes, role);
  } catch (e) {
    if (e instanceof InputFileError) throw new InputFileError(`cannot read ${role} ${file}: ${e.message}`);
    throw e;
  }
}
