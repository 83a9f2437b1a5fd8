using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.UnitTests.Support;

internal static class TestPlayers
{
    /// <summary>A recognisable id: 00000001-0000-... for player 1.</summary>
    public static PlayerId Id(int number) => new(new Guid(number, 0, 0, new byte[8]));
}
