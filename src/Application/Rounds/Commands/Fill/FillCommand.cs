using DrawGuess.Application.Rounds.Dtos;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Fill;

public sealed record FillCommand(string ConnectionId, FillDto? Fill) : IRequest<Unit>;
