// Where the identity lives in the browser: the resume token and the room the player is in per tab
// (sessionStorage, as the protocol advises for the token), the nickname across visits (localStorage).
const TOKEN_KEY = 'drawguess.resumeToken';
const ROOM_KEY = 'drawguess.roomId';
const NICKNAME_KEY = 'drawguess.nickname';
const HIDDEN_CHATS_KEY = 'drawguess.hiddenChats';

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Storage can be unavailable (private mode); the game still works for this page's lifetime.
  }
}

export const savedSession = {
  token: () => read(() => sessionStorage, TOKEN_KEY),
  setToken: (token: string | null) => write(() => sessionStorage, TOKEN_KEY, token),
  /** The room the player was last in: a reload connects to the hub address that names it. */
  room: () => read(() => sessionStorage, ROOM_KEY),
  setRoom: (roomId: string | null) => write(() => sessionStorage, ROOM_KEY, roomId),
  /** The players whose chat lines this tab hides (a reload keeps them hidden). */
  hiddenChats: (): string[] => {
    try {
      const ids: unknown = JSON.parse(read(() => sessionStorage, HIDDEN_CHATS_KEY) ?? '[]');
      return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
    } catch {
      return [];
    }
  },
  setHiddenChats: (ids: string[]) => write(() => sessionStorage, HIDDEN_CHATS_KEY, JSON.stringify(ids)),
  nickname: () => read(() => localStorage, NICKNAME_KEY),
  setNickname: (name: string) => write(() => localStorage, NICKNAME_KEY, name),
};
