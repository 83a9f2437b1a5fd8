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

}
