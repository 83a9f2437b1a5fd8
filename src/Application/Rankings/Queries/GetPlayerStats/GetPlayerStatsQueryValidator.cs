using FluentValidation;

namespace DrawGuess.Application.Rankings.Queries.GetPlayerStats;

internal sealed class GetPlayerStatsQueryValidator : AbstractValidator<GetPlayerStatsQuery>
{
    public GetPlayerStatsQueryValidator()
    {
        RuleFor(q => q.PlayerId).NotEmpty().MaximumLength(64);
    }
}
