using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Chat.Redis;
using DrawGuess.UnitTests.Support;
using StackExchange.Redis;

namespace DrawGuess.UnitTests.Infrastructure.Chat;

/// <summary>
/// In Redis mode a room's chat is stored as a small state value and a list of messages that grows
/// with every save. Whoever reads it back (another instance, or this one after losing the lease)
/// must see the history, audiences and rate limits exactly as the instance that stored them.
/// </summary>
public sealed class ChatJournalTests
{
    private static readonly PlayerId Ann = TestPlayers.Id(1);
    private static readonly PlayerId Bob = TestPlayers.Id(2);
    private readonly DateTimeOffset _now = ManualClock.DefaultStart;
    private readonly List<RedisValue> _stored = [];
    private byte[] _state = [];
    private ChatJournal.Position? _position;

    [Fact]
    public void A_log_saved_after_every_message_reads_back_with_its_history_audiences_rate_limits_and_next_id()
    {
        var log = new ChatLog();
        Save(log, l => l.PostSystem("joined", "Ann joined", ["Ann"], _now));
        Save(log, l => l.PostByPlayer(Ann, "Ann", "hello", ChatChannel.All, null, _now));
        Save(log, l => l.PostByPlayer(Ann, "Ann", "secret", ChatChannel.Guessed, new HashSet<PlayerId> { Ann }, _now));
        Save(log, l => l.PostByPlayer(Ann, "Ann", "it is a whale", ChatChannel.All, new HashSet<PlayerId> { Ann }, _now));
        Save(log, l =>
        {
            for (var i = 0; i < ChatLog.RateLimitCount; i++) l.TakeRateLimit(Bob, _now);
        });

        var copy = ReadBack();

        copy.VisibleTo(Ann).Select(m => m.Text).ShouldBe(["Ann joined", "hello", "secret", "it is a whale"]);
        copy.VisibleTo(Bob).Select(m => m.Text).ShouldBe(["Ann joined", "hello"]);
        copy.VisibleTo(Ann)[0].Args.ShouldBe(["Ann"]);
        Should.Throw<GameRuleException>(() => copy.TakeRateLimit(Bob, _now));
        copy.PostSystem("left", "x", [], _now).Id.ShouldBe(5);
    }

    [Fact]
    public void A_save_after_a_message_appends_only_that_message()
    {
        var log = new ChatLog();
        for (var i = 0; i < 150; i++) Save(log, l => l.PostByPlayer(Ann, "Ann", $"guess number {i} is a long one", ChatChannel.All, null, _now));
        var wholeLog = _state.Length + _stored.Sum(entry => entry.Length());

        var appended = Save(log, l => l.PostByPlayer(Bob, "Bob", "banana", ChatChannel.All, null, _now));

        appended.Count.ShouldBe(1);
        (appended[0].Length() + _state.Length).ShouldBeLessThan(wholeLog / 20);
        ReadBack().VisibleTo(Ann)[^1].Text.ShouldBe("banana");
    }

    [Fact]
    public void Past_the_kept_messages_the_list_trimmed_to_the_logs_length_reads_back_as_the_log()
    {
        var log = new ChatLog();
        for (var i = 0; i < 260; i++) Save(log, l => l.PostByPlayer(Ann, "Ann", $"line {i}", ChatChannel.All, null, _now));

        _stored.Count.ShouldBe(200);
        ReadBack().VisibleTo(Ann).Select(m => m.Text).ShouldBe(log.VisibleTo(Ann).Select(m => m.Text));
        ReadBack().VisibleTo(Ann)[^1].Text.ShouldBe("line 259");
    }

    [Fact]
    public void Another_log_or_an_unknown_position_rewrites_every_message()
    {
        var first = new ChatLog();
        Save(first, l => l.PostByPlayer(Ann, "Ann", "one", ChatChannel.All, null, _now));
        Save(first, l => l.PostByPlayer(Ann, "Ann", "two", ChatChannel.All, null, _now));

        var other = new ChatLog();
        other.PostByPlayer(Bob, "Bob", "three", ChatChannel.All, null, _now);
        ChatJournal.EntriesSince(_position, other, out var rewrite).Count.ShouldBe(1);
        rewrite.ShouldBeTrue();

        ChatJournal.EntriesSince(null, first, out var fromNothing).Count.ShouldBe(2);
        fromNothing.ShouldBeTrue();
    }

    [Fact]
    public void A_reader_that_knew_the_log_reads_the_lines_sent_since_from_the_lists_last_entries_as_a_full_read_would()
    {
        var log = new ChatLog();
        for (var i = 0; i < 205; i++) Save(log, l => l.PostByPlayer(Ann, "Ann", $"line {i}", ChatChannel.All, null, _now));
        var known = KnownNow();
        Save(log, l => l.PostByPlayer(Bob, "Bob", "secret", ChatChannel.Guessed, new HashSet<PlayerId> { Bob }, _now));
        Save(log, l => l.PostByPlayer(Bob, "Bob", "banana", ChatChannel.All, null, _now));
        Save(log, l =>
        {
            for (var i = 0; i < ChatLog.RateLimitCount; i++) l.TakeRateLimit(Bob, _now);
        });

        var read = ChatJournal.ReadSince(_state, known, LastEntries(), out var tail).ShouldNotBeNull();

        read.VisibleTo(Ann).Select(m => m.Text).ShouldBe(ReadBack().VisibleTo(Ann).Select(m => m.Text));
        read.VisibleTo(Bob).Select(m => m.Text).TakeLast(2).ShouldBe(["secret", "banana"]);
        read.MessageCount.ShouldBe(200);
        Should.Throw<GameRuleException>(() => read.TakeRateLimit(Bob, _now));
        read.PostSystem("left", "x", [], _now).Id.ShouldBe(208);
        tail.ShouldNotBeNull().Messages[^1].Text.ShouldBe("banana");
    }

    [Fact]
    public void A_reader_whose_last_known_line_is_no_longer_among_the_last_entries_gets_nothing_and_reads_the_whole_list()
    {
        var log = new ChatLog();
        Save(log, l => l.PostByPlayer(Ann, "Ann", "one", ChatChannel.All, null, _now));
        var known = KnownNow();
        for (var i = 0; i < ChatJournal.TailLength; i++) Save(log, l => l.PostByPlayer(Bob, "Bob", $"line {i}", ChatChannel.All, null, _now));

        ChatJournal.ReadSince(_state, known, LastEntries(), out var tail).ShouldBeNull("more lines than the tail since");
        tail.ShouldBeNull();

        var rewritten = new ChatLog();
        Save(rewritten, l => l.PostByPlayer(Ann, "Ann", "one", ChatChannel.All, null, _now.AddSeconds(1)));
        ChatJournal.ReadSince(_state, KnownNow(), LastEntries(), out _).ShouldNotBeNull();
        ChatJournal.ReadSince(_state, known, LastEntries(), out _).ShouldBeNull("the same text at another time is another entry");
    }

    private ChatJournal.KnownTail KnownNow() => ChatJournal.KnownTail.Of(ReadBack(), _stored[^1]).ShouldNotBeNull();

    private RedisValue[] LastEntries() => [.. _stored.TakeLast(ChatJournal.TailLength)];

    /// <summary>What <see cref="RedisChatRepository"/> does to Redis on a save: state replaced, entries pushed, list trimmed.</summary>
    private List<RedisValue> Save(ChatLog log, Action<ChatLog> change)
    {
        change(log);
        _state = StoredChat.WriteState(log);
        var entries = ChatJournal.EntriesSince(_position, log, out var rewrite);
        if (rewrite) _stored.Clear();
        _stored.AddRange(entries);
        if (_stored.Count > log.MessageCount) _stored.RemoveRange(0, _stored.Count - log.MessageCount);
        _position = ChatJournal.Position.Of(log);
        return entries;
    }

    private ChatLog ReadBack() => ChatJournal.Read(_state, _stored, out _);
}
