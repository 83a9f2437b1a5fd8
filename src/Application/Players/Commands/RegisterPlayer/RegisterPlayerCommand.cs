using DrawGuess.Application.Players.Contracts;
using MediatR;

namespace DrawGuess.Application.Players.Commands.RegisterPlayer;

public sealed record RegisterPlayerCommand(string ConnectionId, string? Name) : IRequest<SessionDto>;
