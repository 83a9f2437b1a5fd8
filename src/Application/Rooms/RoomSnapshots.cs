using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms;

/// <summary>Builds a player's full view of their room from the three modules that own its parts.</summary>
internal sealed class RoomSnapshots(IMediator mediator)
{
    public Task<RoomSnapshotDto> For(Room room, PlayerId viewer, CancellationToken cancellationToken) =>
        For(room.Id, RoomViews.ToDto(room, viewer), viewer, cancellationToken);

    /// <param name="roomView">The viewer's view of the room, when it was just built for a broadcast.</param>
    public async Task<RoomSnapshotDto> For(RoomId roomId, RoomDto roomView, PlayerId viewer, CancellationToken cancellationToken)
    {
        var game = await mediator.Send(new GetGameStateQuery(roomId, viewer), cancellationToken);
        var chat = await mediator.Send(new GetChatHistoryQuery(roomId, viewer), cancellationToken);
        return new RoomSnapshotDto(viewer.ToString(), roomView, game, chat);
    }
}
