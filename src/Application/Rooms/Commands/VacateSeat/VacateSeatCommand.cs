using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.VacateSeat;

/// <summary>The player (or spectator) leaves the room, if they are still in it.</summary>
public sealed record VacateSeatCommand(RoomId RoomId, PlayerId PlayerId) : INamedRoomCommand<Unit>;
