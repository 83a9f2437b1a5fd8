// Screens of every shape: during a turn, what a player needs is on the screen at once, without scrolling.
import { assert, chooseWord, createRoom, drawWithMouse, inView, joinByInvite, newPlayer, sendChat, startGame, uncovered, waitFor } from './helpers.mjs';

const BIG_SCREEN = { viewport: { width: 1920, height: 960 } }; // a 1920x1080 screen less the browser's bars
const LAPTOP = { viewport: { width: 1366, height: 657 } }; // a 1366x768 screen less the browser's bars
const PHONE_ON_ITS_SIDE = { viewport: { width: 844, height: 390 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const TABLET_UPRIGHT = { viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const TOOLS = ['tool-pen', 'tool-line', 'tool-eraser', 'tool-fill', 'tool-picker', 'undo', 'redo', 'clear'];

async function assertOnScreen(player, testIds, what) {
  for (const testId of testIds) {
    await waitFor(() => inView(player.page, testId), `${player.screen}: ${testId} should be on screen ${what}, without scrolling`, 5_000);
    assert(await uncovered(player.page, testId), `${player.screen}: ${testId} should not be covered ${what}`);
  }
}

/** The chat log shows its latest line: the drawer sees the guesses come in. */
function latestChatLineShown(page) {
  return page.getByTestId('chat-log').evaluate((log) => {
    const last = log.querySelector('li:last-child');
    return last !== null && last.getBoundingClientRect().bottom <= log.getBoundingClientRect().bottom + 1;
  });
}

const everyScreen = {
  name: 'screens of every shape (big screen, laptop, phone on its side, tablet upright): the drawer sees the canvas and every tool, a guesser the canvas, the likes and the guess box, at once; the podium scrolls to its buttons',
  async run(env) {
    const players = [];
    for (const [name, screen, options] of [['Rex', 'big screen', BIG_SCREEN], ['Sam', 'laptop', LAPTOP], ['Tao', 'phone on its side', PHONE_ON_ITS_SIDE], ['Uma', 'tablet upright', TABLET_UPRIGHT]]) {
      players.push(Object.assign(await newPlayer(env, name, options), { screen }));
    }
    const [host, ...others] = players;
    const code = await createRoom(env, host, { maxPlayers: 4 });
    for (const player of others) await joinByInvite(env, player, code);
    await startGame(host, players.length);

    const drew = new Set();
    for (let turn = 1; turn <= players.length; turn++) {
      const { drawer, word } = await chooseWord(players);
      drew.add(drawer.screen);
      await drawer.page.getByTestId('toolbar').waitFor();
      await assertOnScreen(drawer, ['board-canvas', ...TOOLS], 'for the drawer');
      if (drawer.screen === 'phone on its side') {
        assert(await inView(drawer.page, 'chat-input'), 'phone on its side: the chat box should be beside the canvas for the drawer');
      }
      const guessers = players.filter((player) => player !== drawer);
      for (const guesser of guessers) {
        await guesser.page.getByTestId('hint').waitFor();
        await assertOnScreen(guesser, ['board-canvas', 'rating-bar', 'chat-input'], 'while guessing');
        if (guesser.screen === 'big screen') {
          const { width } = await guesser.page.getByTestId('board-canvas').boundingBox();
          assert(width >= 1200, `big screen: the canvas should grow with the screen, is ${width} px wide of 1920`);
        }
      }
      await drawWithMouse(drawer.page, [[0.2, 0.7], [0.35, 0.3], [0.5, 0.7], [0.65, 0.3], [0.8, 0.7]]);
      await env.screenshot(drawer.page, `drawer-${drawer.screen.replaceAll(' ', '-')}`);
      if (drawer.screen === 'phone on its side') await env.docScreenshot(drawer.page, 'phone-landscape');
      for (const guesser of guessers) await sendChat(guesser.page, word);
      await waitFor(() => latestChatLineShown(drawer.page), `${drawer.screen}: the drawer's chat should show its latest line`, 5_000);
      await drawer.page.getByTestId('revealed-word').waitFor();
    }
    assert(drew.size === players.length, `every screen should have drawn once, drew: ${[...drew].join(', ')}`);

    // Four players, awards and buttons: on the short screen the podium scrolls to its last button.
    const phone = players.find((player) => player.screen === 'phone on its side');
    await phone.page.getByTestId('podium').waitFor();
    const card = await phone.page.locator('.podium-card').boundingBox();
    await phone.page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
    await waitFor(async () => {
      await phone.page.mouse.wheel(0, 200);
      return inView(phone.page, 'podium-close');
    }, "phone on its side: scrolling the podium should reach its Close button", 5_000);
    await phone.page.getByTestId('podium-close').click();
    await phone.page.getByTestId('podium').waitFor({ state: 'detached' });
  },
};

export const screenScenarios = [everyScreen];
