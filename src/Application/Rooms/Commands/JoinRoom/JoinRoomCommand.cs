using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.JoinRoom;

public sealed record JoinRoomCommand(string ConnectionId, string? RoomIdOrCode) : IRequest<RoomSnapshotDto>;
