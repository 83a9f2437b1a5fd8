using DrawGuess.Domain.Rankings;

namespace DrawGuess.UnitTests.Support;

/// <summary>Finished-game results for the rankings tests.</summary>
internal static class TestResults
{
    /// <summary>A new game of Ann (300, winner) and Bob (100), five minutes long.</summary>
    public static GameResult AnyGame() => GameResult.Record(Guid.NewGuid(), Guid.NewGuid(), "Room", ManualClock.DefaultStart, ManualClock.DefaultStart.AddMinutes(5),
        [new PlayerResult(Guid.NewGuid(), "Ann", 300, 1, 1, 2), new PlayerResult(Guid.NewGuid(), "Bob", 100, 2, 1, 1)]);
}
