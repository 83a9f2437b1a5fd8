using MediatR;

namespace DrawGuess.Application.Rooms.Commands.LeaveRoom;

public sealed record LeaveRoomCommand(string ConnectionId) : IRequest<Unit>;
