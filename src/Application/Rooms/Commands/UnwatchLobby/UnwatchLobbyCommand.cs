using MediatR;

namespace DrawGuess.Application.Rooms.Commands.UnwatchLobby;

public sealed record UnwatchLobbyCommand(string ConnectionId) : IRequest<Unit>;
