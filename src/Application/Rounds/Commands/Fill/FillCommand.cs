using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Dtos;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Fill;

public sealed record FillCommand(string ConnectionId, FillDto? Fill) : ICallerRoomCommand<Unit>;
