using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.ExpireSeat;

/// <summary>Timer: a disconnected player's seat is released if they have not come back.</summary>
public sealed record ExpireSeatCommand(RoomId RoomId, PlayerId PlayerId) : INamedRoomCommand<Unit>;
