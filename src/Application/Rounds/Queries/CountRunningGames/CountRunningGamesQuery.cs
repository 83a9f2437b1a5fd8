using MediatR;

namespace DrawGuess.Application.Rounds.Queries.CountRunningGames;

/// <summary>Games in progress, for /api/status.</summary>
public sealed record CountRunningGamesQuery : IRequest<int>;
