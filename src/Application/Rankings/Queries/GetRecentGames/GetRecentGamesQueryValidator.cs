using FluentValidation;

namespace DrawGuess.Application.Rankings.Queries.GetRecentGames;

internal sealed class GetRecentGamesQueryValidator : AbstractValidator<GetRecentGamesQuery>
{
    public GetRecentGamesQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, GetRecentGamesQuery.MaxLimit);
    }
}
