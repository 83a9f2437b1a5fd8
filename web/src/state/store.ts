import { create } from 'zustand';
import type { RoomSummaryDto } from '../api/types';
import { cueBus, cuesFor } from '../feel/cues';
import type { MessageKey } from '../i18n';
import { initialRoomState, reduceRoom, type RoomEvent, type RoomState } from './roomState';
import { savedSession } from './sessionStorage';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'replaced';

/** `pending` until the startup Resume/Register finished; `anonymous` when a nickname is needed. */
export type IdentityState = 'pending' | 'anonymous' | 'registered';

export interface Toast {
  seq: number;
  key: MessageKey;
}

export interface AppState extends RoomState {
  connection: ConnectionState;
  identity: IdentityState;
  playerId: string | null;
  playerName: string | null;
  lobby: RoomSummaryDto[];
  toast: Toast | null;
  /** Players whose chat lines you chose to hide; only your screen changes, nobody is told. */
  hiddenChats: string[];
  dispatch: (event: RoomEvent) => void;
}

export const useStore = create<AppState>((set, get) => ({
  ...initialRoomState,
  connection: 'connecting',
  identity: 'pending',
  playerId: null,
  playerName: null,
  lobby: [],
  toast: null,
  hiddenChats: savedSession.hiddenChats(),
  dispatch: (event) => {
    const before = get();
    set((state) => reduceRoom(state, event, Date.now()));
    for (const cue of cuesFor(event, before, get())) cueBus.emit(cue);
  },
}));

export function toggleHiddenChat(playerId: string): void {
  const hidden = useStore.getState().hiddenChats;
  const next = hidden.includes(playerId) ? hidden.filter((id) => id !== playerId) : [...hidden, playerId];
  savedSession.setHiddenChats(next);
  useStore.setState({ hiddenChats: next });
}

export function showToast(key: MessageKey): void {
  useStore.setState((state) => ({ toast: { seq: (state.toast?.seq ?? 0) + 1, key } }));
}

export function upsertLobbyRoom(rooms: RoomSummaryDto[], room: RoomSummaryDto): RoomSummaryDto[] {
  const index = rooms.findIndex((r) => r.roomId === room.roomId);
  if (index < 0) return [...rooms, room];
  const next = [...rooms];
  next[index] = room;
  return next;
}
