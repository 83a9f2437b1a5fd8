using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.OpenRoom;

/// <summary>A new room with its host seated in it.</summary>
public sealed record OpenRoomCommand(RoomId RoomId, RoomCode Code, RoomSettings Settings, PlayerId HostId, string HostName) : INamedRoomCommand<Unit>;
