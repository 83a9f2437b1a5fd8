using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.RegisterPlayer;

public sealed record RegisterPlayerCommand(string ConnectionId, string? Name) : IRequest<SessionDto>;
