// Issue 25, spectators: a full room is watched from its invite link, the spectator sees the drawing,
// the scores and the chat but never the word before the reveal, and cannot chat.
import { assertAccessible } from './a11y.mjs';
import {
  assert,
  assertWordHidden,
  chooseWord,
  createRoom,
  drawWithMouse,
  inkRatio,
  joinByInvite,
  newPlayer,
  register,
  sendChat,
  startGame,
  waitFor,
} from './helpers.mjs';

const watchAFullRoom = {
  name: 'a spectator on a phone watches a full room: canvas, scores and chat, never the word before the reveal',
  async run(env) {
    const ann = await newPlayer(env, 'Ann');
    const bob = await newPlayer(env, 'Bob');
    const cat = await newPlayer(env, 'Cat');
    const dee = await newPlayer(env, 'Dee', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const players = [ann, bob, cat];

    const code = await createRoom(env, ann, { rounds: 1, maxPlayers: 3 });
    await joinByInvite(env, bob, code);
    await joinByInvite(env, cat, code);

    await dee.page.goto(`${env.baseUrl}/r/${code}`);
    await register(dee);
    await dee.page.getByTestId('watch-full-room').click();
    await dee.page.getByTestId('spectator-banner').waitFor();
    assert((await dee.page.getByTestId('chat-input').count()) === 0, 'a spectator has no chat input');
    await dee.page.getByTestId('chat-read-only').waitFor();
    await assertAccessible(dee.page, 'spectator waiting room');

    await startGame(ann, 3);
    const { drawer, word } = await chooseWord(players);
    const [first, second] = players.filter((p) => p !== drawer);
    await drawWithMouse(drawer.page, [[0.2, 0.2], [0.5, 0.6], [0.8, 0.3]]);
    // The phone's canvas has other pixel dimensions than the drawer's: ink, not identical pixels.
    await waitFor(async () => (await inkRatio(dee.page)) > 0.001, 'the spectator should see the drawing');
    await sendChat(first.page, 'hello spectators');
    await waitFor(async () => (await dee.page.getByTestId('chat-log').textContent()).includes('hello spectators'), 'the spectator reads the chat');
    await sendChat(first.page, word);
    await sendChat(first.page, `so it was ${word}`);
    await waitFor(async () => (await dee.page.getByTestId('scoreboard').textContent()).includes(first.name), 'the spectator sees the scores');
    await assertWordHidden(dee, word, 'while watching the turn');
    assert((await dee.page.getByTestId('take-seat').count()) === 0, 'no seat is offered during a game');
    await assertAccessible(dee.page, 'spectator view while drawing');
    await env.screenshot(dee.page, 'spectator-phone');
    await env.docScreenshot(dee.page, 'spectator-phone');

    await sendChat(second.page, word);
    // The reveal lasts 5 s: wait for the word in it in one step.
    await dee.page.getByTestId('revealed-word').filter({ hasText: word }).waitFor();
  },
};

const hostRemovesASpectator = {
  name: 'players see who watches, with avatars, in the player list and the scores; the host removes a spectator for good',
  async run(env) {
    const ann = await newPlayer(env, 'Ann');
    const bob = await newPlayer(env, 'Bob');
    const eve = await newPlayer(env, 'Eve');
    const code = await createRoom(env, ann, { rounds: 1 });
    await joinByInvite(env, bob, code);
    await eve.page.goto(`${env.baseUrl}/r/${code}?spectate=1`);
    await register(eve);
    await eve.page.getByTestId('spectator-banner').waitFor();

    const watcherOf = (player) => player.page.getByTestId('spectator').filter({ hasText: eve.name });
    await watcherOf(bob).waitFor();
    assert((await watcherOf(bob).getByTestId('avatar').count()) === 1, 'the spectator should be shown with their avatar');
    assert((await watcherOf(bob).getByTestId('remove-spectator').count()) === 0, 'only the host can remove a spectator');
    assert((await bob.page.getByTestId('player').filter({ hasText: eve.name }).count()) === 0, 'a spectator is not among the players');

    await startGame(ann, 2);
    await watcherOf(bob).waitFor();
    await assertAccessible(ann.page, 'scores with a spectator');
    await env.screenshot(ann.page, 'spectators-in-scores');
    await env.docScreenshot(ann.page, 'spectators-host');
    await watcherOf(ann).getByTestId('remove-spectator').click();
    await ann.page.getByTestId('confirm-yes').click();

    await eve.page.getByTestId('room-error').waitFor();
    await waitFor(async () => (await watcherOf(bob).count()) === 0, 'the removed spectator should leave the list');
    await eve.page.goto(`${env.baseUrl}/r/${code}?spectate=1`);
    await waitFor(
      async () => ((await eve.page.getByTestId('room-error').textContent()) ?? '').includes('cannot rejoin'),
      'a removed spectator cannot come back',
    );
  },
};

export const spectatorScenarios = [watchAFullRoom, hostRemovesASpectator];
