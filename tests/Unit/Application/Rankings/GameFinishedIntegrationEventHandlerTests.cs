using DrawGuess.Application.Rankings.EventHandlers;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.UnitTests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DrawGuess.UnitTests.Application.Rankings;

public sealed class GameFinishedIntegrationEventHandlerTests
{
    private static readonly GameFinishedIntegrationEvent Finished = new(GameId.New(), RoomId.New(), "Room",
        ManualClock.DefaultStart, ManualClock.DefaultStart.AddMinutes(5), [new PlayerGameResultDto(PlayerId.New(), "Ann", 300, 1, 1, 2, 0)]);

    [Fact]
    public async Task A_result_the_store_cannot_take_waits_in_the_outbox_and_the_game_goes_on()
    {
        var outbox = new InMemoryResultOutbox();
        var handler = new GameFinishedIntegrationEventHandler(new FlakyRankingsStore(failures: 1), outbox, NullLogger<GameFinishedIntegrationEventHandler>.Instance);

        await handler.Handle(Finished, room: null!, CancellationToken.None);

        var pending = outbox.Pending.ShouldHaveSingleItem();
        pending.GameId.ShouldBe(Finished.GameId.Value);
        pending.Players.ShouldHaveSingleItem().Score.ShouldBe(300);
    }

    [Fact]
    public async Task A_result_whose_save_the_caller_cancelled_waits_in_the_outbox()
    {
        var outbox = new InMemoryResultOutbox();
        var handler = new GameFinishedIntegrationEventHandler(new FlakyRankingsStore(failures: 0), outbox, NullLogger<GameFinishedIntegrationEventHandler>.Instance);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await handler.Handle(Finished, room: null!, cancelled.Token);

        outbox.Pending.ShouldHaveSingleItem().GameId.ShouldBe(Finished.GameId.Value);
    }

    [Fact]
    public async Task A_stored_result_does_not_go_to_the_outbox()
    {
        var outbox = new InMemoryResultOutbox();
        var store = new FlakyRankingsStore(failures: 0);
        var handler = new GameFinishedIntegrationEventHandler(store, outbox, NullLogger<GameFinishedIntegrationEventHandler>.Instance);

        await handler.Handle(Finished, room: null!, CancellationToken.None);

        store.Stored.ShouldHaveSingleItem();
        outbox.Pending.ShouldBeEmpty();
    }
}
