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

    await first.page.getByRole('button', { name: 'Like this drawing', exact: true }).click();
    await second.page.getByRole('button', { name: 'Like this drawing', exact: true }).click();
    const counts = drawer.page.getByTestId('rating-counts');
    await waitFor(async () => (await text(counts)).includes('Likes: 2, dislikes: 0'), 'the drawer should see two likes arrive');
    await second.page.getByRole('button', { name: 'Dislike this drawing', exact: true }).click();
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

    await ann.page.goto(`${env.baseUrl}/leaderboard`);
    await waitFor(async () => {
      const row = ann.page.getByTestId('leaderboard-row').filter({ hasText: drawer.name });
      if ((await row.count()) === 1 && (await text(row.getByTestId('leaderboard-likes'))) === '1') return true;
      await ann.page.reload();
      return false;
    }, `the leaderboard should show ${drawer.name}'s like`, 20_000, 500);
  },
};

export const likesScenarios = [likes];
