using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

internal static class RoomAudience
{
    /// <summary>Who receives what everyone in the room sees: its players, then its spectators.</summary>
    public static PlayerId[] Everyone(Room room) => [.. room.Members.Select(m => m.PlayerId), .. room.Spectators.Select(s => s.PlayerId)];
}
