using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;

namespace DrawGuess.Application.Rounds;

/// <summary>The Rounds module's part of a room's unit of work.</summary>
internal static class RoomGame
{
    public static Task<Game?> GameAsync(this IRoomUnitOfWork room, CancellationToken cancellationToken) => room.FindAsync<Game>(cancellationToken);

    public static async Task<Game?> RunningGameAsync(this IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        await room.GameAsync(cancellationToken) is { IsRunning: true } game ? game : null;

    /// <summary>
    /// The game and its turn <paramref name="turnId"/> while that is still the current one: a command that moved the game
    /// on by several turns reports only the last.
    /// </summary>
    public static async Task<(Game Game, Turn Turn)?> AtTurnAsync(this IRoomUnitOfWork room, int turnId, CancellationToken cancellationToken) =>
        await room.GameAsync(cancellationToken) is { CurrentTurn: { } turn } game && turn.Id == turnId ? (game, turn) : null;

    public static async Task<Game> RequireRunningGameAsync(this IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        await room.RunningGameAsync(cancellationToken)
            ?? throw new GameRuleException(ErrorCodes.WrongPhase, "No game is running in this room.");
}
