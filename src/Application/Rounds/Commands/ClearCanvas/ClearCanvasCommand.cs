using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ClearCanvas;

public sealed record ClearCanvasCommand(string ConnectionId, int StrokeId) : ICallerRoomCommand<Unit>;
