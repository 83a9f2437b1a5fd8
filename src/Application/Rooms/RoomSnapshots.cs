using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

/// <summary>Builds a player's (or a spectator's) full view of their room from the three modules that own its parts.</summary>
internal sealed class RoomSnapshots(IGameStateViews games, IChatHistory chat)
{
    public async Task<RoomSnapshotDto> For(IRoomUnitOfWork unit, Room room, PlayerId viewer, CancellationToken cancellationToken) =>
        new(viewer.ToString(), RoomViews.ToDto(room, viewer),
            await games.StateForAsync(unit, viewer, cancellationToken), await chat.VisibleToAsync(unit, viewer, cancellationToken),
            room.IsSpectator(viewer));
}
