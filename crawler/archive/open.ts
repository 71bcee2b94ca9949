// Opening an archive safely: before anything is read or written, the file must be a MindLabel
// archive in good order. Every problem is one line naming the file and what is wrong with it.
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { UserError } from '../errors.ts';
import { ARCHIVE_SCHEMA_VERSION } from './schema.ts';

/** An archive that cannot be used as it is: missing, a folder, empty, not SQLite, damaged, not ours. */
export class ArchiveError extends UserError {
  override name = 'ArchiveError';
}

export interface OpenOptions {
  readonly?: boolean;
  /** Make a new archive when there is none (crawls and imports); readers need one to exist. */
  create?: boolean;
}

/** What is wrong with the path before SQLite sees it, or null. */
export function archivePathProblem(file: string, create: boolean): string | null {
  if (!existsSync(file)) return create ? null : `no archive at ${file}: run \`mindlabel crawl\` first`;
  const stat = statSync(file);
  if (stat.isDirectory()) return `archive ${file} is a folder, not a file: give --db the path of an archive file`;
  if (!stat.isFile()) return `archive ${file} is not a regular file`;
  if (stat.size === 0) return `archive ${file} is empty (0 bytes), not a MindLabel archive: remove it, or give --db another file`;
  return null;
}

/** SQLite's own error, said in terms of the archive. */
export function sqliteProblem(file: string, error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (code === 'SQLITE_NOTADB') return `archive ${file} is not a SQLite database (${message})`;
  if (code.startsWith('SQLITE_CORRUPT')) return `archive ${file} is damaged (${message}): restore a copy, or crawl into a new file`;
  if (code.startsWith('SQLITE_CANTOPEN')) return `archive ${file} cannot be opened (${message}): check the path and its folder's permissions`;
  if (code.startsWith('SQLITE_READONLY')) return `archive ${file} cannot be written (${message})`;
  return `archive ${file} cannot be read: ${message}`;
}

/** SQLite's quick_check (structure of every page and b-tree, in one pass): a line when it finds damage. */
export function integrityProblem(file: string, db: Database.Database): string | null {
  const found = (db.pragma('quick_check(5)') as { quick_check: string }[])
    .flatMap((r) => r.quick_check.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line && !/^\*\*\* in database/.test(line));
  if (found.length === 1 && found[0] === 'ok') return null;
  return `archive ${file} is damaged: SQLite's quick_check found ${found.length >= 5 ? 'at least 5' : found.length} problem(s), the first "${found[0]}": restore a copy, or crawl into a new file`;
}

/**
 * Whether the database is a MindLabel archive this version can read: a `meta` table naming a
 * schema version we know. An empty database is fine only when a new archive may be made in it.
 */
export function schemaProblem(file: string, db: Database.Database, create: boolean): string | null {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
  if (tables.length === 0) return create ? null : `archive ${file} has no tables: it is not a MindLabel archive yet (run \`mindlabel crawl\`)`;
  const version = tables.includes('meta')
    ? (db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined)?.value
    : undefined;
  if (version === undefined) return `${file} is a SQLite database but not a MindLabel archive (no schema_version in a meta table)`;
  if (!(Number(version) <= ARCHIVE_SCHEMA_VERSION)) {
    return `archive ${file} has schema version ${version}; this MindLabel reads up to ${ARCHIVE_SCHEMA_VERSION}: update MindLabel`;
  }
  return null;
}

/** Open the database behind an archive, or throw an ArchiveError saying why it cannot be used. */
export function openArchiveDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const readonly = options.readonly ?? false;
  const create = !readonly && (options.create ?? true);
  if (file !== ':memory:') {
    const problem = archivePathProblem(file, create);
    if (problem) throw new ArchiveError(problem);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly, fileMustExist: !create });
  } catch (error) {
    throw new ArchiveError(sqliteProblem(file, error));
  }
  try {
    db.pragma('busy_timeout = 5000');
    const problem = integrityProblem(file, db) ?? schemaProblem(file, db, create);
    if (problem) throw new ArchiveError(problem);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(sqliteProblem(file, error));
  }
}

/** JSON stored in the archive, read back; a row that does not parse names itself. */
export function storedJson<T>(file: string, text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ArchiveError(`archive ${file} is damaged: ${what} is not valid JSON (${(error as Error).message})`);
  }
}
