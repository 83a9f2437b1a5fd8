using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.RateDrawing;

/// <param name="Rating"><c>like</c> or <c>dislike</c>.</param>
public sealed record RateDrawingCommand(string ConnectionId, int TurnId, string? Rating) : ICallerRoomCommand<Unit>;
