using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

/// <summary>
/// Who receives a game's messages: its players, and the room's spectators. A spectator is never a participant, so
/// <see cref="Game.KnowsWord"/> treats them as a guesser who has not guessed: the word only at the reveal.
/// </summary>
internal sealed class GameAudience(IRoomMembers members)
{
    public async Task<PlayerId[]> EveryoneAsync(IRoomUnitOfWork room, Game game, CancellationToken cancellationToken) =>
        [.. GameViews.Everyone(game), .. await members.SpectatorsAsync(room, cancellationToken)];

    /// <summary>Who of the game's players is connected, for its rules: the room keeps it.</summary>
    public Task<IPresence> PresenceAsync(IRoomUnitOfWork room, CancellationToken cancellationToken) => members.PresenceAsync(room, cancellationToken);

    /// <summary>The running game, for a player's game action: SPECTATOR_CANNOT_PLAY for a spectator, then WRONG_PHASE without a game.</summary>
    public async Task<Game> GameOfPlayerAsync(IRoomUnitOfWork room, PlayerId playerId, CancellationToken cancellationToken)
    {
        await members.RefuseSpectatorAsync(room, playerId, cancellationToken);
        return await room.RequireRunningGameAsync(cancellationToken);
    }
}
