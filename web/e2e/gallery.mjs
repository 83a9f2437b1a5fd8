// The end-of-game gallery: three players finish a game, open its drawings from the podium, replay one,
// download it as PNG and GIF, and a visitor who was not in the game opens the shared link.
import { readFile } from 'node:fs/promises';
import { assertAccessible } from './a11y.mjs';
import { assert, chooseWord, createRoom, drawWithMouse, joinByInvite, newPlayer, sendChat, startGame, waitFor } from './helpers.mjs';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function downloadBytes(page, testId) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).first().click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** The canvas of the first card, as a data URL: it changes while a replay runs. */
const firstCardPixels = (page) => page.getByTestId('gallery-card').first().locator('canvas').evaluate((c) => c.toDataURL());

async function assertNoHorizontalOverflow(page, screen) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert(overflow <= 0, `${screen}: the page should not scroll sideways (overflow ${overflow}px)`);
}

const galleryScenario = {
  name: 'gallery: after the podium (also after a reload) every drawing is a card, with who guessed in order and how fast, that replays and downloads as PNG and GIF; /g/{id} works for anyone, on a phone too; axe',
  async run(env) {
    const ann = await newPlayer(env, 'Ann', { acceptDownloads: true });
    const bob = await newPlayer(env, 'Bob');
    const cat = await newPlayer(env, 'Cat');
    const players = [ann, bob, cat];
    const code = await createRoom(env, ann, { rounds: 1 });
    await joinByInvite(env, bob, code);
    await joinByInvite(env, cat, code);
    await startGame(ann, 3);

    const words = [];
    for (let turn = 1; turn <= players.length; turn++) {
      const { drawer, word } = await chooseWord(players);
      words.push({ word, drawer: drawer.name, guessers: players.filter((p) => p !== drawer).map((p) => p.name) });
      await drawWithMouse(drawer.page, [[0.1, 0.2], [0.3, 0.8], [0.5, 0.2], [0.7, 0.8], [0.9, 0.2]]);
      for (const guesser of players.filter((p) => p !== drawer)) {
        await guesser.page.getByTestId('hint').waitFor();
        await sendChat(guesser.page, word);
        await guesser.page.getByTestId('you-guessed').last().waitFor();
      }
      await ann.page.getByTestId('revealed-word').getByText(word).waitFor();
    }

    await ann.page.getByTestId('podium').waitFor();
    const link = ann.page.getByTestId('gallery-link');
    const href = await link.getAttribute('href');
    assert(/^\/g\/[A-Za-z0-9_-]{43}$/.test(href), `the podium should link to an unguessable gallery id, got ${href}`);
    // Reloading at the podium keeps the way back to the drawings.
    await bob.page.reload();
    await bob.page.getByTestId('podium').waitFor();
    const afterReload = await bob.page.getByTestId('gallery-link').getAttribute('href', { timeout: 5_000 });
    assert(afterReload === href, `after a reload the podium should still link to ${href}, got ${afterReload}`);
    await link.click();
    const cards = ann.page.getByTestId('gallery-card');
    await waitFor(async () => (await cards.count()) === 3, 'the gallery should show one card per turn');
    const shown = await ann.page.getByTestId('gallery-word').allTextContents();
    assert(JSON.stringify(shown) === JSON.stringify(words.map((w) => w.word)), `the cards should show the words in turn order: ${shown}`);
    const firstCard = cards.first();
    assert((await firstCard.textContent()).includes(words[0].drawer), 'the first card should name its drawer');
    const guesses = await firstCard.getByTestId('gallery-guesser').evaluateAll((items) =>
      items.map((item) => ({ name: item.querySelector('bdi')?.textContent, time: item.querySelector('[data-testid="gallery-guess-time"]')?.textContent })),
    );
    assert(
      JSON.stringify(guesses.map((g) => g.name)) === JSON.stringify(words[0].guessers),
      `the card should name who guessed, in the order they guessed: ${JSON.stringify(guesses)}`,
    );
    const seconds = guesses.map((g) => Number(/^(\d+\.\d) s$/.exec(g.time ?? '')?.[1]));
    assert(seconds.every((s, i) => s > 0 && (i === 0 || s >= seconds[i - 1])), `each guess should show its seconds into the turn: ${JSON.stringify(guesses)}`);
    await assertAccessible(ann.page, 'gallery');
    await env.screenshot(ann.page, 'gallery');
    await env.docScreenshot(ann.page, 'gallery');

    const finished = await firstCardPixels(ann.page);
    await firstCard.getByTestId('gallery-speed').selectOption('0.5');
    await firstCard.getByTestId('gallery-replay').click();
    await waitFor(async () => (await firstCardPixels(ann.page)) !== finished, 'the replay should start from a blank canvas');
    await firstCard.getByTestId('gallery-speed').selectOption('4');
    await waitFor(async () => !(await firstCard.getByTestId('gallery-replay').isDisabled()), 'the replay should finish', 30_000);
    assert((await firstCardPixels(ann.page)) === finished, 'the replay should end on the finished drawing');

    const png = await downloadBytes(ann.page, 'gallery-png');
    assert(png.name.endsWith('.png') && PNG_MAGIC.every((b, i) => png.bytes[i] === b), `the PNG download should be a PNG (${png.name})`);
    const gif = await downloadBytes(ann.page, 'gallery-gif');
    assert(gif.name.endsWith('.gif') && gif.bytes.subarray(0, 6).toString('latin1') === 'GIF89a', `the GIF download should be a GIF (${gif.name})`);

    // Someone who was not in the game opens the shared link in a fresh browser, on a phone.
    const visitor = await env.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await visitor.newPage();
    await page.goto(`${env.baseUrl}${href}`);
    await waitFor(async () => (await page.getByTestId('gallery-card').count()) === 3, "a visitor should see the game's three drawings");
    await page.reload();
    await waitFor(async () => (await page.getByTestId('gallery-card').count()) === 3, 'the gallery should survive a reload');
    await assertNoHorizontalOverflow(page, 'gallery on a phone');
    await assertAccessible(page, 'gallery on a phone');
    await env.screenshot(page, 'gallery-phone');

    await page.goto(`${env.baseUrl}/g/${'A'.repeat(43)}`);
    await page.getByTestId('gallery-not-found').waitFor();
    await assertAccessible(page, 'gallery not found');
  },
};

const recentGamesScenario = {
  name: "home page: recent public games link to their galleries; a private room's game is not listed",
  async run(env) {
    const playGame = async (isPublic) => {
      const host = await newPlayer(env, isPublic ? 'Pia' : 'Pri');
      const guest = await newPlayer(env, 'Gil');
      const players = [host, guest];
      const code = await createRoom(env, host, { rounds: 1, isPublic });
      await joinByInvite(env, guest, code);
      await startGame(host, 2);
      for (let turn = 1; turn <= 2; turn++) {
        const { drawer, word } = await chooseWord(players);
        await drawWithMouse(drawer.page, [[0.2, 0.2], [0.8, 0.8]]);
        const guesser = players.find((p) => p !== drawer);
        await guesser.page.getByTestId('hint').waitFor();
        await sendChat(guesser.page, word);
        await host.page.getByTestId('revealed-word').getByText(word).waitFor();
      }
      await host.page.getByTestId('podium').waitFor();
      return { roomName: `Room of ${host.name}`, href: await host.page.getByTestId('gallery-link').getAttribute('href') };
    };
    const privateGame = await playGame(false);
    const publicGame = await playGame(true);

    const visitor = await env.newContext({ locale: 'en-US' });
    const page = await visitor.newPage();
    await page.goto(`${env.baseUrl}/`);
    const listed = page.getByTestId('recent-gallery').filter({ hasText: publicGame.roomName });
    await listed.waitFor();
    const entries = await page.getByTestId('recent-gallery').allTextContents();
    assert(!entries.some((e) => e.includes(privateGame.roomName)), `a private room's game should not be listed: ${entries}`);
    await assertAccessible(page, 'home with recent games');
    await listed.getByRole('link').click();
    await waitFor(() => page.url().endsWith(publicGame.href), `the entry should open ${publicGame.href}`);
    await waitFor(async () => (await page.getByTestId('gallery-card').count()) === 2, "the public game's two drawings should show");
  },
};

export const galleryScenarios = [galleryScenario, recentGamesScenario];
