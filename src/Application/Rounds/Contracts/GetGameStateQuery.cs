using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rounds.Contracts;

/// <summary>The room's game as <paramref name="ViewerId"/> may see it, or null when no game is running or over.</summary>
public sealed record GetGameStateQuery(RoomId RoomId, PlayerId ViewerId) : IRequest<GameStateDto?>;
