using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

public interface IRoomsNotifier
{
    Task RoomUpdated(IReadOnlyCollection<PlayerId> to, RoomDto room);

    Task PlayerJoined(IReadOnlyCollection<PlayerId> to, PlayerDto player);

    Task Kicked(PlayerId player, KickedDto kicked);

    Task VoteKickUpdated(IReadOnlyCollection<PlayerId> to, VoteKickDto vote);

    /// <summary>To the spectators of a room whose last player left.</summary>
    Task RoomClosed(IReadOnlyCollection<PlayerId> to, RoomRemovedDto room);

    Task LobbyRoomUpdated(RoomSummaryDto room);

    Task LobbyRoomRemoved(RoomRemovedDto room);
}
