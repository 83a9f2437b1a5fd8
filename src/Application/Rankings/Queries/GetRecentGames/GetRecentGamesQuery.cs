using DrawGuess.Application.Rankings.Dtos;
using MediatR;

namespace DrawGuess.Application.Rankings.Queries.GetRecentGames;

public sealed record GetRecentGamesQuery(int Limit = GetRecentGamesQuery.DefaultLimit) : IRequest<IReadOnlyList<RecentGameDto>>
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;
}
