// Likes (issue 25): guessers rate the drawing with thumbs, the drawer sees the counts live, the
// podium shows the server's awards, and the leaderboard counts likes received.
import { assertAccessible } from './a11y.mjs';
import { assert, chooseWord, createRoom, joinByInvite, newPlayer, sendChat, startGame, waitFor } from './helpers.mjs';

const text = async (locator) => ((await locator.textContent()) ?? '').trim();

const likes = {
  name: 'likes: guessers rate the drawing, the drawer sees the counts live, the podium shows the awards, the leaderboard the likes',
  async run(env) {
    const ann = await newPlayer(env, 'Ann');
    const bob = await newPlayer(env, 'Bob');
    const cat = await newPlayer(env, 'Cat');
    const players = [ann, bob, cat];
    const code = await createRoom(env, ann, { rounds: 1 });
    await joinByInvite(env, bob, code);
    await joinByInvite(env, cat, code);
    await startGame(ann, 3);

    const { drawer, word } = await chooseWord(players);
    const [first, second] = players.filter((p) => p !== drawer);
    assert((await drawer.page.getByTestId('rate-like').count()) === 0, 'the drawer gets no thumbs for their own drawing');

    await first.page.getByTestId('rate-like').click();
    await second.page.getByTestId('rate-like').click();
    const counts = drawer.page.getByTestId('rating-counts');
    await waitFor(async () => (await text(counts)).includes('Likes: 2, dislikes: 0'), 'the drawer should see two likes arrive');
    await second.page.getByTestId('rate-dislike').click();
    await waitFor(async () => (await text(counts)).includes('Likes: 1, dislikes: 1'), 'the drawer should see a like turn into a dislike');
    await waitFor(
      async () => (await second.page.getByTestId('rate-dislike').getAttribute('aria-pressed')) === 'true',
      'the changed rating shows as pressed',
    );
    assert((await second.page.getByTestId('rate-like').getAttribute('aria-pressed')) === 'false', 'only one rating is pressed');
    await env.screenshot(drawer.page, 'drawer-counts');
    await env.docScreenshot(second.page, 'rating');

    for (const guesser of [first, second]) await sendChat(guesser.page, word);
    await first.page.getByTestId('reveal').waitFor();
    assert(await first.page.getByTestId('rate-like').isVisible(), 'the drawing can still be rated during the reveal');

    for (let turn = 2; turn <= 3; turn++) {
      const next = await chooseWord(players);
      for (const guesser of players.filter((p) => p !== next.drawer)) await sendChat(guesser.page, next.word);
    }

    for (const player of players) await player.page.getByTestId('podium').waitFor();
    const mostLiked = ann.page.getByTestId('award-mostLikedDrawing');
    await mostLiked.waitFor();
    assert((await text(mostLiked)).includes(drawer.name), `the most liked drawing should be ${drawer.name}'s`);
    assert((await mostLiked.locator('svg, img').count()) > 0, 'the award shows its winner\'s avatar');
    await ann.page.getByTestId('award-fastestGuesser').waitFor();
    await ann.page.getByTestId('award-bestDrawer').waitFor();
    await assertAccessible(ann.page, 'podium with awards');
    await env.screenshot(ann.page, 'podium-awards');
    await env.docScreenshot(ann.page, 'podium-awards');
    const galleryHref = await ann.page.getByTestId('gallery-link').getAttribute('href');

    // Results are stored as the podium appears; the stats page may need a reload to find them.
    const statsLink = ann.page.getByTestId('podium-entry').filter({ hasText: drawer.name }).getByRole('link');
    await ann.page.goto(`${env.baseUrl}${await statsLink.getAttribute('href')}`);
    await waitFor(async () => {
      const figures = await ann.page.getByTestId('player-stats').textContent({ timeout: 2000 }).catch(() => '');
      if (figures?.includes('Likes1')) return true;
      await ann.page.reload();
      return false;
    }, `${drawer.name}'s statistics should count the like`, 20_000, 500);
    await ann.page.goto(`${env.baseUrl}/leaderboard`);
    await ann.page.getByTestId('leaderboard-likes').first().waitFor();
    await assertAccessible(ann.page, 'leaderboard with likes');

    // The gallery's first card is that drawing, with its final ratings.
    await ann.page.goto(`${env.baseUrl}${galleryHref}`);
    const firstRating = ann.page.getByTestId('gallery-rating').first();
    await waitFor(async () => (await firstRating.count()) > 0 && (await text(firstRating)).includes('Likes: 1, dislikes: 1'),
      "the gallery's first card should show the drawing's final like and dislike");
  },
};

export const likesScenarios = [likes];
