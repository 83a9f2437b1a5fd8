using DrawGuess.Application.Rankings;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rankings;
using DrawGuess.Infrastructure.Rankings.Outbox;
using DrawGuess.UnitTests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DrawGuess.UnitTests.Infrastructure.Rankings;

public sealed class SharedResultOutboxWithLocalFallbackTests
{
    private readonly UnreachableWhenToldOutbox _shared = new();
    private readonly InMemoryResultOutbox _local = new();
    private readonly SharedResultOutboxWithLocalFallback _outbox;

    public SharedResultOutboxWithLocalFallbackTests() =>
        _outbox = new SharedResultOutboxWithLocalFallback(_shared, _local, NullLogger<SharedResultOutboxWithLocalFallback>.Instance);

    [Fact]
    public async Task A_result_waits_in_the_shared_outbox_while_it_is_reachable()
    {
        var result = TestResults.AnyGame();

        await _outbox.AddAsync(result, CancellationToken.None);

        _shared.Inner.Pending.ShouldHaveSingleItem().GameId.ShouldBe(result.GameId);
        _local.Pending.ShouldBeEmpty();
    }

    [Fact]
    public async Task With_the_shared_outbox_unreachable_the_result_is_kept_locally_and_still_drained()
    {
        var kept = TestResults.AnyGame();
        await _outbox.AddAsync(TestResults.AnyGame(), CancellationToken.None);
        _shared.Unreachable = true;

        await _outbox.AddAsync(kept, CancellationToken.None);

        _local.Pending.ShouldHaveSingleItem().GameId.ShouldBe(kept.GameId);
        (await _outbox.CountAsync(CancellationToken.None)).ShouldBe(1, "the shared one cannot be counted now");
        (await _outbox.PendingAsync(10, CancellationToken.None)).Select(r => r.GameId).ShouldBe([kept.GameId]);
        await _outbox.RemoveAsync(kept.GameId, CancellationToken.None);
        _local.Pending.ShouldBeEmpty();

        _shared.Unreachable = false;
        (await _outbox.CountAsync(CancellationToken.None)).ShouldBe(1, "the first result is still waiting in the shared outbox");
    }


    /// <summary>Stands in for the Redis outbox: answers SERVICE_UNAVAILABLE while <see cref="Unreachable"/>.</summary>
    private sealed class UnreachableWhenToldOutbox : IResultOutbox
    {
        public InMemoryResultOutbox Inner { get; } = new();
        public bool Unreachable { get; set; }

        public Task AddAsync(GameResult result, CancellationToken cancellationToken) => Call(() => Inner.AddAsync(result, cancellationToken));
        public Task<IReadOnlyList<GameResult>> PendingAsync(int limit, CancellationToken cancellationToken) => Call(() => Inner.PendingAsync(limit, cancellationToken));
        public Task RemoveAsync(Guid gameId, CancellationToken cancellationToken) => Call(() => Inner.RemoveAsync(gameId, cancellationToken));
        public Task<int> CountAsync(CancellationToken cancellationToken) => Call(() => Inner.CountAsync(cancellationToken));

        private T Call<T>(Func<T> call) =>
            Unreachable ? throw new GameRuleException(ErrorCodes.ServiceUnavailable, "Redis is away.") : call();
    }
}
