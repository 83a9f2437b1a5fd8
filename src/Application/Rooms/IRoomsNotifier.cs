using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

public interface IRoomsNotifier
{
    Task RoomUpdated(IReadOnlyCollection<PlayerId> to, RoomDto room);

    Task PlayerJoined(IReadOnlyCollection<PlayerId> to, PlayerDto player);

    Task Kicked(PlayerId player, KickedDto kicked);

    Task VoteKickUpdated(IReadOnlyCollection<PlayerId> to, VoteKickDto vote);

    Task LobbyRoomUpdated(RoomSummaryDto room);

    Task LobbyRoomRemoved(RoomRemovedDto room);
}
