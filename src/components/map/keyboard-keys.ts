/**
 * Which keys the graph's keyboard model uses (keyboard-controller.ts), without acting on them. The
 * controller is a lazy chunk (map-keyboard.ts): a key pressed before it has arrived is claimed at once
 * (no page scroll by the arrows or space, no bubbling), exactly when the controller will use it, and is
 * handled as soon as the chunk is in. The controller asks the same question first, so both always agree.
 */
import type { Id } from '../../model/types.js';

export interface KeyState {
  readonly focusedId: Id | undefined;
  readonly selectedId: Id | undefined;
  readonly movingId: Id | undefined;
}

export type KeyInput = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** Keys that are always used (without Alt, Ctrl or Meta): arrows, Home, End, Enter, Space, + = - _ 0 m M p P ?. */
const ALWAYS = /^(?:Arrow(?:Up|Down|Left|Right)|Home|End|Enter|[ +=_0mMpP?-])$/;

/** True when the keyboard controller uses this keydown in this state. */
export function claimsKey(event: KeyInput, state: KeyState): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const key = event.key;
  if (ALWAYS.test(key)) return true;
  if (key === '[' || key === ']') return state.focusedId !== undefined;
  if (key === 'Escape') return state.movingId !== undefined || state.selectedId !== undefined;
  return false;
}
