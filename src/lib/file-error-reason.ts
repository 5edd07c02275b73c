/**
 * Why a file could not be opened or read, in words: Node's error codes ("ENOENT: no such file or directory, access
 * '/x'") said plainly, so "cannot read batch file /x" also says why (no such file, not permitted, a directory).
 */
export function fileErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'this user may not read it (permission denied)';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a directory';
    case 'ELOOP':
      return 'its symbolic links loop';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
