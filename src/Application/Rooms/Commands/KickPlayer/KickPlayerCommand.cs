using MediatR;

namespace DrawGuess.Application.Rooms.Commands.KickPlayer;

public sealed record KickPlayerCommand(string ConnectionId, string? PlayerId) : IRequest<Unit>;
