using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

internal static class GameRepositoryExtensions
{
    public static async Task<Game> RequireRunningAsync(this IGameRepository games, RoomId roomId, CancellationToken cancellationToken) =>
        await games.FindAsync(roomId, cancellationToken) is { IsRunning: true } game
            ? game
            : throw new GameRuleException(ErrorCodes.WrongPhase, "No game is running in this room.");
}
