using DrawGuess.Domain.Rankings;
using DrawGuess.Infrastructure.Rankings.Outbox;
using DrawGuess.UnitTests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DrawGuess.UnitTests.Infrastructure.Rankings;

/// <summary>The file outbox on a real temporary folder.</summary>
public sealed class FileResultOutboxTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"drawguess-outbox-test-{Guid.NewGuid():N}");
    private readonly FileResultOutbox _outbox;

    public FileResultOutboxTests() => _outbox = new FileResultOutbox(_folder, NullLogger<FileResultOutbox>.Instance);

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_result_added_is_pending_once_and_gone_after_removal()
    {
        var result = TestResults.AnyGame();

        await _outbox.AddAsync(result, CancellationToken.None);
        await _outbox.AddAsync(result, CancellationToken.None);

        (await _outbox.PendingAsync(10, CancellationToken.None)).ShouldHaveSingleItem().GameId.ShouldBe(result.GameId);
        await _outbox.RemoveAsync(result.GameId, CancellationToken.None);
        (await _outbox.CountAsync(CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task Removing_before_anything_was_ever_added_is_a_no_op()
    {
        // Beside the Redis outbox the folder usually never exists; the drainer removes from both.
        await _outbox.RemoveAsync(Guid.NewGuid(), CancellationToken.None);

        (await _outbox.CountAsync(CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task Likes_received_are_kept_with_the_pending_result()
    {
        var result = GameResult.Record(Guid.NewGuid(), Guid.NewGuid(), "Room", ManualClock.DefaultStart, ManualClock.DefaultStart.AddMinutes(5),
            [new PlayerResult(Guid.NewGuid(), "Ann", 300, 1, 1, 2, likesReceived: 4)]);

        await _outbox.AddAsync(result, CancellationToken.None);

        (await _outbox.PendingAsync(10, CancellationToken.None)).Single().Players.Single().LikesReceived.ShouldBe(4);
    }

    [Fact]
    public async Task A_result_kept_by_a_release_before_likes_is_read_with_none()
    {
        var gameId = Guid.NewGuid();
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, $"{gameId:N}.json"),
            $$$"""{"gameId":"{{{gameId}}}","roomId":"{{{Guid.NewGuid()}}}","roomName":"Room","startedAt":"2026-12-01T10:00:00+00:00","finishedAt":"2026-12-01T10:05:00+00:00","players":[{"playerId":"{{{Guid.NewGuid()}}}","name":"Ann","score":300,"rank":1,"turnsDrawn":1,"correctGuesses":2}]}""");

        var player = (await _outbox.PendingAsync(10, CancellationToken.None)).Single().Players.Single();

        (player.Score, player.LikesReceived).ShouldBe((300, 0));
    }

    [Fact]
    public async Task A_pending_result_keeps_its_gallery_drawing_for_drawing()
    {
        var result = TestResults.AnyGame();
        var drawing = GalleryDrawing.Capped(1, 1, Guid.NewGuid(), "Ann", "whale", "timeUp", [new GalleryGuess(Guid.NewGuid(), "Bob", 1, 250)],
            [new GalleryOperation("stroke", "eraser", 3, 2, 0, 0, true, [10, 20, 30, 40]), new GalleryOperation("fill", "pen", 5, 0, 7, 8, false, [])]);
        result.WithGallery(GameGallery.Collect("gallery-id", result.GameId, result.RoomName, isPublic: true, result.FinishedAt, TimeSpan.FromDays(7), [drawing]));

        await _outbox.AddAsync(result, CancellationToken.None);

        var gallery = (await _outbox.PendingAsync(10, CancellationToken.None)).ShouldHaveSingleItem().Gallery.ShouldNotBeNull();
        gallery.Id.ShouldBe("gallery-id");
        gallery.IsPublic.ShouldBeTrue();
        gallery.ExpiresAt.ShouldBe(result.FinishedAt.AddDays(7));
        var kept = gallery.Drawings.ShouldHaveSingleItem();
        kept.Word.ShouldBe("whale");
        kept.Guessers.ShouldBe(drawing.Guessers);
        kept.Operations.Select(o => (o.Kind, o.Tool, o.Color, o.Size, o.X, o.Y, o.Undone, string.Join(',', o.Points)))
            .ShouldBe(drawing.Operations.Select(o => (o.Kind, o.Tool, o.Color, o.Size, o.X, o.Y, o.Undone, string.Join(',', o.Points))));
    }
}
