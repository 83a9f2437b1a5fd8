using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms.Commands.ReturnToSeat;

/// <summary>A resumed player (or spectator) is connected in their room again; false when they no longer have a place there.</summary>
public sealed record ReturnToSeatCommand(RoomId RoomId, PlayerId PlayerId) : INamedRoomCommand<bool>;
