using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms;

/// <summary>
/// A player let into the room of a unit of work, seated or watching: the room must still
/// answer to the id or code they found it by, Players learns their room, and a seat hold they had there ends.
/// </summary>
internal sealed class RoomAdmission(IPlayerPresence presence, ICommandScheduler scheduler)
{
    public async Task<Unit> AdmitAsync(IRoomUnitOfWork room, PlayerId playerId, string roomIdOrCode, Action<Room> place,
        CancellationToken cancellationToken)
    {
        var entered = await room.RequireRoomAsync(cancellationToken);
        // Made private (a new invite code) since it was looked up.
        if (!RoomLookup.AnswersTo(entered, roomIdOrCode, playerId)) throw RoomLookup.NotFound();
        place(entered);
        await presence.SetRoomAsync(playerId, room.RoomId);
        await scheduler.CancelAsync(SeatTimer.Key(room.RoomId, playerId));
        return Unit.Value;
    }
}
