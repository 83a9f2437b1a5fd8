using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Domain.Chat;

public sealed class ChatLogTests
{
    private static readonly DateTimeOffset T0 = ManualClock.DefaultStart;
    private static readonly PlayerId Ann = TestPlayers.Id(1);
    private static readonly PlayerId Bob = TestPlayers.Id(2);
    private static readonly PlayerId Cid = TestPlayers.Id(3);

    private static DateTimeOffset At(double seconds) => T0 + TimeSpan.FromSeconds(seconds);

    private static void ShouldBeLimited(ChatLog log, PlayerId player, DateTimeOffset now) =>
        Should.Throw<GameRuleException>(() => log.TakeRateLimit(player, now)).Code.ShouldBe(ErrorCodes.RateLimited);

    [Fact]
    public void Five_messages_in_three_seconds_are_allowed_and_the_sixth_is_RATE_LIMITED()
    {
        var log = new ChatLog();
        for (var i = 0; i < 5; i++) log.TakeRateLimit(Ann, At(i * 0.5));

        ShouldBeLimited(log, Ann, At(2.9));
    }

    [Fact]
    public void The_window_slides_one_message_at_a_time()
    {
        var log = new ChatLog();
        for (var i = 0; i < 5; i++) log.TakeRateLimit(Ann, At(i * 0.5)); // 0, 0.5, 1, 1.5, 2

        Should.NotThrow(() => log.TakeRateLimit(Ann, At(3.0)));   // the message at 0 has left the window
        ShouldBeLimited(log, Ann, At(3.4));                      // 0.5 .. 3.0 still inside
        Should.NotThrow(() => log.TakeRateLimit(Ann, At(3.5)));  // the message at 0.5 has left
    }

    [Fact]
    public void Refused_messages_do_not_count_against_the_limit()
    {
        var log = new ChatLog();
        for (var i = 0; i < 5; i++) log.TakeRateLimit(Ann, At(0));
        for (var i = 0; i < 20; i++) ShouldBeLimited(log, Ann, At(1 + i * 0.1));

        for (var i = 0; i < 5; i++) Should.NotThrow(() => log.TakeRateLimit(Ann, At(3)));
    }

    [Fact]
    public void Each_player_has_their_own_limit()
    {
        var log = new ChatLog();
        for (var i = 0; i < 5; i++) log.TakeRateLimit(Ann, At(0));

        Should.NotThrow(() => log.TakeRateLimit(Bob, At(0)));
        ShouldBeLimited(log, Ann, At(0));
    }

    [Fact]
    public void Forgetting_a_player_clears_their_limit()
    {
        var log = new ChatLog();
        for (var i = 0; i < 5; i++) log.TakeRateLimit(Ann, At(0));

        log.Forget(Ann);

        Should.NotThrow(() => log.TakeRateLimit(Ann, At(0)));
    }

    [Fact]
    public void History_is_the_last_50_messages_oldest_first()
    {
        var log = new ChatLog();
        for (var i = 1; i <= 60; i++) log.PostByPlayer(Ann, "Ann", $"message {i}", ChatChannel.All, null, At(i));

        var history = log.VisibleTo(Bob);

        history.Count.ShouldBe(50);
        history[0].Text.ShouldBe("message 11");
        history[^1].Text.ShouldBe("message 60");
        history.Select(m => m.Id).ShouldBe(Enumerable.Range(11, 50).Select(i => (long)i));
    }

    [Fact]
    public void Messages_get_increasing_ids_and_keep_what_was_sent()
    {
        var log = new ChatLog();

        var first = log.PostByPlayer(Ann, "Ann", "hello", ChatChannel.All, null, At(1));
        var second = log.PostSystem("playerJoined", "Bob joined", ["Bob"], At(2));

        (first.Id, first.PlayerId, first.Name, first.Text, first.SentAt, first.IsSystem).ShouldBe((1L, (PlayerId?)Ann, "Ann", "hello", At(1), false));
        (second.Id, second.PlayerId, second.SystemCode, second.IsSystem, second.Channel).ShouldBe((2L, (PlayerId?)null, "playerJoined", true, ChatChannel.All));
        second.Args.ShouldBe(["Bob"]);
    }

    [Fact]
    public void Guessed_channel_messages_are_visible_only_to_their_audience()
    {
        var log = new ChatLog();
        log.PostByPlayer(Bob, "Bob", "everyone sees this", ChatChannel.All, null, At(1));
        log.PostByPlayer(Ann, "Ann", "nice drawing", ChatChannel.Guessed, new HashSet<PlayerId> { Ann, Bob }, At(2));
        log.PostSystem("playerGuessed", "Bob guessed the word", ["Bob"], At(3));

        log.VisibleTo(Ann).Select(m => m.Text).ShouldBe(["everyone sees this", "nice drawing", "Bob guessed the word"]);
        log.VisibleTo(Bob).Select(m => m.Text).ShouldBe(["everyone sees this", "nice drawing", "Bob guessed the word"]);
        log.VisibleTo(Cid).Select(m => m.Text).ShouldBe(["everyone sees this", "Bob guessed the word"]);
    }

    [Fact]
    public void A_line_in_channel_all_with_an_audience_is_visible_only_to_that_audience()
    {
        var log = new ChatLog();
        log.PostByPlayer(Bob, "Bob", "I think it is a whale", ChatChannel.All, new HashSet<PlayerId> { Bob, Ann }, At(1));

        log.VisibleTo(Bob).ShouldHaveSingleItem().Channel.ShouldBe(ChatChannel.All);
        log.VisibleTo(Ann).ShouldHaveSingleItem();
        log.VisibleTo(Cid).ShouldBeEmpty();
    }

    [Fact]
    public void History_counts_50_messages_the_reader_may_see()
    {
        var log = new ChatLog();
        for (var i = 1; i <= 60; i++) log.PostByPlayer(Ann, "Ann", $"public {i}", ChatChannel.All, null, At(i));
        for (var i = 1; i <= 30; i++)
            log.PostByPlayer(Ann, "Ann", $"secret {i}", ChatChannel.Guessed, new HashSet<PlayerId> { Ann, Bob }, At(100 + i));

        var outsider = log.VisibleTo(Cid);
        outsider.Count.ShouldBe(50);
        outsider[0].Text.ShouldBe("public 11");
        outsider[^1].Text.ShouldBe("public 60");

        var insider = log.VisibleTo(Bob);
        insider.Count.ShouldBe(50);
        insider[0].Text.ShouldBe("public 41");
        insider[^1].Text.ShouldBe("secret 30");
    }

    [Theory]
    [InlineData(0, 6, 200)]     // every kept message: the first 5 of 205 are gone
    [InlineData(4, 6, 200)]     // an id from before the kept ones
    [InlineData(100, 101, 105)]
    [InlineData(204, 205, 1)]
    public void Messages_after_an_id_are_the_kept_ones_above_it_oldest_first(long after, long firstId, int count)
    {
        var log = new ChatLog();
        for (var i = 1; i <= 205; i++) log.PostByPlayer(Ann, "Ann", $"line {i}", ChatChannel.All, null, At(i));

        var newer = log.MessagesAfter(after);

        newer.Count.ShouldBe(count);
        newer.Select(m => m.Id).ShouldBe(Enumerable.Range((int)firstId, count).Select(id => (long)id));
        log.MessagesAfter(205).ShouldBeEmpty();
        log.LastMessageId.ShouldBe(205);
    }
}
