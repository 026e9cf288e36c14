/**
 * Where a composer's draft is kept in local storage, apart from the draft code itself: an empty
 * composer asks only whether a draft is there, and loads that code before it paints when one is.
 */

/** The local storage key of the draft kept under `draft-key` `key`. */
export function draftStorageKey(key: string): string {
  return `social-composer:${key}`;
}

/** Whether local storage holds a draft under `draft-key` `key` (false where storage is blocked). */
export function hasStoredDraft(key: string): boolean {
  try {
    return localStorage.getItem(draftStorageKey(key)) !== null;
  } catch {
    return false;
  }
}
