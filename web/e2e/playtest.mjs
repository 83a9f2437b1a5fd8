// Regression checks for the bugs of the playtest (issue 25). Checks of one scenario are collected
// and reported together, so a run shows every one that fails, not only the first.
import {
  assert,
  canvasBox,
  chooseWord,
  createRoom,
  drawWithMouse,
  inkRatio,
  joinByInvite,
  newPlayer,
  sendChat,
  startGame,
  waitFor,
} from './helpers.mjs';

class Checks {
  failures = [];

  async that(probe, message) {
    try {
      if (!(await probe())) this.failures.push(message);
    } catch (error) {
      this.failures.push(`${message} (${String(error?.message ?? error).split('\n')[0]})`);
    }
  }

  /** Like `that`, but waits up to `timeoutMs` for the probe to hold. */
  eventually(probe, message, timeoutMs = 8000) {
    return this.that(() => waitFor(probe, message, timeoutMs), message);
  }

  done() {
    assert(this.failures.length === 0, this.failures.join(' | '));
  }
}

/** The element at the centre of the canvas is the canvas: nothing covers the drawing. */
function canvasUncovered(page) {
  return page.getByTestId('board-canvas').evaluate((canvas) => {
    const box = canvas.getBoundingClientRect();
    return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === canvas;
  });
}

/** `testId` is on screen and not clipped: the element at its centre is it or inside it. */
async function fullyVisible(page, testId) {
  const locator = page.getByTestId(testId);
  await locator.scrollIntoViewIfNeeded({ timeout: 2000 });
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.left < 0 || box.right > window.innerWidth) return false;
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && element.contains(hit);
  });
}

/** The input's placeholder fits in the input's text box. */
function placeholderFits(page) {
  return page.getByTestId('chat-input').evaluate((input) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width <= room;
  });
}

const chatText = (page) => page.getByTestId('chat-log').textContent();
const pressed = (page, testId) => page.getByTestId(testId).getAttribute('aria-pressed');

/** The reveal shows the word, leaves the drawing in view and says what comes next. */
async function checkReveal(checks, player, word, next, when) {
  const revealed = player.page.getByTestId('revealed-word');
  await revealed.waitFor();
  // The reveal lasts 5 s: these checks must not wait.
  await checks.that(async () => (await revealed.textContent()).trim() === word, `${player.name} should see "${word}" revealed ${when}`);
  await checks.that(() => canvasUncovered(player.page), `the reveal should leave ${player.name}'s drawing uncovered ${when}`);
  await checks.that(() => fullyVisible(player.page, 'reveal-next'), `"${next}" should be fully visible to ${player.name} ${when}`);
  await checks.that(
    async () => (await player.page.getByTestId('reveal-next').textContent({ timeout: 1000 })).startsWith(next),
    `the reveal should say "${next}…" to ${player.name} ${when}`,
  );
}

async function guessAndReveal(drawer, guesser, word) {
  await sendChat(guesser.page, word);
  await Promise.all([drawer, guesser].map((p) => p.page.getByTestId('revealed-word').waitFor()));
}

const twoRounds = {
  name: 'playtest: every turn starts with the pen; the reveal leaves the drawing in view; the chat keeps the record; a late joiner gets the waiting room',
  async run(env) {
    const checks = new Checks();
    const ann = await newPlayer(env, 'Ann');
    const bob = await newPlayer(env, 'Bob');
    const code = await createRoom(env, ann, { rounds: 2 });
    await joinByInvite(env, bob, code);
    await startGame(ann, 2);

    // Turn 1, Ann draws with the fill tool, a colour and a size of her own; the word she types is refused.
    const first = await chooseWord([ann, bob]);
    assert(first.drawer === ann, 'the first player to join draws first');
    await drawWithMouse(ann.page, [[0.2, 0.2], [0.8, 0.8]]);
    for (const testId of ['tool-fill', 'color-4', 'size-3']) await ann.page.getByTestId(testId).click();
    const box = await canvasBox(ann.page);
    await ann.page.mouse.click(box.x + 0.1 * box.width, box.y + 0.9 * box.height);
    await sendChat(ann.page, `it is ${first.word}`);
    await waitFor(async () => (await ann.page.getByTestId('chat-input').inputValue()) !== '', 'the refused message goes back to the box');
    await guessAndReveal(ann, bob, first.word);
    await Promise.all([ann, bob].map((player) => checkReveal(checks, player, first.word, 'Next turn', 'after turn 1')));
    await env.screenshot(bob.page, 'reveal-beside-drawing');
    await checks.eventually(
      async () => (await chatText(bob.page)).includes(`Everyone guessed it! The word was ${first.word}.`),
      'the chat should record the word of turn 1',
    );

    // Turn 2, Bob draws: the message refused in turn 1 is gone from Ann's box.
    const second = await chooseWord([ann, bob]);
    await checks.that(
      async () => (await ann.page.getByTestId('chat-input').inputValue()) === '',
      "the message refused in turn 1 should not stay in Ann's chat box in turn 2",
    );
    await guessAndReveal(bob, ann, second.word);

    // Turn 3, round 2, Ann draws again: pen, default colour and size; her first touch draws a line.
    const third = await chooseWord([ann, bob]);
    await checks.eventually(async () => (await chatText(ann.page)).includes('Round 2 of 2'), 'the chat should mark the start of round 2');
    await checks.that(async () => (await pressed(ann.page, 'tool-pen')) === 'true', 'turn 3 should start with the pen');
    await checks.that(async () => (await pressed(ann.page, 'size-1')) === 'true', 'turn 3 should start with the default size');
    await checks.that(
      async () => (await ann.page.getByTestId('color-3').getAttribute('aria-checked')) === 'true',
      'turn 3 should start with the default colour (black)',
    );
    await drawWithMouse(ann.page, [[0.3, 0.5], [0.6, 0.5]]);
    await checks.that(async () => (await inkRatio(ann.page)) < 0.1, "Ann's first touch in turn 3 should draw a line, not flood the canvas");
    await guessAndReveal(ann, bob, third.word);

    // Turn 4, the last: the reveal announces the results, not a next turn.
    const fourth = await chooseWord([ann, bob]);
    await guessAndReveal(bob, ann, fourth.word);
    await checkReveal(checks, ann, fourth.word, 'Final results', 'after the last turn');
    await ann.page.getByTestId('podium').waitFor();

    // Someone joining now gets the waiting room, with themselves in it, not the old podium.
    const cat = await newPlayer(env, 'Cat');
    await joinByInvite(env, cat, code);
    await checks.eventually(
      async () => (await cat.page.getByTestId('player').filter({ hasText: cat.name }).count()) === 1,
      'a player joining after the game should be in the waiting room list',
    );
    await checks.that(async () => !(await cat.page.getByTestId('podium').isVisible()), 'a late joiner should not see the old podium');

    // The record is the server's: a reload shows it again.
    await ann.page.reload();
    await ann.page.getByTestId('room-page').waitFor();
    await checks.eventually(async () => {
      const text = await chatText(ann.page);
      return [first, second, third, fourth].every(({ word }) => text.includes(`The word was ${word}.`));
    }, "after a reload the chat should still show every turn's word");
    checks.done();
  },
};

const phone = {
  name: 'playtest: on a phone, Undo reacts to a tap right after a stroke; the reveal fits the screen beside the drawing',
  async run(env) {
    const checks = new Checks();
    const hal = await newPlayer(env, 'Hal', {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const ida = await newPlayer(env, 'Ida');
    const code = await createRoom(env, hal);
    await joinByInvite(env, ida, code);
    await startGame(hal, 2);
    await hal.page.getByTestId('word-choice').waitFor();
    await hal.page.getByTestId('word-option').first().tap();
    const word = (await hal.page.getByTestId('word').textContent()).trim();
    await checks.that(() => placeholderFits(hal.page), "the drawer's chat placeholder should fit its box on a phone");

    // Real touch input through the browser: a stroke, then at once a tap on Undo.
    const cdp = await hal.context.newCDPSession(hal.page);
    const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    let missed = 0;
    const tries = 5;
    for (let i = 0; i < tries; i++) {
      await hal.page.getByTestId('board-canvas').scrollIntoViewIfNeeded();
      const box = await canvasBox(hal.page);
      await touch('touchStart', box.x + 0.2 * box.width, box.y + 0.3 * box.height);
      for (let k = 1; k <= 10; k++) await touch('touchMove', box.x + (0.2 + k * 0.05) * box.width, box.y + (0.3 + k * 0.03) * box.height);
      await touch('touchEnd');
      await waitFor(async () => (await inkRatio(hal.page)) > 0, 'the stroke should show');
      const undo = await hal.page.getByTestId('undo').boundingBox();
      await touch('touchStart', undo.x + undo.width / 2, undo.y + undo.height / 2);
      await touch('touchEnd');
      const undone = await waitFor(async () => (await inkRatio(hal.page)) === 0, 'undo', 3000).catch(() => false);
      if (!undone) {
        missed++;
        await hal.page.getByTestId('undo').click();
        await waitFor(async () => (await inkRatio(hal.page)) === 0, 'the stroke should be undone by a click');
      }
    }
    await checks.that(() => missed === 0, `a tap on Undo right after a stroke should undo it (${missed} of ${tries} taps did nothing)`);

    await drawWithMouse(hal.page, [[0.2, 0.3], [0.5, 0.7], [0.8, 0.3]]);
    await sendChat(ida.page, word);
    await checkReveal(checks, hal, word, 'Next turn', 'on a phone');
    await env.screenshot(hal.page, 'phone-reveal');
    checks.done();
  },
};

const threePlayers = {
  name: 'playtest: the host kicks, the others vote to kick and see their vote; score rows line up; a timed-out turn stays in the chat',
  async run(env) {
    const checks = new Checks();
    const dan = await newPlayer(env, 'Dan');
    const eve = await newPlayer(env, 'Eve');
    const fay = await newPlayer(env, 'Fay');
    const code = await createRoom(env, dan, { drawingSeconds: 30 });
    await joinByInvite(env, eve, code);
    await joinByInvite(env, fay, code);
    await startGame(dan, 3);
    const { drawer, word } = await chooseWord([dan, eve, fay]);
    assert(drawer === dan, 'the host draws first');
    await checks.that(() => placeholderFits(dan.page), "the drawer's chat placeholder should fit its box");

    const rows = (player) => player.page.getByTestId('score-row');
    const others = (player) => rows(player).filter({ hasNotText: player.name });
    await checks.that(async () => (await others(dan).getByTestId('kick').count()) === 2, 'the host should see Kick on the others');
    await checks.that(async () => (await rows(dan).getByText('Vote to kick').count()) === 0, 'the host should not see Vote to kick');
    await checks.that(async () => (await rows(eve).getByTestId('kick').count()) === 0, 'a player who is not the host should not see Kick');
    await checks.that(async () => (await others(eve).getByText('Vote to kick').count()) === 2, 'a player should see Vote to kick on the others');

    const rightEdges = await rows(eve).locator('.score').evaluateAll((scores) => scores.map((s) => Math.round(s.getBoundingClientRect().right)));
    await checks.that(() => new Set(rightEdges).size === 1, `the scores should line up, right edges at ${rightEdges.join(', ')}`);

    // Eve hides Fay's chat lines: only Eve's screen changes, also after a reload, until she shows them again.
    const hideFay = () => rows(eve).filter({ hasText: fay.name }).getByTestId('hide-chat');
    await hideFay().click();
    await sendChat(fay.page, 'fay says hi');
    await checks.eventually(async () => (await chatText(dan.page)).includes('fay says hi'), "Dan should see Fay's line");
    await checks.that(async () => !(await chatText(eve.page)).includes('fay says hi'), "Eve should not see the line of a player she hid");
    await eve.page.reload();
    await checks.eventually(async () => (await hideFay().getAttribute('aria-pressed')) === 'true', "Eve's choice should survive a reload");
    await hideFay().click();
    await checks.eventually(async () => (await chatText(eve.page)).includes('fay says hi'), "Fay's lines should come back when Eve shows them");

    const voteOnFay = rows(eve).filter({ hasText: fay.name }).getByTestId('vote-kick');
    await voteOnFay.click();
    await checks.eventually(async () => (await voteOnFay.getAttribute('aria-pressed')) === 'true', "Eve's vote should show as cast");
    await checks.that(async () => (await voteOnFay.textContent()).includes('You voted'), 'the vote button should say the vote was cast');
    await env.screenshot(eve.page, 'scores-after-vote');

    // Nobody guesses: the turn times out, and the chat says so with the word.
    await checks.eventually(
      async () => (await chatText(eve.page)).includes(`Time's up! The word was ${word}.`),
      'the chat should record the timed-out turn and its word',
      45_000,
    );
    checks.done();
  },
};

const compressedAssets = {
  name: 'playtest: the web app is sent compressed to a browser that accepts it',
  async run(env) {
    const viewer = await newPlayer(env, 'Zip');
    const encodings = new Map();
    viewer.page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path === '/' || path.startsWith('/assets/')) encodings.set(path, response.headers()['content-encoding'] ?? 'none');
    });
    await viewer.page.goto(`${env.baseUrl}/`);
    await viewer.page.getByTestId('nickname-input').waitFor();
    const assets = [...encodings].filter(([path]) => /\.(js|css)$/.test(path));
    assert(assets.length >= 2, `the page should load its script and style, saw ${[...encodings.keys()].join(', ')}`);
    // Fonts (woff2) are compressed by their format; only text is worth compressing again.
    const text = [...encodings].filter(([path]) => path === '/' || /\.(html|js|css|svg|json)$/.test(path));
    const plain = text.filter(([, encoding]) => encoding !== 'br' && encoding !== 'gzip');
    assert(plain.length === 0, `sent uncompressed: ${plain.map(([path, encoding]) => `${path} (${encoding})`).join(', ')}`);
  },
};

export const playtestScenarios = [twoRounds, phone, threePlayers, compressedAssets];
