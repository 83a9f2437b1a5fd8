using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.WatchRoom;

/// <summary>The caller watches the room without a seat; a player seated in it stays a player.</summary>
public sealed record WatchRoomCommand(string ConnectionId, string? RoomIdOrCode) : IRequest<RoomSnapshotDto>;
