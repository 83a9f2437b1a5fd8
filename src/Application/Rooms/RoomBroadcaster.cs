using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Rooms;

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
            await notifier.RoomUpdated(room.Members.Select(m => m.PlayerId).ToArray(), hostView);
        }
        else
        {
            var guests = room.Members.Select(m => m.PlayerId).Where(id => id != room.HostId).ToArray();
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
        var others = room.Members.Select(m => m.PlayerId).Where(id => id != member.PlayerId).ToArray();
        if (others.Length > 0) await notifier.PlayerJoined(others, RoomViews.ToPlayer(room, member));
        if (room.Settings.IsPublic) await notifier.LobbyRoomUpdated(RoomViews.ToSummary(room));
    }

    public Task RoomClosed(Room room) =>
        room.Settings.IsPublic ? notifier.LobbyRoomRemoved(new RoomRemovedDto(room.Id.ToString())) : Task.CompletedTask;
}
