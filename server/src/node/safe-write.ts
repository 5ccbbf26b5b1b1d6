import * as fs from 'fs';
import * as path from 'path';

/** What a file looked like when it was read: a different one at write time means someone else changed it. */
export interface FileIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

export class WriteError extends Error {
  constructor(
    readonly filePath: string,
    /** The problem without the file's name. */
    readonly reason: string,
  ) {
    super(`${filePath}: ${reason}`);
    this.name = 'WriteError';
  }
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

/**
 * Replaces a file's contents without ever leaving half of it, and without changing what the file is:
 * - a symbolic link stays a link and its target gets the new contents;
 * - mode and owner stay; a read-only file is refused, not overwritten;
 * - the new bytes are first written to a temporary file beside the target and read back. A file that is
 *   only ours, with one name, is then replaced by renaming; a file with other names (hard links) or another
 *   owner is rewritten in place from the verified copy, and restored from memory if that fails.
 */
export function writeFileSafely(filePath: string, data: Buffer, expected?: FileIdentity): void {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(filePath);
    stat = fs.statSync(target);
  } catch (err) {
    throw new WriteError(filePath, `无法写入：${code(err)}`);
  }
  if (!stat.isFile()) throw new WriteError(filePath, '无法写入：不是普通文件');
  if ((stat.mode & 0o222) === 0) {
    throw new WriteError(filePath, `文件是只读的（权限 ${(stat.mode & 0o777).toString(8).padStart(4, '0')}），未修改`);
  }
  if (expected && (stat.ino !== expected.ino || stat.size !== expected.size || stat.mtimeMs !== expected.mtimeMs)) {
    throw new WriteError(filePath, '文件在检查期间被改动，未写入');
  }

  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.reportlint-tmp`);
  let sameOwner = true;
  try {
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeSync(fd, data);
      fs.fchmodSync(fd, stat.mode & 0o7777);
      try {
        fs.fchownSync(fd, stat.uid, stat.gid);
      } catch {
        sameOwner = false; // not allowed to give the copy the file's owner: rewrite the file itself instead
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (!fs.readFileSync(tmp).equals(data)) throw Object.assign(new Error('verify'), { code: '临时文件校验失败' });
  } catch (err) {
    removeQuietly(tmp);
    throw new WriteError(filePath, `无法写入（临时文件 ${path.basename(tmp)}）：${code(err)}`);
  }

  if (stat.nlink === 1 && sameOwner) {
    try {
      fs.renameSync(tmp, target);
      return;
    } catch (err) {
      removeQuietly(tmp);
      throw new WriteError(filePath, `无法写入：${code(err)}`);
    }
  }
  writeInPlace(filePath, target, data, tmp);
}

/** Rewrites the target's own inode, so its other names and its owner stay; the verified copy is the safety net. */
function writeInPlace(filePath: string, target: string, data: Buffer, tmp: string): void {
  const original = fs.readFileSync(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, 'r+');
    fs.writeSync(fd, data, 0, data.length, 0);
    fs.ftruncateSync(fd, data.length);
    fs.fsyncSync(fd);
  } catch (err) {
    try {
      if (fd !== undefined) {
        fs.writeSync(fd, original, 0, original.length, 0);
        fs.ftruncateSync(fd, original.length);
      }
    } catch {
      throw new WriteError(filePath, `写入中断（${code(err)}），修正后的完整内容保存在 ${tmp}`);
    }
    removeQuietly(tmp);
    throw new WriteError(filePath, `无法写入，文件未改动：${code(err)}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  removeQuietly(tmp);
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    /* already gone */
  }
}
