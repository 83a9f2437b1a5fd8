using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

/// <summary>The timer that releases a disconnected player's seat.</summary>
internal static class SeatTimer
{
    public static string Key(RoomId roomId, PlayerId playerId) => $"seat:{roomId}:{playerId}";
}
