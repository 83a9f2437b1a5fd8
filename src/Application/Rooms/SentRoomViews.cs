using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

/// <summary>The views of a room its members were just sent, so a caller's own snapshot can reuse theirs.</summary>
internal sealed record SentRoomViews(PlayerId HostId, RoomDto HostView, RoomDto GuestView)
{
    public RoomDto For(PlayerId viewer) => viewer == HostId ? HostView : GuestView;
}
