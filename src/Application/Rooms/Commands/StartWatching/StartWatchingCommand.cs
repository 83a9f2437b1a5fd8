using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.StartWatching;

/// <summary>The player starts watching the room found by <paramref name="RoomIdOrCode"/>, or keeps the place they have in it.</summary>
public sealed record StartWatchingCommand(RoomId RoomId, PlayerId PlayerId, string Name, string RoomIdOrCode) : INamedRoomCommand<Unit>;
