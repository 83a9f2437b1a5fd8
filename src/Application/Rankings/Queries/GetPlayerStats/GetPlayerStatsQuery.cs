using DrawGuess.Application.Rankings.Dtos;
using MediatR;

namespace DrawGuess.Application.Rankings.Queries.GetPlayerStats;

/// <summary>One player's statistics; NOT_FOUND for a player with no finished game. Never creates data.</summary>
public sealed record GetPlayerStatsQuery(string? PlayerId) : IRequest<PlayerStatsDto>;
