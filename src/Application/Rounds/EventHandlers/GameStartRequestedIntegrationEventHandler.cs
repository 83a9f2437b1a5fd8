using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using MediatR;
using Microsoft.Extensions.Options;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>Starts a game with fresh scores; a finished game of the same room is replaced.</summary>
internal sealed class GameStartRequestedIntegrationEventHandler(
    IWordSource wordSource, IRandomSource random, TimeProvider clock, IOptions<RoundsOptions> options, GameEventDispatcher dispatcher)
    : INotificationHandler<GameStartRequestedIntegrationEvent>
{
    public async Task Handle(GameStartRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        var game = Game.Start(
            GameId.New(), request.RoomId, request.RoomName,
            new GameRules(request.Rounds, request.DrawingSeconds, request.WordChoices, request.Hints),
            options.Value.ToTimings(),
            request.Members.Select(m => (m.PlayerId, m.Name, m.JoinOrder, m.Connected)),
            Deck(request),
            clock.GetUtcNow());
        await dispatcher.CommitAsync(game, cancellationToken);
    }

    /// <summary>The room's words in random order, so a game offers no word twice until the pack runs out.</summary>
    private string[] Deck(GameStartRequestedIntegrationEvent request)
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
