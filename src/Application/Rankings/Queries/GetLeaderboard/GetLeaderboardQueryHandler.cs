using DrawGuess.Application.Rankings.Dtos;
using MediatR;

namespace DrawGuess.Application.Rankings.Queries.GetLeaderboard;

internal sealed class GetLeaderboardQueryHandler(IRankingsStore store) : IRequestHandler<GetLeaderboardQuery, IReadOnlyList<LeaderboardEntryDto>>
{
    public Task<IReadOnlyList<LeaderboardEntryDto>> Handle(GetLeaderboardQuery request, CancellationToken cancellationToken) =>
        store.LeaderboardAsync(request.Limit, cancellationToken);
}
