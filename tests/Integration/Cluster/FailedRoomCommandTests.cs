using DrawGuess.Application.Chat;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// A room command on Redis that fails halfway (Redis away after it changed the game in memory, before
/// anything was stored) leaves nothing of that change on the instance: the retry starts from what Redis
/// holds. Found by the deployment rehearsal: the game-over timer failed during a Redis failover, its
/// retry reused the game it had already finished in memory, did nothing, and the game sat in its last
/// reveal for good, no GameOver sent.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class FailedRoomCommandTests(RedisServer redis) : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private readonly ChatOutage _outage = new();

    [Fact]
    public async Task A_game_over_timer_that_failed_halfway_ends_the_game_for_everyone_when_it_runs_again()
    {
        _server.Settings["Storage:LiveState"] = "Redis";
        _server.Settings["ConnectionStrings:Redis"] = redis.ConnectionString;
        _server.Settings["Redis:KeyPrefix"] = RedisServer.UniqueKeyPrefix();
        _server.TestServices = services =>
        {
            var chats = services.Last(d => d.ServiceType == typeof(IChatRepository));
            services.AddSingleton<IChatRepository>(sp => _outage.Around((IChatRepository)ActivatorUtilities.CreateInstance(sp, chats.ImplementationType!)));
        };
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await table.Host.InvokeAsync("StartGame");
        for (var turnId = 1; turnId <= 2; turnId++)
        {
            var drawer = await table.DrawerOfTurnAsync(turnId);
            var word = await GameTable.ChooseFirstWordAsync(drawer, turnId);
            await table.GuessersOf(drawer).Single().InvokeAsync("SendMessage", word);
            foreach (var player in table.Players) await player.WaitForAsync("TurnEnded", t => GameTable.IsTurn(t, turnId));
            if (turnId == 1) _server.Clock.Advance(TimeSpan.FromSeconds(5));
        }

        // The last reveal runs out while Redis is away: the timer finishes the game in memory, then
        // the game-over line for the chat cannot be read, and the command fails.
        _outage.FailNextRead();
        _server.Clock.Advance(TimeSpan.FromSeconds(5));
        await WaitForLogAsync("Scheduled \"AdvanceGameCommand\" could not run");
        table.Players.ShouldAllBe(p => p.All("GameOver").Count == 0);

        // Redis is back; the timer's claim runs out and it runs again.
        _server.Clock.Advance(TimeSpan.FromSeconds(6));
        foreach (var player in table.Players) await player.WaitForAsync("GameOver");
    }

    private async Task WaitForLogAsync(string text)
    {
        for (var waited = 0; !_server.Logs.Lines.Any(line => line.Contains(text, StringComparison.Ordinal)); waited += 20)
        {
            waited.ShouldBeLessThan(10_000, $"no log line with: {text}");
            await Task.Delay(20);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>The chat logs as Redis keeps them, but the next read fails as it does while Redis is away.</summary>
    private sealed class ChatOutage
    {
        private int _failNext;

        public void FailNextRead() => Volatile.Write(ref _failNext, 1);

        public IChatRepository Around(IChatRepository inner) => new Repository(inner, this);

        private bool Failing() => Interlocked.Exchange(ref _failNext, 0) == 1;

        private sealed class Repository(IChatRepository inner, ChatOutage outage) : IChatRepository
        {
            public Task<ChatLog> GetAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) =>
                outage.Failing()
                    ? throw new GameRuleException(ErrorCodes.ServiceUnavailable, "Redis is away (injected).")
                    : inner.GetAsync(roomId, fence, cancellationToken);

            public Task SaveAsync(RoomId roomId, ChatLog log, IReadOnlyList<PlayerId> readers, RoomFence? fence, CancellationToken cancellationToken) =>
                inner.SaveAsync(roomId, log, readers, fence, cancellationToken);

            public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) => inner.RemoveAsync(roomId, cancellationToken);
        }
    }
}
