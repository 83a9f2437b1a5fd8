using DrawGuess.Application.Rankings.Dtos;
using MediatR;

namespace DrawGuess.Application.Rankings.Queries.GetLeaderboard;

public sealed record GetLeaderboardQuery(int Limit = GetLeaderboardQuery.DefaultLimit) : IRequest<IReadOnlyList<LeaderboardEntryDto>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
