using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms.Commands.ReturnToSeat;

/// <summary>A resumed player is connected in their room again; false when they no longer have a seat there.</summary>
public sealed record ReturnToSeatCommand(RoomId RoomId, PlayerId PlayerId) : INamedRoomCommand<bool>;
