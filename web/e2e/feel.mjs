// Game feel (issue 25): invite QR code, avatars, sounds and the mute toggle, the timer bar,
// celebrations, and an accessibility audit (axe-core) of every screen on the way.
import QRCode from 'qrcode';
import { assertAccessible } from './a11y.mjs';
import {
  assert,
  chooseWord,
  closeGuessFor,
  createRoom,
  drawWithMouse,
  inView,
  joinByInvite,
  newPlayer,
  register,
  sendChat,
  startGame,
  uncovered,
  waitFor,
} from './helpers.mjs';

/** Records the frequency of every note the page's Web Audio oscillators start. */
async function recordNotes(player) {
  await player.context.addInitScript(() => {
    window.__notes = [];
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args) {
      window.__notes.push(this.frequency.value);
      return start.apply(this, args);
    };
  });
}

const notes = (player) => player.page.evaluate(() => window.__notes);
const YOUR_TURN = [523, 659, 784];
const YOU_GUESSED = [784, 1047, 1319];
const OTHER_GUESSED = [880];
const PODIUM = [523, 659, 784, 1047];

/** Whether `tune` was played, as consecutive notes, in `heard`. */
function played(heard, tune) {
  return heard.some((_, i) => tune.every((frequency, j) => heard[i + j] === frequency));
}

const timerFraction = (page) => page.getByTestId('timer-bar').getAttribute('data-fraction').then(Number);
const fillWidth = (page) => page.locator('.timer-bar-fill').evaluate((fill) => fill.getBoundingClientRect().width);

/** The invite page shows the room before the nickname form, whose box has the focus. */
async function checkInvitePage(page, { roomName, host, players, state }) {
  await page.getByTestId('invite-preview').waitFor();
  assert((await page.getByTestId('invite-room-name').textContent()) === roomName, `the invite page should name the room "${roomName}"`);
  assert((await page.getByTestId('invite-host').textContent()).includes(host), `the invite page should name the host ${host}`);
  const listed = await page.getByTestId('invite-players').textContent();
  assert(players.every((name) => listed.includes(name)), `the invite page should list ${players.join(', ')}, lists "${listed}"`);
  assert((await page.getByTestId('invite-players').getByTestId('avatar').count()) === players.length, 'each listed player has an avatar');
  assert((await page.getByTestId('invite-state').textContent()).startsWith(state), `the invite page should say "${state}…"`);
  assert(
    await page.getByTestId('nickname-input').evaluate((input) => document.activeElement === input),
    'the nickname box should have the focus',
  );
}

const gameFeel = {
  name: 'game feel: invite page, QR invite, avatars everywhere, sounds with a remembered mute, timer bar, celebrations; axe on every screen',
  async run(env) {
    const ann = await newPlayer(env, 'Ann');
    const bob = await newPlayer(env, 'Bob');
    const cat = await newPlayer(env, 'Cat');
    const players = [ann, bob, cat];
    for (const player of players) await recordNotes(player);

    await bob.page.goto(`${env.baseUrl}/`);
    await bob.page.getByTestId('nickname-input').waitFor();
    await assertAccessible(bob.page, 'home');

    const code = await createRoom(env, ann, { rounds: 1 });
    const inviteLink = `${env.baseUrl}/r/${code}`;
    const qr = ann.page.getByTestId('invite-qr');
    await qr.waitFor();
    const expectedSvg = await QRCode.toString(inviteLink, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    const expectedPaths = [...expectedSvg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
    const shownPaths = await qr.locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
    assert(expectedPaths.length > 0 && JSON.stringify(shownPaths) === JSON.stringify(expectedPaths), 'the QR code should encode the invite link');
    assert((await ann.page.getByTestId('invite-link').textContent()) === inviteLink, 'the invite link should be shown beside the QR code');

    // Bob opens the invite link: he sees where it leads before choosing a nickname.
    await bob.page.goto(inviteLink);
    await checkInvitePage(bob.page, { roomName: `Room of ${ann.name}`, host: ann.name, players: [ann.name], state: 'Waiting for players' });
    await assertAccessible(bob.page, 'invite page');
    await register(bob);
    await bob.page.getByTestId('room-page').waitFor();
    await joinByInvite(env, cat, code);
    await waitFor(async () => (await ann.page.getByTestId('player').count()) === 3, 'Ann should see three players');
    const seeds = await ann.page.getByTestId('player-list').getByTestId('avatar').evaluateAll((images) => images.map((i) => i.getAttribute('data-seed')));
    const sources = await ann.page.getByTestId('player-list').getByTestId('avatar').evaluateAll((images) => images.map((i) => i.src));
    assert(seeds.length === 3 && new Set(sources).size === 3, 'each player in the room should have an avatar of their own');
    const bobSeed = seeds[1];
    assert(
      (await bob.page.getByTestId('player-list').getByTestId('avatar').nth(1).getAttribute('src')) === sources[1],
      "Bob's avatar should be the same on every player's screen",
    );
    await assertAccessible(ann.page, 'room, waiting (host)');
    await assertAccessible(bob.page, 'room, waiting (guest: settings read-only)');

    // Cat mutes; the choice survives a reload.
    await cat.page.getByTestId('mute-toggle').click();
    assert((await cat.page.getByTestId('mute-toggle').getAttribute('aria-pressed')) === 'true', 'the mute toggle should show it is on');
    await cat.page.reload();
    await cat.page.getByTestId('room-page').waitFor();
    assert((await cat.page.getByTestId('mute-toggle').getAttribute('aria-pressed')) === 'true', 'the mute choice should be remembered after a reload');

    await startGame(ann, 3);
    await ann.page.getByTestId('word-choice').waitFor();
    await assertAccessible(ann.page, 'choosing a word (drawer)');
    const first = await chooseWord(players);
    const dan = await newPlayer(env, 'Dan');
    await dan.page.goto(inviteLink);
    await checkInvitePage(dan.page, {
      roomName: `Room of ${ann.name}`,
      host: ann.name,
      players: players.map((p) => p.name),
      state: 'A game is on',
    });
    await dan.context.close();
    assert(first.drawer === ann, 'the first player to join draws first');
    await waitFor(async () => played(await notes(ann), YOUR_TURN), 'the drawer should hear that it is their turn');
    const [guesser, other] = [bob, cat];

    // The timer bar shrinks while the turn runs.
    await guesser.page.getByTestId('timer-bar').waitFor();
    const before = { fraction: await timerFraction(guesser.page), width: await fillWidth(guesser.page) };
    assert(before.fraction > 0.8 && before.fraction <= 1, `the timer bar should start nearly full, is at ${before.fraction}`);
    await drawWithMouse(ann.page, [[0.2, 0.3], [0.5, 0.7], [0.8, 0.3]]);
    await waitFor(async () => (await timerFraction(guesser.page)) < before.fraction, 'the timer bar should shrink as time passes');
    await waitFor(async () => (await fillWidth(guesser.page)) < before.width, 'the timer bar should get visibly shorter');
    await assertAccessible(ann.page, 'drawing (drawer)');
    await assertAccessible(guesser.page, 'guessing (guesser)');

    await sendChat(guesser.page, first.word);
    // A burst lasts under two seconds: both are awaited at once.
    await Promise.all([guesser, ann].map((player) => player.page.getByTestId('celebration').waitFor()));
    await waitFor(async () => played(await notes(guesser), YOU_GUESSED), 'the guesser should hear their correct guess');
    await waitFor(async () => played(await notes(ann), OTHER_GUESSED), "the drawer should hear another player's correct guess");
    const scoreAvatars = await ann.page.getByTestId('scoreboard').getByTestId('avatar').count();
    assert(scoreAvatars === 3, `the scoreboard should show every player's avatar, shows ${scoreAvatars}`);
    await sendChat(ann.page, 'nice one');
    await waitFor(
      async () => (await bob.page.getByTestId('chat-log').locator(`[data-seed="${seeds[0]}"]`).count()) > 0,
      "a chat line should carry its writer's avatar",
    );
    await env.screenshot(guesser.page, 'room-with-avatars');
    await env.docScreenshot(guesser.page, 'room-avatars');

    await sendChat(other.page, first.word);
    await guesser.page.getByTestId('revealed-word').waitFor();
    await assertAccessible(guesser.page, 'reveal');

    for (let turn = 2; turn <= 3; turn++) {
      const { drawer, word } = await chooseWord(players);
      for (const player of players.filter((p) => p !== drawer)) await sendChat(player.page, word);
      await drawer.page.getByTestId('revealed-word').waitFor();
    }
    for (const player of players) await player.page.getByTestId('podium').waitFor();
    // Counted in the ranking's entries: the awards below show their winners' avatars too.
    assert((await bob.page.getByTestId('podium-entry').getByTestId('avatar').count()) === 3, 'the podium should show every avatar');
    assert(
      (await bob.page.getByTestId('podium-entry').locator(`[data-seed="${bobSeed}"]`).count()) === 1,
      "Bob's podium entry should carry his avatar",
    );
    await waitFor(async () => played(await notes(bob), PODIUM), 'the podium should sound a fanfare');
    assert((await bob.page.getByTestId('confetti').count()) > 0, 'the podium should celebrate');
    await assertAccessible(bob.page, 'podium');
    assert((await notes(cat)).length === 0, 'a muted player should hear nothing all game');
  },
};


const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const phoneBoard = {
  name: 'phone board (390x844): full-width canvas, chat sheet that leaves it in place, guess box in view, tools in reach, a buzz for a correct guess and for its turn; axe',
  async run(env) {
    const host = await newPlayer(env, 'Ned');
    const phone = await newPlayer(env, 'Oli', PHONE);
    await phone.context.addInitScript(() => {
      window.__buzzes = [];
      navigator.vibrate = (pattern) => window.__buzzes.push(pattern) > 0;
    });
    const buzzes = () => phone.page.evaluate(() => window.__buzzes.map((pattern) => pattern.join(',')));
    const code = await createRoom(env, host);
    await phone.page.goto(`${env.baseUrl}/r/${code}`);
    await phone.page.getByTestId('nickname-input').waitFor();
    await assertAccessible(phone.page, 'invite page on a phone');
    await phone.page.getByTestId('nickname-input').fill(phone.name);
    await phone.page.getByTestId('nickname-submit').tap();
    await phone.page.getByTestId('room-page').waitFor();
    await assertAccessible(phone.page, 'room, waiting, on a phone');
    await startGame(host, 2);
    const { word } = await chooseWord([host, phone]);
    await phone.page.getByTestId('hint').waitFor();

    const width = (await phone.page.getByTestId('board-canvas').boundingBox()).width;
    assert(width >= 380, `the canvas should take the phone's full width (390 px), is ${width} px`);
    assert(await inView(phone.page, 'board-canvas'), 'the whole canvas should be on screen');
    assert(await uncovered(phone.page, 'board-canvas'), 'the chat sheet should not cover the canvas');
    assert(await inView(phone.page, 'chat-input'), 'the guess box should be on screen without scrolling');
    const canvasTop = (await phone.page.getByTestId('board-canvas').boundingBox()).y;

    await drawWithMouse(host.page, [[0.2, 0.3], [0.5, 0.7], [0.8, 0.3]]);
    await phone.page.getByTestId('chat-input').tap();
    for (let i = 1; i <= 4; i++) await sendChat(phone.page, `guess ${i}`);
    await waitFor(async () => (await phone.page.getByTestId('chat-log').textContent()).includes('guess 4'), 'the phone should show its guesses');
    assert((await phone.page.getByTestId('board-canvas').boundingBox()).y === canvasTop, 'new chat lines and typing should not move the canvas');
    assert(await inView(phone.page, 'chat-input'), 'the guess box should stay on screen while chatting');
    await assertAccessible(phone.page, 'guessing on a phone');
    await env.screenshot(phone.page, 'phone-guesser');
    await env.docScreenshot(phone.page, 'phone-board');

    await sendChat(phone.page, word);
    await phone.page.getByTestId('revealed-word').waitFor();
    assert((await buzzes()).includes('60'), `the phone should buzz for its correct guess, buzzed: ${await buzzes()}`);
    const revealBelowSheet = await phone.page.evaluate(() =>
      document.querySelector('[data-testid=reveal]').getBoundingClientRect().bottom - document.querySelector('.game-layout .chat').getBoundingClientRect().top);
    assert(revealBelowSheet <= 0, `the reveal should be above the chat sheet, is ${revealBelowSheet} px under it`);
    // The phone draws next: the tools sit under the canvas, in the lower half of the screen, clear of the sheet.
    await phone.page.getByTestId('word-option').first().tap();
    await phone.page.getByTestId('toolbar').waitFor();
    assert((await buzzes()).includes('40,60,40'), `the phone should buzz when its turn comes, buzzed: ${await buzzes()}`);
    for (const tool of ['tool-pen', 'tool-fill', 'tool-picker', 'undo']) {
      assert(await inView(phone.page, tool), `${tool} should be on screen for the drawing phone`);
      assert(await uncovered(phone.page, tool), `${tool} should not be covered by the chat sheet`);
    }
    const toolbarTop = (await phone.page.getByTestId('toolbar').boundingBox()).y;
    assert(toolbarTop > 844 / 3, `the tools should be within a thumb's reach, low on the screen (top at ${toolbarTop} px)`);
    assert(await inView(phone.page, 'board-canvas'), "the drawer's canvas should be on screen");
    await assertAccessible(phone.page, 'drawing on a phone');
    await env.screenshot(phone.page, 'phone-drawer');
  },
};


const SMALL_PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
/** Two-word custom words of 21 characters: their hint is wider than a small phone's turn bar. */
const LONG_WORDS = ['quixfrond zorbleplums', 'trumblezest mavelquip', 'plonkavine zorblequix'];

const smallPhoneBoard = {
  name: 'small phones: pages fit 320 px; at 360x640 the canvas is above the chat sheet for guesser and drawer, a long hint beside the timer',
  async run(env) {
    const host = await newPlayer(env, 'Pia');
    const phone = await newPlayer(env, 'Quin', SMALL_PHONE);
    const code = await createRoom(env, host, { customWords: LONG_WORDS });
    // WCAG's reflow width: at 320 px nothing scrolls sideways but the nav bar and wide data tables, in their own boxes.
    await phone.page.setViewportSize({ width: 320, height: 640 });
    const beyond320 = () => phone.page.evaluate(() => document.documentElement.scrollWidth - 320);
    const loaded = { '/': '[data-testid=nickname-input]', '/leaderboard': '[data-testid=leaderboard], main p.muted', '/status': '[data-testid=dependencies]' };
    for (const [path, shown] of Object.entries(loaded)) {
      await phone.page.goto(`${env.baseUrl}${path}`);
      await phone.page.locator(shown).first().waitFor();
      const wider = await beyond320();
      assert(wider <= 0, `${path} should fit a 320 px screen, is ${wider} px wider`);
    }
    await joinByInvite(env, phone, code);
    const wider = await beyond320();
    assert(wider <= 0, `the waiting room should fit a 320 px screen, is ${wider} px wider`);
    await phone.page.setViewportSize(SMALL_PHONE.viewport);
    const header = await phone.page.locator('.app-header').evaluate((element) => ({
      brokenLinks: [...element.querySelectorAll('nav a')].filter((link) => {
        const text = document.createRange();
        text.selectNodeContents(link);
        return new Set([...text.getClientRects()].map((line) => Math.round(line.top))).size > 1;
      }).map((link) => link.textContent),
      rows: new Set([...element.children].filter((child) => child.tagName !== 'NAV').map((child) => Math.round(child.getBoundingClientRect().top))).size,
    }));
    assert(header.brokenLinks.length === 0, `the header's links should each stay on one line, broken: ${header.brokenLinks.join(', ')}`);
    assert(header.rows === 1, `the brand, mute and language controls should share one row on a small phone, took ${header.rows}`);
    await startGame(host, 2);
    const { word } = await chooseWord([host, phone], LONG_WORDS);
    await phone.page.getByTestId('hint').waitFor();
    await waitFor(() => inView(phone.page, 'board-canvas'), 'the whole canvas should be on the small screen while guessing');
    assert(await uncovered(phone.page, 'board-canvas'), 'the chat sheet should not cover the canvas while guessing');
    assert(await inView(phone.page, 'chat-input'), 'the guess box should be on screen while guessing');
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - 360);
    assert(overflow <= 0, `the hint of "${word}" should wrap, not widen the page past the screen (by ${overflow} px)`);
    const timer = await phone.page.getByTestId('timer').boundingBox();
    assert(timer.x + timer.width <= 360, `the timer should stay on the small screen beside a long hint (right edge at ${timer.x + timer.width} px)`);
    await env.screenshot(phone.page, 'small-phone-guesser');

    await sendChat(phone.page, word);
    await phone.page.getByTestId('revealed-word').waitFor();
    await phone.page.getByTestId('word-option').first().tap();
    await phone.page.getByTestId('toolbar').waitFor();
    await waitFor(() => inView(phone.page, 'board-canvas'), "the drawer's canvas should be on the small screen");
    assert(await uncovered(phone.page, 'board-canvas'), "the chat sheet should not cover the drawer's canvas");
    for (const tool of ['tool-pen', 'tool-fill', 'tool-picker', 'undo', 'clear']) {
      assert(await inView(phone.page, tool), `${tool} should be on the small screen with the drawer's canvas`);
      assert(await uncovered(phone.page, tool), `${tool} should not be covered by the chat sheet`);
    }
    await env.screenshot(phone.page, 'small-phone-drawer');
  },
};

const KOREAN_WORDS = ['고양이', '자전거', '무지개'];

const koreanGame = {
  name: 'a Korean game renders Hangul with the shipped web font (slices only); reduced motion stops the confetti; axe on the lobby and status page',
  async run(env) {
    const host = await newPlayer(env, '민지', { locale: 'ko-KR' });
    const guest = await newPlayer(env, '서준', { locale: 'ko-KR', reducedMotion: 'reduce' });
    const fontFiles = [];
    host.page.on('response', (response) => /\.woff2?$/.test(response.url()) && fontFiles.push(response.url()));

    await host.page.goto(`${env.baseUrl}/`);
    await register(host);
    await host.page.getByTestId('playing-as').waitFor();
    await assertAccessible(host.page, 'lobby (Korean)');
    const form = host.page.getByTestId('create-room-form');
    await form.getByTestId('setting-name').fill('그림 맞히기 방');
    await form.getByTestId('setting-isPublic').setChecked(false);
    await form.getByTestId('setting-rounds').fill('1');
    await form.getByTestId('setting-language').selectOption('ko');
    await form.getByTestId('setting-wordChoices').fill('3');
    await form.getByTestId('setting-customWords').fill(KOREAN_WORDS.join(', '));
    await form.getByTestId('setting-customWordsOnly').setChecked(true);
    await host.page.getByTestId('create-room').click();
    await host.page.getByTestId('room-page').waitFor();
    const code = (await host.page.getByTestId('room-code').textContent()).trim();
    await joinByInvite(env, guest, code);
    await startGame(host, 2);

    await host.page.getByTestId('word-option').first().click();
    const word = (await host.page.getByTestId('word').textContent()).trim();
    assert(KOREAN_WORDS.includes(word), `the drawer should get a Korean word, got "${word}"`);
    await drawWithMouse(host.page, [[0.2, 0.6], [0.35, 0.3], [0.5, 0.6], [0.65, 0.3], [0.8, 0.6]]);
    await sendChat(guest.page, '안녕하세요 여러분');
    await sendChat(guest.page, word);
    await guest.page.getByTestId('you-guessed').waitFor();

    // Reduced motion: the celebration happens without confetti flying.
    await guest.page.getByTestId('celebration').waitFor();
    assert(
      (await guest.page.getByTestId('confetti').evaluate((c) => getComputedStyle(c).display)) === 'none',
      'with prefers-reduced-motion the confetti should not move (it is not shown)',
    );
    await guest.page.getByTestId('revealed-word').waitFor();
    assert((await guest.page.getByTestId('revealed-word').textContent()).trim() === word, 'the reveal should show the Korean word');

    const fonts = await guest.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans KR' && f.status === 'loaded').length;
    });
    assert(fonts > 0, 'the Korean web font should be loaded for the Hangul on the page');
    await env.screenshot(guest.page, 'korean-game');
    await env.docScreenshot(guest.page, 'korean-game');
    await assertAccessible(guest.page, 'reveal (Korean)');
    assert(fontFiles.length > 0 && fontFiles.length <= 40, `only the font slices in use should be downloaded, got ${fontFiles.length} files`);

    await host.page.goto(`${env.baseUrl}/status`);
    await host.page.getByTestId('figure-players').waitFor();
    await assertAccessible(host.page, 'status page');
  },
};

const darkGame = {
  name: 'dark mode, when the system asks for it: the pages and every phase of a turn are dark and pass axe (contrast included); the canvas stays white',
  async run(env) {
    const host = await newPlayer(env, 'Vic', { colorScheme: 'dark' });
    const guest = await newPlayer(env, 'Wes', { ...PHONE, colorScheme: 'dark' });
    const background = (page, selector) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);
    const code = await createRoom(env, host);
    assert((await background(host.page, 'html')) === 'rgb(15, 21, 32)', `the page should be dark, is ${await background(host.page, 'html')}`);
    await joinByInvite(env, guest, code);
    await assertAccessible(host.page, 'waiting room, dark');
    await startGame(host, 2);

    await host.page.getByTestId('word-choice').waitFor();
    await assertAccessible(host.page, 'choosing a word, dark');
    await host.page.getByTestId('word-option').first().click();
    const word = (await host.page.getByTestId('word').textContent()).trim();
    await drawWithMouse(host.page, [[0.2, 0.6], [0.5, 0.3], [0.8, 0.6]]);
    assert((await background(guest.page, '[data-testid=board-canvas]')) === 'rgb(255, 255, 255)', 'the canvas should stay white in dark mode');
    await sendChat(guest.page, 'is it a hat');
    await sendChat(guest.page, closeGuessFor(word));
    await guest.page.getByTestId('close-notice').waitFor();
    await assertAccessible(guest.page, 'guessing, with a close guess, dark');
    await assertAccessible(host.page, 'drawing, dark');
    await sendChat(guest.page, word);
    await guest.page.getByTestId('you-guessed').waitFor();
    await guest.page.getByTestId('revealed-word').waitFor();
    await assertAccessible(guest.page, 'the reveal, dark');
    await env.screenshot(guest.page, 'dark-reveal');
    await env.screenshot(host.page, 'dark-reveal-host');
    await env.docScreenshot(host.page, 'dark');

    for (const path of ['/', '/leaderboard', '/status', '/how-to-play']) {
      await host.page.goto(`${env.baseUrl}${path}`);
      await host.page.locator('main h1').first().waitFor();
      await assertAccessible(host.page, `${path}, dark`);
    }
  },
};

export const feelScenarios = [gameFeel, phoneBoard, smallPhoneBoard, koreanGame, darkGame];
