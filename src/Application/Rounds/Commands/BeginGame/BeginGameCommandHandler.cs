using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using MediatR;
using Microsoft.Extensions.Options;

namespace DrawGuess.Application.Rounds.Commands.BeginGame;

internal sealed class BeginGameCommandHandler(GameAudience audience, IWordSource wordSource, IRandomSource random, TimeProvider clock, IOptions<RoundsOptions> options)
    : IRoomCommandHandler<BeginGameCommand, Unit>
{
    public async Task<Unit> Handle(BeginGameCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        room.Add(Game.Start(
            GameId.New(), request.RoomId, request.RoomName,
            new GameRules(request.Rounds, request.DrawingSeconds, request.WordChoices, request.Hints),
            options.Value.ToTimings(),
            request.Players.Select(m => (m.PlayerId, m.Name, m.JoinOrder)),
            Deck(request),
            await audience.PresenceAsync(room, cancellationToken),
            clock.GetUtcNow()));
        return Unit.Value;
    }

    /// <summary>The room's words in random order, so a game offers no word twice until the pack runs out.</summary>
    private string[] Deck(BeginGameCommand request)
    {
        var words = request.CustomWordsOnly ? request.CustomWords : wordSource.Words(request.Language).Concat(request.CustomWords);
        var deck = words.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        for (var i = deck.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (deck[i], deck[j]) = (deck[j], deck[i]);
        }
        return deck;
    }
}
