using MediatR;

namespace DrawGuess.Application.Rankings.Queries.CountPendingResults;

internal sealed class CountPendingResultsQueryHandler(IResultOutbox outbox) : IRequestHandler<CountPendingResultsQuery, int>
{
    public Task<int> Handle(CountPendingResultsQuery request, CancellationToken cancellationToken) => outbox.CountAsync(cancellationToken);
}
