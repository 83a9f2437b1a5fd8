using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Dtos;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.DrawStroke;

public sealed record DrawStrokeCommand(string ConnectionId, StrokeBatchDto? Batch) : ICallerRoomCommand<Unit>;
