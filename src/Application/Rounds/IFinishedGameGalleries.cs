using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

/// <summary>
/// The gallery id of each room's last finished game, kept beside the live state until the room closes, so a player who
/// reloads at the podium still gets the link to its drawings (the id is a secret token, never derived from the game).
/// </summary>
public interface IFinishedGameGalleries
{
    Task RememberAsync(RoomId roomId, GameId gameId, string galleryId, CancellationToken cancellationToken);

    /// <summary>The gallery id of <paramref name="gameId"/> if it is the room's last finished game; otherwise null.</summary>
    Task<string?> FindAsync(RoomId roomId, GameId gameId, CancellationToken cancellationToken);

    Task ForgetAsync(RoomId roomId, CancellationToken cancellationToken);
}
