/** Small helpers that `<social-profile-card>` and its lazily loaded parts share. */
import type { Actor } from '../../model/actor.js';

/** The name to show: the display name, else the handle, else the id. */
export function displayName(actor: Actor): string {
  return actor.name?.trim() || actor.handle?.trim() || actor.id;
}

/** Text a plain string renders the same as rich text: no line breaks, no emoji to place. */
export function isPlain(text: string, emoji: Actor['emoji']): boolean {
  return !/[\r\n]/.test(text) && !(emoji && text.includes(':') && Object.keys(emoji).length > 0);
}

export function validDate(value: unknown): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
}
