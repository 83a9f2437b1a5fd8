using DrawGuess.Application.Rankings.Dtos;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Rankings.Queries.GetPlayerStats;

internal sealed class GetPlayerStatsQueryHandler(IRankingsStore store) : IRequestHandler<GetPlayerStatsQuery, PlayerStatsDto>
{
    private const int RecentGames = 10;

    public async Task<PlayerStatsDto> Handle(GetPlayerStatsQuery request, CancellationToken cancellationToken)
    {
        var stats = Guid.TryParse(request.PlayerId, out var playerId) ? await store.PlayerStatsAsync(playerId, RecentGames, cancellationToken) : null;
        return stats ?? throw new GameRuleException(ErrorCodes.NotFound, "No statistics for that player.");
    }
}
