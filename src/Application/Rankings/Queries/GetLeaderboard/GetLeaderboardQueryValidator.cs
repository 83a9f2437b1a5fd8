using FluentValidation;

namespace DrawGuess.Application.Rankings.Queries.GetLeaderboard;

internal sealed class GetLeaderboardQueryValidator : AbstractValidator<GetLeaderboardQuery>
{
    public GetLeaderboardQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, GetLeaderboardQuery.MaxLimit);
    }
}
