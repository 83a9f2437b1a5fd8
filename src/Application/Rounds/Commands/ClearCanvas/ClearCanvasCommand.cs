using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ClearCanvas;

public sealed record ClearCanvasCommand(string ConnectionId, int StrokeId) : IRequest<Unit>;
