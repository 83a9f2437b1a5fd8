using MediatR;

namespace DrawGuess.Application.Rooms.Commands.VoteKick;

public sealed record VoteKickCommand(string ConnectionId, string? PlayerId) : IRequest<Unit>;
