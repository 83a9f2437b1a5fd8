using MediatR;

namespace DrawGuess.Application.Rounds.Queries.CountRunningGames;

internal sealed class CountRunningGamesQueryHandler(IGameRepository games) : IRequestHandler<CountRunningGamesQuery, int>
{
    public Task<int> Handle(CountRunningGamesQuery request, CancellationToken cancellationToken) => games.CountRunningAsync(cancellationToken);
}
