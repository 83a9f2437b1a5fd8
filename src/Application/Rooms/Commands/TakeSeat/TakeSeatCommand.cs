using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.TakeSeat;

/// <summary>The player joins the room found by <paramref name="RoomIdOrCode"/>, or comes back to their seat in it.</summary>
public sealed record TakeSeatCommand(RoomId RoomId, PlayerId PlayerId, string Name, string RoomIdOrCode) : INamedRoomCommand<Unit>;
