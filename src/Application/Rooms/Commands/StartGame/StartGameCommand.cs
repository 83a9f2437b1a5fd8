using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.StartGame;

/// <summary>The host starts a game (or plays again after game over).</summary>
public sealed record StartGameCommand(string ConnectionId) : ICallerRoomCommand<Unit>;
