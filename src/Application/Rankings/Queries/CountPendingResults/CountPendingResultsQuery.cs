using MediatR;

namespace DrawGuess.Application.Rankings.Queries.CountPendingResults;

/// <summary>Finished games waiting in the outbox for the rankings database, for /api/status and /metrics.</summary>
public sealed record CountPendingResultsQuery : IRequest<int>;
