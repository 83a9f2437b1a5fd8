using DrawGuess.Application.Chat;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Chat.Redis;
using DrawGuess.Infrastructure.Common;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.Infrastructure.Players;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// A room's chat written by two instances in turn, each under its own lease of the room, on one real
/// Redis. An instance that knew the chat reads only the lines sent since; whatever it reads must be
/// what an instance reading the whole list from nothing sees, whether the lines were stored before the
/// command ended or written behind it (its readers all on the instance, ADR 0023).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ChatAcrossInstancesTests(RedisServer redis) : IDisposable
{
    private static readonly PlayerId Ann = new(Guid.NewGuid());
    private static readonly PlayerId Bob = new(Guid.NewGuid());
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow;
    private readonly IOptions<RedisOptions> _options = Options.Create(new RedisOptions
    {
        KeyPrefix = RedisServer.UniqueKeyPrefix(),
        RoomLeaseKeptFor = TimeSpan.FromMilliseconds(1),
        RoomLeaseWait = TimeSpan.FromSeconds(5),
    });
    private readonly List<IDisposable> _owned = [];
    private readonly RoomId _room = RoomId.New();

    [Theory]
    [InlineData(1, false)]
    [InlineData(3, false)]
    [InlineData(ChatJournal.TailLength + 1, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(ChatJournal.TailLength + 1, true)]
    public async Task Lines_sent_on_two_instances_in_turn_read_the_same_on_each_as_from_nothing(int linesPerTurn, bool writtenBehind)
    {
        var (first, second) = (Instance(writtenBehind), Instance(writtenBehind));
        var sent = 0;
        for (var turn = 0; turn < 14; turn++)
        {
            var (writer, sender, name) = turn % 2 == 0 ? (first, Ann, "Ann") : (second, Bob, "Bob");
            var at = Start.AddSeconds(turn);
            await writer.ChangeAsync(_room, log =>
            {
                for (var i = 0; i < linesPerTurn; i++) log.PostByPlayer(sender, name, $"line {sent++}", ChatChannel.All, null, at);
                log.TakeRateLimit(sender, at);
            });

            var fromNothing = await Instance().ReadAsync(_room);
            foreach (var reader in new[] { first, second })
            {
                var read = await reader.ReadAsync(_room);
                read.VisibleTo(Ann).Select(m => m.Text).ShouldBe(fromNothing.VisibleTo(Ann).Select(m => m.Text));
                read.VisibleTo(Ann)[^1].Text.ShouldBe($"line {sent - 1}");
                read.MessageCount.ShouldBe(Math.Min(sent, 200));
                read.ToSnapshot().RecentByPlayer.Keys.ShouldBe(fromNothing.ToSnapshot().RecentByPlayer.Keys, ignoreOrder: true);
                read.ToSnapshot().NextMessageId.ShouldBe(sent + 1);
            }
        }
    }

    [Fact]
    public async Task Past_the_kept_messages_an_instance_that_knew_the_chat_drops_the_oldest_lines_as_the_list_does()
    {
        var (first, second) = (Instance(), Instance());
        await first.ChangeAsync(_room, log =>
        {
            for (var i = 0; i < 199; i++) log.PostByPlayer(Ann, "Ann", $"early {i}", ChatChannel.All, null, DateTimeOffset.UtcNow);
        });
        (await second.ReadAsync(_room)).MessageCount.ShouldBe(199);
        await first.ChangeAsync(_room, log =>
        {
            for (var i = 0; i < 5; i++) log.PostByPlayer(Ann, "Ann", $"late {i}", ChatChannel.All, null, DateTimeOffset.UtcNow);
        });

        var read = await second.ReadAsync(_room);

        read.MessageCount.ShouldBe(200);
        read.MessagesAfter(0)[0].Text.ShouldBe("early 4");
        read.MessagesAfter(0)[^1].Text.ShouldBe("late 4");
    }

    [Fact]
    public async Task A_save_without_new_lines_keeps_what_an_instance_knows_of_the_list_and_the_next_lines_still_read_whole()
    {
        var (first, second) = (Instance(), Instance());
        await first.ChangeAsync(_room, log => log.PostByPlayer(Ann, "Ann", "one", ChatChannel.All, null, Start));
        await second.ChangeAsync(_room, log => log.TakeRateLimit(Bob, Start)); // state only: no entry appended
        await first.ChangeAsync(_room, log => log.TakeRateLimit(Ann, Start));
        await second.ChangeAsync(_room, log => log.PostByPlayer(Bob, "Bob", "two", ChatChannel.All, null, Start));

        var read = await first.ReadAsync(_room);

        read.MessagesAfter(0).Select(m => m.Text).ShouldBe(["one", "two"]);
        read.ToSnapshot().RecentByPlayer.Keys.ShouldBe([Ann.Value, Bob.Value], ignoreOrder: true);
        read.MessagesAfter(0).Select(m => m.Text).ShouldBe((await Instance().ReadAsync(_room)).MessagesAfter(0).Select(m => m.Text));
    }

    public void Dispose()
    {
        foreach (var owned in _owned) owned.Dispose();
    }

    /// <summary>An instance of its own; with <paramref name="writtenBehind"/> the room's readers are all connected to it.</summary>
    private ChatInstance Instance(bool writtenBehind = false)
    {
        var configuration = RedisServer.Configuration(redis.ConnectionString);
        var connection = new RedisConnection(configuration, NullLogger<RedisConnection>.Instance);
        var keys = new RedisKeys(_options);
        var writeBehind = new RoomWriteBehind(connection, keys, _options, NullLogger<RoomWriteBehind>.Instance);
        var locks = new RedisRoomLocks(connection, keys, new ServerInstance(), [writeBehind], new GameMetrics(TimeProvider.System), _options, TimeProvider.System);
        _owned.Add(connection);
        _owned.Insert(0, writeBehind);
        _owned.Insert(0, locks);
        IPlayerSessions readers = writtenBehind ? new InMemoryPlayerSessionStore(TimeProvider.System) : new ReadersOnOtherInstances();
        return new ChatInstance(locks, new RedisChatRepository(connection, keys, writeBehind, readers, _options, TimeProvider.System));
    }

    /// <summary>One instance's chat store, used as a room command uses it: under the room's lock.</summary>
    private sealed class ChatInstance(IRoomLocks locks, IChatRepository chat)
    {
        public async Task ChangeAsync(RoomId room, Action<ChatLog> change)
        {
            using var held = await locks.AcquireAsync(room, CancellationToken.None);
            var log = await chat.GetAsync(room, held.Fence, CancellationToken.None);
            change(log);
            await chat.SaveAsync(room, log, [Ann, Bob], held.Fence, CancellationToken.None);
        }

        public async Task<ChatLog> ReadAsync(RoomId room)
        {
            using var held = await locks.AcquireAsync(room, CancellationToken.None);
            return await chat.GetAsync(room, held.Fence, CancellationToken.None);
        }
    }

    /// <summary>The room's readers as seen from an instance they are not connected to: every chat save waits for Redis.</summary>
    private sealed class ReadersOnOtherInstances : IPlayerSessions
    {
        public bool AllKnownConnectedHere(IReadOnlyList<PlayerId> players) => false;

        public Task<PlayerSessionView?> FindByConnectionAsync(string connectionId) => throw new NotSupportedException();

        public Task<PlayerSessionView?> FindAsync(PlayerId playerId) => throw new NotSupportedException();

        public Task<IReadOnlyList<PlayerConnection?>> FindConnectionsAsync(IReadOnlyList<PlayerId> players) => throw new NotSupportedException();

        public Task<int> CountAsync() => throw new NotSupportedException();

        public Task<int> ConnectedCountAsync() => throw new NotSupportedException();

        public Task<int> ConnectedHereCountAsync() => throw new NotSupportedException();
    }
}
