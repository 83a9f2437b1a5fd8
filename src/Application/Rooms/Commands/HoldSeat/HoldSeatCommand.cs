using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.HoldSeat;

/// <summary>The player's connection closed: their seat (or place as a spectator) is kept for <see cref="RoomsOptions.SeatHold"/>.</summary>
public sealed record HoldSeatCommand(RoomId RoomId, PlayerId PlayerId) : INamedRoomCommand<Unit>;
