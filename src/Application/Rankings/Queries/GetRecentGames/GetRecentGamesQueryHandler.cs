using DrawGuess.Application.Rankings.Dtos;
using MediatR;

namespace DrawGuess.Application.Rankings.Queries.GetRecentGames;

internal sealed class GetRecentGamesQueryHandler(IRankingsStore store) : IRequestHandler<GetRecentGamesQuery, IReadOnlyList<RecentGameDto>>
{
    public Task<IReadOnlyList<RecentGameDto>> Handle(GetRecentGamesQuery request, CancellationToken cancellationToken) =>
        store.RecentGamesAsync(request.Limit, cancellationToken);
}
