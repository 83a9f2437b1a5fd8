using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rankings;
using DrawGuess.Application.Rankings.EventHandlers;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rankings;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Rankings.Gallery;
using DrawGuess.UnitTests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace DrawGuess.UnitTests.Application.Rankings;

public sealed class GameFinishedIntegrationEventHandlerTests
{
    private static readonly GameFinishedIntegrationEvent Finished = new(GameId.New(), RoomId.New(), "Room",
        ManualClock.DefaultStart, ManualClock.DefaultStart.AddMinutes(5), [new PlayerGameResultDto(PlayerId.New(), "Ann", 300, 1, 1, 2, 0)]);

    [Fact]
    public async Task A_result_the_store_cannot_take_waits_in_the_outbox_and_the_game_goes_on()
    {
        var outbox = new InMemoryResultOutbox();
        var handler = Handler(new FlakyRankingsStore(failures: 1), outbox);

        await handler.Handle(Finished, room: null!, CancellationToken.None);

        var pending = outbox.Pending.ShouldHaveSingleItem();
        pending.GameId.ShouldBe(Finished.GameId.Value);
        pending.Players.ShouldHaveSingleItem().Score.ShouldBe(300);
    }

    [Fact]
    public async Task A_result_whose_save_the_caller_cancelled_waits_in_the_outbox()
    {
        var outbox = new InMemoryResultOutbox();
        var handler = Handler(new FlakyRankingsStore(failures: 0), outbox);
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
        var handler = Handler(store, outbox);

        await handler.Handle(Finished, room: null!, CancellationToken.None);

        store.Stored.ShouldHaveSingleItem();
        outbox.Pending.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_games_drawings_are_stored_with_its_result_as_its_gallery_and_dropped_from_the_live_state()
    {
        var drafts = new InMemoryGalleryDrafts();
        await drafts.AppendAsync(Finished.GameId, Drawing(turnId: 2), CancellationToken.None);
        await drafts.AppendAsync(Finished.GameId, Drawing(turnId: 1), CancellationToken.None);
        var store = new FlakyRankingsStore(failures: 0);

        await Handler(store, new InMemoryResultOutbox(), drafts, isPublic: true).Handle(Finished with { GalleryId = GalleryId }, room: null!, CancellationToken.None);

        var gallery = store.Stored.ShouldHaveSingleItem().Gallery.ShouldNotBeNull();
        gallery.Id.ShouldBe(GalleryId);
        gallery.IsPublic.ShouldBeTrue();
        gallery.ExpiresAt.ShouldBe(Finished.FinishedAt.AddDays(7));
        gallery.Drawings.Select(d => d.TurnId).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Each_drawing_of_the_gallery_keeps_its_final_likes_and_dislikes()
    {
        var drafts = new InMemoryGalleryDrafts();
        await drafts.AppendAsync(Finished.GameId, Drawing(turnId: 1), CancellationToken.None);
        await drafts.AppendAsync(Finished.GameId, Drawing(turnId: 2), CancellationToken.None);
        var store = new FlakyRankingsStore(failures: 0);

        await Handler(store, new InMemoryResultOutbox(), drafts)
            .Handle(Finished with { GalleryId = GalleryId, Ratings = [new DrawingRatingDto(2, Likes: 3, Dislikes: 1)] }, room: null!, CancellationToken.None);

        store.Stored.ShouldHaveSingleItem().Gallery.ShouldNotBeNull().Drawings.Select(d => (d.TurnId, d.Likes, d.Dislikes)).ShouldBe([(1, 0, 0), (2, 3, 1)]);
    }

    [Fact]
    public async Task A_gallery_the_store_cannot_take_waits_in_the_outbox_with_its_result()
    {
        var drafts = new InMemoryGalleryDrafts();
        await drafts.AppendAsync(Finished.GameId, Drawing(turnId: 1), CancellationToken.None);
        var outbox = new InMemoryResultOutbox();

        await Handler(new FlakyRankingsStore(failures: 1), outbox, drafts).Handle(Finished with { GalleryId = GalleryId }, room: null!, CancellationToken.None);

        var gallery = outbox.Pending.ShouldHaveSingleItem().Gallery.ShouldNotBeNull();
        gallery.IsPublic.ShouldBeFalse();
        gallery.Drawings.ShouldHaveSingleItem().Word.ShouldBe("whale");
    }

    private const string GalleryId = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static GalleryDrawing Drawing(int turnId) => GalleryDrawing.Capped(turnId, 1, Guid.NewGuid(), "Ann", "whale", "allGuessed",
        [new GalleryGuess(Guid.NewGuid(), "Bob", 1, 250)], [new GalleryOperation("stroke", "pen", 3, 1, 0, 0, false, [1, 2, 3, 4])]);

    private static GameFinishedIntegrationEventHandler Handler(IRankingsStore store, IResultOutbox outbox, IGalleryDrafts? drafts = null, bool isPublic = false)
    {
        var visibility = Substitute.For<IRoomVisibility>();
        visibility.IsPublicAsync(Arg.Any<IRoomUnitOfWork>(), Arg.Any<CancellationToken>()).Returns(isPublic);
        return new GameFinishedIntegrationEventHandler(store, outbox, drafts ?? new InMemoryGalleryDrafts(), visibility, Options.Create(new GalleryOptions()),
            NullLogger<GameFinishedIntegrationEventHandler>.Instance);
    }
}
