// Building blocks of the scenarios: players, rooms, turns, drawing and checks.

export class AssertionError extends Error {}

export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

/** Polls `probe` until it returns a truthy value; fails with `message` after `timeoutMs`. */
export async function waitFor(probe, message, timeoutMs = 20_000, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new AssertionError(`${message} (waited ${timeoutMs} ms)`);
}

const runId = Date.now().toString(36).slice(-5);

/** Words nobody would type by chance and that no UI text contains, so leak checks are exact. */
export const CUSTOM_WORDS = ['zorbleplum', 'quixfrond', 'mavelquip', 'trumblezest', 'plonkavine'];

/** A browser context with one page, its console captured for the secret-word check. */
export async function newPlayer(env, name, contextOptions = {}) {
  const context = await env.newContext({ locale: 'en-US', ...contextOptions });
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  return { name: `${name}${runId}`, context, page, consoleLines };
}

export async function register(player) {
  const { page } = player;
  await page.getByTestId('nickname-input').fill(player.name);
  await page.getByTestId('nickname-submit').click();
}

/** Opens the lobby, registers and creates a private room; returns the room code. */
export async function createRoom(env, host, settings = {}) {
  const { page } = host;
  await page.goto(`${env.baseUrl}/`);
  await register(host);
  await page.getByTestId('playing-as').waitFor();
  const form = page.getByTestId('create-room-form');
  await form.getByTestId('setting-name').fill(`Room of ${host.name}`);
  await form.getByTestId('setting-isPublic').setChecked(settings.isPublic ?? false);
  await form.getByTestId('setting-rounds').fill(String(settings.rounds ?? 1));
  if (settings.maxPlayers) await form.getByTestId('setting-maxPlayers').fill(String(settings.maxPlayers));
  await form.getByTestId('setting-drawingSeconds').fill(String(settings.drawingSeconds ?? 60));
  await form.getByTestId('setting-wordChoices').fill(String(settings.wordChoices ?? 3));
  await form.getByTestId('setting-customWords').fill((settings.customWords ?? CUSTOM_WORDS).join(', '));
  await form.getByTestId('setting-customWordsOnly').setChecked(true);
  await page.getByTestId('create-room').click();
  await page.getByTestId('room-page').waitFor();
  return (await page.getByTestId('room-code').textContent()).trim();
}

/** Follows the invite link in a fresh context: nickname first, then straight into the room. */
export async function joinByInvite(env, player, code) {
  await player.page.goto(`${env.baseUrl}/r/${code}`);
  await register(player);
  await player.page.getByTestId('room-page').waitFor();
}

export async function startGame(host, playerCount) {
  await waitFor(
    async () => (await host.page.getByTestId('player').count()) === playerCount,
    `the host should see ${playerCount} players`,
  );
  await host.page.getByTestId('start-game').click();
}

/** Waits for the word-choice dialog on one of `players`; that player picks the first word. */
export async function chooseWord(players, words = CUSTOM_WORDS) {
  const drawer = await waitFor(async () => {
    for (const player of players) if (await player.page.getByTestId('word-choice').isVisible()) return player;
    return null;
  }, 'some player should be offered words to choose from');
  await drawer.page.getByTestId('word-option').first().click();
  const wordLocator = drawer.page.getByTestId('word');
  await wordLocator.waitFor();
  const word = (await wordLocator.textContent()).trim();
  assert(words.includes(word), `the drawer should see one of the custom words, saw "${word}"`);
  return { drawer, word };
}

/** The element's box lies inside the window (no scrolling needed to see it). */
export function inView(page, testId) {
  return page.getByTestId(testId).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });
}

/** Nothing else is painted over the element's centre (e.g. the chat sheet over the canvas). */
export function uncovered(page, testId) {
  return page.getByTestId(testId).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && element.contains(hit);
  });
}

export async function canvasBox(page) {
  const box = await page.getByTestId('board-canvas').boundingBox();
  assert(box, 'the canvas should be on screen');
  return box;
}

/** Draws a polyline given in fractions of the canvas (0–1) with the mouse. */
export async function drawWithMouse(page, fractions) {
  const box = await canvasBox(page);
  const at = ([fx, fy]) => [box.x + fx * box.width, box.y + fy * box.height];
  await page.mouse.move(...at(fractions[0]));
  await page.mouse.down();
  for (const point of fractions.slice(1)) await page.mouse.move(...at(point), { steps: 12 });
  await page.mouse.up();
}

export async function fillAt(page, [fx, fy], colorIndex) {
  await page.getByTestId(`color-${colorIndex}`).click();
  await page.getByTestId('tool-fill').click();
  const box = await canvasBox(page);
  await page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
  await page.getByTestId('tool-pen').click();
}

/** The canvas' pixels, as a data URL (equal strings mean identical pixels). */
export function canvasPixels(page) {
  return page.getByTestId('board-canvas').evaluate((canvas) => canvas.toDataURL('image/png'));
}

/** Share of non-white pixels, sampled. */
export function inkRatio(page) {
  return page.getByTestId('board-canvas').evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    let total = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      total++;
      if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) ink++;
    }
    return ink / total;
  });
}

/** Waits until both pages show the same pixels (the guesser has every operation). */
export async function waitForSameCanvas(a, b, message) {
  await waitFor(async () => (await canvasPixels(a.page)) === (await canvasPixels(b.page)), message, 10_000, 250);
}

export async function sendChat(page, text) {
  const input = page.getByTestId('chat-input');
  await input.fill(text);
  await input.press('Enter');
}

/** Fails when the word is anywhere in the page's DOM (text or attributes), inputs or storage. */
export async function assertWordHidden(player, word, when) {
  const found = await player.page.evaluate((needle) => {
    const places = [['DOM', document.documentElement.outerHTML]];
    for (const input of document.querySelectorAll('input, textarea')) places.push(['input', input.value]);
    for (const [label, storage] of [['sessionStorage', sessionStorage], ['localStorage', localStorage]]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        places.push([label, `${key}=${storage.getItem(key)}`]);
      }
    }
    const hit = places.find(([, text]) => text.toLowerCase().includes(needle.toLowerCase()));
    return hit ? hit[0] : null;
  }, word);
  assert(!found, `${player.name}'s ${found} contains the secret word ${when}`);
  assert(
    !player.consoleLines.some((line) => line.toLowerCase().includes(word.toLowerCase())),
    `${player.name}'s console shows the secret word ${when}`,
  );
}

/** One edit away from `word` but not the word: the last letter replaced. */
export function closeGuessFor(word) {
  const last = word.at(-1) === 'x' ? 'y' : 'x';
  return word.slice(0, -1) + last;
}
