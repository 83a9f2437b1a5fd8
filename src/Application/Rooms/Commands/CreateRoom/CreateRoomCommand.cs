using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.CreateRoom;

public sealed record CreateRoomCommand(string ConnectionId, RoomSettingsDto? Settings) : IRequest<RoomSnapshotDto>;
