using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Rooms;

namespace DrawGuess.Application.Rooms;

internal static class PublicRooms
{
    /// <summary>Public rooms, waiting ones first, then the fullest, so a newcomer finds a game to join at the top.</summary>
    public static async Task<IReadOnlyList<RoomSummaryDto>> ListAsync(IRoomRepository rooms, CancellationToken cancellationToken) =>
        (await rooms.ListAsync(cancellationToken))
            .Where(r => r.Settings.IsPublic)
            .OrderBy(r => r.Status == RoomStatus.Playing)
            .ThenByDescending(r => r.Members.Count)
            .ThenBy(r => r.CreatedAt)
            .Select(RoomViews.ToSummary)
            .ToArray();
}
