using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

/// <summary>Tells the room's players and the lobby that a room changed.</summary>
internal sealed class RoomBroadcaster(IRoomsNotifier notifier)
{
    /// <param name="wasPublic">Whether the lobby listed the room before this change.</param>
    public async Task RoomChanged(Room room, bool wasPublic)
    {
        var hostView = RoomViews.ToDto(room, room.HostId);
        if (room.Settings.CustomWords.Count == 0)
        {
            // Only the custom words differ between the host's view and the guests': without any, one
            // view, built and serialised once, goes to everyone.
            await notifier.RoomUpdated(RoomAudience.Everyone(room), hostView);
        }
        else
        {
            var guests = RoomAudience.Everyone(room).Where(id => id != room.HostId).ToArray();
            var guestView = RoomViews.GuestView(hostView, room);
            await notifier.RoomUpdated([room.HostId], hostView);
            if (guests.Length > 0) await notifier.RoomUpdated(guests, guestView);
        }
        if (room.Settings.IsPublic)
            await notifier.LobbyRoomUpdated(RoomViews.ToSummary(room));
        else if (wasPublic)
            await notifier.LobbyRoomRemoved(new RoomRemovedDto(room.Id.ToString()));
    }

    /// <summary>
    /// A new member: the others receive only that player. Sending the whole room instead would send
    /// every member list again to everyone on each join, quadratic in the room's size.
    /// </summary>
    public async Task PlayerJoined(Room room, RoomMember member)
    {
        var others = RoomAudience.Everyone(room).Where(id => id != member.PlayerId).ToArray();
        if (others.Length > 0) await notifier.PlayerJoined(others, RoomViews.ToPlayer(room, member));
        if (room.Settings.IsPublic) await notifier.LobbyRoomUpdated(RoomViews.ToSummary(room));
    }

    /// <summary>The last player left: the spectators who still watched are told, as is the lobby.</summary>
    public async Task RoomClosed(Room room, IReadOnlyCollection<PlayerId> spectators)
    {
        var closed = new RoomRemovedDto(room.Id.ToString());
        if (spectators.Count > 0) await notifier.RoomClosed(spectators, closed);
        if (room.Settings.IsPublic) await notifier.LobbyRoomRemoved(closed);
    }
}
