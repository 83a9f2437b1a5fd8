// The scenarios of issue 3 "Tests that prove it". Each gets fresh browser contexts.
import {
  CUSTOM_WORDS,
  assert,
  assertWordHidden,
  canvasBox,
  canvasPixels,
  chooseWord,
  closeGuessFor,
  createRoom,
  drawWithMouse,
  fillAt,
  inkRatio,
  joinByInvite,
  newPlayer,
  register,
  sendChat,
  startGame,
  waitFor,
  waitForSameCanvas,
} from './helpers.mjs';
import { feelScenarios } from './feel.mjs';
import { likesScenarios } from './likes.mjs';
import { galleryScenarios } from './gallery.mjs';
import { playtestScenarios } from './playtest.mjs';
import { installScenarios } from './install.mjs';
import { screenScenarios } from './screens.mjs';
import { spectatorScenarios } from './spectator.mjs';

/** Sends `text` and waits for one more element with `testId` on the sender's page. */
async function sendAndExpect(player, text, testId) {
  const locator = player.page.getByTestId(testId);
  const before = await locator.count();
  await sendChat(player.page, text);
  await waitFor(async () => (await locator.count()) > before, `${player.name} should get "${testId}" after sending`);
}

/** The count beside the guess box, as the guesser types: short, the word's own length, then one letter too many. */
async function expectGuessFit(player, word) {
  const input = player.page.getByTestId('chat-input');
  const fit = player.page.getByTestId('guess-fit');
  const letters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word.replace(/[\s_-]/g, ''))].length;
  for (const [typed, state, shown] of [[word.slice(0, 1), 'short', `1/${letters}`], [word, 'fits', `${letters}/${letters} ✓`], [`${word}x`, 'off', `${letters + 1}/${letters} ✗`]]) {
    await input.fill(typed);
    await waitFor(async () => (await fit.getAttribute('data-state')) === state, `${player.name} typing "${typed}": the count should say ${state}`);
    assert((await fit.textContent()).trim() === shown, `${player.name} typing "${typed}" should see ${shown}, sees ${await fit.textContent()}`);
  }
  await input.fill('');
}

async function expectReveal(players, word) {
  for (const player of players) {
    const revealed = player.page.getByTestId('revealed-word');
    await revealed.waitFor();
    assert((await revealed.textContent()).trim() === word, `${player.name} should see "${word}" revealed`);
  }
}

const fullGame = {
  name: 'three players play a full game: invite links, close guess, correct guesses, reveal, podium, leaderboard',
  async run(env) {
    const ann = await newPlayer(env, 'Ann');
    const bob = await newPlayer(env, 'Bob');
    const cat = await newPlayer(env, 'Cat');
    const players = [ann, bob, cat];

    const code = await createRoom(env, ann, { rounds: 1 });
    await joinByInvite(env, bob, code);
    await joinByInvite(env, cat, code);
    await env.screenshot(ann.page, 'room-waiting');
    for (const guest of [bob, cat]) {
      for (const word of CUSTOM_WORDS) await assertWordHidden(guest, word, 'in the waiting room (custom words are for the host)');
    }
    await startGame(ann, 3);

    for (let turn = 1; turn <= players.length; turn++) {
      const { drawer, word } = await chooseWord(players);
      const [first, second] = players.filter((p) => p !== drawer);
      for (const guesser of [first, second]) {
        await guesser.page.getByTestId('hint').waitFor();
        await assertWordHidden(guesser, word, `while turn ${turn} is being drawn`);
      }

      await drawWithMouse(drawer.page, [[0.2, 0.3], [0.45, 0.75], [0.7, 0.25], [0.85, 0.6]]);
      if (turn === 1) await fillAt(drawer.page, [0.03, 0.05], 14);
      await waitForSameCanvas(drawer, first, `${first.name} should see exactly the drawer's canvas`);
      if (turn === 1) {
        await env.screenshot(drawer.page, 'drawer');
        await env.docScreenshot(drawer.page, 'drawer');
        await env.screenshot(first.page, 'guesser');
      }

      await sendAndExpect(first, closeGuessFor(word), 'close-notice');
      await assertWordHidden(second, word, "after another player's close guess");
      if (turn === 1) await expectGuessFit(first, word);
      await sendAndExpect(first, word, 'you-guessed');
      await assertWordHidden(second, word, 'after another player guessed it');
      await sendAndExpect(second, word, 'you-guessed');

      await expectReveal(players, word);
      if (turn === 1) await env.screenshot(first.page, 'reveal');
      if (turn === 1) await env.docScreenshot(first.page, 'reveal');
    }

    for (const player of players) {
      await player.page.getByTestId('podium').waitFor();
      assert((await player.page.getByTestId('podium-entry').count()) === 3, `${player.name}'s podium should list 3 players`);
    }
    assert(await ann.page.getByTestId('play-again').isVisible(), 'the host should be offered "play again"');
    assert(!(await bob.page.getByTestId('play-again').isVisible()), 'only the host gets "play again"');
    assert((await inkRatio(ann.page)) > 0, 'the last drawing should stay visible behind the podium');
    await env.screenshot(ann.page, 'podium');

    // Each finds their own row, marked: among the first rows, or under them as their place.
    for (const player of players) {
      await player.page.goto(`${env.baseUrl}/leaderboard`);
      await waitFor(async () => {
        const own = await player.page.locator('[data-testid=leaderboard] tr.you').textContent({ timeout: 2000 }).catch(() => '');
        if (own?.includes(`${player.name} (you)`)) return true;
        await player.page.reload();
        return false;
      }, `${player.name} should find their own row on the leaderboard`, 20_000, 500);
    }
    await ann.page.getByTestId('recent-games').getByText(bob.name).first().waitFor();
    await env.screenshot(ann.page, 'leaderboard');
  },
};

const wordStaysSecret = {
  name: "a guesser's page never contains the word before it is revealed to them (other words, hints, reload, storage, console)",
  async run(env) {
    const host = await newPlayer(env, 'Dee');
    const guesser = await newPlayer(env, 'Eve');
    // Two choices from five words: the drawer can ask once for two others.
    const code = await createRoom(env, host, { drawingSeconds: 30, wordChoices: 2 });
    await joinByInvite(env, guesser, code);
    await startGame(host, 2);

    const options = host.page.getByTestId('word-option');
    await options.first().waitFor();
    const firstDeal = await options.allTextContents();
    await host.page.getByTestId('other-words').click();
    await waitFor(async () => !firstDeal.includes(await options.first().textContent()), 'the drawer should be offered other words');
    const secondDeal = await options.allTextContents();
    assert(secondDeal.length === 2 && secondDeal.every((w) => !firstDeal.includes(w)), `other words, not ${firstDeal}: got ${secondDeal}`);
    assert((await host.page.getByTestId('other-words').count()) === 0, 'other words are offered once per turn');
    for (const offered of [...firstDeal, ...secondDeal]) await assertWordHidden(guesser, offered, 'while the drawer chooses');

    const { drawer, word } = await chooseWord([host, guesser]);
    assert(drawer === host, 'the first player to join draws first');
    assert(word === secondDeal[0], `the drawer draws the word chosen from the other words, ${secondDeal[0]}, not ${word}`);
    await assertWordHidden(guesser, word, 'when drawing starts');

    // Hints reveal letters at drawingSeconds × k / (hints + 1): the first after 10 s here.
    const hint = guesser.page.getByTestId('hint');
    const initialHint = await hint.textContent();
    await waitFor(async () => (await hint.textContent()) !== initialHint, 'a letter hint should be revealed', 15_000, 500);
    await assertWordHidden(guesser, word, 'after a hint was revealed');
    const given = host.page.getByTestId('given-letter');
    await waitFor(async () => (await given.count()) === 1, 'the drawer should see the given letter marked in the word');
    const givenLetter = await given.textContent();
    assert((await hint.textContent()).includes(givenLetter), `the drawer's marked ${givenLetter} should be the guesser's hint letter`);

    await guesser.page.reload();
    await guesser.page.getByTestId('hint').waitFor();
    await assertWordHidden(guesser, word, 'after reloading mid-turn');

    await sendAndExpect(guesser, word, 'you-guessed');
    const html = await guesser.page.content();
    assert(html.includes(word), 'once guessed, the word is shown to the guesser (the leak check can see it)');
  },
};

const reloadKeepsCanvas = {
  name: 'a reload mid-turn restores the exact canvas, for a guesser and for the drawer',
  async run(env) {
    const host = await newPlayer(env, 'Fay');
    const guesser = await newPlayer(env, 'Gus');
    const code = await createRoom(env, host);
    await joinByInvite(env, guesser, code);
    await startGame(host, 2);
    const { drawer } = await chooseWord([host, guesser]);

    await drawWithMouse(drawer.page, [[0.1, 0.1], [0.9, 0.15], [0.5, 0.9], [0.1, 0.1]]);
    await drawer.page.getByTestId('size-3').click();
    await drawer.page.getByTestId('color-4').click();
    await drawWithMouse(drawer.page, [[0.3, 0.5], [0.7, 0.5]]);
    await fillAt(drawer.page, [0.5, 0.3], 8);
    await drawer.page.getByTestId('tool-eraser').click();
    await drawWithMouse(drawer.page, [[0.5, 0.2], [0.5, 0.8]]);
    await drawer.page.getByTestId('undo').click();
    await pickColorAt(drawer.page, [0.5, 0.5], () => drawer.page.getByTestId('tool-picker').click());
    await expectBrush(drawer.page, 4, 'tool-pen', 'the picker should take the red line\'s colour and hand back to the pen');
    await drawer.page.getByTestId('tool-fill').click();
    await pickColorAt(drawer.page, [0.5, 0.3], () => drawer.page.keyboard.press('i'));
    await expectBrush(drawer.page, 8, 'tool-fill', 'I should pick the filled colour and hand back to the fill');
    await drawer.page.getByTestId('tool-pen').click();
    await waitForSameCanvas(drawer, guesser, 'the guesser should see exactly the drawer canvas');

    const before = await canvasPixels(guesser.page);
    const scoresBefore = await guesser.page.getByTestId('scoreboard').textContent();
    await guesser.page.reload();
    await guesser.page.getByTestId('game-screen').waitFor();
    await waitFor(async () => (await canvasPixels(guesser.page)) === before, "the guesser's canvas after reload should be identical", 5000);
    const timer = Number((await guesser.page.getByTestId('timer').textContent()).replace(/\D/g, ''));
    assert(timer > 0 && timer <= 60, `the countdown should continue after reload, shows ${timer}`);
    assert((await guesser.page.getByTestId('scoreboard').textContent()) === scoresBefore, 'scores should be restored');
    await env.screenshot(guesser.page, 'guesser-after-reload');

    await drawer.page.reload();
    await drawer.page.getByTestId('toolbar').waitFor();
    await waitFor(async () => (await canvasPixels(drawer.page)) === before, "the drawer's canvas after reload should be identical", 5000);

    // The drawer carries on after the reload (stroke ids continue) and both still agree.
    await drawWithMouse(drawer.page, [[0.2, 0.8], [0.8, 0.85]]);
    await waitForSameCanvas(drawer, guesser, 'the canvases should agree after the drawer drew again');
    assert((await canvasPixels(guesser.page)) !== before, 'the new stroke should be visible');
  },
};

/** Takes the picker (by `choose`) and taps the canvas at a point given in fractions of it. */
async function pickColorAt(page, [fx, fy], choose) {
  await choose();
  assert((await page.getByTestId('tool-picker').getAttribute('aria-pressed')) === 'true', 'the picker should be the tool');
  const box = await canvasBox(page);
  await page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
}

async function expectBrush(page, colorIndex, toolTestId, message) {
  assert((await page.getByTestId(`color-${colorIndex}`).getAttribute('aria-checked')) === 'true', `${message}: colour ${colorIndex} should be chosen`);
  assert((await page.getByTestId(toolTestId).getAttribute('aria-pressed')) === 'true', `${message}: ${toolTestId} should be the tool`);
}

const straightLine = {
  name: 'the straight-line tool: dragged along a curve, it previews the line and sends one straight stroke the guesser sees; undo takes it back',
  async run(env) {
    const host = await newPlayer(env, 'Lia');
    const guest = await newPlayer(env, 'Max');
    const code = await createRoom(env, host);
    await joinByInvite(env, guest, code);
    await startGame(host, 2);
    const { drawer } = await chooseWord([host, guest]);
    const guesser = drawer === host ? guest : host;
    await drawer.page.keyboard.press('l');
    assert((await drawer.page.getByTestId('tool-line').getAttribute('aria-pressed')) === 'true', 'L should pick the straight line');

    const box = await canvasBox(drawer.page);
    const at = (fx, fy) => [box.x + fx * box.width, box.y + fy * box.height];
    await drawer.page.mouse.move(...at(0.2, 0.5));
    await drawer.page.mouse.down();
    await drawer.page.mouse.move(...at(0.5, 0.15), { steps: 10 });
    await drawer.page.mouse.move(...at(0.8, 0.5), { steps: 10 });
    const previewShows = () => drawer.page.locator('.board-preview').evaluate((canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      return data.some((value, index) => index % 4 === 3 && value > 0);
    });
    assert(await previewShows(), 'the line being dragged should be previewed');
    assert((await inkRatio(drawer.page)) === 0, 'nothing should be drawn before the line is released');
    await drawer.page.mouse.up();

    await waitForSameCanvas(drawer, guesser, 'the guesser should see the line as drawn');
    const inkAt = (page, fx, fy) => page.getByTestId('board-canvas').evaluate((canvas, [fx, fy]) => {
      const [r, g, b] = canvas.getContext('2d').getImageData(Math.round(fx * canvas.width), Math.round(fy * canvas.height), 1, 1).data;
      return r !== 255 || g !== 255 || b !== 255;
    }, [fx, fy]);
    assert(await inkAt(guesser.page, 0.5, 0.5), 'the straight line should pass through the middle');
    assert(!(await inkAt(guesser.page, 0.5, 0.15)), 'the line should not follow the curve the pointer took');
    assert(!(await previewShows()), 'the preview should be cleared once the line is drawn');

    await drawer.page.getByTestId('undo').click();
    await waitFor(async () => (await inkRatio(guesser.page)) === 0, 'undo should take the whole line back for the guesser');
  },
};

const reconnect = {
  name: 'a dropped connection shows the reconnecting banner, resumes and the game goes on',
  async run(env) {
    const host = await newPlayer(env, 'Jo');
    const guesser = await newPlayer(env, 'Kim');
    // Test-only hook: keep the page's WebSockets so the test can cut the connection.
    await guesser.context.addInitScript(() => {
      const NativeWebSocket = window.WebSocket;
      window.__sockets = [];
      window.WebSocket = class extends NativeWebSocket {
        constructor(...args) {
          super(...args);
          window.__sockets.push(this);
        }
      };
    });
    const code = await createRoom(env, host);
    await joinByInvite(env, guesser, code);
    await startGame(host, 2);
    const { drawer, word } = await chooseWord([host, guesser]);
    await drawWithMouse(drawer.page, [[0.2, 0.2], [0.8, 0.8]]);
    await waitForSameCanvas(drawer, guesser, 'the guesser should see the stroke');

    // The banner can come and go within milliseconds, so the page records what it showed.
    await guesser.page.evaluate(() => {
      window.__bannerStates = [];
      new MutationObserver(() => {
        const banner = document.querySelector('[data-testid="connection-banner"]');
        if (banner) window.__bannerStates.push(banner.getAttribute('data-state'));
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
      window.__sockets.forEach((socket) => socket.close(4000, 'test'));
    });
    await waitFor(
      () => guesser.page.evaluate(() => window.__bannerStates.includes('reconnecting')),
      'the "reconnecting" banner should show',
    );
    await drawWithMouse(drawer.page, [[0.2, 0.8], [0.8, 0.2]]);
    await guesser.page.getByTestId('connection-banner').waitFor({ state: 'detached' });
    await waitForSameCanvas(drawer, guesser, 'after resuming, the guesser should have every stroke');
    await sendAndExpect(guesser, word, 'you-guessed');
  },
};

/** The hub addresses a page opens, in order (Playwright sees every WebSocket of the page). */
function recordSockets(player) {
  const sockets = [];
  player.page.on('websocket', (socket) => sockets.push(socket));
  return sockets;
}

const roomAddress = {
  name: "entering a room moves the connection to the hub address naming the room, unseen by the others; a reload connects there at once",
  async run(env) {
    const host = await newPlayer(env, 'Lu');
    const guest = await newPlayer(env, 'Mo');
    const hostSockets = recordSockets(host);
    const guestSockets = recordSockets(guest);
    const code = await createRoom(env, host);
    const roomId = await waitFor(() => host.page.evaluate(() => sessionStorage.getItem('drawguess.roomId')), 'the room the host is in should be saved');
    const address = `/hubs/game?room=${roomId}`;
    await host.page.evaluate(() => {
      window.__someoneOffline = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="player"][data-connected="false"]')) window.__someoneOffline = true;
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await joinByInvite(env, guest, code);

    for (const [player, sockets] of [[host, hostSockets], [guest, guestSockets]]) {
      await waitFor(() => sockets.some((s) => s.url().endsWith(address)), `${player.name} should connect to ${address}`);
      await waitFor(
        () => sockets.filter((s) => !s.url().endsWith(address)).every((s) => s.isClosed()),
        `${player.name}'s connection from before the room should close`,
      );
      assert(!sockets[0].url().includes('?room='), `${player.name} entered from a connection without a room (${sockets[0].url()})`);
    }
    await sendChat(guest.page, 'hello from the room address');
    await host.page.getByTestId('chat-log').getByText('hello from the room address').waitFor();
    assert(!(await host.page.evaluate(() => window.__someoneOffline)), 'the host saw a player go offline while they moved');

    const before = guestSockets.length;
    await guest.page.reload();
    await guest.page.getByTestId('room-page').waitFor();
    await sendChat(guest.page, 'hello after the reload');
    await host.page.getByTestId('chat-log').getByText('hello after the reload').waitFor();
    const afterReload = guestSockets.slice(before).map((s) => s.url());
    assert(
      afterReload.length === 1 && afterReload[0].endsWith(address),
      `after a reload the guest should open one connection, to ${address}; opened ${afterReload.join(', ')}`,
    );
  },
};

const touchDrawing = {
  name: 'a touch-emulated phone (portrait) sees every word to choose, can draw without scrolling, chat below the canvas',
  async run(env) {
    const phone = await newPlayer(env, 'Hal', {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const desktop = await newPlayer(env, 'Ida');
    const code = await createRoom(env, phone, { customWords: [...CUSTOM_WORDS, 'snorkelwump'] }); // three words, and three others
    await joinByInvite(env, desktop, code);
    await startGame(phone, 2);

    await phone.page.getByTestId('word-choice').waitFor();
    const hidden = await phone.page.evaluate(() =>
      [...document.querySelectorAll("[data-testid='word-option'], [data-testid='other-words']")]
        .filter((button) => {
          const box = button.getBoundingClientRect();
          const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          const inView = box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
          return !inView || hit === null || !button.contains(hit);
        })
        .map((button) => button.textContent),
    );
    assert(hidden.length === 0, `every word and "Other words" should be on screen and uncovered, not: ${hidden.join(', ')}`);
    await phone.page.getByTestId('word-option').first().tap();
    await phone.page.getByTestId('toolbar').waitFor();
    await phone.page.getByTestId('board-canvas').scrollIntoViewIfNeeded();

    const box = await canvasBox(phone.page);
    const scrollBefore = await phone.page.evaluate(() => window.scrollY);
    const cdp = await phone.context.newCDPSession(phone.page);
    const touch = (type, fx, fy) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: box.x + fx * box.width, y: box.y + fy * box.height }],
      });
    await touch('touchStart', 0.15, 0.2);
    for (let i = 1; i <= 30; i++) await touch('touchMove', 0.15 + i * 0.023, 0.2 + i * 0.02);
    await touch('touchEnd');

    await waitFor(async () => (await inkRatio(desktop.page)) > 0.002, 'the touch stroke should reach the other player');
    assert((await inkRatio(phone.page)) > 0.002, 'the phone should show its own stroke');
    assert((await phone.page.evaluate(() => window.scrollY)) === scrollBefore, 'drawing should not scroll the page');
    const touchAction = await phone.page.getByTestId('board-canvas').evaluate((c) => getComputedStyle(c).touchAction);
    assert(touchAction === 'none', `the canvas should have touch-action: none, has ${touchAction}`);

    const chatTop = (await phone.page.getByTestId('chat-log').boundingBox()).y;
    assert(chatTop >= box.y + box.height, 'in portrait, the chat should sit below the canvas, not over it');
    await env.screenshot(phone.page, 'phone-drawing');
    await env.docScreenshot(phone.page, 'phone');
  },
};

const lobbyAndKick = {
  name: 'the lobby lists a new public room live; joining from it; the host kicks a player for good',
  async run(env) {
    const watcher = await newPlayer(env, 'Lee');
    await watcher.page.goto(`${env.baseUrl}/`);
    await register(watcher);
    await watcher.page.getByTestId('playing-as').waitFor();

    const host = await newPlayer(env, 'Max');
    const code = await createRoom(env, host, { isPublic: true });
    const entry = watcher.page.getByTestId('lobby-room').filter({ hasText: `Room of ${host.name}` });
    await entry.waitFor();
    await env.screenshot(watcher.page, 'lobby');
    await entry.getByRole('link').click();
    await watcher.page.getByTestId('room-page').waitFor();
    await waitFor(() => watcher.page.url().endsWith(`/r/${code}`), 'the address should become the invite link');

    await host.page.getByTestId('player').filter({ hasText: watcher.name }).getByTestId('kick').click();
    await host.page.getByTestId('confirm-yes').click();
    await watcher.page.getByTestId('room-error').waitFor();
    await watcher.page.goto(`${env.baseUrl}/r/${code}`);
    await watcher.page.getByTestId('room-error').waitFor();
    assert(
      (await watcher.page.getByTestId('room-error').textContent()).includes('cannot rejoin'),
      'a kicked player cannot come back',
    );
  },
};

const statusPage = {
  name: 'the status page renders live figures and dependency states',
  async run(env) {
    const viewer = await newPlayer(env, 'Ops');
    await viewer.page.goto(`${env.baseUrl}/status`);
    const players = viewer.page.getByTestId('figure-players');
    await players.waitFor();
    assert(/\d/.test(await players.textContent()), 'connected players should show a number');
    assert((await viewer.page.getByTestId('dependency').count()) >= 1, 'at least one dependency should be listed');

    const facts = viewer.page.getByTestId('status-facts');
    assert(
      (await facts.textContent()).includes('Finished games waiting for the rankings database0'),
      'the results outbox backlog should be shown (0 with the database up)',
    );
    const overflowing = await facts.locator('dd').evaluateAll((values) =>
      values
        .filter((dd) => dd.getBoundingClientRect().right > dd.parentElement.getBoundingClientRect().right || dd.scrollWidth > dd.clientWidth)
        .map((dd) => dd.textContent),
    );
    assert(overflowing.length === 0, `every figure should stay inside its card; overflowing: ${overflowing.join(', ')}`);
    const uptimeBefore = await facts.textContent();
    await waitFor(async () => (await facts.textContent()) !== uptimeBefore, 'the figures should refresh', 8000, 500);
    const points = await players.locator('polyline').getAttribute('points');
    assert(points && points.trim().split(' ').length >= 2, 'the chart should have at least two samples');
    await env.screenshot(viewer.page, 'status');
  },
};

export const scenarios = [
  fullGame,
  wordStaysSecret,
  reloadKeepsCanvas,
  reconnect,
  roomAddress,
  touchDrawing,
  lobbyAndKick,
  statusPage,
  ...playtestScenarios,
  straightLine,
  ...feelScenarios,
  ...screenScenarios,
  ...likesScenarios,
  ...galleryScenarios,
  ...spectatorScenarios,
  ...installScenarios,
];
