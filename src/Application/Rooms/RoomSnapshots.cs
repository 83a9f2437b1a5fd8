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
    public async Task<RoomSnapshotDto> For(Room room, PlayerId viewer, CancellationToken cancellationToken)
    {
        var game = await mediator.Send(new GetGameStateQuery(room.Id, viewer), cancellationToken);
        var chat = await mediator.Send(new GetChatHistoryQuery(room.Id, viewer), cancellationToken);
        return new RoomSnapshotDto(viewer.ToString(), RoomViews.ToDto(room, viewer), game, chat);
    }
}
